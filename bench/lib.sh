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
