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
cmake --build "$build" -j "$(nproc)" --target tokenverifybench startupbench windowbench \
    redeembench signinmemorybench

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/bench/tokenverifybench" --benchmark_min_time=1 --benchmark_repetitions=5 \
    --benchmark_report_aggregates_only=true --benchmark_format=json >"$tmp/verify.json"
"$build/bench/startupbench" 100 >"$tmp/startup.txt"
# Activations against keyway-devserver (started by the benchmark), system-browser mode.
"$build/bench/redeembench" 21 2>"$tmp/redeem.log" >"$tmp/redeem.txt" || {
    cat "$tmp/redeem.log" >&2
    exit 1
}
# The window needs a display; Qt WebEngine's sandbox cannot run as root.
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    "$build/bench/windowbench" 15 >"$tmp/window.txt"
# Memory before, during and after an embedded sign-in, in one process: 3 sign-ins, 5 s after
# each, then 20 s idle.
QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    "$build/bench/signinmemorybench" 3 5 20 2>"$tmp/signin.log" >"$tmp/signin.txt" || {
    cat "$tmp/signin.log" >&2
    exit 1
}
# The same as a desktop user runs it: unprivileged, with Chromium's sandbox (when this script
# runs as root and the account "nobody" exists). A failure here is reported, not fatal.
if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
    userhome=$(mktemp -d)
    chmod 777 "$userhome"
    su -s /bin/sh nobody -c "cd '$userhome' && env -u QTWEBENGINE_DISABLE_SANDBOX \
        HOME='$userhome' XDG_RUNTIME_DIR='$userhome' \
        QTWEBENGINE_CHROMIUM_FLAGS='${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}' \
        xvfb-run --auto-servernum --server-args='-screen 0 1280x1024x24' \
        '$build/bench/signinmemorybench' 3 5 20" \
        >"$tmp/signin-user.txt" 2>"$tmp/signin-user.log" || {
        echo "signinmemorybench as nobody failed:" >&2
        tail -5 "$tmp/signin-user.log" >&2
        : >"$tmp/signin-user.txt"
    }
    rm -rf "$userhome"
fi

