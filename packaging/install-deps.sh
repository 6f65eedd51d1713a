#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages JitScope builds, tests and runs with. Idempotent: when every
# package is present it changes nothing and needs no root; otherwise it runs `apt-get update`
# once and installs only what is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config clang-format universal-ctags
  libtorch-dev
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6svg6 qt6-translations-l10n
  libqcustomplot-dev
  libgraphviz-dev zlib1g-dev
  # Only to regenerate fixtures and to run the benchmarks; JitScope itself never needs Python.
  python3 python3-torch python3-torchvision
  # Headless runs of the window (tests use the offscreen platform, screenshots use Xvfb).
  xvfb xauth fonts-dejavu-core
  # The Debian package and its install test (tests/check-package.sh).
  dpkg-dev fakeroot man-db lintian desktop-file-utils appstream shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are installed."
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    sudo=(sudo)
  else
    echo "install-deps: need root to install ${missing[*]}; run this script as root or install sudo." >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
