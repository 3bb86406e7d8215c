#!/usr/bin/env bash
# Signed webhook upserts per second through webhook-service, against pgbench running the
# equivalent single-row upsert on the same PostgreSQL at the same concurrency, in one run.
# Loopback only; bounded by DURATION. Usage: bench/webhook/run.sh [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
CONNECTIONS=${1:-16}
DURATION=${2:-20}
SECRET=bench-secret
bench_workspace vizzor_bench

postgres_pids() { pgrep -u postgres -d ' ' postgres; }

source scripts/select-jdk.sh
[ -f webhook-service/target/quarkus-app/quarkus-run.jar ] && [ -f test-support/target/test-support-0.1.0-SNAPSHOT.jar ] ||
  ./mvnw -B -q package -DskipTests -pl webhook-service -am

echo "== starting a KRaft broker"
start_kafka "$WORK"
PIDS+=($KAFKA_PID)
BOOTSTRAP=$KAFKA_BOOTSTRAP

echo "== starting webhook-service on database $DB"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $DB" >/dev/null
PORT=$(free_port)
VIZZOR_PG_URL="postgresql://$PG_HOST:$PG_PORT" VIZZOR_PG_USER=$PG_USER VIZZOR_WEBHOOK_SECRETS=$SECRET \
  KAFKA_BOOTSTRAP_SERVERS=$BOOTSTRAP QUARKUS_HTTP_PORT=$PORT VIZZOR_DATABASE=$DB QUARKUS_LOG_LEVEL=WARN \
  "$JAVA_HOME/bin/java" -Xmx512m -jar webhook-service/target/quarkus-app/quarkus-run.jar >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
PIDS+=($SERVICE_PID)
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { tail -30 "$WORK/service.log"; exit 1; }

# Warm-up ids and measured ids are disjoint and the measured set is larger than a run can send
# (15 000 per second, over twice what it reaches here; a run that wraps is refused below), so
# every measured request is a real insert with its event.
MEASURED=${MEASURED:-$((DURATION * 15000))}
python3 bench/webhook/make_requests.py 20000 1 "$SECRET" "$WORK/warmup.lua"
python3 bench/webhook/make_requests.py "$MEASURED" 1000001 "$SECRET" "$WORK/requests.lua"
echo "== warm-up (${WARMUP:-60} s, lets the JIT finish)"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-60}s" -s "$WORK/warmup.lua" "http://127.0.0.1:$PORT" -- 2 >/dev/null
echo "== webhook-service: wrk -t2 -c$CONNECTIONS -d${DURATION}s"
before=($(cpu_seconds $SERVICE_PID) $(cpu_seconds $KAFKA_PID) $(cpu_seconds $(postgres_pids)))
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/requests.lua" "http://127.0.0.1:$PORT" -- 2 | tee "$WORK/wrk.txt"
after=($(cpu_seconds $SERVICE_PID) $(cpu_seconds $KAFKA_PID) $(cpu_seconds $(postgres_pids)))
echo "measured inserts stored: $(psql -tA -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DB" -c 'select count(*) from watchers where id > 1000000')"
echo "CPU seconds during the run: webhook-service $(echo "${after[0]} - ${before[0]}" | bc)," \
  "Kafka broker $(echo "${after[1]} - ${before[1]}" | bc), PostgreSQL $(echo "${after[2]} - ${before[2]}" | bc)"
echo "== anchor: pgbench -c$CONNECTIONS -j2 -T$DURATION (same upsert, same table)"
pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$CONNECTIONS" -j2 -T "$DURATION" \
  -f bench/webhook/upsert.pgbench "$DB" | tee "$WORK/pgbench.txt"

WEBHOOK=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
PGBENCH=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.txt")
NON2XX=$(sed -n 's/^non2xx=//p' "$WORK/wrk.txt")
[ -n "$NON2XX" ] || { echo "wrk's script did not run: no figure"; exit 1; }
SENT=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
if [ "$SENT" -gt "$MEASURED" ]; then
  echo "the run sent $SENT requests but only $MEASURED distinct inserts exist: replays were counted;"
  echo "no figure (raise MEASURED)"
  exit 1
fi
python3 - "$WEBHOOK" "$PGBENCH" "$NON2XX" <<'PY'
import sys
webhook, pg, errors = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
print(f"RESULT webhook={webhook:.0f} req/s  pgbench={pg:.0f} tps  ratio={webhook/pg:.2f}  non-2xx={errors}")
PY
