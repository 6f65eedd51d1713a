#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 JitScope developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ source of JitScope is not formatted as .clang-format says (clang-format --dry-run).
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format}
mapfile -t files < <(find app core fuzz render widgets tests packaging -name '*.cpp' -o -name '*.h' | sort)
"$format" --dry-run -Werror "${files[@]}"
echo "check-format: ${#files[@]} files formatted as .clang-format says."
