// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/warmup.h"

#include "common/usererror.h"
#include "engine/common/torchvalues.h"
#include "engine/deploy/deploycommon.h"
#include "engine/ir/graphbuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <torch/csrc/jit/runtime/graph_executor.h>

namespace jitscope {

WarmupResult warmUp(const torch::jit::Module& module, const Invoker& invoker, const WarmupRequest& request,
                    std::shared_ptr<torch::jit::Graph>* executed)
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
        if (executed)
            *executed = graph->copy(); // the executor's own may change on its next call
    } else {
        result.note = DeployText::tr("The executor kept no optimized graph for this call.");
    }
    return result;
}

ModelDiff diffExecutedGraph(const torch::jit::Module& module, const QString& path, const WarmupRequest& request,
                            const std::shared_ptr<torch::jit::Graph>& executed)
{
    if (!executed)
        throw UserError(DeployText::tr("Warm the method up first: no executed graph is kept."));
    const QString method = request.method.isEmpty() ? QStringLiteral("forward") : request.method;
    ModelDiff diff;
    diff.request.left = { path, request.module, method };
    diff.request.right = { path, request.module, method };
    const QString name = QFileInfo(path).fileName() + QLatin1String(": ")
        + (request.module.isEmpty() ? method : request.module + QLatin1Char('.') + method);
    diff.request.leftLabel = DeployText::tr("%1 (saved, calls expanded)").arg(name);
    diff.request.rightLabel = DeployText::tr("%1 (executed for these inputs)").arg(name);
    GraphOptions options;
    options.expand = GraphOptions::Expand::All;
    options.oneNodeCalls = false; // as any diff
    const torch::jit::Module target = findSubmodule(module, request.module);
    diff.left.model = buildGraphModel(module, request.module, method, options);
    diff.right.model = buildGraphModel(module, request.module, method, executed, options);
    diff.graph = diffGraphs(diff.left.model, diff.right.model);
    diff.leftCode = QString::fromStdString(inlinedGraph(target, method.toStdString())->toString());
    diff.rightCode = QString::fromStdString(executed->toString());
    diff.codeLines = diffLines(diff.leftCode, diff.rightCode);
    diff.codeDiff = unifiedDiff(diff.codeLines, diff.request.leftLabel, diff.request.rightLabel);
    return diff;
}

} // namespace jitscope
