#!/usr/bin/env bash
# One command for the whole local stack: build, PostgreSQL, Kafka, the three services, the nginx
# gateway, demo data. Needs Linux and a JDK 21+; everything else comes from Maven Central (and nginx
# from apt when missing, as root).
#
#   deploy/local/run.sh              build, start, load demo data, stay in the foreground (Ctrl-C stops all)
#   deploy/local/run.sh --detach     the same, then return; stop later with 'deploy/local/run.sh stop'
#   deploy/local/run.sh stop         stop a detached stack (services, then Kafka, then PostgreSQL)
#   deploy/local/run.sh status       what runs
#   deploy/local/run.sh --servers-only --detach
#                                    only PostgreSQL and Kafka, persistent, for the tests to use
#                                    (prints the PLATFORM_TEST_* variables; stop it the same way)
# Options: --no-build (use what target/ holds), --no-demo (skip the demo data), --keycloak (start
#   Keycloak with deploy/keycloak/partybranch-realm.json and make the services trust its keys instead
#   of the development key; tokens then come from Keycloak).
# A moved business clock reaches the services as PLATFORM_CLOCK_OFFSET / PLATFORM_CLOCK_FIXED.
# Environment: PARTYBRANCH_HOME (state folder, default .local/), GATEWAY_PORT (8080), MEMBERS_PORT (8081),
#   ACTIVITIES_PORT (8082), REPORTING_PORT (8083), POSTGRES_PORT (15432), KAFKA_PORT (19092),
#   KAFKA_CONTROLLER_PORT (19093), GATEWAY_RATE (requests per second per client, 50), GATEWAY_BURST
#   (requests a client may send at once above that rate, 200),
#   SERVICE_JAVA_OPTS (JVM options of the services), MEMBERS_EXTRA_OPTS / ACTIVITIES_EXTRA_OPTS /
#   REPORTING_EXTRA_OPTS (added to one service's JVM options), KEYCLOAK_PORT (8180) and
#   KEYCLOAK_MANAGEMENT_PORT (8190) with --keycloak.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${PARTYBRANCH_HOME:-$ROOT/.local}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
MEMBERS_PORT=${MEMBERS_PORT:-8081}
ACTIVITIES_PORT=${ACTIVITIES_PORT:-8082}
REPORTING_PORT=${REPORTING_PORT:-8083}
POSTGRES_PORT=${POSTGRES_PORT:-15432}
KAFKA_PORT=${KAFKA_PORT:-19092}
KAFKA_CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-19093}
GATEWAY_RATE=${GATEWAY_RATE:-50}
GATEWAY_BURST=${GATEWAY_BURST:-200}
KEYCLOAK_PORT=${KEYCLOAK_PORT:-8180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-8190}
KEYCLOAK_VERSION=26.5.6
KEYCLOAK_HOME=${KEYCLOAK_HOME:-$ROOT/deploy/target/keycloak/keycloak-$KEYCLOAK_VERSION}
# Local only: the password run.sh gives the realm's demo users, and Keycloak's bootstrap administrator.
LOCAL_USER_PASSWORD=${LOCAL_USER_PASSWORD:-partybranch-local}
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin} KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
# Stop order matters: nothing should talk to a broker or database that is already gone.
COMPONENTS_STOP_ORDER=(gateway reporting activities members keycloak kafka postgres)
SERVICE_JAVA_OPTS=${SERVICE_JAVA_OPTS:-"-Xms64m -Xmx192m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k"}

mode=foreground build=yes demo=yes keycloak=no servers=all
for arg in "$@"; do
  case "$arg" in
    --detach) mode=detach ;;
    --no-build) build=no ;;
    --no-demo) demo=no ;;
    --keycloak) keycloak=yes ;;
    --servers-only) servers=only ;;
    stop) mode=stop ;;
    status) mode=status ;;
    -h|--help) sed -n '2,23p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '[run] %s\n' "$*"; }
