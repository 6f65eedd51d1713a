// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// `jitscope-cli train FILE --input EXPR --target EXPR ... -o OUT.pt`: training steps, then the
// trained module saved. A run that meets NaN or Inf exits 1 and writes nothing.
int runTrainCommand(const QStringList& args, FILE* out, FILE* err);

} // namespace jitscope
