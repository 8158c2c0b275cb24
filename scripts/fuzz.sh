#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds the libFuzzer targets under fuzz/ with clang into ${KEYWAY_FUZZ_BUILD_DIR:-build-fuzz}
# and runs each for a while: `scripts/fuzz.sh [--ci] [seconds] [target...]`. The default is 30 s
# per target, --ci is 10 s (what CI runs), e.g. `scripts/fuzz.sh 3600 jose` fuzzes the JOSE layer
# for an hour; KEYWAY_JOBS targets run at once (default: the number of cores). Seeds come from
# fuzz/corpus/<target>/ and are never modified; what a run finds grows a working corpus in the
# build dir, which later runs resume. A crash, leak or sanitizer
# report is saved as fuzz/crashes/<target>-<kind>-<hash> and fails the script.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${KEYWAY_JOBS:-$(nproc)}

seconds=30
targets=()
for arg in "$@"; do
    case "$arg" in
    --ci) seconds=10 ;;
    '' | *[!0-9]*) targets+=("$arg") ;;
    *) seconds=$arg ;;
    esac
done
if [ ${#targets[@]} -eq 0 ]; then
    targets=(activationcode jose licensetoken vendorconfig protocoljson redirect)
fi

"$root/scripts/install-deps.sh"
# clang and libFuzzer's runtime are needed only here, not by the build or the test suite.
if ! command -v clang++ >/dev/null 2>&1 || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi

# The libraries get libFuzzer's coverage instrumentation and the sanitizers too; only the fuzz
# targets themselves link libFuzzer's main (fuzz/CMakeLists.txt).
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "${launcher[@]}" \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
    -DKEYWAY_BUILD_FUZZERS=ON -DKEYWAY_BUILD_TESTS=OFF -DKEYWAY_BUILD_GUI=OFF \
    -DKEYWAY_BUILD_DEVSERVER=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target fuzzers

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# A log line per input would be most of the work: the targets run with Qt's logging off.
export QT_LOGGING_RULES="*=false"
mkdir -p "$root/fuzz/crashes"
# One target per core at a time (KEYWAY_JOBS): each still gets its full time on a core.
fuzz_one() {
    local t=$1 work="$build/fuzz-corpus/$1" rc=0
    mkdir -p "$work"
    "$build/fuzz/${t}_fuzzer" -max_total_time="$seconds" -print_final_stats=1 \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$root/fuzz/crashes/$t-" \
        "$work" "$root/fuzz/corpus/$t" 2>"$build/fuzz-$t.log" || rc=$?
    echo "$rc" >"$build/fuzz-$t.status"
}
running=0
for t in "${targets[@]}"; do
    rm -f "$build/fuzz-$t.status"
    fuzz_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait || true

failed=()
for t in "${targets[@]}"; do
    echo "== $t: ${seconds}s"
    if [ "$(cat "$build/fuzz-$t.status" 2>/dev/null || echo 1)" != 0 ]; then
        failed+=("$t")
        tail -n 60 "$build/fuzz-$t.log"
    fi
    # libFuzzer's last status line (execs/s, cov, ft) and its final stats.
    grep -E '^#[0-9]+\s+(DONE|pulse|NEW|REDUCE)' "$build/fuzz-$t.log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' \
        "$build/fuzz-$t.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: findings in: ${failed[*]} (reproducers under fuzz/crashes/)" >&2
    exit 1
fi
echo "fuzz.sh: ${#targets[@]} targets ran ${seconds}s each, no findings"
