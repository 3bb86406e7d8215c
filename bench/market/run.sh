#!/usr/bin/env bash
# Batch price requests per second served from the Redis price cache: (a) market-service called
# directly (with an internal token this script signs, as the gateway would) and (b) the same request
# through the gateway with a real API key, in one run, interleaved; the gateway's figure is given as
# a ratio of the direct one. The batch names the 8 replayed assets (replay knows no more; unknown
# symbols would measure the not_found path instead). Loopback only; bounded by DURATION.
# Usage: bench/market/run.sh [connections] [seconds] [warm-up seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
CONNECTIONS=${1:-32}
DURATION=${2:-20}
WARMUP=${3:-20}
PG_HOST=${PGHOST:-127.0.0.1}
PG_PORT=${PGPORT:-5432}
PG_USER=${VIZZOR_PG_USER:-postgres}
REDIS_PORT=${REDIS_PORT:-6379}
WORK=$(mktemp -d)
STAMP=$(date +%s)
GATEWAY_DB=vizzor_gateway_bench_$STAMP
MARKET_DB=vizzor_market_bench_$STAMP
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for db in "$GATEWAY_DB" "$MARKET_DB"; do
    psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$WORK"
}
trap cleanup EXIT
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
python3 -c 'import cryptography' 2>/dev/null || { echo "needs python3-cryptography"; exit 1; }

source scripts/select-jdk.sh
for module in gateway market-service; do
  [ -f "$module/target/quarkus-app/quarkus-run.jar" ] || ./mvnw -B -q package -DskipTests -pl "$module" -am
done

# The internal token key pair for this run: the private half to the gateway (and the script).
openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -out "$WORK/internal.key"
openssl ec -in "$WORK/internal.key" -pubout -out "$WORK/internal.pub" 2>/dev/null
MARKET_PORT=$(free_port); GATEWAY_PORT=$(free_port); ADMIN_PORT=$(free_port)
for db in "$GATEWAY_DB" "$MARKET_DB"; do
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $db" >/dev/null
done

wait_ready() { # name port log
  for _ in $(seq 120); do curl -sf "http://127.0.0.1:$2/q/health/ready" >/dev/null && return; sleep 1; done
  echo "$1 did not get ready"; tail -30 "$3"; exit 1
}

echo "== starting a KRaft broker (market-service publishes ticks)"
start_kafka "$WORK"
PIDS+=($KAFKA_PID)

echo "== starting market-service (replay) on database $MARKET_DB"
env KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" VIZZOR_PG_URL="postgresql://$PG_HOST:$PG_PORT" VIZZOR_PG_USER="$PG_USER" VIZZOR_DATABASE="$MARKET_DB" \
  VIZZOR_REDIS_URL="redis://127.0.0.1:$REDIS_PORT" QUARKUS_HTTP_PORT=$MARKET_PORT QUARKUS_LOG_LEVEL=WARN \
  VIZZOR_INTERNAL_JWT_PUBLIC_KEY="$(cat "$WORK/internal.pub")" \
  "$JAVA_HOME/bin/java" -Xmx512m ${MARKET_JAVA_OPTS:-} -jar market-service/target/quarkus-app/quarkus-run.jar >"$WORK/market.log" 2>&1 &
MARKET_PID=$!
PIDS+=($MARKET_PID)

echo "== starting the gateway on database $GATEWAY_DB"
ADMIN_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -d '/+=')
MARKET="http://127.0.0.1:$MARKET_PORT"
start_gateway "$GATEWAY_DB" "$GATEWAY_PORT" "$ADMIN_PORT" "$ADMIN_TOKEN" "$MARKET" "$WORK/gateway.log" \
  VIZZOR_INTERNAL_JWT_PRIVATE_KEY="$(cat "$WORK/internal.key")"
PIDS+=($GATEWAY_PID)
wait_ready market-service "$MARKET_PORT" "$WORK/market.log"
wait_ready gateway "$GATEWAY_PORT" "$WORK/gateway.log"

KEY=$(curl -sf -X POST "http://127.0.0.1:$ADMIN_PORT/admin/keys" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{"name":"bench","type":"api","tier":"enterprise"}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
# Long enough for the whole run: the service checks exp, the gateway's own tokens live 120 s.
TOKEN=$(python3 bench/market/sign_token.py "$WORK/internal.key" $((WARMUP * 2 + DURATION * 4 + 600)))
PATH_UNDER_TEST="/v1/market/prices?symbols=BTC,ETH,BNB,SOL,XRP,DOGE,ADA,LINK"
DIRECT="http://127.0.0.1:$MARKET_PORT$PATH_UNDER_TEST"
GATEWAY="http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST"

# Both paths must answer all 8 prices, the second time from the cache, or the run is void.
check() { # url header
  curl -sf -H "$2" "$1" >/dev/null
  curl -sf -H "$2" "$1" | python3 -c '
import json, sys
body = json.load(sys.stdin)
assert len(body["prices"]) == 8 and not body["failed"], body
assert all(p["cached"] for p in body["prices"]), "not served from the cache: %s" % body'
}
check "$DIRECT" "Authorization: Bearer $TOKEN"
check "$GATEWAY" "X-API-Key: $KEY"

run_wrk() { # name url seconds header
  local out="$WORK/$1.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$3"s --latency -H "$4" "$2" >"$out"
  if grep -q 'Non-2xx' "$out"; then echo "$1: non-2xx answers"; cat "$out"; exit 1; fi
}
field() { # file -> rps p50 p99
  echo "$(awk '/Requests\/sec/ {print $2}' "$1") $(awk '$1=="50%" {print $2}' "$1") $(awk '$1=="99%" {print $2}' "$1")"
}

echo "== warm-up (JIT): $WARMUP s each"
run_wrk warm-direct "$DIRECT" "$WARMUP" "Authorization: Bearer $TOKEN"
run_wrk warm-gateway "$GATEWAY" "$WARMUP" "X-API-Key: $KEY"

printf '%-8s %-10s %12s %10s %10s\n' round target req/s p50 p99
for round in 1 2; do
  run_wrk "direct-$round" "$DIRECT" "$DURATION" "Authorization: Bearer $TOKEN"
  run_wrk "gateway-$round" "$GATEWAY" "$DURATION" "X-API-Key: $KEY"
  read -r d_rps d_p50 d_p99 <<<"$(field "$WORK/direct-$round.txt")"
  read -r g_rps g_p50 g_p99 <<<"$(field "$WORK/gateway-$round.txt")"
  printf '%-8s %-10s %12s %10s %10s\n' "$round" direct "$d_rps" "$d_p50" "$d_p99"
  printf '%-8s %-10s %12s %10s %10s\n' "$round" gateway "$g_rps" "$g_p50" "$g_p99"
  echo "round $round ratio gateway/direct: $(echo "scale=2; $g_rps / $d_rps" | bc)"
done
