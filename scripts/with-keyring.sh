#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Inside a D-Bus session: starts GNOME Keyring's Secret Service with a throw-away, unlocked
# login keyring, then runs the given command. Used by the tests; never for real secrets.
set -euo pipefail
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no D-Bus session; run it under dbus-run-session" >&2
    exit 2
fi
export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
echo -n "keyway-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$@"
