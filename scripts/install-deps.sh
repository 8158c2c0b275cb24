#!/usr/bin/env bash
# SPDX-License-Identifier: BSD-3-Clause
# Installs the Debian 12 packages Keyway needs to build, run its demo and run its tests.
# Only what is missing is installed; sudo is used when not root.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-gtk-platformtheme
    qtkeychain-qt6-dev libsecret-1-0 libssl-dev nettle-dev libgmp-dev libxcb1-dev libgl-dev libxkbcommon-dev
    xvfb xauth dbus gnome-keyring curl python3
    at-spi2-core gir1.2-atspi-2.0 python3-gi xdotool openbox
    dpkg-dev desktop-file-utils appstream groff-base man-db lintian
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# Node.js (for the test peers) may come from Debian or from another repository that bundles
# npm; only ask Debian when the commands are absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
