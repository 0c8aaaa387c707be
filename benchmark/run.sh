#!/usr/bin/env bash
# The whole benchmark in one command: builds, starts the local stack on its own ports in a folder of
# its own (PostgreSQL with durable commits, the Kafka broker, the three services, the gateway), loads a
# synthetic province of N branches through the gateway, checks reporting's figures against a recount,
# measures the read and write paths, the apply rate, the rebuild and the footprint with hey (installed
# from the distribution when missing), writes benchmark/results/<date>-<N>.json and a JFR profile
# summary of reporting, redraws benchmark/results/chart.svg, and stops everything.
#
#   benchmark/run.sh [--branches N] [--seconds S] [--no-build] [--keep-data] [--skip-rebuild]
# Environment: BENCH_PORT_BASE (22000: gateway +80, members +81, activities +82, reporting +83,
#   PostgreSQL +432, Kafka +92 and +93).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
branches=1000 seconds=20 build=yes keep=no extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --branches) branches=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --no-build) build=no ;;
    --keep-data) keep=yes ;;
    --skip-rebuild) extra+=(--skip-rebuild) ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

BASE=${BENCH_PORT_BASE:-22000}
export GATEWAY_PORT=$((BASE + 80)) MEMBERS_PORT=$((BASE + 81)) ACTIVITIES_PORT=$((BASE + 82)) REPORTING_PORT=$((BASE + 83))
export POSTGRES_PORT=$((BASE + 432)) KAFKA_PORT=$((BASE + 92)) KAFKA_CONTROLLER_PORT=$((BASE + 93))
export PARTYBRANCH_HOME="$ROOT/benchmark/target/stack"
# The benchmark measures the services, not the gateway's per-client rate limit.
export GATEWAY_RATE=1000000
STAMP=$(date +%Y%m%d-%H%M%S)
RESULTS="$ROOT/benchmark/results"
mkdir -p "$RESULTS"
export REPORTING_EXTRA_OPTS="-XX:StartFlightRecording=name=bench,settings=profile,filename=$PARTYBRANCH_HOME/reporting.jfr"

if ! command -v hey >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[bench] installing hey from the distribution's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null
  else
    echo "hey is missing: install it (e.g. 'sudo apt-get install hey') and run again." >&2
    exit 1
  fi
fi

# shellcheck source=../deploy/local/find-jdk.sh
. "$ROOT/deploy/local/find-jdk.sh"
find_jdk
if [ "$build" = yes ]; then
  echo "[bench] building (./mvnw package, tests skipped)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi

"$ROOT/deploy/local/run.sh" stop >/dev/null 2>&1 || true
rm -rf "$PARTYBRANCH_HOME"
stop() {
  "$ROOT/deploy/local/run.sh" stop || true
  # The services' logs outlive the stack's folder: a failed answer is explained there.
  rm -rf "$ROOT/benchmark/target/last-run-logs" && cp -r "$PARTYBRANCH_HOME/logs" "$ROOT/benchmark/target/last-run-logs" 2>/dev/null || true
  cp "$PARTYBRANCH_HOME/reporting.jfr" "$ROOT/benchmark/target/last-run-logs/" 2>/dev/null || true
  if [ "$keep" = no ]; then rm -rf "$PARTYBRANCH_HOME"; fi
}
trap stop EXIT
"$ROOT/deploy/local/run.sh" --detach --no-build --no-demo

CP="$ROOT/benchmark/target/classes:$(cat "$ROOT/benchmark/target/runtime-classpath.txt")"
status=0
(cd "$ROOT" && "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" io.partybranch.benchmark.Bench --branches "$branches" --seconds "$seconds" \
  --gateway "http://localhost:$GATEWAY_PORT" --reporting "http://localhost:$REPORTING_PORT" \
  --jdbc "jdbc:postgresql://localhost:$POSTGRES_PORT/partybranch" --kafka "localhost:$KAFKA_PORT" \
  --state "$PARTYBRANCH_HOME" --out "$RESULTS/$STAMP-$branches.json" "${extra[@]}") || status=$?

reporting_pid=$(cat "$PARTYBRANCH_HOME/pids/reporting.pid" 2>/dev/null || true)
if [ -n "$reporting_pid" ]; then
  "$JAVA_HOME/bin/jcmd" "$reporting_pid" JFR.dump name=bench filename="$PARTYBRANCH_HOME/reporting.jfr" >/dev/null || true
  if [ -f "$PARTYBRANCH_HOME/reporting.jfr" ]; then
    { echo "# reporting-service, whole benchmark run: hottest methods and allocation by site (JFR, settings=profile)";
      "$JAVA_HOME/bin/jfr" view --width 160 hot-methods "$PARTYBRANCH_HOME/reporting.jfr" || true;
      "$JAVA_HOME/bin/jfr" view --width 160 allocation-by-site "$PARTYBRANCH_HOME/reporting.jfr" || true;
    } > "$RESULTS/$STAMP-$branches-profile.txt"
  fi
fi
"$JAVA_HOME/bin/java" -cp "$CP" io.partybranch.benchmark.Chart "$RESULTS" "$RESULTS/chart.svg"
echo "[bench] results: $RESULTS/$STAMP-$branches.json; chart: $RESULTS/chart.svg"
exit $status
