// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/inputexample.h"

#include "answers/modelsnapshot.h"

#include <QStringList>

#include <algorithm>
#include <optional>

namespace jitscope {

using torch::jit::Node;
using torch::jit::Value;

namespace {

// Calls into submodules followed at most this deep (ViT: forward, _process_input, conv_proj's
// forward, _conv_forward), and uses looked at in all.
constexpr int kMaxDepth = 12;
constexpr int kMaxUses = 400;

// One method's graph being read: its module, and the call that handed it its arguments.
struct Frame
{
    torch::jit::Module module;
    QString path;
    const Node* call = nullptr; // prim::CallMethod in the caller; null at the method asked about
    const Frame* caller = nullptr;
};

struct Resolved
{
    c10::IValue value;
    QString path; // of the module, when it is one
};

// What `v` is when it is the module itself, a GetAttr chain from it (a submodule, a parameter),
// or an argument its caller passed such a thing in.
std::optional<Resolved> resolve(const Frame& frame, const Value* v)
{
    std::vector<std::string> names;
    while (v->node()->kind() == c10::prim::GetAttr) {
        names.push_back(v->node()->s(c10::attr::name));
        v = v->node()->input(0);
    }
    const auto inputs = v->owningGraph()->inputs();
    const auto at = std::find(inputs.begin(), inputs.end(), v);
    if (at == inputs.end())
        return std::nullopt;
    const size_t index = size_t(at - inputs.begin());
    std::optional<Resolved> base;
    if (index == 0)
        base = Resolved { frame.module._ivalue(), frame.path };
    else if (frame.call && frame.caller && index < frame.call->inputs().size())
        base = resolve(*frame.caller, frame.call->input(index));
    for (auto name = names.rbegin(); base && name != names.rend(); ++name) {
        if (!base->value.isObject())
            return std::nullopt;
        const auto object = base->value.toObject();
        const auto slot = object->type()->findAttributeSlot(*name);
        if (!slot)
            return std::nullopt;
        const QString part = QString::fromStdString(*name);
        base = Resolved { object->getSlot(*slot), joinModulePath(base->path, part) };
    }
    return base;
}

std::optional<int64_t> constantInt(const Value* v)
{
    const auto constant = torch::jit::toIValue(v);
    return constant && constant->isInt() ? std::optional<int64_t>(constant->toInt()) : std::nullopt;
}

// `randn(1, C, …)` for a convolution reading the tensor as its input: 224 × 224 for an image,
// 16 × 112 × 112 for a clip, 100 samples for a signal.
QString convolutionInput(int64_t channels, int64_t spatialDims)
{
    static const QStringList sizes[] = { { QStringLiteral("100") },
                                         { QStringLiteral("224"), QStringLiteral("224") },
                                         { QStringLiteral("16"), QStringLiteral("112"), QStringLiteral("112") } };
    if (spatialDims < 1 || spatialDims > 3)
        return {};
    return QStringLiteral("randn(1, %1, %2)").arg(channels).arg(sizes[spatialDims - 1].join(QStringLiteral(", ")));
}

// The example a layer node gives for its input at `offset`, or nothing when it is no layer.
std::optional<InputExample> fromLayer(const Frame& frame, const Node* n, size_t offset)
{
    const c10::Symbol kind = n->kind();
    const bool conv = kind == c10::aten::conv1d || kind == c10::aten::conv2d || kind == c10::aten::conv3d;
    const bool convolution = kind == c10::aten::_convolution;
    const bool linear = kind == c10::aten::linear;
    if (offset != 0 || !(conv || convolution || linear) || n->inputs().size() < 2)
        return std::nullopt;
    const auto weight = resolve(frame, n->input(1));
    if (!weight || !weight->value.isTensor() || !weight->value.toTensor().defined())
        return std::nullopt;
    const at::Tensor w = weight->value.toTensor();
    const QString layer = weight->path.section(QLatin1Char('.'), 0, -2); // the weight's module
    if (linear && w.dim() == 2)
        return InputExample { QStringLiteral("randn(1, %1)").arg(w.size(1)), layer };
    if (w.dim() < 3)
        return std::nullopt;
    // conv*d(input, weight, bias, stride, padding, dilation, groups); _convolution(input, weight,
    // bias, stride, padding, dilation, transposed, output_padding, groups, …).
    const auto groups = constantInt(n->input(convolution ? 8 : 6));
    if (convolution) {
        const auto transposed = torch::jit::toIValue(n->input(6));
        if (!transposed || !transposed->isBool() || transposed->toBool())
            return std::nullopt; // a transposed weight reads [in, out / groups, …]
    }
    if (!groups || *groups < 1)
        return std::nullopt;
    const QString value = convolutionInput(w.size(1) * *groups, w.dim() - 2);
    return value.isEmpty() ? std::nullopt : std::optional<InputExample>(InputExample { value, layer });
}

std::optional<InputExample> fromUses(const Frame& frame, const Value* v, int depth, int& budget)
{
    if (depth > kMaxDepth)
        return std::nullopt;
    std::vector<torch::jit::Use> uses = v->uses();
    std::stable_sort(uses.begin(), uses.end(),
                     [](const torch::jit::Use& a, const torch::jit::Use& b) { return a.user->isBefore(b.user); });
    for (const torch::jit::Use& use : uses) {
        if (--budget < 0)
            return std::nullopt;
        // Only what every call runs: a use in an if or a loop may be one of several layers
        // (FPN's get_result_from_inner_blocks picks its block by index, each of other channels).
        if (use.user->owningBlock() != v->owningGraph()->block())
            continue;
        if (auto found = fromLayer(frame, use.user, use.offset))
            return found;
        if (use.user->kind() != c10::prim::CallMethod)
            continue;
        const auto target = resolve(frame, use.user->input(0));
        if (!target || !target->value.isObject() || !target->value.toObject()->type()->is_module())
            continue;
        const torch::jit::Module callee(target->value.toObject());
        const auto method = callee.find_method(use.user->s(c10::attr::name));
        if (!method)
            continue;
        const auto inputs = method->graph()->inputs();
        if (use.offset >= inputs.size())
            continue;
        const Frame inner { callee, target->path, use.user, &frame };
        if (auto found = fromUses(inner, inputs[use.offset], depth + 1, budget))
            return found;
    }
    return std::nullopt;
}

} // namespace

InputExample inputExample(const torch::jit::Module& module, const QString& modulePath, const torch::jit::Method& method,
                          size_t argument)
{
    const auto inputs = method.graph()->inputs();
    if (argument >= inputs.size())
        return {};
    const Frame frame { module, modulePath };
    int budget = kMaxUses;
    return fromUses(frame, inputs[argument], 0, budget).value_or(InputExample {});
}

} // namespace jitscope
