// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace jitscope {

// `jitscope-cli observe FILE [METHOD] ARG...`: one observed call (ModelSession::observe), printed
// as the module summary and the slowest ops, or as JSON; --keep-tensors DIR writes every value
// it kept as a .npy file.
int runObserveCommand(const QStringList& args, FILE* out, FILE* err);

} // namespace jitscope
