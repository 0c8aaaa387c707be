#!/usr/bin/env bash
# Measures what the capacity plan (docs/capacity.md) and the Kubernetes resource settings
# (deploy/k8s/) are built from, on a throw-away local stack: each service's resident memory idle and
# under a light read load, the CPU time that load cost, the size of every event type as stored in
# the topics, and rows, table and index bytes per table after a scaled-up demo set.
#
#   deploy/local/measure-footprint.sh [branches] [members-per-branch]     (defaults: 20 and 25)
#
# Runs deploy/local/run.sh --detach with PARTYBRANCH_HOME=deploy/target/footprint-stack on the ports
# in the environment (same variables as run.sh), prints the figures, writes them to
# deploy/target/footprint.txt and stops the stack. Needs psql (postgresql-client) and a build
# (run.sh builds unless --no-build is passed through FOOTPRINT_RUN_OPTS).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BRANCHES=${1:-20}
MEMBERS=${2:-25}
export PARTYBRANCH_HOME=${PARTYBRANCH_HOME:-$ROOT/deploy/target/footprint-stack}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
POSTGRES_PORT=${POSTGRES_PORT:-15432}
KAFKA_PORT=${KAFKA_PORT:-19092}
# The load below must measure the services, not the gateway's rate limit.
export GATEWAY_RATE=${GATEWAY_RATE:-10000}
OUT="$ROOT/deploy/target/footprint.txt"
BASE="http://localhost:$GATEWAY_PORT"

rm -rf "$PARTYBRANCH_HOME"
# shellcheck disable=SC2086
"$ROOT/deploy/local/run.sh" --detach ${FOOTPRINT_RUN_OPTS:-} >/dev/null
trap '"$ROOT/deploy/local/run.sh" stop >/dev/null' EXIT
. "$PARTYBRANCH_HOME/tokens.env"
. "$ROOT/deploy/local/find-jdk.sh"
find_jdk

report() { printf '%s\n' "$*" | tee -a "$OUT"; }
: > "$OUT"
rss_mb() { echo $(( $(ps -o rss= -p "$(cat "$PARTYBRANCH_HOME/pids/$1.pid")") / 1024 )); }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$(cat "$PARTYBRANCH_HOME/pids/$1.pid")/stat"; }

