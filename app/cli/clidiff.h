// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// `jitscope-cli diff A.pt B.pt`: the structural graph diff, code and parameter diffs, and with
// --inputs the output comparison. Exit 0 whether or not they differ, 1 when a side cannot be used.
int runDiffCommand(const QStringList& args, FILE* out, FILE* err);

} // namespace jitscope
