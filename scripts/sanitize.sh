#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds Keyway with AddressSanitizer and UndefinedBehaviorSanitizer (-DKEYWAY_SANITIZE=ON) into
# ${KEYWAY_ASAN_BUILD_DIR:-build-asan} and runs the unit and integration tests under them, inside
# the same private D-Bus session, throw-away keyring and virtual display as scripts/test.sh. Only
# what those tests need is built (the libraries, keywayctl, keyway-devserver, the test programs);
# the Qt WebEngine GUI tests are left out (Chromium does not run under ASan).
#
# Every sanitizer report, in a test or in a process it starts (keywayctl, the dev server), is
# written to <build>/sanitizer-reports/ and fails the script, even when the test itself passed.
# Extra arguments go to ctest (e.g. -R licensetoken).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_ASAN_BUILD_DIR:-$root/build-asan}
jobs=${KEYWAY_JOBS:-$(nproc)}

launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# -O1 -g1: what ASan recommends, line tables enough for symbolized reports, and about 40 % less
# compile time than -O2 -g (measured on faulttest.cpp: 5.9 s against 10.4 s).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
    -DKEYWAY_SANITIZE=ON -DKEYWAY_BUILD_TESTS=ON -DKEYWAY_BUILD_GUI=OFF "${launcher[@]}" >/dev/null

# The test programs of the labels that run here; their add_dependencies() bring keywayctl, its
# online module and keyway-devserver. Tests that are not programs (CMake scripts) need no build.
mapfile -t tests < <(ctest --test-dir "$build" -N -L 'unit|integration' |
    sed -n 's/^ *Test *#[0-9]*: \(.*\)$/\1/p')
targets=()
for t in "${tests[@]}"; do
    if ninja -C "$build" -t query "$t" >/dev/null 2>&1; then
        targets+=("$t")
    fi
done
cmake --build "$build" -j "$jobs" --target "${targets[@]}"

# The integration tests' OpenID provider and relying party, as scripts/test.sh installs them.
for lock in "$root"/tests/node/*/package-lock.json; do
    [ -f "$lock" ] || continue
    peer=$(dirname "$lock")
    if [ ! -d "$peer/node_modules" ] || [ "$lock" -nt "$peer/node_modules" ]; then
        (cd "$peer" && npm ci --no-audit --no-fund --loglevel=error)
    fi
done

# Stop at the first report, with a symbolized stack; leaks are reported too (LeakSanitizer).
reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}:log_path=$reports/asan"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}:log_path=$reports/ubsan"
if [ -f "$root/scripts/sanitize.supp" ]; then
    export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/scripts/sanitize.supp:print_suppressions=0}"
fi
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-keyway.*.debug=true}"

status=0
dbus-run-session -- "$root/scripts/with-keyring.sh" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 -L 'unit|integration' \
    -j "${KEYWAY_TEST_JOBS:-2}" "$@" ||
    status=$?

shopt -s nullglob
found=("$reports"/*)
if [ ${#found[@]} -gt 0 ]; then
    echo "sanitize.sh: ${#found[@]} sanitizer report(s):" >&2
    for report in "${found[@]}"; do
        echo "---- $report" >&2
        cat "$report" >&2
    done
    status=1
fi
exit $status
