#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails on a function (or constructor, lambdas inside it counted) longer than 100 lines: cut it
# along its seams. Universal Ctags finds each function's first and last line. Tables of data
# that read best whole are allowed by name below, FILE:FUNCTION.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=100
allowed=(
  "core/graph/nodecategory.cpp:atenCategories"  # the operator-to-category table
  "core/graph/nodecategory.cpp:__anon"          # the table's initializer lambda
  "app/cli/commandline.cpp:makeCommands"        # the CLI's commands, options and help texts
)
command -v ctags >/dev/null || { echo "check-functions: ctags (universal-ctags) is not installed."; exit 1; }
status=0
count=0
while IFS= read -r file; do
  while IFS=$'\t' read -r lines name; do
    count=$((count + 1))
    [ "$lines" -le "$limit" ] && continue
    ok=0
    for a in "${allowed[@]}"; do
      [[ "$file:$name" == "$a"* ]] && ok=1
    done
    [ $ok -eq 1 ] && continue
    echo "check-functions: $file: $name has $lines lines (at most $limit)."
    status=1
  done < <(ctags -f - --fields=+ne --kinds-C++=f --language-force=C++ "$file" |
    awk -F'\t' '{ l = ""; e = ""; for (i = 4; i <= NF; i++) { if ($i ~ /^line:/) l = substr($i, 6); if ($i ~ /^end:/) e = substr($i, 5) } if (e != "") print e - l + 1 "\t" $1 }')
done < <(find app core render widgets tests fuzz -name '*.cpp' | sort)
[ "$count" -gt 1000 ] || { echo "check-functions: ctags found only $count functions; is it universal-ctags?"; exit 1; }
[ $status -eq 0 ] && echo "check-functions: $count functions, each at most $limit lines."
exit $status
