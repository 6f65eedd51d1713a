#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README, and a few more for developers:
#   ./jitscope.sh start [FILE]   install what is missing, build, start JitScope (bundled example by default)
#   ./jitscope.sh test           install what is missing, build, run the whole test suite with ctest
#   ./jitscope.sh build          install what is missing and build
#   ./jitscope.sh bench          build and run the benchmarks in tests/bench
#   ./jitscope.sh package        build and make the Debian package (build/jitscope_VERSION_ARCH.deb)
set -euo pipefail
cd "$(dirname "$0")"
jobs=$(nproc 2>/dev/null || echo 2)

build() {
  packaging/install-deps.sh
  cmake --preset default >/dev/null
  cmake --build --preset default -j "$jobs"
}

cmd=${1:-start}
shift || true
case "$cmd" in
  start)
    build
    if [ $# -eq 0 ]; then set -- --example my_cell_scripted; fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
      echo "No display found: starting JitScope under xvfb-run." >&2
      exec xvfb-run -a -s "-screen 0 1400x900x24" build/app/jitscope "$@"
    fi
    exec build/app/jitscope "$@"
    ;;
  test)
    build
    exec ctest --preset default -j "$jobs" "$@"
    ;;
  build)
    build
    ;;
  bench)
    build
    exec tests/bench/run-benchmarks.sh build "$@"
    ;;
  package)
    build
    (cd build && cpack -G DEB >/dev/null)
    ls build/jitscope_*.deb
    echo "Install it with: sudo apt install ./$(ls build/jitscope_*.deb | head -1)" >&2
    ;;
  *)
    echo "usage: $0 start [FILE] | test | build | bench | package" >&2
    exit 2
    ;;
esac
