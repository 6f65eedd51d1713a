// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/modelcomparer.h"

#include "engine/run/divergence.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"
#include "engine/common/valuetext.h"
#include "engine/ir/graphbuilder.h"
#include "engine/model/textprinter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <torch/csrc/api/include/torch/utils.h>

#include <algorithm>
#include <cmath>

namespace jitscope {

namespace {

QString sideName(bool left)
{
    return left ? ModelComparer::tr("left") : ModelComparer::tr("right");
}

// The compared module's parameters by name relative to it.
std::vector<std::pair<std::string, at::Tensor>> parametersOf(torch::jit::Module& root, const QString& module)
{
    const torch::jit::Module m = findSubmodule(root, module);
    std::vector<std::pair<std::string, at::Tensor>> out;
    for (const auto& p : m.named_parameters(true))
        out.emplace_back(p.name, p.value);
    for (const auto& b : m.named_buffers(true))
        out.emplace_back(b.name, b.value);
    return out;
}

QList<ParameterDiff> diffParameters(torch::jit::Module& left, const QString& leftModule, torch::jit::Module& right,
                                    const QString& rightModule)
{
    torch::NoGradGuard noGrad;
    const auto l = parametersOf(left, leftModule);
    const auto r = parametersOf(right, rightModule);
    QList<ParameterDiff> out;
    std::map<std::string, at::Tensor> rightByName(r.begin(), r.end());
    std::set<std::string> seen;
    for (const auto& [name, lt] : l) {
        ParameterDiff d;
        d.name = QString::fromStdString(name);
        d.leftShape = shapeOf(lt);
        d.leftDtype = dtypeName(lt.scalar_type());
        const auto it = rightByName.find(name);
        if (it == rightByName.end()) {
            d.status = ParameterDiff::Status::OnlyLeft;
            out << d;
            continue;
        }
        seen.insert(name);
        const at::Tensor& rt = it->second;
        d.rightShape = shapeOf(rt);
        d.rightDtype = dtypeName(rt.scalar_type());
        if (d.leftShape != d.rightShape) {
            d.status = ParameterDiff::Status::ShapeDiffers;
        } else {
            const at::Tensor a = lt.detach().to(at::kCPU).to(at::kDouble);
            const at::Tensor b = rt.detach().to(at::kCPU).to(at::kDouble);
            d.maxAbsDiff = a.numel() == 0 ? 0.0 : (a - b).abs().max().item<double>();
            if (d.leftDtype != d.rightDtype)
                d.status = ParameterDiff::Status::DtypeDiffers;
            else if (!(*d.maxAbsDiff == 0) || !a.equal(b))
                d.status = ParameterDiff::Status::ValuesDiffer;
        }
        out << d;
    }
    for (const auto& [name, rt] : r) {
        if (seen.count(name) || std::any_of(l.begin(), l.end(), [&](const auto& p) { return p.first == name; }))
            continue;
        ParameterDiff d;
        d.name = QString::fromStdString(name);
        d.status = ParameterDiff::Status::OnlyRight;
        d.rightShape = shapeOf(rt);
        d.rightDtype = dtypeName(rt.scalar_type());
        out << d;
    }
    return out;
}

QString summaryOf(const c10::IValue& v)
{
    if (v.isTensor()) {
        const at::Tensor& t = v.toTensor();
        return QStringLiteral("Tensor%1 %2").arg(shapeText(shapeOf(t)), dtypeName(t.scalar_type()));
    }
    return QString::fromStdString(c10::toString(v.type())) + QLatin1Char(' ') + valuePreview(v);
}

} // namespace

void compareOutputs(const c10::IValue& l, const c10::IValue& r, const QString& path, QList<OutputDiff>& out)
{
    auto leaf = [&](OutputDiff d) {
        d.path = path;
        d.leftSummary = summaryOf(l);
        d.rightSummary = summaryOf(r);
        out << d;
    };
    auto items = [](const c10::IValue& v) {
        if (v.isTuple())
            return v.toTupleRef().elements().vec();
        return v.toListRef().vec();
    };
    if ((l.isTuple() && r.isTuple()) || (l.isList() && r.isList())) {
        const auto li = items(l), ri = items(r);
        if (li.size() != ri.size()) {
            leaf(OutputDiff {
                {}, {}, {}, false, 0, 0, ModelComparer::tr("%1 items against %2").arg(li.size()).arg(ri.size()) });
            return;
        }
        for (size_t i = 0; i < li.size(); ++i)
            compareOutputs(li[i], ri[i], path + QStringLiteral("[%1]").arg(i), out);
        return;
    }
    if (l.isTensor() && r.isTensor()) {
        const at::Tensor a = l.toTensor().detach().to(at::kCPU);
        const at::Tensor b = r.toTensor().detach().to(at::kCPU);
        OutputDiff d;
        if (a.sizes() != b.sizes()) {
            d.note = ModelComparer::tr("shapes differ");
        } else if (a.is_complex() != b.is_complex()) {
            d.note = ModelComparer::tr("one is complex");
        } else {
            const at::Tensor x = a.is_complex() ? at::view_as_real(a).to(at::kDouble) : a.to(at::kDouble);
            const at::Tensor y = b.is_complex() ? at::view_as_real(b).to(at::kDouble) : b.to(at::kDouble);
            d.compared = true;
            if (x.numel() > 0) {
                const at::Tensor diff = (x - y).abs();
                d.maxAbs = diff.max().item<double>();
                const at::Tensor scale = at::maximum(x.abs(), y.abs());
                const at::Tensor rel = at::where(scale > 0, diff / scale, at::zeros_like(diff));
                d.maxRel = rel.max().item<double>();
            }
            if (a.scalar_type() != b.scalar_type())
                d.note = ModelComparer::tr("dtypes differ");
        }
        leaf(d);
        return;
    }
    if ((l.isDouble() || l.isInt() || l.isBool()) && (r.isDouble() || r.isInt() || r.isBool())) {
        auto num = [](const c10::IValue& v) {
            return v.isDouble() ? v.toDouble() : v.isInt() ? double(v.toInt()) : double(v.toBool());
        };
        const double a = num(l), b = num(r);
        const double scale = std::max(std::abs(a), std::abs(b));
        leaf(OutputDiff { {}, {}, {}, true, std::abs(a - b), scale > 0 ? std::abs(a - b) / scale : 0, {} });
        return;
    }
    OutputDiff d;
    d.compared = l.isNone() && r.isNone();
    if (!d.compared)
        d.note = l.type()->str() == r.type()->str() ? (l == r ? QString() : ModelComparer::tr("values differ"))
                                                    : ModelComparer::tr("types differ");
    if (!d.compared && d.note.isEmpty())
        d.compared = true;
    leaf(d);
}

void ModelComparer::ensureOpen(Side& side, const DiffSide& what, bool isLeft)
{
    // Kept while the file is unchanged, or gone: what was read stays valid.
    const QFileInfo file(what.path);
    if (side.archive.isOpen() && file.absoluteFilePath() == side.path
        && (!file.exists() || (file.lastModified() == side.modified && file.size() == side.size)))
        return;
    try {
        side.archive.open(what.path);
    } catch (const UserError& e) {
        throw UserError(
            withDetails(tr("The %1 side cannot be opened: %2").arg(sideName(isLeft), summaryOf(e.message())),
                        detailsOf(e.message())));
    }
    side.invoker.clearHistory();
    side.path = file.absoluteFilePath();
    side.modified = file.lastModified();
    side.size = file.size();
}

ModelComparer::Side& ModelComparer::left(const DiffRequest& request)
{
    ensureOpen(m_left, request.left, true);
    return m_left;
}

ModelComparer::Side& ModelComparer::right(const DiffRequest& request)
{
    // Two methods of one archive: one module serves both sides.
    if (QFileInfo(request.right.path).absoluteFilePath() == QFileInfo(request.left.path).absoluteFilePath())
        return left(request);
    ensureOpen(m_right, request.right, false);
    return m_right;
}

ObservedRun ModelComparer::observe(Side& side, Observer& observer, const DiffSide& what, bool isLeft,
                                   const QStringList& inputs)
{
    ObserveRequest request;
    request.call.module = what.module;
    request.call.method = what.method.isEmpty() ? QStringLiteral("forward") : what.method;
    request.call.arguments = inputs;
    request.call.maxValues = 0;
    request.repeat = 0; // values only: nothing is timed
    torch::manual_seed(0); // randn() and friends give both sides the same numbers
    QString failure;
    ObservedRun run;
    try {
        run = observer.observe(side.archive.module(), side.invoker, request);
        failure = run.error;
    } catch (const UserError& e) {
        failure = e.message();
    }
    if (!failure.isEmpty())
        throw UserError(tr("Running the %1 side (%2) failed: %3").arg(sideName(isLeft), what.displayName(), failure));
    return run;
}

GraphOptions ModelComparer::graphOptions(const DiffRequest& request)
{
    GraphOptions options;
    options.expand = request.expandAll ? GraphOptions::Expand::All : GraphOptions::Expand::None;
    options.oneNodeCalls = false;
    return options;
}

OutputComparison ModelComparer::compareRuns(const DiffRequest& request, const QStringList& inputs,
                                            const GraphModel& leftGraph, const GraphModel& rightGraph,
                                            const GraphDiff& graphDiff)
{
    // What both keep is only needed for this comparison: let go of it however it ends.
    struct Release
    {
        ModelComparer* self;
        ~Release()
        {
            self->m_leftObserver.clear();
            self->m_rightObserver.clear();
        }
    } release { this };
    Side& l = left(request);
    const ObservedRun leftRun = observe(l, m_leftObserver, request.left, true, inputs);
    const c10::IValue leftOutput = l.invoker.lastResult();
    Side& r = right(request);
    const ObservedRun rightRun = observe(r, m_rightObserver, request.right, false, inputs);
    const c10::IValue rightOutput = r.invoker.lastResult();
    OutputComparison out;
    try {
        compareOutputs(leftOutput, rightOutput, QStringLiteral("out"), out.outputs);
        int missing = 0;
        out.divergence = findDivergence(leftGraph, rightGraph, graphDiff, leftRun, m_leftObserver, rightRun,
                                        m_rightObserver, request.atol, request.rtol, &out.comparedNodes, &missing);
        out.divergenceChecked = true;
        if (missing > 0)
            out.note = tr("%n output(s) were over the memory budget and not compared.", nullptr, missing);
    } catch (const std::exception& e) {
        throw UserError(tr("Comparing the outputs failed: %1").arg(cleanTorchMessage(e)));
    }
    return out;
}

OutputComparison ModelComparer::outputs(const DiffRequest& request, const QStringList& inputs)
{
    // The graphs as diff() built them: their node ids are those the divergence names.
    const GraphOptions options = graphOptions(request);
    GraphModel leftGraph, rightGraph;
    try {
        leftGraph = buildGraphModel(left(request).archive.module(), request.left.module, request.left.method, options);
        rightGraph
            = buildGraphModel(right(request).archive.module(), request.right.module, request.right.method, options);
    } catch (const UserError& e) {
        throw UserError(tr("Building the graphs to compare failed: %1").arg(e.message()));
    }
    return compareRuns(request, inputs, leftGraph, rightGraph, diffGraphs(leftGraph, rightGraph));
}

ModelDiff ModelComparer::diff(const DiffRequest& request)
{
    ModelDiff diff;
    diff.request = request;
    QElapsedTimer timer;
    timer.start();
    Side& l = left(request);
    Side& r = right(request);
    diff.loadMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    const GraphOptions options = graphOptions(request);
    auto build = [&](Side& side, const DiffSide& what, bool isLeft, LaidOutGraph& into, QString& code) {
        try {
            torch::jit::Module& module = side.archive.module();
            into.model = buildGraphModel(module, what.module, what.method, options);
            code = printText(
                module,
                { what.module, what.method.isEmpty() ? QStringLiteral("forward") : what.method, TextKind::Code });
        } catch (const UserError& e) {
            throw UserError(tr("%1 (%2 side): %3").arg(what.path, sideName(isLeft), e.message()));
        }
    };
    build(l, request.left, true, diff.left, diff.leftCode);
    build(r, request.right, false, diff.right, diff.rightCode);
    diff.buildMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    diff.graph = diffGraphs(diff.left.model, diff.right.model);
    diff.diffMs = timer.nsecsElapsed() / 1e6;
    diff.codeLines = diffLines(diff.leftCode, diff.rightCode);
    diff.codeDiff = unifiedDiff(diff.codeLines, request.left.displayName(), request.right.displayName());
    try {
        diff.parameters
            = diffParameters(l.archive.module(), request.left.module, r.archive.module(), request.right.module);
    } catch (const std::exception& e) {
        throw UserError(tr("Comparing the parameters failed: %1").arg(cleanTorchMessage(e)));
    }
    if (!request.inputs.isEmpty()) {
        OutputComparison compared = compareRuns(request, request.inputs, diff.left.model, diff.right.model, diff.graph);
        diff.hasOutputs = true;
        diff.outputs = compared.outputs;
        diff.divergenceChecked = compared.divergenceChecked;
        diff.divergence = compared.divergence;
        diff.comparedNodes = compared.comparedNodes;
        diff.divergenceNote = compared.note;
    }
    return diff;
}

} // namespace jitscope