python3 - "$tmp" "$out" "$root" <<'PY'
import json, sys, platform, subprocess, datetime, os
tmp, out = sys.argv[1], sys.argv[2]
v = json.load(open(os.path.join(tmp, "verify.json")))
# CPU time: one thread, so it is the work done, and on a shared machine it varies far less
# than the wall time (which counts the time other processes had the core).
med = {b["run_name"]: b["cpu_time"] for b in v["benchmarks"] if b.get("aggregate_name") == "median"}
bare = med["BM_BareNettleVerify"]
rows = [
    ("Token verification: bare Nettle rsa_sha256_verify (baseline)", f"{bare/1000:.1f} µs", "1.00"),
    ("Token verification: bare OpenSSL EVP_DigestVerify (before issue 18, for reference)", f"{med['BM_BareOpenSslVerify']/1000:.1f} µs", f"{med['BM_BareOpenSslVerify']/bare:.2f}"),
    ("Token verification: Keyway verifyCompact (parse + decode + verify)", f"{med['BM_KeywayVerifyCompact']/1000:.1f} µs", f"{med['BM_KeywayVerifyCompact']/bare:.2f}"),
    ("Token verification: Keyway LicenseToken::verify (+ claims)", f"{med['BM_KeywayLicenseTokenVerify']/1000:.1f} µs", f"{med['BM_KeywayLicenseTokenVerify']/bare:.2f}"),
]
startup = open(os.path.join(tmp, "startup.txt")).read().splitlines()
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
with open(out, "w") as f:
    f.write("# Performance\n\nWritten by `scripts/bench.sh`; each Keyway figure beside its baseline from the same run.\n\n")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    f.write(f"Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC; load average at the end {load}.\n\n")
    # The targets of issue 8 at a glance, read from the outputs below.
    import re
    def find(lines, pattern):
        for line in lines:
            m = re.search(pattern, line)
            if m:
                return m
        return None
    window_lines = open(os.path.join(tmp, "window.txt")).read().splitlines()
    signin_lines = open(os.path.join(tmp, "signin.txt")).read().splitlines()
    redeem_lines = open(os.path.join(tmp, "redeem.txt")).read().splitlines()
    targets = []
    ratio = med["BM_KeywayLicenseTokenVerify"] / bare
    targets.append(("Token verification ≤ 1.5 × bare Nettle", f"{ratio:.2f} ×", ratio <= 1.5))
    m = find(startup, r"ratio \(median\): ([0-9.]+)")
    if m:
        targets.append(("`keywayctl status --offline` ≤ 1.3 × minimal Qt Core reader", f"{float(m.group(1)):.2f} ×", float(m.group(1)) <= 1.3))
    m = find(window_lines, r"as shipped.*?([0-9]+) ms")
    if m:
        targets.append(("`keyway` first paint < 500 ms", f"{m.group(1)} ms", int(m.group(1)) < 500))
    first_who = "as root, sandbox off" if os.geteuid() == 0 else "sandbox on"
    user_path = os.path.join(tmp, "signin-user.txt")
    user_lines = open(user_path).read().splitlines() if os.path.exists(user_path) else []
    m = find(signin_lines, r"after the activation finished: (.*) \(watched")
    helpers_left = find(signin_lines, r"no keyway-signin or QtWebEngineProcess after a sign-in \((met|NOT met)\)")
    if m and helpers_left:
        targets.append((f"No QtWebEngineProcess left after a sign-in ({first_who})", f"gone after {m.group(1)}" if helpers_left.group(1) == "met" else "zygotes stay", helpers_left.group(1) == "met"))
    m = find(signin_lines, r"idle: ([+-][0-9.]+) MiB")
    if m:
        targets.append((f"Resident memory after a sign-in within 5 MiB of the status window's ({first_who})", f"{m.group(1)} MiB", float(m.group(1)) <= 5))
    left = find(user_lines, r"^the same, .*\s([0-9.]+)\s{2}(\S.*)$")
    helpers_left = find(user_lines, r"no keyway-signin or QtWebEngineProcess after a sign-in \((met|NOT met)\)")
    if left and helpers_left:
        targets.append(("No QtWebEngineProcess left after a sign-in (unprivileged, sandbox on)", "none left" if helpers_left.group(1) == "met" else f"left: {left.group(2).strip()}, {left.group(1)} MiB PSS", helpers_left.group(1) == "met"))
    m = find(user_lines, r"idle: ([+-][0-9.]+) MiB")
    if m:
        targets.append(("Resident memory after a sign-in within 5 MiB of the status window's (unprivileged)", f"{m.group(1)} MiB", float(m.group(1)) <= 5))
    m = find(redeem_lines, r"difference: Keyway's own work\s+([+-][0-9.]+)\s+([+-][0-9.]+)")
    r = find(redeem_lines, r"ratio \(median\): wall ([0-9.]+), CPU ([0-9.]+)")
    if m and r:
        targets.append(("Activation, client side, beside the bare requests (no numeric target)", f"{m.group(2)} ms CPU ({r.group(2)} ×), {m.group(1)} ms wall", None))
    f.write("## Targets in this run\n\n| target | this run | met |\n|---|---|---|\n")
    for name, value, met in targets:
        f.write(f"| {name} | {value} | {'—' if met is None else ('yes' if met else '**no**')} |\n")
    f.write("\nWhere a target is not met, the analysis at the end says why.\n\n")
    f.write("## Verifying one license token (RS256, 2048-bit key; CPU time, median of 5 repetitions)\n\n")
    f.write("| what | time | × baseline |\n|---|---|---|\n")
    for r in rows:
        f.write(f"| {r[0]} | {r[1]} | {r[2]} |\n")
    f.write("\nTarget: at most 1.5 × the bare signature check.\n\n")
    f.write("## `keywayctl status --offline` as a whole process\n\n```\n" + "\n".join(startup) + "\n```\n")
    window = open(os.path.join(tmp, "window.txt")).read().splitlines()
    f.write("\n## `keyway` cold start to the first painted window (under Xvfb)\n\n```\n" + "\n".join(window) + "\n```\n")
    signin = open(os.path.join(tmp, "signin.txt")).read().splitlines()
    f.write(f"\n## The window's memory before, during and after an embedded sign-in (one process, {first_who}, under Xvfb)\n\n"
            "RSS of the keyway process itself (anonymous and file-backed parts), and the proportional set size "
            "of its helpers: keyway-signin, the sign-in page's process, and its QtWebEngineProcess children. "
            "Target: no helper process left after a sign-in, and resident memory within 5 MiB of the status "
            "window's.\n\n```\n" + "\n".join(signin) + "\n```\n")
    if user_lines:
        f.write("\n## The same as an unprivileged user, Chromium's sandbox on (under Xvfb)\n\n"
                "As a desktop user runs it: Chromium then needs its zygote processes, which end with "
                "keyway-signin.\n\n```\n"
                + "\n".join(user_lines) + "\n```\n")
    redeem = open(os.path.join(tmp, "redeem.txt")).read().splitlines()
    f.write("\n## One activation end to end against keyway-devserver (system-browser mode, client side)\n\n"
            "The baseline makes the same HTTP requests bare (the played browser's login, token, JWKS, "
            "redemption, checkout) without PKCE and state checks, ID token validation, license verification "
            "or storage. CPU is this process's (getrusage, all threads); the server runs in its own process.\n\n"
            "```\n" + "\n".join(redeem) + "\n```\n")
    notes = os.path.join(sys.argv[3], "docs", "performance-notes.md")
    if os.path.exists(notes):
        f.write("\n" + open(notes).read())
print(open(out).read())
PY
