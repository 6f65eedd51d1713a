// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// `jitscope-cli invoke` and `jitscope-cli compile`. Arguments are value expressions, so a
// negative number ("-2.5") is an argument, not an option; options are the --long ones only.
int runInvokeCommand(const QStringList& args, FILE* out, FILE* err);
int runCompileCommand(const QStringList& args, FILE* out, FILE* err);

struct ValueInfo;
// A result as invoke prints it: its summary, a tensor's first values, containers item by item.
QString valueText(const ValueInfo& value, int indent = 0);

} // namespace jitscope
