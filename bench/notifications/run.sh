#!/usr/bin/env bash
# Tick published to Kafka → the matching alert's WebSocket message at its client (issue 14's aim:
# p99 ≤ 100 ms), with 1 000 connected clients and 10 000 rules, against one Kafka produce→consume
# hop measured in the same rounds (the anchor: the floor of anything Kafka feeds). Also the heap
# each open connection costs. The packaged notification-service on a fresh database and a real
# KRaft broker; clients talk to the service directly with internal tokens signed by a key made for
# the run. Loopback only; bounded by its rounds.
# Usage: bench/notifications/run.sh [rounds] [interval-ms]   (warm-up: WARMUP rounds, default 200)
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
ROUNDS=${1:-300}
INTERVAL=${2:-100}
WARMUP=${WARMUP:-200}
if ((ROUNDS < 1 || ROUNDS > 5000)); then echo "rounds: 1 to 5000" >&2; exit 2; fi
bench_workspace vizzor_bench_notify

source scripts/select-jdk.sh
[ -f notification-service/target/quarkus-app/quarkus-run.jar ] && [ -f test-support/target/test-support-0.1.0-SNAPSHOT.jar ] ||
  ./mvnw -B -q package -DskipTests -pl notification-service -am

echo "== starting a KRaft broker"
start_kafka "$WORK"
PIDS+=($KAFKA_PID)

echo "== starting notification-service on database $DB"
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$WORK/key.pem" 2>/dev/null
openssl pkey -in "$WORK/key.pem" -pubout -out "$WORK/public.pem"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $DB" >/dev/null
PORT=$(free_port)
VIZZOR_PG_URL="postgresql://$PG_HOST:$PG_PORT" VIZZOR_PG_USER=$PG_USER VIZZOR_DATABASE=$DB \
  VIZZOR_INTERNAL_JWT_PUBLIC_KEY="$(cat "$WORK/public.pem")" KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP \
  QUARKUS_HTTP_PORT=$PORT QUARKUS_LOG_LEVEL=WARN \
  "$JAVA_HOME/bin/java" -Xmx512m -jar notification-service/target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
PIDS+=($SERVICE_PID)
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { tail -30 "$WORK/service.log"; exit 1; }

# Heap in use after a full collection, in KiB.
heap_used() {
  "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" GC.run >/dev/null
  "$JAVA_HOME/bin/jcmd" "$SERVICE_PID" GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1
}

mkdir "$WORK/markers"
"$JAVA_HOME/bin/java" -cp "$(cat "$WORK/cp.txt")" -Dbench.markers="$WORK/markers" \
  bench/notifications/NotificationBench.java "http://127.0.0.1:$PORT" "$KAFKA_BOOTSTRAP" \
  "$WORK/key.pem" "$WARMUP" "$ROUNDS" "$INTERVAL" | tee "$WORK/bench.txt" &
BENCH_PID=$!
PIDS+=($BENCH_PID)
for stage in rules connected; do
  while [ ! -f "$WORK/markers/$stage" ]; do
    kill -0 "$BENCH_PID" 2>/dev/null || { echo "the bench client stopped"; exit 1; }
    sleep 0.5
  done
  declare "HEAP_${stage^^}=$(heap_used)"
done
CPU_BEFORE=$(cpu_seconds "$SERVICE_PID")
wait "$BENCH_PID"
echo "CPU seconds of notification-service from connecting to the end: $(echo "$(cpu_seconds "$SERVICE_PID") - $CPU_BEFORE" | bc)"
echo "heap after GC: ${HEAP_RULES} KiB with the rules, ${HEAP_CONNECTED} KiB with 1000 sockets open:" \
  "$(((HEAP_CONNECTED - HEAP_RULES) / 1000)) KiB per connection"
grep -q "alerts: \([0-9]*\) of \1 " "$WORK/bench.txt" || { echo "some alerts did not arrive: not a valid run"; exit 1; }
