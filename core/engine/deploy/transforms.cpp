// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/transforms.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/deploy/deploycommon.h"

#include <torch/csrc/jit/passes/xnnpack_rewrite.h>

#include <QFile>

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace jitscope {

namespace {

std::vector<std::string> names(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

std::set<torch::jit::MobileOptimizerType> mobileBlocklist(const QStringList& skip)
{
    const QStringList passes = TransformRequest::mobilePasses();
    std::set<torch::jit::MobileOptimizerType> blocklist;
    for (const QString& pass : skip) {
        const qsizetype i = passes.indexOf(pass);
        if (i < 0)
            throw UserError(DeployText::tr("There is no mobile optimization pass \"%1\"; the passes are %2.")
                                .arg(pass, passes.join(QLatin1String(", "))));
        blocklist.insert(static_cast<torch::jit::MobileOptimizerType>(i));
    }
    return blocklist;
}

torch::jit::Module transformed(torch::jit::Module source, const TransformRequest& request)
{
    const std::vector<std::string> preserved = names(request.preserved);
    torch::jit::Module result;
    try {
        if (request.kind == DeployTransform::Freeze)
            result = torch::jit::freeze(source, preserved, request.optimizeNumerics);
        else if (request.kind == DeployTransform::Inference)
            result = torch::jit::optimize_for_inference(source, preserved);
        else
            result = torch::jit::optimizeForMobile(source, mobileBlocklist(request.mobileSkip), preserved);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        QString message = cleanTorchMessage(e);
        if (message.contains(QLatin1String("eval mode")))
            message += QCoreApplication::translate(
                "jitscope::Deploy",
                "\nSwitch it to eval mode first: eval on the Model State bar in the window, --eval here.");
        throw UserError(QCoreApplication::translate("jitscope::Deploy", "%1 failed: %2")
                            .arg(TransformRequest::name(request.kind), message));
    }
    return result;
}

int parameterCount(const torch::jit::Module& module)
{
    int n = 0;
    for (const auto& p : module.parameters(true)) {
        (void)p;
        ++n;
    }
    return n;
}

// The op kinds whose counts differ, those that changed most first.
QList<OpCount> changedOps(const std::map<std::string, int>& before, const std::map<std::string, int>& after)
{
    std::map<std::string, OpCount> all;
    for (const auto& [kind, n] : before)
        all[kind].before = n;
    for (const auto& [kind, n] : after)
        all[kind].after = n;
    QList<OpCount> out;
    for (auto& [kind, c] : all) {
        if (c.before == c.after || kind == "prim::Constant")
            continue;
        c.kind = QString::fromStdString(kind);
        out << c;
    }
    std::stable_sort(out.begin(), out.end(), [](const OpCount& a, const OpCount& b) {
        return std::abs(a.after - a.before) > std::abs(b.after - b.before);
    });
    return out;
}

void timeBoth(const torch::jit::Module& module, const torch::jit::Module& result, const Invoker& invoker,
              const TransformRequest& request, TransformResult& out)
{
    const int calls = std::max(1, request.calls);
    // One untimed call of another copy first: what the process pays once (the allocator, the
    // thread pool, kernels' first use) goes to neither side.
    torch::jit::Module warm = freshCopy(module);
    timeCalls(bindSeeded(invoker, warm, QStringLiteral("forward"), request.inputs), 1, nullptr);
    c10::IValue before, after;
    torch::jit::Module original = freshCopy(module);
    out.original = timeCalls(bindSeeded(invoker, original, QStringLiteral("forward"), request.inputs), calls, &before);
    torch::jit::Module transformed = result; // made by the transform, never run: as cold as a loaded one
    out.transformed
        = timeCalls(bindSeeded(invoker, transformed, QStringLiteral("forward"), request.inputs), calls, &after);
    const Agreement a = agree(before, after);
    out.timed = true;
    out.outputsMatch = a.match;
    out.maxAbsDiff = a.maxAbs;
    out.outputNote = a.note;
}

// Writes the result, loaded back before it is put in place: a module libtorch saves but cannot
// load again (MKLDNN constants, libtorch 1.13's optimize_for_inference) is not kept, and whatever
// was at the output path stays as it was.
void write(const torch::jit::Module& result, const TransformRequest& request, TransformResult& out)
{
    QString loadFailure;
    try {
        writeAtomically(request.output, [&](const std::string& temporary) {
            result.save(temporary);
            try {
                torch::jit::load(temporary);
            } catch (const std::exception& e) {
                loadFailure = cleanTorchMessage(e);
                throw UserError(loadFailure);
            }
        });
        out.output = request.output;
    } catch (const UserError&) {
        if (loadFailure.isEmpty())
            throw;
        out.saveNote = DeployText::tr("The %1 module was not kept: libtorch saves it but cannot load it again "
                                      "(%2)%3. It was compared here, in memory.")
                           .arg(TransformRequest::name(request.kind), loadFailure,
                                request.kind == DeployTransform::Inference
                                    ? DeployText::tr("; its MKLDNN constants do not survive torch.jit.save, in "
                                                     "Python alike. Ship the frozen module and optimize it where "
                                                     "it runs")
                                    : QString());
    }
}

} // namespace

TransformResult applyTransform(const torch::jit::Module& module, const Invoker& invoker,
                               const TransformRequest& request)
{
    if (request.output.isEmpty())
        throw UserError(DeployText::tr("Where should the transformed module go? Give an output file."));
    const torch::jit::Module result = transformed(freshCopy(module), request);
    TransformResult out;
    out.transform = TransformRequest::name(request.kind);
    std::shared_ptr<torch::jit::Graph> before, after;
    try {
        before = inlinedGraph(module, "forward");
        after = inlinedGraph(result, "forward");
    } catch (const std::exception& e) {
        throw UserError(DeployText::tr("The module has no forward to compare: %1").arg(cleanTorchMessage(e)));
    }
    out.nodesBefore = countNodes(before->block());
    out.nodesAfter = countNodes(after->block());
    out.parametersBefore = parameterCount(module);
    out.parametersAfter = parameterCount(result);
    out.changedOps = changedOps(countKinds(before->block()), countKinds(after->block()));
    if (!request.inputs.isEmpty())
        timeBoth(module, result, invoker, request, out);
    write(result, request, out);
    return out;
}

} // namespace jitscope
