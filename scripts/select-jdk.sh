# Sourced by ./vizzor, .ci/run and the bench scripts: exports JAVA_HOME as a JDK >= 21
# (JAVA_HOME if it qualifies, else Temurin 25, else any /usr/lib/jvm/* or java on PATH).

# Major version of a java binary: "25.0.1" -> 25, "21" -> 21, legacy "1.8.0_x" -> 8.
java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

pick_jdk() {
  local candidates=() home major
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64)
  for home in /usr/lib/jvm/*/; do candidates+=("${home%/}"); done
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in "${candidates[@]}"; do
    [[ -x "$home/bin/java" ]] || continue
    major=$(java_major "$home/bin/java" || true)
    if [[ "$major" =~ ^[0-9]+$ ]] && ((major >= 21)); then
      echo "$home"
      return 0
    fi
  done
  return 1
}

if ! JAVA_HOME=$(pick_jdk); then
  echo "no JDK 21 or newer found (checked \$JAVA_HOME, /usr/lib/jvm/*, java on PATH);" \
    "install one (e.g. Temurin 21+) or point JAVA_HOME at it." >&2
  exit 1
fi
export JAVA_HOME
