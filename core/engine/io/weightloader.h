// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/weightmatch.h"

#include <torch/script.h>

namespace jitscope {

// Fills in maxAbsDiff of every matched entry: the module's tensor against the checkpoint's.
// Reads the matched tensors' data; throws UserError for a damaged one.
void compareWeights(const torch::jit::Module& module, const Checkpoint& checkpoint, WeightMatch& match);

// Copies the matched tensors into the module's parameters and buffers in place, cast to their
// dtype and device, as load_state_dict does. Refuses (UserError, the module untouched) what
// match.refusal(strict) names, and a damaged tensor: every tensor is read before any is copied.
void loadWeights(torch::jit::Module& module, const Checkpoint& checkpoint, const WeightMatch& match, bool strict);

} // namespace jitscope