pidfile() { echo "$STATE/pids/$1.pid"; }
alive() { local f; f=$(pidfile "$1"); [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null; }

stop_component() {
  local name=$1 f pid i
  f=$(pidfile "$name")
  [ -f "$f" ] || return 0
  pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name"
    if [ "$name" = gateway ]; then kill -QUIT "$pid" 2>/dev/null || true; else kill -TERM "$pid" 2>/dev/null || true; fi
    for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { log "$name did not stop in 30 s, killing it"; kill -KILL "$pid" 2>/dev/null || true; }
  fi
  rm -f "$f"
}

stop_all() {
  local name
  for name in "${COMPONENTS_STOP_ORDER[@]}"; do stop_component "$name"; done
}

status() {
  local name
  for name in "${COMPONENTS_STOP_ORDER[@]}"; do
    if alive "$name"; then echo "$name: running (pid $(cat "$(pidfile "$name")"))"; else echo "$name: stopped"; fi
  done
}

case "$mode" in
  stop) stop_all; exit 0 ;;
  status) status; exit 0 ;;
esac

# shellcheck source=find-jdk.sh
. "$ROOT/deploy/local/find-jdk.sh"
find_jdk
JAVA="$JAVA_HOME/bin/java"

for name in "${COMPONENTS_STOP_ORDER[@]}"; do
  if alive "$name"; then
    echo "A stack is already running from $STATE ($name is up): 'deploy/local/run.sh stop' first." >&2
    exit 1
  fi
done

if [ "$servers" = only ]; then
  :
elif ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing nginx from the distribution's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "nginx is missing: install it (e.g. 'sudo apt-get install nginx') and run again." >&2
    exit 1
  fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ "$build" = yes ]; then
  log "building (./mvnw package, tests skipped: run them with ./mvnw verify)"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
fi
CLASSPATH_FILE="$ROOT/deploy/target/runtime-classpath.txt"
required=("$CLASSPATH_FILE")
[ "$servers" = only ] || required+=("$ROOT"/{members,activities,reporting}-service/target/quarkus-app/quarkus-run.jar)
for file in "${required[@]}"; do
  [ -f "$file" ] || { echo "$file is missing: run without --no-build" >&2; exit 1; }
done
INFRA_CP="$ROOT/deploy/target/classes:$(cat "$CLASSPATH_FILE")"

mkdir -p "$STATE"/{pids,logs,postgres,kafka,gateway}

start() { # name logfile command... : starts in its own session so Ctrl-C reaches only this script
  local name=$1 logfile=$2
  shift 2
  setsid "$@" >"$logfile" 2>&1 < /dev/null &
  echo $! > "$(pidfile "$name")"
}

