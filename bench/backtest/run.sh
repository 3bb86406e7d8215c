#!/usr/bin/env bash
# Backtest throughput: a five-indicator strategy on the strategy library's engine (its array indicators +
# Backtester) against a plain-array loop computing the same strategy and accounting, in one JVM,
# one run, with the JVM's default collector (G1 here). In-process,
# no network. Usage: bench/backtest/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/select-jdk.sh
ROUNDS=${1:-15}
./mvnw -B -q install -DskipTests -pl chronovisor,strategy -am >/dev/null
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
./mvnw -B -q dependency:build-classpath -pl strategy -Dmdep.outputFile="$WORK/cp" >/dev/null
CP="strategy/target/classes:chronovisor/target/classes:$(cat "$WORK/cp")"
"$JAVA_HOME/bin/java" -Xmx2g -cp "$CP" bench/backtest/BacktestBench.java \
  market-service/src/main/resources/replay/BTCUSDT_1h.csv.gz "$ROUNDS"
