#!/usr/bin/env bash
# Requests per second and latency of (a) nginx as a bare reverse proxy and (b) the gateway with a
# real key and every limit on (set high enough not to refuse), both in front of the same upstream,
# in one run, interleaved. Then the Redis commands per admitted request, from Redis's own stats.
# Loopback only; bounded by DURATION. Usage: bench/gateway/run.sh [connections] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
CONNECTIONS=${1:-32}
DURATION=${2:-20}
BENCH_CLEANUP='[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true'
bench_workspace vizzor_gateway_bench
REDIS_PORT=${REDIS_PORT:-6379}
command -v nginx >/dev/null && command -v wrk >/dev/null || { echo "needs nginx and wrk (apt-get install nginx-light wrk)"; exit 1; }

source scripts/select-jdk.sh
[ -f gateway/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -pl gateway -am

UPSTREAM_PORT=$(free_port); PROXY_PORT=$(free_port); GATEWAY_PORT=$(free_port); ADMIN_PORT=$(free_port)
sed -e "s|@WORK@|$WORK|g" -e "s|@UPSTREAM_PORT@|$UPSTREAM_PORT|g" -e "s|@PROXY_PORT@|$PROXY_PORT|g" \
  bench/gateway/nginx.conf.template >"$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log"

echo "== starting the gateway on database $DB"
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "CREATE DATABASE $DB" >/dev/null
ADMIN_TOKEN=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' )
UPSTREAM="http://127.0.0.1:$UPSTREAM_PORT"
start_gateway "$DB" "$GATEWAY_PORT" "$ADMIN_PORT" "$ADMIN_TOKEN" "$UPSTREAM" "$WORK/gateway.log"
PIDS+=($GATEWAY_PID)
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" >/dev/null && break; sleep 1; done
curl -sf "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" >/dev/null || { tail -30 "$WORK/gateway.log"; exit 1; }

KEY=$(curl -sf -X POST "http://127.0.0.1:$ADMIN_PORT/admin/keys" -H "Authorization: Bearer $ADMIN_TOKEN" \
  -H 'Content-Type: application/json' -d '{"name":"bench","type":"api","tier":"enterprise"}' |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["key"])')
PATH_UNDER_TEST=/v1/market/price/BTC
# Every gateway answer must be a 200 from the upstream with limit headers, or the run is void.
curl -sf -D "$WORK/headers" -H "X-API-Key: $KEY" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" >/dev/null
grep -qi '^X-RateLimit-Remaining' "$WORK/headers" || { echo "no limit headers"; exit 1; }

run_wrk() { # name url seconds [header]
  local out="$WORK/$1.txt"
  if [ -n "${4:-}" ]; then
    wrk -t2 -c"$CONNECTIONS" -d"$3"s --latency -H "$4" "$2" >"$out"
  else
    wrk -t2 -c"$CONNECTIONS" -d"$3"s --latency "$2" >"$out"
  fi
  if grep -q 'Non-2xx' "$out"; then echo "$1: non-2xx answers"; cat "$out"; exit 1; fi
}
field() { # file -> rps p50 p99 requests
  local rps p50 p99 total
  rps=$(awk '/Requests\/sec/ {print $2}' "$1")
  p50=$(awk '$1=="50%" {print $2}' "$1"); p99=$(awk '$1=="99%" {print $2}' "$1")
  total=$(awk '/requests in/ {print $1}' "$1")
  echo "$rps $p50 $p99 $total"
}

echo "== warm-up (JIT): gateway 30 s, nginx 5 s"
run_wrk warm-gateway "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" 30 "X-API-Key: $KEY"
run_wrk warm-nginx "http://127.0.0.1:$PROXY_PORT$PATH_UNDER_TEST" 5

printf '%-8s %-10s %12s %10s %10s\n' round target req/s p50 p99
for round in 1 2; do
  run_wrk "nginx-$round" "http://127.0.0.1:$PROXY_PORT$PATH_UNDER_TEST" "$DURATION"
  REDIS_PID=$(pgrep -f "redis-server.*:$REDIS_PORT" | head -1)
  NGINX_PIDS=$(pgrep -d ' ' nginx)
  before=("$(cpu_seconds $GATEWAY_PID)" "$(cpu_seconds $REDIS_PID)" "$(cpu_seconds $NGINX_PIDS)")
  run_wrk "gateway-$round" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" "$DURATION" "X-API-Key: $KEY"
  after=("$(cpu_seconds $GATEWAY_PID)" "$(cpu_seconds $REDIS_PID)" "$(cpu_seconds $NGINX_PIDS)")
  read -r n_rps n_p50 n_p99 _ <<<"$(field "$WORK/nginx-$round.txt")"
  read -r g_rps g_p50 g_p99 _ <<<"$(field "$WORK/gateway-$round.txt")"
  printf '%-8s %-10s %12s %10s %10s\n' "$round" nginx "$n_rps" "$n_p50" "$n_p99"
  printf '%-8s %-10s %12s %10s %10s\n' "$round" gateway "$g_rps" "$g_p50" "$g_p99"
  echo "round $round ratio gateway/nginx: $(echo "scale=2; $g_rps / $n_rps" | bc)"
  echo "round $round CPU s during the gateway run (of $((DURATION * $(nproc)))): gateway $(echo "${after[0]} - ${before[0]}" | bc)," \
    "redis $(echo "${after[1]} - ${before[1]}" | bc), nginx upstream $(echo "${after[2]} - ${before[2]}" | bc), rest wrk"
done

echo "== Redis commands per admitted request (10 s at the same load)"
redis-cli -p "$REDIS_PORT" CONFIG RESETSTAT >/dev/null
run_wrk counted "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" 10 "X-API-Key: $KEY"
sleep 1
read -r _ _ _ requests <<<"$(field "$WORK/counted.txt")"
redis-cli -p "$REDIS_PORT" INFO commandstats >"$WORK/stats.txt"
calls() { awk -F'[:=,]' -v c="cmdstat_$1" '$1 == c {n = $3} END {print n + 0}' "$WORK/stats.txt"; }
# Commands a client sends count as round trips; those the script runs inside Redis (zadd, zcard,
# get, incr, time, ...) are counted by Redis too but cost no trip.
evalsha=$(calls evalsha)
trips=$((evalsha + $(calls eval) + $(calls ping) + $(calls set)))
echo "requests admitted: $requests; client commands: $trips (EVALSHA $evalsha); inside scripts:"
grep '^cmdstat_' "$WORK/stats.txt" | grep -v -E 'cmdstat_(evalsha|eval|ping|set|info|config):' | cut -d, -f1 | tr '\n' ' '; echo
echo "round trips per admitted request: $(echo "scale=3; $trips / $requests" | bc)"
