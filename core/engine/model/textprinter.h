// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <torch/script.h>

namespace jitscope {

// What the Code and IR views show: a method's code exactly as Python's `.code` prints it, a
// class's whole code, a method's graph or inlined graph. Throws UserError.
QString printText(const torch::jit::Module& root, const TextRequest& request);

} // namespace jitscope
