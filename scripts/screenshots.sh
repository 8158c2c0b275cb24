#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Renders the window's main states into docs/screenshots/ (for the README): the GUI tests take the
# pictures at the states they reach, under a virtual X display. Run after a build (scripts/build.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KEYWAY_BUILD_DIR:-$root/build}
export KEYWAY_SCREENSHOT_DIR="$root/docs/screenshots"
export KEYWAY_TEST_MEMORY_SECRETS=1
if [ "$(id -u)" -eq 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
mkdir -p "$KEYWAY_SCREENSHOT_DIR"
xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" \
    ctest --test-dir "$build" -R '^(keywaywindowtest|licensestatuswidgettest|activationwizardtest|appearancetest|appearancetest_scale200)$' --output-on-failure
ls "$KEYWAY_SCREENSHOT_DIR"
