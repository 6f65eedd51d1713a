// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/lints.h"

#include "engine/deploy/deploycommon.h"
#include "engine/ir/irqueries.h"

#include <QHash>
#include <QSet>

#include <QCoreApplication>
#include <algorithm>
#include <map>

namespace jitscope {

namespace {

using torch::jit::Node;
using torch::jit::Value;

// Walks every method of every module, each node with its place (context#irIndex).
struct MethodWalk
{
    QString module, method, context;
    IrIndex index;
};

template <typename F> void forEachMethod(const torch::jit::Module& root, F visit)
{
    for (const auto& named : root.named_modules()) {
        const QString path = QString::fromStdString(named.name);
        for (const torch::jit::Method& method : named.value.get_methods()) {
            const std::shared_ptr<torch::jit::Graph> graph = method.graph();
            MethodWalk walk { path, QString::fromStdString(method.name()), {}, irIndexOf(*graph) };
            walk.context = methodContext(walk.module, walk.method);
            visit(walk, *graph);
        }
    }
}

template <typename F> void forEachNode(const torch::jit::Block* block, F visit)
{
    for (const Node* n : block->nodes()) {
        visit(n);
        for (const torch::jit::Block* inner : n->blocks())
            forEachNode(inner, visit);
    }
}

LintFinding finding(const QString& rule, const QString& severity, const QString& message, const QString& module = {})
{
    LintFinding f;
    f.rule = rule;
    f.severity = severity;
    f.message = message;
    f.module = module;
    return f;
}

LintFinding at(const MethodWalk& walk, const Node* n, const QString& rule, const QString& severity,
               const QString& message)
{
    LintFinding f = finding(rule, severity, message, walk.module);
    f.method = walk.method;
    f.kind = QString::fromUtf8(n->kind().toQualString());
    const auto it = walk.index.find(n);
    if (it != walk.index.end())
        f.node = walk.context + QLatin1Char('#') + QString::number(it->second);
    GraphNode place;
    sourceOf(place, n);
    f.code = place.codeText;
    return f;
}

std::optional<c10::IValue> constantOf(const Value* v)
{
    if (v->node()->kind() != c10::prim::Constant)
        return std::nullopt;
    return torch::jit::toIValue(v);
}

QString typeName(const torch::jit::Module& m)
{
    return QString::fromStdString(m.type()->name() ? m.type()->name()->name() : std::string());
}

// Dropout and BatchNorm modules left in training mode, pointed at where their parent calls them.
void trainingModules(const torch::jit::Module& root, QList<LintFinding>& out)
{
    static const QSet<QString> dropouts { QStringLiteral("Dropout"),      QStringLiteral("Dropout1d"),
                                          QStringLiteral("Dropout2d"),    QStringLiteral("Dropout3d"),
                                          QStringLiteral("AlphaDropout"), QStringLiteral("FeatureAlphaDropout") };
    static const QSet<QString> norms { QStringLiteral("BatchNorm1d"), QStringLiteral("BatchNorm2d"),
                                       QStringLiteral("BatchNorm3d"), QStringLiteral("SyncBatchNorm") };
    QHash<QString, QString> flagged; // path -> type
    for (const auto& named : root.named_modules()) {
        const QString type = typeName(named.value);
        if ((dropouts.contains(type) || norms.contains(type)) && named.value.is_training())
            flagged.insert(QString::fromStdString(named.name), type);
    }
    auto message = [&](const QString& path) -> QString {
        const QString type = flagged.value(path);
        return (dropouts.contains(type)
                    ? DeployText::tr("%1 (%2) is in training mode: it zeroes activations at random in every call.")
                    : DeployText::tr("%1 (%2) is in training mode: it normalizes with each batch's statistics and "
                                     "updates its running ones in every call."))
                   .arg(path, type)
            + DeployText::tr(" Switch the model to eval mode before shipping it.");
    };
    QSet<QString> pointed;
    forEachMethod(root, [&](const MethodWalk& walk, const torch::jit::Graph& graph) {
        forEachNode(graph.block(), [&](const Node* n) {
            if (n->kind() != c10::prim::CallMethod || n->input(0)->node()->kind() != c10::prim::GetAttr)
                return;
            const QString child = QString::fromStdString(n->input(0)->node()->s(c10::attr::name));
            const QString path = walk.module.isEmpty() ? child : walk.module + QLatin1Char('.') + child;
            if (flagged.contains(path) && !pointed.contains(path)) {
                pointed.insert(path);
                out << at(walk, n, QStringLiteral("training-mode"), QStringLiteral("warning"), message(path));
            }
        });
    });
    for (auto it = flagged.cbegin(); it != flagged.cend(); ++it)
        if (!pointed.contains(it.key())) // called from nowhere drawn (a traced parent inlined it)
            out << finding(QStringLiteral("training-mode"), QStringLiteral("warning"), message(it.key()), it.key());
}

// Per node: a trace's training-mode constants, baked-in devices, constant size lists, MKLDNN ops.
void nodeRules(const MethodWalk& walk, const Node* n, bool hasControlFlow, QList<LintFinding>& out)
{
    const std::string kind = n->kind().toQualString();
    static const std::map<std::string, size_t> trainArgument { { "aten::dropout", 2 },
                                                               { "aten::feature_dropout", 2 },
                                                               { "aten::alpha_dropout", 2 },
                                                               { "aten::feature_alpha_dropout", 2 },
                                                               { "aten::batch_norm", 5 } };
    if (const auto t = trainArgument.find(kind); t != trainArgument.end() && n->inputs().size() > t->second) {
        const auto train = constantOf(n->input(t->second));
        if (train && train->isBool() && train->toBool())
            out << at(walk, n, QStringLiteral("training-mode"), QStringLiteral("warning"),
                      DeployText::tr("%1 runs in training mode whatever the module's mode: the trace recorded it "
                                     "as a constant. Trace the model again after model.eval().")
                          .arg(QString::fromStdString(kind)));
    }
    for (const Value* input : n->inputs()) {
        if (input->type()->kind() != c10::TypeKind::DeviceObjType)
            continue;
        const auto device = constantOf(input);
        if (device && device->isDevice())
            out << at(walk, n, QStringLiteral("device-constant"), QStringLiteral("warning"),
                      DeployText::tr("%1 puts its result on %2, a constant: the model stays tied to that device "
                                     "wherever it is moved.")
                          .arg(QString::fromStdString(kind), QString::fromStdString(device->toDevice().str())));
    }
    if (!hasControlFlow && (kind == "aten::view" || kind == "aten::reshape" || kind == "aten::expand")
        && n->inputs().size() > 1) {
        const Value* sizes = n->input(1);
        std::vector<int64_t> values;
        bool constant = true;
        if (const auto list = constantOf(sizes); list && list->isIntList()) {
            values = list->toIntVector();
        } else if (sizes->node()->kind() == c10::prim::ListConstruct) {
            for (const Value* item : sizes->node()->inputs()) {
                const auto v = constantOf(item);
                constant = constant && v && v->isInt();
                if (constant)
                    values.push_back(v->toInt());
            }
        } else {
            constant = false;
        }
        if (constant && values.size() >= 2 && std::find(values.begin(), values.end(), -1) == values.end()) {
            QStringList text;
            for (const int64_t v : values)
                text << QString::number(v);
            out << at(walk, n, QStringLiteral("traced-size"), QStringLiteral("warning"),
                      DeployText::tr("%1 to the constant sizes [%2]: if a trace computed them from an input's "
                                     "size(), another batch or image size fails here.")
                          .arg(QString::fromStdString(kind), text.join(QLatin1String(", "))));
        }
    }
    if (kind.find("mkldnn") != std::string::npos || kind.find("MKLDNN") != std::string::npos
        || kind == "aten::to_dense")
        out << at(walk, n, QStringLiteral("mkldnn"), QStringLiteral("warning"),
                  DeployText::tr("%1 is an MKLDNN (oneDNN) operation, as optimize_for_inference adds for CPUs: it "
                                 "runs only on a CPU libtorch built with oneDNN, not on mobile or a GPU.")
                      .arg(QString::fromStdString(kind)));
}

bool hasControlFlow(const torch::jit::Block* block)
{
    bool found = false;
    forEachNode(block,
                [&](const Node* n) { found = found || n->kind() == c10::prim::If || n->kind() == c10::prim::Loop; });
    return found;
}

// A loop, or a branch that is not an input check or a state update (which a trace drops harmlessly).
bool isControlFlow(const Node* n)
{
    if (n->kind() == c10::prim::Loop)
        return true;
    if (n->kind() != c10::prim::If)
        return false;
    const FoldableIf::Kind kind = foldableIf(n).kind;
    return kind != FoldableIf::Check && kind != FoldableIf::Update;
}

// Branches and loops the scripted twin has and the trace lost, module by module; input checks
// (`if x.dim() != 4: raise`) aside, which a trace drops harmlessly.
void droppedControlFlow(const torch::jit::Module& traced, const torch::jit::Module& twin, QList<LintFinding>& out)
{
    QHash<QString, int> tracedFlow;
    forEachMethod(traced, [&](const MethodWalk& walk, const torch::jit::Graph& graph) {
        forEachNode(graph.block(), [&](const Node* n) {
            if (isControlFlow(n))
                ++tracedFlow[walk.module + QLatin1Char(':') + walk.method];
        });
    });
    forEachMethod(twin, [&](const MethodWalk& walk, const torch::jit::Graph& graph) {
        int& left = tracedFlow[walk.module + QLatin1Char(':') + walk.method];
        forEachNode(graph.block(), [&](const Node* n) {
            if (!isControlFlow(n))
                return;
            if (left > 0) {
                --left;
                return;
            }
            LintFinding f = at(walk, n, QStringLiteral("dropped-control-flow"), QStringLiteral("warning"),
                               n->kind() == c10::prim::Loop
                                   ? DeployText::tr("The scripted twin loops here; the trace unrolled the loop "
                                                    "for the inputs it saw.")
                                   : DeployText::tr("The scripted twin branches here; the trace recorded only the "
                                                    "branch its example input took."));
            f.inTwin = true;
            out << f;
        });
    });
}

} // namespace

LintReport lintModule(const torch::jit::Module& module, const torch::jit::Module* twin)
{
    LintReport report;
    trainingModules(module, report.findings);
    int requiringGrad = 0, parameters = 0;
    for (const at::Tensor& p : module.parameters(true)) {
        ++parameters;
        requiringGrad += p.requires_grad() ? 1 : 0;
    }
    if (requiringGrad > 0)
        report.findings << finding(QStringLiteral("requires-grad"), QStringLiteral("info"),
                                   DeployText::tr("%1 of %2 parameters still require grad: calls made without "
                                                  "torch::NoGradGuard (or InferenceMode) record autograd "
                                                  "history. Freezing makes them constants.")
                                       .arg(requiringGrad)
                                       .arg(parameters));
    forEachMethod(module, [&](const MethodWalk& walk, const torch::jit::Graph& graph) {
        const bool flow = hasControlFlow(graph.block());
        forEachNode(graph.block(), [&](const Node* n) { nodeRules(walk, n, flow, report.findings); });
    });
    if (twin)
        droppedControlFlow(module, *twin, report.findings);
    return report;
}

} // namespace jitscope
