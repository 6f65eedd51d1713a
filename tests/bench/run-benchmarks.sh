#!/usr/bin/env bash
# Generates the benchmark archives (ResNet-50 traced, ~100 MB, with Debian's python3-torchvision;
# never committed) when missing, then runs every benchmark. Usage: run-benchmarks.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
data="$build/bench-data"
if [ ! -f "$data/resnet50_traced.pt" ]; then
  /usr/bin/python3 "$here/../fixtures/generate_fixtures.py" --large "$data" --only-large
fi
"$build/tests/bench/bench_open" "$data/resnet50_traced.pt" 5
