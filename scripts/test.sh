#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Installs what is missing, builds, and runs the whole test suite (unit, integration, gui) with
# the real parts: a private D-Bus session with an unlocked GNOME Keyring for the keychain, and a
# virtual X display for the window. Extra arguments go to ctest (e.g. -L unit).
#
# Without arguments (what CI runs), two more nets follow the suite (docs/testing.md): every
# libFuzzer target for 10 s (scripts/fuzz.sh --ci, clang) and the unit and integration tests
# built with ASan and UBSan (scripts/sanitize.sh). A failing test, a fuzzer finding or a
# sanitizer report fails the script. KEYWAY_TEST_EXTRAS=0 skips them, =1 runs them with arguments.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" -DKEYWAY_BUILD_TESTS=ON

# Test peers from the npm registry (an OpenID provider, a certified relying party), each pinned
# by its lockfile under tests/node/<peer>/.
for lock in "$root"/tests/node/*/package-lock.json; do
    [ -f "$lock" ] || continue
    peer=$(dirname "$lock")
    if [ ! -d "$peer/node_modules" ] || [ "$lock" -nt "$peer/node_modules" ]; then
        (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done

# Qt WebEngine's sandbox cannot run as root.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-keyway.*.debug=true}"

status=0
dbus-run-session -- "$root/scripts/with-keyring.sh" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    ctest --test-dir "$build" --output-on-failure --timeout 300 "$@" || status=$?

extras=${KEYWAY_TEST_EXTRAS:-}
if [ -z "$extras" ]; then
    extras=$([ $# -eq 0 ] && echo 1 || echo 0)
fi
if [ "$extras" = 1 ]; then
    started=$SECONDS
    echo "== fuzzers (scripts/fuzz.sh --ci)"
    "$root/scripts/fuzz.sh" --ci || status=1
    echo "== fuzzers took $((SECONDS - started)) s"
    started=$SECONDS
    echo "== unit and integration tests under ASan and UBSan (scripts/sanitize.sh)"
    "$root/scripts/sanitize.sh" || status=1
    echo "== sanitizers took $((SECONDS - started)) s"
fi
exit $status
