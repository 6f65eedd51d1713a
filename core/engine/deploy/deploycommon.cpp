// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/deploycommon.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/run/modelcomparer.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/passes/inliner.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>
#include <filesystem>
#include <sstream>

namespace jitscope {

torch::jit::Module freshCopy(const torch::jit::Module& module)
{
    try {
        std::stringstream bytes;
        module.save(bytes);
        torch::jit::Module copy = torch::jit::load(bytes);
        return copy;
    } catch (const std::exception& e) {
        throw UserError(QCoreApplication::translate("jitscope::Deploy", "The module cannot be copied: %1")
                            .arg(cleanTorchMessage(e)));
    }
}

std::shared_ptr<torch::jit::Graph> inlinedGraph(const torch::jit::Module& module, const std::string& method)
{
    std::shared_ptr<torch::jit::Graph> graph = module.get_method(method).graph()->copy();
    torch::jit::Inline(*graph);
    return graph;
}

int countNodes(const torch::jit::Block* block)
{
    int n = 0;
    for (const torch::jit::Node* node : block->nodes()) {
        ++n;
        for (const torch::jit::Block* inner : node->blocks())
            n += countNodes(inner);
    }
    return n;
}

std::map<std::string, int> countKinds(const torch::jit::Block* block)
{
    std::map<std::string, int> kinds;
    for (const torch::jit::Node* node : block->nodes()) {
        ++kinds[node->kind().toQualString()];
        for (const torch::jit::Block* inner : node->blocks())
            for (const auto& [kind, n] : countKinds(inner))
                kinds[kind] += n;
    }
    return kinds;
}

BoundCall bindSeeded(const Invoker& invoker, torch::jit::Module& module, const QString& method,
                     const QStringList& inputs)
{
    InvokeRequest request;
    request.method = method;
    request.arguments = inputs;
    torch::manual_seed(0); // randn() and friends give every side the same numbers
    return invoker.bind(&module, request);
}

CallTimes timeCalls(const BoundCall& call, int calls, c10::IValue* last)
{
    CallTimes times;
    try {
        torch::NoGradGuard noGrad;
        for (int i = 0; i < calls; ++i) {
            std::vector<c10::IValue> stack = call.stack;
            if (call.self)
                stack.insert(stack.begin(), call.self->_ivalue());
            QElapsedTimer timer;
            timer.start();
            c10::IValue out = (*call.function)(std::move(stack));
            times.ms << timer.nsecsElapsed() / 1e6;
            if (last)
                *last = std::move(out);
        }
    } catch (const std::exception& e) {
        throw UserError(DeployText::tr("%1 failed:\n%2").arg(call.where, cleanTorchMessage(e)));
    }
    return times;
}

Agreement agree(const c10::IValue& reference, const c10::IValue& other)
{
    QList<OutputDiff> leaves;
    compareOutputs(reference, other, QStringLiteral("out"), leaves);
    Agreement a;
    a.match = !leaves.isEmpty();
    for (const OutputDiff& d : leaves) {
        if (!d.compared) {
            a.match = false;
            a.note = d.path + QStringLiteral(": ") + d.note;
            continue;
        }
        a.maxAbs = std::max(a.maxAbs, d.maxAbs);
        if (d.maxAbs > 1e-4 && d.maxRel > 1e-3)
            a.match = false;
    }
    return a;
}

void writeAtomically(const QString& path, const std::function<void(const std::string& temporary)>& write)
{
    const QString temporary = path + QStringLiteral(".part");
    try {
        write(QFile::encodeName(temporary).toStdString());
    } catch (const UserError&) {
        QFile::remove(temporary);
        throw;
    } catch (const std::exception& e) {
        QFile::remove(temporary);
        throw UserError(DeployText::tr("Cannot write %1: %2").arg(path, cleanTorchMessage(e)));
    }
    // rename(2) replaces what is at `path` in one step: a failure leaves it as it was.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        QFile::remove(temporary);
        throw UserError(DeployText::tr("Cannot write %1: the file could not be put in place.").arg(path));
    }
}

} // namespace jitscope
