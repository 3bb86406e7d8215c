#!/usr/bin/env bash
# Runs seed 002's own browser examples under Node.js against the local suite's /chat (through the
# gateway), with a fresh Velocity key as the Bearer token they send. Needs a running suite
# (./vizzor api start). Usage: examples/seed-002/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
KEY=$(./vizzor api key create "seed-002-$(date +%s)" --type=vel | grep -o 'vel_[A-Za-z0-9_-]*' | head -1)
VIZZOR_TOKEN="$KEY" CHAT_URL=http://127.0.0.1:3100/chat node examples/seed-002/chat.mjs
