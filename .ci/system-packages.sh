#!/usr/bin/env bash
# System packages the app and its tests need on Debian/Ubuntu: Qt's runtime libraries, a real
# Secret Service (gnome-keyring + D-Bus) for the keyring tests, Xvfb for screenshots, the AT-SPI
# bus for the test that listens to password fields as a screen reader does.
# Uses sudo when not root; does nothing (with a note) where apt-get is not available.
set -euo pipefail
pkgs=(gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth at-spi2-core
      libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
      libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core binutils)
if ! command -v apt-get >/dev/null 2>&1; then
  echo "apt-get not found: install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
