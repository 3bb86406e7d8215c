#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver when either is missing: the gateway's /docs test
# drives a real headless browser (SwaggerUiInBrowserTest). Needs root and Debian's package
# registry; browsers a test tool would download itself cannot be fetched on these machines.
set -euo pipefail

if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  exit 0
fi
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "chromium/chromedriver missing; as root on Debian: apt-get install -y chromium chromium-driver" >&2
  exit 1
fi
echo "installing chromium and chromium-driver (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
chromium --version
