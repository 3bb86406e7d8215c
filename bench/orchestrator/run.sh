#!/usr/bin/env bash
# Time to first token through gateway + orchestrator-service vs the same OpenAI-compatible stub
# called directly, in one run, interleaved (issue 13's aim: at most 5 ms added at p50). Starts the
# whole suite with the stub as its only provider (./vizzor api start), so the chat holds credits
# in PostgreSQL and the gateway checks a real key, as for any client. Loopback only; bounded by
# ROUNDS (as many warm-up rounds again; at most 3000: the chats go round one enterprise key per
# 500 rounds, each allowed 1000 requests a minute). Usage: bench/orchestrator/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
ROUNDS=${1:-1000}
if ((ROUNDS < 1 || ROUNDS > 3000)); then echo "rounds: 1 to 3000" >&2; exit 2; fi
source scripts/select-jdk.sh
[ -f orchestrator-service/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
STUB_PORT=$(free_port)
WORK=$(mktemp -d)
cleanup() {
  [ -n "${STUB_PID:-}" ] && kill "$STUB_PID" 2>/dev/null || true
  ./vizzor api stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
"$JAVA_HOME/bin/java" -Dsun.net.httpserver.nodelay=true bench/orchestrator/LlmStub.java "$STUB_PORT" \
  orchestrator-service/src/test/resources/llm/openai-answer.sse >"$WORK/stub.log" 2>&1 &
STUB_PID=$!
for _ in $(seq 60); do grep -q ready "$WORK/stub.log" && break; sleep 1; done

VIZZOR_LLM_PROVIDERS=stub VIZZOR_LLM_STUB_URL="http://127.0.0.1:$STUB_PORT/v1" \
  VIZZOR_LLM_STUB_MODEL=stub-model ./vizzor api start --detach >"$WORK/start.log" 2>&1 ||
  { cat "$WORK/start.log"; exit 1; }
# Velocity keys of enterprise accounts: 1000 requests a minute each (an X-API-Key key has 300)
KEYS=()
for k in $(seq $(((ROUNDS + 499) / 500 + 1))); do
  KEYS+=("$(./vizzor api key create "bench-$(date +%s)-$k" --tier=enterprise --type=vel |
    grep -o 'vel_[A-Za-z0-9_-]*' | head -1)")
done
"$JAVA_HOME/bin/java" bench/orchestrator/Ttft.java "http://127.0.0.1:$STUB_PORT" \
  http://127.0.0.1:3100 "$(IFS=,; echo "${KEYS[*]}")" "$ROUNDS"
