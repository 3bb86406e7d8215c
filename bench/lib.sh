# Helpers the bench scripts share; sourced, not run.

# CPU seconds (user+system) used so far by the given pids, to show where a run's cores went.
cpu_seconds() {
  local ticks=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

# A free loopback TCP port.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts the packaged gateway in the background (pid in GATEWAY_PID) with every service routed to
# one upstream and limits too high to refuse; PG_HOST/PG_PORT/PG_USER/REDIS_PORT as the caller set
# them. Usage: start_gateway db port admin-port admin-token upstream-url log [VAR=value ...]
start_gateway() {
  local db=$1 port=$2 admin_port=$3 admin_token=$4 upstream=$5 log=$6
  shift 6
  env VIZZOR_PG_URL="postgresql://$PG_HOST:$PG_PORT" VIZZOR_PG_USER="$PG_USER" VIZZOR_DATABASE="$db" \
    VIZZOR_REDIS_URL="redis://127.0.0.1:$REDIS_PORT" QUARKUS_HTTP_PORT="$port" \
    VIZZOR_ADMIN_TOKEN="$admin_token" VIZZOR_ADMIN_PORT="$admin_port" QUARKUS_LOG_LEVEL=WARN \
    VIZZOR_GATEWAY_SERVICES_ORCHESTRATOR="$upstream" VIZZOR_GATEWAY_SERVICES_MARKET="$upstream" \
    VIZZOR_GATEWAY_SERVICES_PREDICTION="$upstream" VIZZOR_GATEWAY_SERVICES_NOTIFICATION="$upstream" \
    VIZZOR_GATEWAY_SERVICES_AGENT="$upstream" VIZZOR_GATEWAY_SERVICES_WEBHOOK="$upstream" \
    VIZZOR_GATEWAY_LIMITS_API_KEY_PER_MINUTE=100000000 \
    VIZZOR_GATEWAY_LIMITS_TIERS_ENTERPRISE_CONCURRENT=100000 "$@" \
    "$JAVA_HOME/bin/java" -Xmx512m ${GATEWAY_JAVA_OPTS:-} -jar gateway/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  GATEWAY_PID=$!
}

# Starts a real single-node KRaft broker from test-support (pid in KAFKA_PID, address in
# KAFKA_BOOTSTRAP); builds test-support when its jar is missing. Usage: start_kafka workdir
start_kafka() {
  local work=$1
  [ -f test-support/target/test-support-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q package -DskipTests -pl test-support -am
  ./mvnw -B -q dependency:build-classpath -pl test-support -Dmdep.outputFile="$work/cp.txt" >/dev/null
  "$JAVA_HOME/bin/java" -cp "test-support/target/test-support-0.1.0-SNAPSHOT.jar:$(cat "$work/cp.txt")" \
    dev.vizzor.testsupport.KafkaBrokerMain >"$work/kafka.log" 2>&1 &
  KAFKA_PID=$!
  for _ in $(seq 120); do grep -q '^bootstrap=' "$work/kafka.log" && break; sleep 1; done
  KAFKA_BOOTSTRAP=$(sed -n 's/^bootstrap=//p' "$work/kafka.log")
  [ -n "$KAFKA_BOOTSTRAP" ] || { echo "Kafka did not start"; tail -20 "$work/kafka.log"; return 1; }
}

# The PostgreSQL a bench uses (PG_HOST/PG_PORT/PG_USER), a work directory (WORK), a database name
# (DB, created by the caller) and PIDS to kill; all undone on exit, after BENCH_CLEANUP (a command
# of the caller's, if set). Usage: bench_workspace db-prefix
bench_workspace() {
  PG_HOST=${PGHOST:-127.0.0.1}
  PG_PORT=${PGPORT:-5432}
  PG_USER=${VIZZOR_PG_USER:-postgres}
  WORK=$(mktemp -d)
  DB=$1_$(date +%s)
  PIDS=()
  trap bench_cleanup EXIT
}

bench_cleanup() {
  [ -n "${BENCH_CLEANUP:-}" ] && eval "$BENCH_CLEANUP"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
