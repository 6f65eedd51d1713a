// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/warmup.h"

#include "common/usererror.h"
#include "engine/common/torchvalues.h"
#include "engine/deploy/deploycommon.h"

#include <QCoreApplication>
#include <torch/csrc/jit/runtime/graph_executor.h>

namespace jitscope {

WarmupResult warmUp(const torch::jit::Module& module, const Invoker& invoker, const WarmupRequest& request)
{
    if (request.calls < 1 || request.calls > 10000)
        throw UserError(DeployText::tr("The number of calls must be between 1 and 10000."));
    // One call of another copy first: what the process pays once (the allocator, the thread pool,
    // kernels' first use) is not the executor's warm-up, which the timed copy then shows alone.
    torch::jit::Module warm = freshCopy(module);
    torch::jit::Module warmTarget = findSubmodule(warm, request.module);
    timeCalls(bindSeeded(invoker, warmTarget, request.method, request.inputs), 1, nullptr);
    torch::jit::Module copy = freshCopy(module);
    torch::jit::Module target = findSubmodule(copy, request.module);
    WarmupResult result;
    const BoundCall call = bindSeeded(invoker, target, request.method, request.inputs);
    result.times = timeCalls(call, request.calls, nullptr);
    result.savedNodes = countNodes(inlinedGraph(target, request.method.toStdString())->block());
    if (const std::shared_ptr<torch::jit::Graph> graph = torch::jit::lastExecutedOptimizedGraph()) {
        result.executedGraph = QString::fromStdString(graph->toString());
        result.executedNodes = countNodes(graph->block());
    } else {
        result.note = DeployText::tr("The executor kept no optimized graph for this call.");
    }
    return result;
}

} // namespace jitscope
