#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates the benchmark archives (ResNet-50 and ViT-B/16, traced and scripted, with Debian's
# python3-torchvision; never committed) when missing, then runs every benchmark.
# Usage: run-benchmarks.sh BUILD_DIR [--flat] [--zoo]
#   --flat  adds the slow plain-dot baseline to the graph table
#   --zoo   only the graph table of the torchvision zoo (tests/fixtures/zoo.py: 5-550 MB each,
#           written into BUILD_DIR/bench-data/zoo when missing; about an hour the first time)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build}" && pwd)
shift || true
data="$build/bench-data"
zoo=0
args=()
for a in "$@"; do
  if [ "$a" = --zoo ]; then zoo=1; else args+=("$a"); fi
done
set -- "${args[@]+"${args[@]}"}"
if [ $zoo = 1 ]; then
  /usr/bin/python3 "$here/../fixtures/generate_fixtures.py" --zoo "$data/zoo" --zoo-models all
  # The detection model calls torchvision's operators: the library python3-torchvision installs.
  ops=$(/usr/bin/python3 -c 'import glob, os, torchvision; print(glob.glob(os.path.join(os.path.dirname(torchvision.__file__), "_C*.so"))[0])')
  exec "$build/tests/bench/bench_graph" --ops-library "$ops" "$@" "$data"/zoo/zoo_*.pt
fi
/usr/bin/python3 "$here/../fixtures/generate_fixtures.py" --large "$data" --only-large
"$build/tests/bench/bench_open" "$data/resnet50_traced.pt" 5
/usr/bin/python3 "$here/../fixtures/generate_fixtures.py" --resnet18 "$data/resnet18"
# From launch to the first view drawn needs a display: a virtual one when there is none.
display=()
if [ -z "${DISPLAY:-}" ]; then display=(xvfb-run -a -s "-screen 0 1280x820x24"); fi
"${display[@]}" "$build/tests/bench/bench_firstview" "$data/resnet18/resnet18_scripted.pt" 7
"$build/tests/bench/bench_graph" "$@" "$data"/resnet50_traced.pt "$data"/resnet50_scripted.pt \
  "$data"/vit_b_16_traced.pt "$data"/vit_b_16_scripted.pt
"$build/tests/bench/bench_invoke" "$here/../../resources/examples/my_cell_scripted.pt" 2000 3,4 3,4
"$build/tests/bench/bench_invoke" "$data/resnet18_traced.pt" 30 1,3,224,224
"$build/tests/bench/bench_observe" "$data/resnet18/resnet18_scripted.pt" 20 1,3,224,224
"$build/tests/bench/bench_observe" "$data/resnet18_traced.pt" 20 1,3,224,224
"$build/tests/bench/bench_diff" "$data/resnet50_scripted.pt" "$data/resnet50_traced.pt" \
  "$data/vit_b_16_scripted.pt" "$data/vit_b_16_traced.pt"
"$build/tests/bench/bench_train" "$here/../fixtures/mlp.pt" 300 64,4 64,1
"$build/tests/bench/bench_train" "$data/resnet18_traced.pt" 10 8,3,64,64 classes:1000
