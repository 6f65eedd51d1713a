// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/graphinstrumenter.h"

#include "engine/ir/irqueries.h"
#include "engine/model/snapshotbuilder.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/ir.h>

#include <QSet>

#include <unordered_map>

namespace jitscope {

using torch::jit::Block;
using torch::jit::Node;
using torch::jit::Value;

c10::Symbol enterSymbol()
{
    static const c10::Symbol s = c10::Symbol::fromQualString("jitscope::enter");
    return s;
}

c10::Symbol leaveSymbol()
{
    static const c10::Symbol s = c10::Symbol::fromQualString("jitscope::leave");
    return s;
}

c10::Symbol observeSymbol()
{
    static const c10::Symbol s = c10::Symbol::fromQualString("jitscope::observe");
    return s;
}

c10::Symbol nodeIdAttribute()
{
    static const c10::Symbol s = c10::Symbol::attr("jitscope_node");
    return s;
}

c10::Symbol valueIdAttribute()
{
    static const c10::Symbol s = c10::Symbol::attr("jitscope_value");
    return s;
}

namespace {

// Ops whose multiply-accumulates are counted from their inputs' and output's shapes.
bool countsMacs(c10::Symbol kind)
{
    static const QSet<QString> kinds {
        QStringLiteral("aten::conv1d"),
        QStringLiteral("aten::conv2d"),
        QStringLiteral("aten::conv3d"),
        QStringLiteral("aten::_convolution"),
        QStringLiteral("aten::convolution"),
        QStringLiteral("aten::conv_transpose1d"),
        QStringLiteral("aten::conv_transpose2d"),
        QStringLiteral("aten::conv_transpose3d"),
        QStringLiteral("aten::linear"),
        QStringLiteral("aten::matmul"),
        QStringLiteral("aten::mm"),
        QStringLiteral("aten::bmm"),
        QStringLiteral("aten::addmm"),
        QStringLiteral("aten::baddbmm"),
        QStringLiteral("aten::addbmm"),
    };
    return kinds.contains(QString::fromUtf8(kind.toQualString()));
}

Node* recordingNode(torch::jit::Graph& graph, c10::Symbol kind, torch::jit::ArrayRef<Value*> inputs, int nodeId,
                    int valueId)
{
    Node* node = graph.create(kind, inputs, 0);
    if (nodeId >= 0)
        node->i_(nodeIdAttribute(), nodeId);
    if (valueId >= 0)
        node->i_(valueIdAttribute(), valueId);
    return node;
}

} // namespace

// One graph being instrumented: a copy, with the names and places its original gives.
struct GraphInstrumenter::Frame
{
    QString context; // GraphNode::context
    QString module; // whose code it is
    torch::jit::Graph* graph = nullptr;
    std::unordered_map<const Node*, int> index; // copy's node -> original's irIndexOf place
    std::unordered_map<const Value*, QString> names; // copy's value -> original's debug name
    std::unordered_map<const Value*, QString> modules; // values that are submodules -> their paths
};

namespace {

void mapBlock(const Block* original, const Block* copy, std::unordered_map<const Node*, int>& index,
              std::unordered_map<const Value*, QString>& names, int& counter)
{
    for (size_t i = 0; i < original->inputs().size(); ++i)
        names[copy->inputs()[i]] = QString::fromStdString(original->inputs()[i]->debugName());
    auto c = copy->nodes().begin();
    for (const Node* o : original->nodes()) {
        const Node* n = *c;
        ++c;
        index[n] = counter++;
        for (size_t i = 0; i < o->outputs().size(); ++i)
            names[n->outputs()[i]] = QString::fromStdString(o->outputs()[i]->debugName());
        for (size_t b = 0; b < o->blocks().size(); ++b)
            mapBlock(o->blocks()[b], n->blocks()[b], index, names, counter);
    }
}

} // namespace

std::shared_ptr<torch::jit::Graph> GraphInstrumenter::instrument(torch::jit::Graph& method, const QString& modulePath,
                                                                 const QString& methodName)
{
    registerRecordingOps();
    std::shared_ptr<torch::jit::Graph> copy = method.copy();
    Frame frame;
    frame.context = methodContext(modulePath, methodName);
    frame.module = modulePath;
    frame.graph = copy.get();
    int counter = 0;
    mapBlock(method.block(), copy->block(), frame.index, frame.names, counter);
    std::vector<Value*> inputs;
    for (size_t i = 0; i < copy->inputs().size(); ++i) {
        Value* input = copy->inputs()[i];
        const auto cls = input->type()->cast<c10::ClassType>();
        if (i == 0 && cls && cls->is_module())
            frame.modules[input] = modulePath;
        else
            inputs.push_back(input);
    }
    const int first = addValues(inputs, QString(), QStringLiteral("prim::Param"), frame, true);
    processBlock(copy->block(), frame);
    // The graph's inputs, as the drawn graph's parameter nodes show them.
    if (!inputs.empty())
        copy->block()->prependNode(recordingNode(*copy, observeSymbol(), inputs, -1, first));
    return copy;
}

void GraphInstrumenter::processBlock(Block* block, Frame& frame)
{
    const std::vector<Node*> original(block->nodes().begin(), block->nodes().end());
    for (Node* n : original)
        processNode(n, frame);
}

int GraphInstrumenter::addNode(const QString& key, const Node* n, const Frame& frame, const QString& callee)
{
    InstrumentedNode node;
    node.key = key;
    node.kind = QString::fromUtf8(n->kind().toQualString());
    node.module = frame.module;
    node.callee = callee;
    node.countsMacs = countsMacs(n->kind());
    nodes.push_back(node);
    return int(nodes.size()) - 1;
}

int GraphInstrumenter::addValues(torch::jit::ArrayRef<Value*> outputs, const QString& nodeKey, const QString& kind,
                                 const Frame& frame, bool statistics)
{
    const int first = int(values.size());
    for (const Value* v : outputs) {
        InstrumentedValue value;
        const auto name = frame.names.find(v);
        value.name = name == frame.names.end() ? QString::fromStdString(v->debugName()) : name->second;
        value.key = frame.context + QLatin1Char('|') + value.name;
        value.node = nodeKey;
        value.module = frame.module;
        value.kind = kind;
        value.type = QString::fromStdString(v->type()->annotation_str());
        value.statistics = statistics;
        values.push_back(value);
    }
    return first;
}

void GraphInstrumenter::processNode(Node* n, Frame& frame)
{
    const c10::Symbol kind = n->kind();
    if (kind == c10::prim::Constant)
        return;
    bool statistics = true;
    if (kind == c10::prim::GetAttr) {
        const auto cls = n->output()->type()->cast<c10::ClassType>();
        const auto owner = frame.modules.find(n->input(0));
        if (cls && cls->is_module()) {
            if (owner != frame.modules.end())
                frame.modules[n->output()]
                    = joinModulePath(owner->second, QString::fromStdString(n->s(c10::attr::name)));
            return;
        }
        statistics = false; // a parameter or buffer: the parameter list has its statistics
    }
    const auto at = frame.index.find(n);
    const int irIndex = at == frame.index.end() ? -1 : at->second;
    const QString key = frame.context + QLatin1Char('#') + QString::number(irIndex);

    if (kind == c10::prim::CallMethod) {
        const auto self = frame.modules.find(n->input(0));
        const auto cls = n->input(0)->type()->cast<c10::ClassType>();
        if (self != frame.modules.end() && cls) {
            const QString methodName = QString::fromStdString(n->s(c10::attr::name));
            if (auto* method = dynamic_cast<torch::jit::GraphFunction*>(cls->findMethod(methodName.toStdString()))) {
                inlineCall(n, frame, key, *method->graph(),
                           calledMethodContext(frame.context, self->second, methodName, irIndex), self->second,
                           self->second);
                return;
            }
        }
    }
    if (kind == c10::prim::CallFunction) {
        if (const auto fnType = n->input(0)->type()->cast<c10::FunctionType>()) {
            if (auto* fn = dynamic_cast<torch::jit::GraphFunction*>(fnType->function())) {
                const QString name = QString::fromStdString(fn->name());
                inlineCall(n, frame, key, *fn->graph(), functionContext(frame.context, name, irIndex), frame.module,
                           QString());
                return;
            }
        }
    }

    torch::jit::Graph& graph = *frame.graph;
    const int id = addNode(key, n, frame, QString());
    const bool macs = nodes[size_t(id)].countsMacs;
    recordingNode(graph, enterSymbol(), macs ? n->inputs() : torch::jit::ArrayRef<Value*>(), id, -1)->insertBefore(n);
    if (kind == c10::prim::Loop) {
        // Each iteration's counter and carried values, as the loop's head gives them.
        Block* body = n->blocks()[0];
        const int first = addValues(body->inputs(), key, QStringLiteral("prim::Loop"), frame, true);
        processBlock(body, frame);
        body->prependNode(recordingNode(graph, observeSymbol(), body->inputs(), -1, first));
    } else {
        for (Block* block : n->blocks())
            processBlock(block, frame);
    }
    const int first = addValues(n->outputs(), key, nodes[size_t(id)].kind, frame, statistics);
    nodes[size_t(id)].firstValue = first;
    nodes[size_t(id)].outputs = int(n->outputs().size());
    recordingNode(graph, leaveSymbol(), n->outputs(), id, first)->insertAfter(n);
}

void GraphInstrumenter::inlineCall(Node* n, Frame& frame, const QString& key, torch::jit::Graph& callee,
                                   const QString& context, const QString& module, const QString& calleeModule)
{
    torch::jit::Graph& graph = *frame.graph;
    const int id = addNode(key, n, frame, calleeModule);
    recordingNode(graph, enterSymbol(), {}, id, -1)->insertBefore(n);

    std::shared_ptr<torch::jit::Graph> copy = callee.copy();
    Frame inner;
    inner.context = context;
    inner.module = module;
    inner.graph = copy.get();
    int counter = 0;
    mapBlock(callee.block(), copy->block(), inner.index, inner.names, counter);
    const bool isMethod = n->kind() == c10::prim::CallMethod;
    if (isMethod)
        inner.modules[copy->inputs()[0]] = calleeModule;
    processBlock(copy->block(), inner);

    // A method takes self first; a function's first input is the function itself.
    std::vector<Value*> arguments(n->inputs().begin() + (isMethod ? 0 : 1), n->inputs().end());
    std::vector<Value*> outputs;
    {
        torch::jit::WithInsertPoint guard(n);
        outputs = torch::jit::insertGraph(graph, *copy, arguments);
    }
    const int first = addValues(n->outputs(), key, nodes[size_t(id)].kind, frame, true);
    nodes[size_t(id)].firstValue = first;
    nodes[size_t(id)].outputs = int(n->outputs().size());
    recordingNode(graph, leaveSymbol(), outputs, id, first)->insertBefore(n);
    for (size_t i = 0; i < outputs.size() && i < n->outputs().size(); ++i)
        n->outputs()[i]->replaceAllUsesWith(outputs[i]);
    n->destroy();
}

} // namespace jitscope
