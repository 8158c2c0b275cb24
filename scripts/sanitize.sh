#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds Keyway with AddressSanitizer and UndefinedBehaviorSanitizer (-DKEYWAY_SANITIZE=ON) into
# ${KEYWAY_BUILD_DIR:-build-asan} and runs the unit and integration tests under them, inside the
# same private D-Bus session and throw-away keyring as scripts/test.sh. The Qt WebEngine GUI tests
# are left out (Chromium does not run under ASan). Any sanitizer report fails the test that
# triggered it. Extra arguments go to ctest (e.g. -R licensetoken).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_BUILD_DIR:-$root/build-asan}
jobs=${KEYWAY_JOBS:-$(nproc)}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} \
    -DKEYWAY_SANITIZE=ON -DKEYWAY_BUILD_TESTS=ON -DKEYWAY_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j "$jobs"

# The integration tests' OpenID provider and relying party, as scripts/test.sh installs them.
for lock in "$root"/tests/node/*/package-lock.json; do
    [ -f "$lock" ] || continue
    peer=$(dirname "$lock")
    if [ ! -d "$peer/node_modules" ] || [ "$lock" -nt "$peer/node_modules" ]; then
        (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done

# Stop at the first report, with a symbolized stack; leaks are reported too (LeakSanitizer).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
if [ -f "$root/scripts/sanitize.supp" ]; then
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/scripts/sanitize.supp:print_suppressions=0}"
fi
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-keyway.*.debug=true}"

exec dbus-run-session -- "$root/scripts/with-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 -L 'unit|integration' "$@"
