#!/usr/bin/env bash
# Agents (issue 15): an emergency stop pulled on one of two packaged agent-service replicas until
# both replicas hold it (aim: within a second), and a tick until 100 agents trading its symbol
# have decided; each against one Kafka produce→consume hop in the same run (the anchor). A fresh
# database on the configured PostgreSQL (or an embedded one), the in-process KRaft broker and
# market-service's candles stubbed (test-support's MarketStub). Loopback only; bounded by rounds.
# Usage: bench/agents/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-50}
if ((ROUNDS < 5 || ROUNDS > 1000)); then echo "rounds: 5 to 1000" >&2; exit 2; fi
source scripts/select-jdk.sh
WORK=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
[ -f agent-service/target/quarkus-app/quarkus-run.jar ] && [ -f test-support/target/test-support-0.1.0-SNAPSHOT.jar ] ||
  ./mvnw -B -q install -DskipTests -pl agent-service -am
./mvnw -B -q dependency:build-classpath -pl test-support -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
"$JAVA_HOME/bin/java" -Xmx1g -Dbench.log-level="${LOG_LEVEL:-WARN}" \
  -cp "test-support/target/test-support-0.1.0-SNAPSHOT.jar:$(cat "$WORK/cp.txt")" \
  bench/agents/AgentBench.java "$ROUNDS" agent-service/target/quarkus-app/quarkus-run.jar "$WORK"
