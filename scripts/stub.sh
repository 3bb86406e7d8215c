#!/usr/bin/env bash
# Serves a WireMock stub directory (mappings/ + __files/) on 127.0.0.1:<port> until stopped with
# Ctrl-C or `kill <pid>` (WireMock's shutdown hook stops its server). Uses the wiremock-standalone
# jar the project's build put in the local Maven repository, at the version the root pom.xml pins,
# so it needs no network. Example (docs/TRACK.md):
#   scripts/stub.sh examples/stubs/evm-rpc 8545
set -euo pipefail

if (($# != 2)); then
  echo "usage: $0 <root-dir with mappings/ and __files/> <port>" >&2
  exit 2
fi
root=$1
port=$2
if [[ ! -d "$root/mappings" ]]; then
  echo "$root has no mappings/ directory" >&2
  exit 2
fi
if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
  echo "port must be a number from 1 to 65535, got '$port'" >&2
  exit 2
fi

project=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
version=$(sed -n 's|.*<wiremock.version>\(.*\)</wiremock.version>.*|\1|p' "$project/pom.xml")
repository=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
jar="$repository/org/wiremock/wiremock-standalone/$version/wiremock-standalone-$version.jar"
if [[ -z "$version" || ! -f "$jar" ]]; then
  echo "no wiremock-standalone ${version:-?} at $jar: build the project first" \
    "(./mvnw -pl market-service test-compile fetches it), or set MAVEN_REPO_LOCAL" >&2
  exit 1
fi

# shellcheck source=select-jdk.sh
source "$project/scripts/select-jdk.sh"
echo "WireMock $version serving $root on http://127.0.0.1:$port (Ctrl-C stops it)" >&2
exec "$JAVA_HOME/bin/java" -jar "$jar" \
  --root-dir "$root" --port "$port" --bind-address 127.0.0.1 --disable-banner
