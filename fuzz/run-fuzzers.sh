#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the `fuzz` preset: clang, ASan, UBSan) and runs each for
# SECONDS (default 1800) from its seed corpus; two at a time on a 2-core machine.
#   fuzz/run-fuzzers.sh [SECONDS] [TARGET...]      targets: valueexpr npy pickle archive checkpoint safetensors ziprecord
# A crash stops that target and leaves the input in build-fuzz/findings/TARGET/: add it to
# fuzz/regressions/TARGET/ (the test suite replays it) and fix the bug. The growing corpus stays
# in build-fuzz/corpus/TARGET/ between runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-1800}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(valueexpr npy pickle archive checkpoint safetensors ziprecord)
cd "$root"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2 >/dev/null
out=build-fuzz
declare -A maxlen=([valueexpr]=4096 [npy]=8192 [pickle]=16384 [archive]=65536 [checkpoint]=16384 [safetensors]=16384 [ziprecord]=4096)
run() {
  local t=$1
  mkdir -p "$out/corpus/$t" "$out/findings/$t"
  cp -n fuzz/corpus/"$t"/* "$out/corpus/$t/" 2>/dev/null || true
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$out/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${maxlen[$t]}" \
    -print_final_stats=1 -artifact_prefix="$out/findings/$t/" "$out/corpus/$t" fuzz/regressions/"$t" \
    >"$out/fuzz-$t.log" 2>&1 && echo "fuzz_$t: clean for ${seconds}s ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$out/fuzz-$t.log" | grep -o '[0-9]*$') runs)" \
    || { echo "fuzz_$t: FOUND A CRASH, see $out/fuzz-$t.log and $out/findings/$t/"; return 1; }
}
status=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  pids=()
  for t in "${targets[@]:i:2}"; do run "$t" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || status=1; done
done
exit $status
