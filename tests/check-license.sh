#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file, build file or script of JitScope lacks its SPDX license header
# (README, "License"), or when LICENSE is not the GPL version 3 text.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -q "GNU GENERAL PUBLIC LICENSE" LICENSE && grep -q "Version 3, 29 June 2007" LICENSE ||
  { echo "check-license: LICENSE is not the GNU GPL version 3."; exit 1; }
mapfile -t files < <(find app core fuzz render widgets tests packaging .ci \
  \( -name '*.cpp' -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.cmake' \
     -o -name CMakeLists.txt -o -name run \) -type f -not -path '*/corpus/*' | sort)
files+=(CMakeLists.txt jitscope.sh)
missing=()
for f in "${files[@]}"; do
  head -n 4 "$f" | grep -q "SPDX-License-Identifier: GPL-3.0-or-later" || missing+=("$f")
done
if ((${#missing[@]})); then
  echo "check-license: no 'SPDX-License-Identifier: GPL-3.0-or-later' in the first lines of:"
  printf '  %s\n' "${missing[@]}"
  exit 1
fi
echo "check-license: ${#files[@]} files carry the GPL-3.0-or-later header."
