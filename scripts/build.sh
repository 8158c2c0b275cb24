#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Configures and builds Keyway into ${KEYWAY_BUILD_DIR:-build}. Extra arguments go to CMake's
# configure step; KEYWAY_BUILD_TARGETS (space-separated) limits what is built.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
targets=()
for t in ${KEYWAY_BUILD_TARGETS:-}; do
    targets+=(--target "$t")
done
cmake --build "$build" -j "$(nproc)" "${targets[@]}"
