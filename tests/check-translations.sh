#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation catalogue is behind the sources or has unfinished strings: lupdate
# runs over the sources into a copy of each catalogue, and every message must be translated.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in translations/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  only=()
  [ "$(basename "$ts")" = jitscope_en.ts ] && only=(-pluralonly) # the sources' language: plurals only
  "$lupdate" -silent -no-obsolete -locations none "${only[@]}" core render widgets app -ts "$copy" >/dev/null 2>&1
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  if [ "$unfinished" -gt 0 ]; then
    echo "check-translations: $ts: $unfinished string(s) untranslated or new in the sources:"
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
    echo "Run 'cmake --build build --target update_translations' and translate them."
    status=1
  fi
done
# Prose that reaches the window without tr(): a literal of three or more words in the GUI's code.
prose=$(grep -rnE "(QStringLiteral|QLatin1String)\(\"[A-Za-z][a-z']+ [a-z']+ [a-z']+" widgets app render \
  --include=*.cpp --include=*.h | grep -v '^app/cli/' || true)
if [ -n "$prose" ]; then
  echo "check-translations: user-visible text without tr():"
  echo "$prose"
  status=1
fi
[ $status -eq 0 ] && echo "check-translations: every catalogue is complete and up to date; no prose skips tr()."
exit $status
