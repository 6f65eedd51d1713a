// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"

#include <torch/script.h>

namespace jitscope {

// What would go wrong where the model is shipped for inference, each at the node or module it
// points to: Dropout or BatchNorm in training mode (a module's flag, or a trace's constant),
// parameters that still require grad, devices baked in as constants, size lists a trace made
// constant, MKLDNN operators (optimize_for_inference's, CPU builds with oneDNN only), and with a
// scripted twin, the branches and loops the trace dropped.
LintReport lintModule(const torch::jit::Module& module, const torch::jit::Module* twin);

} // namespace jitscope
