// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "diff/modeldiff.h"
#include "engine/run/invoker.h"

#include <torch/script.h>

namespace jitscope {

// Calls 1..N of a method on a fresh copy of `module` (nothing of it has run: the profiling
// executor starts cold, as in a new process, after one call of another copy has paid what the
// process pays once), each timed, and the optimized graph the executor
// ran for the last call (torch::jit::lastExecutedOptimizedGraph), also as a graph in `executed`
// when given. Throws UserError.
WarmupResult warmUp(const torch::jit::Module& module, const Invoker& invoker, const WarmupRequest& request,
                    std::shared_ptr<torch::jit::Graph>* executed = nullptr);

// The saved graph of the warmed-up method, every call expanded in place as the executor inlines
// them (left), against `executed`, the graph the executor ran (right): built, diffed, the IR of
// both as the code; not laid out. `path` names the archive. Throws UserError.
ModelDiff diffExecutedGraph(const torch::jit::Module& module, const QString& path, const WarmupRequest& request,
                            const std::shared_ptr<torch::jit::Graph>& executed);

} // namespace jitscope
