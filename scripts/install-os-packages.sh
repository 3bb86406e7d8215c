#!/usr/bin/env bash
# Installs the Debian packages the tests and the suite use when any is missing:
#   chromium, chromium-driver  the gateway's /docs test drives a real headless browser
#   espeak-ng                  the chat's voice answers without ElevenLabs (run as a program)
# Needs root and Debian's package registry; nothing is downloaded by the tests themselves.
set -euo pipefail

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "missing: ${missing[*]}; as root on Debian: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]} (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
