#!/usr/bin/env bash
# The contract audit's cost against the parse it starts from: each pass parses the 74-contract
# corpus (the anchor), then audits it (parse + every rule), in one JVM, interleaved; the figure is
# the median audit/parse ratio, plus milliseconds per contract. CPU only, no network.
# Usage: bench/audit/run.sh [passes]
set -euo pipefail
cd "$(dirname "$0")/../.."
PASSES=${1:-15}
source scripts/select-jdk.sh
./mvnw -B -q -o test-compile -pl market-service
./mvnw -B -q -o dependency:build-classpath -pl market-service -Dmdep.outputFile=/tmp/audit-bench-cp.txt >/dev/null
"$JAVA_HOME/bin/java" -Xmx512m \
  -cp "market-service/target/classes:market-service/target/test-classes:$(cat /tmp/audit-bench-cp.txt)" \
  dev.vizzor.market.security.audit.AuditBench market-service/src/test/resources/smartbugs-curated "$PASSES"
