#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file grows past what STYLE.md calls small (split it along a seam it has), or
# the main window past what it needs to build menus and wire panes: limits nothing checks grow back.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
while IFS= read -r line; do
  lines=${line% *}
  file=${line##* }
  limit=700
  [ "$file" = app/mainwindow.cpp ] && limit=400
  if [ "$lines" -gt "$limit" ]; then
    echo "check-sizes: $file has $lines lines (at most $limit)."
    status=1
  fi
done < <(find app core render widgets tests fuzz -name '*.cpp' -o -name '*.h' | xargs wc -l | grep -v ' total$' | awk '{print $1 " " $2}')
[ $status -eq 0 ] && echo "check-sizes: every source file within its limit."
exit $status
