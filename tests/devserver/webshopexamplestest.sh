#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Runs the three webshop examples (examples/webshop/) against a fresh keyway-devserver.
# Usage: webshopexamplestest.sh <keyway-devserver binary> <examples/webshop folder>
set -euo pipefail
server_bin=$1
examples=$2
data=$(mktemp -d)
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill -TERM "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$data"
}
trap cleanup EXIT

"$server_bin" --port 0 --data-dir "$data" >"$data/stdout" 2>"$data/server.log" &
server_pid=$!
for _ in $(seq 1 200); do
    grep -q '^keyway-devserver listening on ' "$data/stdout" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
    sleep 0.1
done
KEYWAY_URL=$(sed -n 's/^keyway-devserver listening on //p' "$data/stdout")
[ -n "$KEYWAY_URL" ] || { echo "the server did not become ready" >&2; exit 1; }
export KEYWAY_URL KEYWAY_DATA_DIR=$data

for flow in register-during-purchase create-during-purchase activation-code; do
    echo "== $flow"
    bash "$examples/$flow.sh"
done
echo "all three onboarding flows passed"