api() { # method path [json] -> body; fails on a non-2xx answer
  local method=$1 path=$2 body=${3:-}
  if [ -n "$body" ]; then
    curl -fsS -X "$method" "$BASE$path" -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' --data "$body"
  else
    curl -fsS -X "$method" "$BASE$path" -H "Authorization: Bearer $ADMIN_TOKEN"
  fi
}
id_of() { sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p'; }

citizen_id() { # sequence -> a valid GB 11643 number of an invented man born 1980-01-01 + sequence days
  local birth first17 weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=(1 0 X 9 8 7 6 5 4 3 2) sum=0 i
  birth=$(date -d "1980-01-01 +$1 days" +%Y%m%d)
  first17="320413${birth}$(printf '%03d' $(( ($1 % 400) * 2 + 1 )))"
  for i in $(seq 0 16); do sum=$(( sum + ${first17:$i:1} * ${weights[$i]} )); done
  echo "$first17${checks[$(( sum % 11 ))]}"
}

report "# Footprint measured $(date -u +%FT%TZ) on $(nproc) cores, commit $(git -C "$ROOT" rev-parse --short HEAD)"
report "demo data plus $BRANCHES branches x $MEMBERS members, twelve monthly committee meetings each with full attendance"
sleep 10
report "## Resident memory idle after start and demo data (MB)"
for s in members activities reporting; do report "$s-service: $(rss_mb "$s")"; done

committee=$(api POST /api/v1/organizations '{"name":"测算区教育局党委","type":"ORG_PARTY_COMMITTEE","districtCode":"320413"}' | id_of)
sequence=0
for b in $(seq 1 "$BRANCHES"); do
  branch=$(api POST /api/v1/organizations "{\"name\":\"测算学校第${b}党支部\",\"type\":\"BRANCH\",\"parentId\":\"$committee\",\"districtCode\":\"320413\"}" | id_of)
  attendance=""
  for m in $(seq 1 "$MEMBERS"); do
    sequence=$((sequence + 1))
    birth=$(date -d "1980-01-01 +$sequence days" +%F)
    member=$(api POST /api/v1/members "{\"organizationId\":\"$branch\",\"fullName\":\"测算党员${sequence}\",\"gender\":\"MALE\",\"birthDate\":\"$birth\",\"citizenId\":\"$(citizen_id $sequence)\",\"ethnicity\":\"汉族\",\"politicalStatus\":\"FULL\",\"joinedOn\":\"2009-07-01\",\"statusSince\":\"2010-07-01\"}" | id_of)
    attendance="$attendance${attendance:+,}{\"memberId\":\"$member\",\"status\":\"PRESENT\"}"
  done
  for month in 01 02 03 04 05 06 07 08 09 10 11; do
    meeting=""
    for attempt in $(seq 1 60); do
      meeting=$(api POST /api/v1/activities "{\"organizationId\":\"$branch\",\"type\":\"COMMITTEE_MEETING\",\"title\":\"支委会\",\"plannedFor\":\"2026-$month-08\"}" 2>/dev/null | id_of) && [ -n "$meeting" ] && break
      sleep 0.5   # the roster copy in activities-service follows members-service's events
    done
    for attempt in $(seq 1 60); do
      api POST "/api/v1/activities/$meeting/record" "{\"heldOn\":\"2026-$month-08\",\"place\":\"党员活动室\",\"attendance\":[$attendance]}" >/dev/null 2>&1 && break
      sleep 0.5
    done
  done
done
report "loaded $sequence members in $BRANCHES branches"

# Light load: four clients reading lists, one branch's statistics and its summary for 30 s.
report "## Light read load: 4 clients for 30 s"
declare -A before
for s in members activities reporting; do before[$s]=$(cpu_ticks "$s"); done
end=$(( $(date +%s) + 30 ))
requests_file="$PARTYBRANCH_HOME/load-requests"
: > "$requests_file"
for client in 1 2 3 4; do
  (
    n=0
    while [ "$(date +%s)" -lt "$end" ]; do
      curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/members?size=50&page=$((n % 10))"
      curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/activities?organizationId=$branch&size=20"
      curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/statistics/branches/$branch/period?period=2026"
      curl -fsS -o /dev/null -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/v1/summaries/branches/$branch?period=2026"
      n=$((n + 4))
    done
    echo "$n" >> "$requests_file"
  ) &
done
wait
total=$(awk '{s += $1} END {print s}' "$requests_file")
ticks=$(getconf CLK_TCK)
report "requests: $total in 30 s ($(( total / 30 )) per second, a quarter to each service kind)"
for s in members activities reporting; do
  used=$(( $(cpu_ticks "$s") - ${before[$s]} ))
  report "$s-service: resident $(rss_mb "$s") MB after the load; CPU $(awk -v t="$used" -v h="$ticks" 'BEGIN {printf "%.1f", t / h}') s in 30 s"
done

report "## Events as stored (value bytes per type: count, mean, max)"
CP="$ROOT/deploy/target/classes:$(cat "$ROOT/deploy/target/runtime-classpath.txt")"
for topic in members.events activities.events; do
  "$JAVA_HOME/bin/java" -Xmx128m -cp "$CP" org.apache.kafka.tools.consumer.ConsoleConsumer \
    --bootstrap-server "localhost:$KAFKA_PORT" --topic "$topic" --from-beginning --timeout-ms 8000 2>/dev/null \
    | awk -v topic="$topic" '{
        match($0, /"type":"[^"]*"/); type = substr($0, RSTART + 8, RLENGTH - 9)
        n[type]++; sum[type] += length($0) + 0; if (length($0) > max[type]) max[type] = length($0); all++; bytes += length($0)
      } END {
        for (t in n) printf "%s %s: %d, %d, %d\n", topic, t, n[t], sum[t] / n[t], max[t]
        printf "%s all: %d events, mean %d bytes\n", topic, all, bytes / all
      }' | sort | tee -a "$OUT"
done

report "## Tables: rows, table bytes per row, index bytes per row, total MB"
PGPASSWORD=postgres psql -h localhost -p "$POSTGRES_PORT" -U postgres -d partybranch -q -c analyze
PGPASSWORD=postgres psql -h localhost -p "$POSTGRES_PORT" -U postgres -d partybranch -At -F ' ' -c "
  select s.schemaname || '.' || s.relname, s.n_live_tup,
         case when s.n_live_tup > 0 then pg_table_size(s.relid) / s.n_live_tup end,
         case when s.n_live_tup > 0 then pg_indexes_size(s.relid) / s.n_live_tup end,
         round(pg_total_relation_size(s.relid) / 1048576.0, 2)
  from pg_stat_user_tables s where s.n_live_tup > 0 order by s.schemaname, s.relname" | tee -a "$OUT"
PGPASSWORD=postgres psql -h localhost -p "$POSTGRES_PORT" -U postgres -d partybranch -At -c "
  select 'schema ' || n.nspname || ': ' || round(sum(pg_total_relation_size(c.oid)) / 1048576.0, 1) || ' MB'
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where c.relkind = 'r' and n.nspname in ('members', 'activities', 'reporting') group by n.nspname order by 1" | tee -a "$OUT"
echo "Written to $OUT"
