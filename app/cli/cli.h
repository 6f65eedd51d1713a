// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// jitscope-cli: every command of the command-line front. Returns the process exit status:
// 0 success, 1 the file or request cannot be used, 2 a usage error.
int runCli(const QStringList& arguments, FILE* out, FILE* err);

} // namespace jitscope
