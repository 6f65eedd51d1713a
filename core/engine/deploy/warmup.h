// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "engine/run/invoker.h"

#include <torch/script.h>

namespace jitscope {

// Calls 1..N of a method on a fresh copy of `module` (nothing of it has run: the profiling
// executor starts cold, as in a new process, after one call of another copy has paid what the
// process pays once), each timed, and the optimized graph the executor
// ran for the last call (torch::jit::lastExecutedOptimizedGraph). Throws UserError.
WarmupResult warmUp(const torch::jit::Module& module, const Invoker& invoker, const WarmupRequest& request);

} // namespace jitscope
