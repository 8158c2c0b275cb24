#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Builds the benchmarks (Release) and runs them all; prints each of Keyway's figures beside its
# baseline from the same run and writes the table into docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_BENCH_BUILD_DIR:-$root/build-bench}
out=${KEYWAY_BENCH_OUTPUT:-$root/docs/performance.md}

"$root/scripts/install-deps.sh"
command -v cmake >/dev/null
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKEYWAY_BUILD_BENCHMARKS=ON \
    -DKEYWAY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target tokenverifybench startupbench windowbench

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/bench/tokenverifybench" --benchmark_min_time=1 --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$tmp/verify.json"
"$build/bench/startupbench" 100 >"$tmp/startup.txt"
# The window needs a display; Qt WebEngine's sandbox cannot run as root.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    "$build/bench/windowbench" 15 >"$tmp/window.txt"

python3 - "$tmp" "$out" "$root" <<'PY'
import json, sys, platform, subprocess, datetime, os
tmp, out = sys.argv[1], sys.argv[2]
v = json.load(open(os.path.join(tmp, "verify.json")))
med = {b["run_name"]: b["real_time"] for b in v["benchmarks"] if b.get("aggregate_name") == "median"}
bare = med["BM_BareOpenSslVerify"]
rows = [
    ("Token verification: bare OpenSSL EVP_DigestVerify (baseline)", f"{bare/1000:.1f} µs", "1.00"),
    ("Token verification: Keyway verifyCompact (parse + decode + verify)", f"{med['BM_KeywayVerifyCompact']/1000:.1f} µs", f"{med['BM_KeywayVerifyCompact']/bare:.2f}"),
    ("Token verification: Keyway LicenseToken::verify (+ claims)", f"{med['BM_KeywayLicenseTokenVerify']/1000:.1f} µs", f"{med['BM_KeywayLicenseTokenVerify']/bare:.2f}"),
]
startup = open(os.path.join(tmp, "startup.txt")).read().splitlines()
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
with open(out, "w") as f:
    f.write("# Performance\n\nWritten by `scripts/bench.sh`; each Keyway figure beside its baseline from the same run.\n\n")
    f.write(f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC.\n\n")
    f.write("## Verifying one license token (RS256, 2048-bit key; median of 5 repetitions)\n\n")
    f.write("| what | time | × baseline |\n|---|---|---|\n")
    for r in rows:
        f.write(f"| {r[0]} | {r[1]} | {r[2]} |\n")
    f.write("\nTarget: at most 1.5 × the bare signature check.\n\n")
    f.write("## `keywayctl status --offline` as a whole process\n\n```\n" + "\n".join(startup) + "\n```\n")
    window = open(os.path.join(tmp, "window.txt")).read().splitlines()
    f.write("\n## `keyway` cold start to the first painted window (under Xvfb)\n\n```\n" + "\n".join(window) + "\n```\n")
    notes = os.path.join(sys.argv[3], "docs", "performance-notes.md")
    if os.path.exists(notes):
        f.write("\n" + open(notes).read())
print(open(out).read())
PY