wait_for() { # name seconds check-command...
  local name=$1 seconds=$2 i
  shift 2
  for i in $(seq 1 $((seconds * 4))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if ! alive "$name"; then
      echo "$name exited during start-up; last lines of $STATE/logs/$name.log:" >&2
      tail -n 30 "$STATE/logs/$name.log" >&2
      stop_all
      exit 1
    fi
    sleep 0.25
  done
  echo "$name was not ready within $seconds s; see $STATE/logs/$name.log" >&2
  stop_all
  exit 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ready() { curl -fsS "http://localhost:$1/q/health/ready"; }

if [ "$mode" = foreground ]; then
  trap 'echo; stop_all; exit 0' INT TERM
fi

log "starting PostgreSQL on $POSTGRES_PORT"
start postgres "$STATE/logs/postgres.log" "$JAVA" -Xmx64m -XX:+UseSerialGC -cp "$INFRA_CP" \
  io.partybranch.deploy.LocalPostgres "$STATE/postgres/data" "$POSTGRES_PORT"
wait_for postgres 90 grep -q "PostgreSQL ready" "$STATE/logs/postgres.log"

log "starting Kafka on $KAFKA_PORT"
cat > "$STATE/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$KAFKA_PORT,CONTROLLER://localhost:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$STATE/kafka/data
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
KAFKA_JAVA=("$JAVA" -Xms128m -Xmx384m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$INFRA_CP")
if [ ! -f "$STATE/kafka/data/meta.properties" ]; then
  cluster_id=$("${KAFKA_JAVA[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
  "${KAFKA_JAVA[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$STATE/kafka/server.properties" >"$STATE/logs/kafka-format.log" 2>&1
fi
start kafka "$STATE/logs/kafka.log" "${KAFKA_JAVA[@]}" kafka.Kafka "$STATE/kafka/server.properties"
wait_for kafka 90 port_open "$KAFKA_PORT"

if [ "$servers" = only ]; then
  cat <<INFO

PostgreSQL and Kafka are up (data in $STATE, kept across restarts). For the tests:
  export PLATFORM_TEST_JDBC_URL=jdbc:postgresql://localhost:$POSTGRES_PORT/postgres PLATFORM_TEST_DB_USER=postgres \\
         PLATFORM_TEST_DB_PASSWORD=postgres PLATFORM_TEST_KAFKA_BOOTSTRAP=localhost:$KAFKA_PORT
Stop them with: deploy/local/run.sh stop (with the same PARTYBRANCH_HOME)
INFO
  [ "$mode" = detach ] && exit 0
  echo "Press Ctrl-C to stop them."
  while alive postgres && alive kafka; do sleep 2; done
  stop_all
  exit 1
fi

JWT_OPTS=""
if [ "$keycloak" = yes ]; then
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || { echo "$KEYCLOAK_HOME is missing: run without --no-build (the deploy module unpacks it)" >&2; exit 1; }
  log "starting Keycloak on $KEYCLOAK_PORT (realm partybranch; first start takes about a minute)"
  mkdir -p "$STATE/keycloak" "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/deploy/keycloak/partybranch-realm.json" "$KEYCLOAK_HOME/data/import/partybranch-realm.json"
  # Java 24+ needs java.lang opened for the thread-local reset of Keycloak's thread pool.
  start keycloak "$STATE/logs/keycloak.log" env JAVA_HOME="$JAVA_HOME" \
    JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
    --db-url="jdbc:h2:file:$STATE/keycloak/keycloakdb;NON_KEYWORDS=VALUE"
  wait_for keycloak 240 curl -fsS "http://localhost:$KEYCLOAK_PORT/realms/partybranch/.well-known/openid-configuration"
  KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
  # Both the plain and the profile's key: the local profile names the development key itself.
  JWT_OPTS="-Dmp.jwt.verify.publickey.location=$KEYCLOAK_URL/realms/partybranch/protocol/openid-connect/certs"
  JWT_OPTS="$JWT_OPTS -D%local.mp.jwt.verify.publickey.location=$KEYCLOAK_URL/realms/partybranch/protocol/openid-connect/certs"
  JWT_OPTS="$JWT_OPTS -Dmp.jwt.verify.issuer=$KEYCLOAK_URL/realms/partybranch -D%local.mp.jwt.verify.issuer=$KEYCLOAK_URL/realms/partybranch"
fi

for service in members:$MEMBERS_PORT activities:$ACTIVITIES_PORT reporting:$REPORTING_PORT; do
  name=${service%%:*} port=${service##*:}
  log "starting $name-service on $port"
  extra_opts_var="${name^^}_EXTRA_OPTS"   # e.g. MEMBERS_EXTRA_OPTS="-Dquarkus.log.level=DEBUG"
  # shellcheck disable=SC2086
  start "$name" "$STATE/logs/$name.log" "$JAVA" $SERVICE_JAVA_OPTS $JWT_OPTS ${!extra_opts_var:-} \
    -Dquarkus.profile=local -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://localhost:$POSTGRES_PORT/partybranch" \
    -Dkafka.bootstrap.servers="localhost:$KAFKA_PORT" \
    -jar "$ROOT/$name-service/target/quarkus-app/quarkus-run.jar"
done
wait_for members 120 ready "$MEMBERS_PORT"
wait_for activities 120 ready "$ACTIVITIES_PORT"
wait_for reporting 120 ready "$REPORTING_PORT"

log "starting the gateway on $GATEWAY_PORT"
export GATEWAY_PORT GATEWAY_RATE GATEWAY_BURST GATEWAY_RUNTIME="$STATE/gateway"
export MEMBERS_ADDR="127.0.0.1:$MEMBERS_PORT" ACTIVITIES_ADDR="127.0.0.1:$ACTIVITIES_PORT" REPORTING_ADDR="127.0.0.1:$REPORTING_PORT"
cp "$ROOT/deploy/gateway/cors-origins.conf" "$STATE/gateway/cors-origins.conf"
# The web console (deploy/console) with the ECharts version its package-lock.json pins, from npm on
# first use; the browser never fetches anything from a CDN.
CONSOLE_SRC="$ROOT/deploy/console"
ECHARTS="$CONSOLE_SRC/node_modules/echarts/dist/echarts.min.js"
if [ ! -f "$ECHARTS" ] && command -v npm >/dev/null 2>&1; then
  log "installing the console's pinned packages (npm ci in deploy/console)"
  (cd "$CONSOLE_SRC" && npm ci --omit=dev --no-audit --no-fund --loglevel=error) || log "npm ci failed: the console runs without charts"
fi
rm -rf "$STATE/gateway/console"
mkdir -p "$STATE/gateway/console/vendor" "$STATE/gateway/server.d"
cp -r "$CONSOLE_SRC/index.html" "$CONSOLE_SRC/console.css" "$CONSOLE_SRC/js" "$STATE/gateway/console/"
if [ -f "$ECHARTS" ]; then cp "$ECHARTS" "$STATE/gateway/console/vendor/"; else log "ECharts is missing (no npm?): the console runs without charts"; fi
# Local only: the console's development sign-in reads the role tokens from this file (written below,
# once the tokens exist). Production has no server.d/console-dev.conf, so the console offers no such sign-in.
cat > "$STATE/gateway/server.d/console-dev.conf" <<CONF
location = /console/dev-tokens.json {
    default_type application/json;
    alias $STATE/gateway/dev-tokens.json;
}
CONF
echo '[]' > "$STATE/gateway/dev-tokens.json"
envsubst '${GATEWAY_PORT} ${GATEWAY_RUNTIME} ${MEMBERS_ADDR} ${ACTIVITIES_ADDR} ${REPORTING_ADDR} ${GATEWAY_RATE} ${GATEWAY_BURST}' \
  < "$ROOT/deploy/gateway/nginx.conf.template" > "$STATE/gateway/nginx.conf"
start gateway "$STATE/logs/gateway.log" "$NGINX" -p "$STATE/gateway" -e "$STATE/gateway/error.log" -c "$STATE/gateway/nginx.conf"
wait_for gateway 30 port_open "$GATEWAY_PORT"

# Development tokens (signed with the development key, which only the local profile trusts), or with
# --keycloak real ones from Keycloak (valid 5 minutes: run.sh prints how to get fresh ones).
if [ "$keycloak" = yes ]; then
  keycloak_clients() { "$JAVA" -Xmx64m -cp "$INFRA_CP" io.partybranch.deploy.KeycloakClients "$KEYCLOAK_URL" "$@"; }
  keycloak_clients prepare "$LOCAL_USER_PASSWORD"
  token() {
    case "$1" in
      admin|bureau|auditor) keycloak_clients token "$1" "$LOCAL_USER_PASSWORD" ;;
      school) keycloak_clients prepare "$LOCAL_USER_PASSWORD" "$2" && keycloak_clients token school "$LOCAL_USER_PASSWORD" ;;
    esac
  }
else
  token() { "$JAVA" -Xmx64m -cp "$INFRA_CP" io.partybranch.deploy.DevTokens "$@"; }
fi
ADMIN_TOKEN=$(token admin)
if [ "$demo" = yes ]; then
  log "loading demo data through the gateway"
  PARTYBRANCH_TOKEN="$ADMIN_TOKEN" "$ROOT/deploy/local/load-demo-data.sh" "http://localhost:$GATEWAY_PORT"
fi
demo_school=$(curl -fsS -H "Authorization: Bearer $ADMIN_TOKEN" \
  "http://localhost:$GATEWAY_PORT/api/v1/organizations?type=BRANCH&sort=name&size=1&name=%E9%9D%92%E7%A6%BE" \
  | sed -n 's/.*"items":\[{"id":"\([0-9a-f-]*\)".*/\1/p' || true)
{
  echo "ADMIN_TOKEN=$ADMIN_TOKEN"
  echo "BUREAU_TOKEN=$(token bureau 320412)"
  echo "AUDITOR_TOKEN=$(token auditor 320412)"
  [ -n "$demo_school" ] && echo "SCHOOL_TOKEN=$(token school "$demo_school")"
} > "$STATE/tokens.env"
chmod 600 "$STATE/tokens.env"
# The same tokens for the console's 开发环境登录 (readable by nginx's worker, like the console's files).
(
  . "$STATE/tokens.env"
  printf '[{"label":"平台管理员","token":"%s"},{"label":"区教育局（320412）","token":"%s"},{"label":"审计（320412）","token":"%s"}' \
    "$ADMIN_TOKEN" "$BUREAU_TOKEN" "$AUDITOR_TOKEN"
  [ -n "${SCHOOL_TOKEN:-}" ] && printf ',{"label":"青禾实验小学党支部书记","token":"%s"}' "$SCHOOL_TOKEN"
  printf ']\n'
) > "$STATE/gateway/dev-tokens.json"
chmod 644 "$STATE/gateway/dev-tokens.json"

cat <<INFO

Party branch platform is up (state and logs in $STATE):
  gateway      http://localhost:$GATEWAY_PORT/api/v1/organizations
  console      http://localhost:$GATEWAY_PORT/console/   (开发环境登录 offers the tokens below)
  members      http://localhost:$MEMBERS_PORT/q/swagger-ui     (OpenAPI: /q/openapi)
  activities   http://localhost:$ACTIVITIES_PORT/q/swagger-ui
  reporting    http://localhost:$REPORTING_PORT/q/swagger-ui
  health       http://localhost:$MEMBERS_PORT/q/health  (likewise on each service port)
  metrics      http://localhost:$MEMBERS_PORT/q/metrics

$(if [ "$keycloak" = yes ]; then
  echo "Keycloak: $KEYCLOAK_URL (admin console: $KC_BOOTSTRAP_ADMIN_USERNAME / $KC_BOOTSTRAP_ADMIN_PASSWORD); the demo users"
  echo "demo-platform-admin and demo-school-secretary have the password $LOCAL_USER_PASSWORD. Tokens from Keycloak,"
  echo "one per role (valid 5 minutes; fresh ones: java -cp <classpath> io.partybranch.deploy.KeycloakClients"
  echo "$KEYCLOAK_URL token admin|school|bureau|auditor $LOCAL_USER_PASSWORD; also saved in $STATE/tokens.env):"
else
  echo "Development tokens, one per role (valid 12 h; in Swagger UI press \"Authorize\" and paste one;"
  echo "also saved in $STATE/tokens.env):"
fi)
$(cat "$STATE/tokens.env")
  platform-admin: everything; bureau and auditor: district 320412; school: ${demo_school:-"(no demo school)"}
First call:
  . $STATE/tokens.env && curl -s -H "Authorization: Bearer \$SCHOOL_TOKEN" http://localhost:$GATEWAY_PORT/api/v1/members
The demo school's work summary for 2026-Q3, and in Word:
  curl -s -H "Authorization: Bearer \$SCHOOL_TOKEN" "http://localhost:$GATEWAY_PORT/api/v1/summaries/branches/${demo_school:-<branch id>}?period=2026-Q3"
  curl -s -o summary.docx -H "Authorization: Bearer \$SCHOOL_TOKEN" "http://localhost:$GATEWAY_PORT/api/v1/summaries/branches/${demo_school:-<branch id>}?period=2026-Q3&format=docx"
INFO

if [ "$mode" = detach ]; then
  echo "Running in the background; stop it with: deploy/local/run.sh stop"
  exit 0
fi
echo "Press Ctrl-C to stop everything."
while true; do
  for name in "${COMPONENTS_STOP_ORDER[@]}"; do
    if ! alive "$name"; then
      echo "$name stopped unexpectedly; see $STATE/logs/$name.log" >&2
      stop_all
      exit 1
    fi
  done
  sleep 2
done
