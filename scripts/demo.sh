#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# The first launch of a customer, on your desktop: installs what is missing, builds, starts
# keyway-devserver on 127.0.0.1 with demo data, prints a few unused activation codes and opens
# the keyway window pointed at the server. Closing the window stops the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_BUILD_DIR:-$root/build}
data=${KEYWAY_DEMO_DATA:-$root/.devserver-data}

"$root/scripts/install-deps.sh"
KEYWAY_BUILD_TARGETS="keyway keywayctl keyway-devserver" "$root/scripts/build.sh"

if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi

mkdir -p "$data"
log="$data/devserver.log"
"$build/devserver/keyway-devserver" --port 0 --data-dir "$data" --dev-endpoints >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
    grep -q "keyway-devserver listening on" "$log" && break
    kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
done
url=$(grep -o "listening on http[^ ]*" "$log" | head -n 1 | cut -d' ' -f3)
[ -n "$url" ] || { echo "keyway-devserver did not start:"; cat "$log"; exit 1; }

echo "keyway-devserver is running at $url (data in $data, log in $log)."
echo "Unused activation codes to try:"
"$build/devserver/keyway-devserver" codes list --unused --configuration KWP --data-dir "$data" | head -n 5 | sed 's/^/    /'
echo

"$build/app/keyway/keyway" --config "$data/client-config.json" --data-dir "$data/client" "$@"
