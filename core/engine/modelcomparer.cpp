#include "modelcomparer.h"

#include "modelengine.h"
#include "torcherror.h"
#include "torchvalues.h"
#include "usererror.h"
#include "valuetext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <torch/csrc/api/include/torch/utils.h>

#include <algorithm>
#include <cmath>

namespace jitscope {

namespace {

class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::ModelDiffer)
};

QString sideName(bool left)
{
    return left ? DiffText::tr("left") : DiffText::tr("right");
}

// The compared module's parameters by name relative to it.
std::vector<std::pair<std::string, at::Tensor>> parametersOf(torch::jit::Module& root, const QString& module)
{
    torch::jit::Module m = root;
    if (!module.isEmpty())
        for (const QString& part : module.split(QLatin1Char('.')))
            m = m.attr(part.toStdString()).toModule();
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
                {}, {}, {}, false, 0, 0, DiffText::tr("%1 items against %2").arg(li.size()).arg(ri.size()) });
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
            d.note = DiffText::tr("shapes differ");
        } else if (a.is_complex() != b.is_complex()) {
            d.note = DiffText::tr("one is complex");
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
                d.note = DiffText::tr("dtypes differ");
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
        d.note = l.type()->str() == r.type()->str() ? (l == r ? QString() : DiffText::tr("values differ"))
                                                    : DiffText::tr("types differ");
    if (!d.compared && d.note.isEmpty())
        d.compared = true;
    leaf(d);
}

} // namespace

QString DiffSide::displayName() const
{
    const QString m = method.isEmpty() ? QStringLiteral("forward") : method;
    return QFileInfo(path).fileName() + QLatin1String(": ") + (module.isEmpty() ? m : module + QLatin1Char('.') + m);
}

QString ParameterDiff::statusName(Status s)
{
    switch (s) {
    case Status::Same:
        return QStringLiteral("same");
    case Status::ValuesDiffer:
        return QStringLiteral("values_differ");
    case Status::ShapeDiffers:
        return QStringLiteral("shape_differs");
    case Status::DtypeDiffers:
        return QStringLiteral("dtype_differs");
    case Status::OnlyLeft:
        return QStringLiteral("only_left");
    case Status::OnlyRight:
        return QStringLiteral("only_right");
    }
    return {};
}

ModelDiff computeModelDiff(const DiffRequest& request)
{
    ModelDiff diff;
    diff.request = request;
    QElapsedTimer timer;
    timer.start();
    const bool sameFile
        = QFileInfo(request.left.path).canonicalFilePath() == QFileInfo(request.right.path).canonicalFilePath()
        && !QFileInfo(request.left.path).canonicalFilePath().isEmpty();
    ModelEngine leftEngine;
    ModelEngine rightStorage;
    auto open = [](ModelEngine& engine, const DiffSide& side, bool left) {
        try {
            engine.open(side.path);
        } catch (const UserError& e) {
            throw UserError(DiffText::tr("The %1 side cannot be opened: %2").arg(sideName(left), e.message()));
        }
    };
    open(leftEngine, request.left, true);
    ModelEngine& rightEngine = sameFile ? leftEngine : rightStorage;
    if (!sameFile)
        open(rightEngine, request.right, false);
    diff.loadMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    GraphOptions options;
    options.expand = request.expandAll ? GraphOptions::Expand::All : GraphOptions::Expand::None;
    auto build = [&](ModelEngine& engine, const DiffSide& side, bool left, LaidOutGraph& into, QString& code) {
        try {
            into.model = engine.graphModel({ side.module, side.method, options });
            code = engine.text(
                { side.module, side.method.isEmpty() ? QStringLiteral("forward") : side.method, TextKind::Code });
        } catch (const UserError& e) {
            throw UserError(DiffText::tr("%1 (%2 side): %3").arg(side.path, sideName(left), e.message()));
        }
    };
    build(leftEngine, request.left, true, diff.left, diff.leftCode);
    build(rightEngine, request.right, false, diff.right, diff.rightCode);
    diff.buildMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    diff.graph = diffGraphs(diff.left.model, diff.right.model);
    diff.diffMs = timer.nsecsElapsed() / 1e6;
    diff.codeLines = diffLines(diff.leftCode, diff.rightCode);
    diff.codeDiff = unifiedDiff(diff.codeLines, request.left.displayName(), request.right.displayName());
    try {
        diff.parameters
            = diffParameters(leftEngine.module(), request.left.module, rightEngine.module(), request.right.module);
    } catch (const std::exception& e) {
        throw UserError(DiffText::tr("Comparing the parameters failed: %1").arg(cleanTorchMessage(e)));
    }

    if (!request.inputs.isEmpty()) {
        diff.hasOutputs = true;
        auto run = [&](ModelEngine& engine, const DiffSide& side, bool left) {
            InvokeRequest call;
            call.module = side.module;
            call.method = side.method.isEmpty() ? QStringLiteral("forward") : side.method;
            call.arguments = request.inputs;
            call.maxValues = 0;
            torch::manual_seed(0); // randn() and friends give both sides the same numbers
            try {
                engine.invoke(call);
            } catch (const UserError& e) {
                throw UserError(DiffText::tr("Running the %1 side (%2) failed: %3")
                                    .arg(sideName(left), side.displayName(), e.message()));
            }
            return engine.lastResult();
        };
        const c10::IValue l = run(leftEngine, request.left, true);
        const c10::IValue r = run(rightEngine, request.right, false);
        try {
            compareOutputs(l, r, QStringLiteral("out"), diff.outputs);
        } catch (const std::exception& e) {
            throw UserError(DiffText::tr("Comparing the outputs failed: %1").arg(cleanTorchMessage(e)));
        }
    }
    return diff;
}

} // namespace jitscope
