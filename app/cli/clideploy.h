// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// The deploy commands (README, "Deploy"): optimize, lite, ops, lint, warmup. Each answers its
// exit status: 0, 1 when the file or the verification fails, 2 on a usage error.
int runOptimizeCommand(const QStringList& args, FILE* out, FILE* err);
int runLiteCommand(const QStringList& args, FILE* out, FILE* err);
int runOpsCommand(const QStringList& args, FILE* out, FILE* err);
int runLintCommand(const QStringList& args, FILE* out, FILE* err);
int runWarmupCommand(const QStringList& args, FILE* out, FILE* err);

using CommandRunner = int (*)(const QStringList& args, FILE* out, FILE* err);
// The runner of the deploy command `name`; null for another name.
CommandRunner deployCommand(const QString& name);

} // namespace jitscope
