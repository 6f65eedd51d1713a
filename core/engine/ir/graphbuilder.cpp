// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ir/graphbuilder.h"
#include "engine/ir/graphfolds.h"

#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"

#include "engine/ir/irqueries.h"
#include "graph/graphnodetext.h"

#include "answers/modelsnapshot.h"
#include "common/usererror.h"
#include "engine/common/valuetext.h"
#include "engine/model/snapshotbuilder.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/constants.h>
#include <torch/csrc/jit/ir/ir.h>

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace jitscope {

namespace {

struct GraphBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::GraphBuilder)
};

using torch::jit::Node;
using torch::jit::Value;

using Source = GraphSource;
using ValueMap = GraphValueMap;

// A method's `self`, folded: the module at `path`.
Source selfSource(const QString& path)
{
    Source s = foldedText(QStringLiteral("self"));
    s.modulePath = path;
    s.isSelf = true;
    s.isModule = true;
    return s;
}

class Builder : public GraphFolder
{
public:
    Builder(const torch::jit::Module& root, const GraphOptions& options)
        : m_root(root)
        , m_options(options)
    { }

    GraphModel build(const QString& modulePath, const QString& methodName)
    {
        const torch::jit::Module module = findSubmodule(m_root, modulePath);
        const torch::jit::Method method = findMethod(module, modulePath, methodName);
        return build(modulePath, QString::fromStdString(method.name()), method.graph());
    }

    GraphModel build(const QString& modulePath, const QString& methodName,
                     const std::shared_ptr<torch::jit::Graph>& graph)
    {
        m_model.module = modulePath;
        m_model.method = methodName;
        GraphGroup root;
        root.kind = GroupKind::Graph;
        root.label = joinModulePath(modulePath, m_model.method);
        root.module = modulePath;
        m_model.groups << root;

        m_context = methodContext(modulePath, m_model.method);
        m_index = irIndexOf(*graph);
        ValueMap values;
        const auto inputs = graph->inputs();
        for (size_t i = 0; i < inputs.size(); ++i) {
            const Value* input = inputs[i];
            if (i == 0 && m_options.fold && input->type()->cast<c10::ClassType>()) {
                values[input] = selfSource(modulePath);
                continue;
            }
            GraphNode& node = addNode(QStringLiteral("prim::Param"), displayName(input), 0, modulePath);
            node.outputs << valueOf(input, node.id);
            Source source = producedBy(node.id, input);
            if (i == 0 && input->type()->cast<c10::ClassType>()) {
                source.modulePath = modulePath;
                source.isModule = true;
            }
            values[input] = source;
        }
        processBlock(graph->block(), 0, modulePath, values, QString(), 0);

        GraphNode& ret = addNode(QStringLiteral("prim::Return"), QStringLiteral("return"), 0, modulePath);
        const int retId = ret.id;
        for (const Value* output : graph->outputs())
            addInput(retId, output, values, QString());
        for (GraphNode& n : m_model.nodes)
            n.category = nodeCategory(n.kind);
        if (m_options.fold) {
            dropUnusedConditions(m_model);
            if (m_options.oneNodeCalls)
                foldOneNodeCalls(m_model);
        }
        sizeGraphNodes(m_model);
        return std::move(m_model);
    }

private:
    bool shouldExpand(const QString& key, int depth, bool wrapper) const
    {
        if (m_options.collapsed.contains(key))
            return false;
        if (wrapper && m_options.expandWrappers)
            return true;
        switch (m_options.expand) {
        case GraphOptions::Expand::None:
            return false;
        case GraphOptions::Expand::All:
            return true;
        case GraphOptions::Expand::Depth:
            return depth < m_options.depth;
        case GraphOptions::Expand::Keys:
            return m_options.keys.contains(key);
        }
        return false;
    }

    // The branch an If takes when folding made its condition a constant (ReLU's `inplace`, a
    // scripted module's constant flag, an attribute no method assigns), else -1.
    int constantBranch(const Node* n, const ValueMap& values) const
    {
        if (!m_options.fold || n->kind() != c10::prim::If)
            return -1;
        const auto it = values.find(n->input(0));
        if (it == values.end() || !it->second.folded || it->second.isModule)
            return -1;
        if (it->second.literal && it->second.constant.isBool()) // an attribute no method assigns too
            return it->second.constant.toBool() ? 0 : 1;
        if (it->second.text == QLatin1String("True"))
            return 0;
        return it->second.text == QLatin1String("False") ? 1 : -1;
    }

    // Draws an if that folding shows its own way (an if on a constant, a check, a selection) and
    // answers true; false for any other node. Each such if gets a key, numbered in its block, that
    // opens it into its if box again.
    bool foldIf(const Node* n, int group, const QString& module, ValueMap& values, const QString& keyPrefix, int depth,
                int& counter)
    {
        if (const auto same = m_options.fold ? sameInEveryBranch(n, values) : std::nullopt) {
            for (size_t i = 0; i < same->size(); ++i)
                values[n->outputs()[i]] = (*same)[i];
            return true;
        }
        const int taken = constantBranch(n, values);
        const FoldableIf foldable = taken >= 0 ? FoldableIf {} : foldableIf(n);
        if (taken < 0 && foldable.kind == FoldableIf::None)
            return false;
        const QString key = keyPrefix + QStringLiteral("if#") + QString::number(counter++);
        if (shouldExpandFoldable(key)) {
            materializeCheck(n, group, module, values);
            controlFlow(n, group, module, values, keyPrefix, depth, key);
        } else if (taken >= 0) {
            // The branch a constant condition takes, in line; the other never runs. (What a
            // check deferred for its message is needed in line then.)
            materializeCheck(n, group, module, values);
            const torch::jit::Block* branch = n->blocks()[size_t(taken)];
            ValueMap blockValues = values;
            processBlock(branch, group, module, blockValues, key + QLatin1Char('/'), depth);
            // Drawn in line, the branch always runs: a list or dict it changed is read on from
            // where it changed it.
            for (auto& [value, source] : values)
                if (const auto it = blockValues.find(value); it != blockValues.end())
                    source = it->second;
            for (size_t i = 0; i < n->outputs().size(); ++i)
                values[n->outputs()[i]] = blockValues[branch->outputs()[i]];
        } else if (foldable.kind == FoldableIf::Check) {
            foldedCheck(n, foldable.raise, key, group, module, values);
        } else if (foldable.kind == FoldableIf::Update) {
            foldedUpdate(n, key, group, module, values);
        } else if (foldable.kind == FoldableIf::Chain) {
            foldedChain(n, key, group, module, values);
        } else {
            foldedSelect(n, key, group, module, values);
        }
        return true;
    }

    // Checks and selections are folded like constants: one node unless the user opened this one,
    // or folding is off.
    bool shouldExpandFoldable(const QString& key) const
    {
        if (!m_options.fold)
            return true;
        return m_options.keys.contains(key) && !m_options.collapsed.contains(key);
    }

    void processBlock(const torch::jit::Block* block, int group, const QString& module, ValueMap& values,
                      const QString& keyPrefix, int depth)
    {
        int functionCalls = 0;
        int foldableIfs = 0;
        const Node* sole = soleCall(block);
        const auto conditionNodes
            = m_options.fold ? checkConditionNodes(block) : std::unordered_set<const torch::jit::Node*>();
        for (const Node* n : block->nodes()) {
            const QString kind = QString::fromStdString(n->kind().toQualString());

            // Attribute reads: always tracked, so calls on submodules can be resolved.
            if (n->kind() == c10::prim::GetAttr) {
                getAttr(n, kind, group, module, values);
                continue;
            }
            if (m_options.fold && n->kind() == c10::prim::Constant) {
                values[n->output()] = constantSource(n);
                continue;
            }
            // What a branch that raises "gives" (F.interpolate has eleven): no value, no node.
            if (m_options.fold && n->kind() == c10::prim::Uninitialized) {
                values[n->output()] = foldedText(QStringLiteral("uninitialized"));
                continue;
            }
            if (m_options.fold && n->kind() == c10::prim::ListConstruct && gatheredList(n->output())) {
                values[n->output()].gathers = true; // its appends gather, its reader reads them
                continue;
            }
            if (m_options.fold && n->kind() == c10::aten::append) {
                const auto list = values.find(n->input(0));
                if (list != values.end() && list->second.gathers) {
                    list->second.gathered << n->input(1);
                    continue;
                }
            }
            // A list that is changed later is no text (`[]` on a reader after a loop appended to
            // it would say it is empty): a node, which its changes read on from.
            if (m_options.fold && (n->kind() == c10::prim::ListConstruct || n->kind() == c10::prim::TupleConstruct)
                && allFolded(n, values) && (n->kind() != c10::prim::ListConstruct || neverChanged(n->output()))) {
                foldSequence(n, values);
                continue;
            }
            if (m_options.fold && foldLiteral(n, values))
                continue;
            if (conditionNodes.count(n)) {
                for (const Value* out : n->outputs())
                    values[out].deferred = n; // drawn into its check, or when the check opens
                continue;
            }

            if (n->kind() == c10::prim::CallMethod) {
                const auto self = values.find(n->input(0));
                const bool known = self != values.end() && self->second.isModule;
                const QString callee = known ? self->second.modulePath : QString();
                const QString methodName = QString::fromStdString(n->s(torch::jit::attr::name));
                if (known) {
                    const QString key = callee + QLatin1Char(':') + methodName;
                    // Another method of the same module, or the graph's only call: a wrapper.
                    const bool wrapper = n == sole || callee == module;
                    callMethod(n, key, callee, methodName, group, module, values, depth, wrapper);
                    continue;
                }
                if (objectCall(n, methodName, group, module, values))
                    continue;
            }
            if (n->kind() == c10::prim::CallFunction) {
                if (auto fnType = n->input(0)->type()->cast<c10::FunctionType>()) {
                    const QString name = QString::fromStdString(fnType->function()->name());
                    const QString key = keyPrefix + QStringLiteral("fn:") + name + QLatin1Char('#')
                        + QString::number(functionCalls++);
                    auto* graphFn = dynamic_cast<torch::jit::GraphFunction*>(fnType->function());
                    const bool wrapper = n == sole || (graphFn && oneOpWithChecks(graphFn->graph()->block()));
                    callFunction(n, key, name, *fnType->function(), group, module, values, depth, wrapper);
                    continue;
                }
            }
            if (foldIf(n, group, module, values, keyPrefix, depth, foldableIfs))
                continue;
            if (n->kind() == c10::prim::If || n->kind() == c10::prim::Loop) {
                controlFlow(n, group, module, values, keyPrefix, depth);
                continue;
            }

            addOpNode(n, group, module, values);
        }
    }

    // An attribute read: folded into its reader's text, or a GetAttr node. Either way the value
    // remembers the submodule it names, so calls on it resolve.
    void getAttr(const Node* n, const QString& kind, int group, const QString& module, ValueMap& values)
    {
        const auto in = values.find(n->input(0));
        const QString name = QString::fromStdString(n->s(torch::jit::attr::name));
        const QString base = in == values.end() ? QString() : in->second.modulePath;
        const QString path = joinModulePath(base, name);
        const auto cls = n->output()->type()->cast<c10::ClassType>();
        const bool isModule = cls && cls->is_module();
        // An attribute of a value the code made (an ImageList's `tensors`) is read at run time: a
        // node, so that the data flows on from what made it.
        const bool computed = in != values.end() && !in->second.folded;
        if (m_options.fold && !computed) {
            Source folded = foldedText(path);
            folded.neverNone = n->output()->type()->kind() == c10::TypeKind::TensorType;
            folded.modulePath = isModule ? path : QString();
            folded.isModule = isModule;
            if (!isModule && in != values.end() && in->second.isModule)
                describeAttribute(folded, n, base, name);
            values[n->output()] = folded;
            return;
        }
        GraphNode& node = addNode(kind, QStringLiteral("GetAttr"), group, module);
        node.attributes << qMakePair(QStringLiteral("name"), name);
        const int id = node.id;
        addInputs(id, n, values);
        m_model.nodes[id].outputs << valueOf(n->output(), id);
        values[n->output()] = producedBy(id, n->output());
        values[n->output()].modulePath = isModule ? path : QString();
        values[n->output()].isModule = isModule;
        fromIr(m_model.nodes[id], n);
    }

    // A list or tuple of folded values, folded into one text: `[1, 1]`, `(x,)`.
    void foldSequence(const Node* n, ValueMap& values)
    {
        QStringList items;
        for (const Value* in : n->inputs())
            items << values[in].text;
        const bool list = n->kind() == c10::prim::ListConstruct;
        const QString close
            = !list && items.size() == 1 ? QStringLiteral(",)") : (list ? QStringLiteral("]") : QStringLiteral(")"));
        Source folded
            = foldedText((list ? QStringLiteral("[") : QStringLiteral("(")) + items.join(QLatin1String(", ")) + close);
        folded.literal = neverChanged(n->output())
            && std::all_of(n->inputs().begin(), n->inputs().end(), [&](const Value* in) { return values[in].literal; });
        folded.items = int(items.size());
        if (folded.literal && list) { // a list of constants: `mode in ["nearest", "area"]` folds
            c10::impl::GenericList constants(c10::AnyType::get());
            for (const Value* in : n->inputs())
                constants.push_back(values[in].constant);
            folded.constant = c10::IValue(constants);
        }
        values[n->output()] = folded;
    }

    // A module attribute read and folded: None reads None (a scripted Conv2d without bias has a
    // `bias` of type NoneType), a tensor gets its shape.
    void describeAttribute(Source& folded, const Node* n, const QString& owner, const QString& name) const
    {
        if (n->output()->type()->kind() == c10::TypeKind::NoneType) {
            folded.text = QStringLiteral("None");
            return;
        }
        const torch::jit::Module module = findSubmodule(m_root, owner);
        const std::string key = name.toStdString();
        if (!module.hasattr(key))
            return;
        const c10::IValue value = module.attr(key);
        if (value.isNone())
            folded.text = QStringLiteral("None");
        else if (value.isTensor())
            folded.shape = shapeText(QList<qint64>(value.toTensor().sizes().begin(), value.toTensor().sizes().end()));
        // A None, bool or number that no method assigns is a literal, as torch.jit.freeze takes
        // it: MultiheadAttention's `self.bias_k is not None` and `self.add_zero_attn` show the
        // branch they take. Not `training`, which eval() and train() change. So is a dict
        // (IntermediateLayerGetter's `name in self.return_layers` picks the layers it returns), and
        // a string (StochasticDepth's `mode == "row"`).
        const bool scalar = value.isNone() || value.isBool() || value.isInt() || value.isDouble() || value.isString();
        if (!(scalar || value.isGenericDict()) || key == "training")
            return;
        if (!m_assigned)
            m_assigned = assignedAttributes(m_root);
        if (!m_assigned->count(module.type()->name()->qualifiedName() + '.' + key)) {
            folded.literal = true;
            folded.constant = value;
            if (value.isGenericDict())
                folded.items = int(value.toGenericDict().size());
        }
    }

    static bool allFolded(const Node* n, const ValueMap& values)
    {
        for (const Value* in : n->inputs()) {
            const auto it = values.find(in);
            if (it == values.end() || !it->second.folded || it->second.isModule)
                return false;
        }
        return true;
    }

    // A collapsed call: one node; outputs are its own, inputs named as the callee names them
    // (`schema`'s argument i is the node's input i + `shift`).
    int collapsedCall(const Node* n, const QString& kind, const QString& label, const QString& sublabel,
                      const QString& key, int group, const QString& module, ValueMap& values, size_t firstInput,
                      const c10::FunctionSchema* schema, size_t shift)
    {
        GraphNode& node = addNode(kind, label, group, module);
        node.sublabel = sublabel;
        node.expandKey = key;
        const int id = node.id;
        addInputs(id, n, values, firstInput, schema, shift);
        for (const Value* out : n->outputs()) {
            m_model.nodes[id].outputs << valueOf(out, id);
            values[out] = producedBy(id, out);
        }
        fromIr(m_model.nodes[id], n);
        return id;
    }

    // Runs a callee's graph inside `group`, its inputs bound to the caller's values; the
    // caller's outputs become the values the callee returns.
    void inlineGraph(const Node* n, const torch::jit::Graph& graph, ValueMap& callerValues, ValueMap calleeValues,
                     size_t firstCalleeInput, size_t firstCallerInput, int group, const QString& module,
                     const QString& key, int depth, const QString& context)
    {
        const QString callerContext = std::exchange(m_context, context);
        IrIndex callerIndex = std::exchange(m_index, irIndexOf(graph));
        const auto calleeInputs = graph.inputs();
        for (size_t i = firstCalleeInput, j = firstCallerInput; i < calleeInputs.size() && j < n->inputs().size();
             ++i, ++j) {
            const auto it = callerValues.find(n->inputs()[j]);
            if (it != callerValues.end())
                calleeValues[calleeInputs[i]] = it->second;
        }
        processBlock(graph.block(), group, module, calleeValues, key + QLatin1Char('/'), depth + 1);
        const auto returns = graph.outputs();
        for (size_t i = 0; i < returns.size() && i < n->outputs().size(); ++i) {
            const auto it = calleeValues.find(returns[i]);
            if (it != calleeValues.end())
                callerValues[n->outputs()[i]] = it->second;
        }
        m_context = callerContext;
        m_index = std::move(callerIndex);
    }

    // A method of a TorchScript class object, not a module (Faster R-CNN's
    // `self.box_coder.decode(...)`): one node named by the object and the method, `box_coder.decode`
    // with the class `BoxCoder` under it and its arguments named, where it read `CallMethod` with
    // `name = "decode"`.
    bool objectCall(const Node* n, const QString& methodName, int group, const QString& module, ValueMap& values)
    {
        const auto cls = n->input(0)->type()->cast<c10::ClassType>();
        torch::jit::Function* method = cls ? cls->findMethod(methodName.toStdString()) : nullptr;
        if (!method)
            return false;
        const QString object = relativeTo(module, operandText(n->input(0), values));
        collapsedCall(n, QStringLiteral("prim::CallMethod"), joinModulePath(object, methodName), shortTypeName(cls),
                      QString(), group, module, values, 1, &method->getSchema(), 0);
        return true;
    }

    void callMethod(const Node* n, const QString& key, const QString& callee, const QString& methodName, int group,
                    const QString& module, ValueMap& values, int depth, bool wrapper)
    {
        const torch::jit::Module calleeModule = findSubmodule(m_root, callee);
        const QString type = shortTypeName(calleeModule);
        m_model.expandableKeys << key;
        // Named relative to the module that calls it ("ln_1" inside "encoder.layers.encoder_layer_0"),
        // keeping the parent's name for numbered children ("features.0").
        QString name = relativeTo(module, callee);
        if (name != callee) {
            bool numeric = false;
            name.toInt(&numeric);
            if (numeric)
                name = module.section(QLatin1Char('.'), -1) + QLatin1Char('.') + name;
        }
        QString label = methodName == QLatin1String("forward") ? name : joinModulePath(name, methodName);
        if (callee.isEmpty() && methodName == QLatin1String("forward"))
            label = QStringLiteral("forward");
        auto method = calleeModule.find_method(methodName.toStdString());
        if (!method || !shouldExpand(key, depth, wrapper)) {
            const int id = collapsedCall(n, QStringLiteral("prim::CallMethod"), label, type, key, group, module, values,
                                         m_options.fold ? 1 : 0, method ? &method->function().getSchema() : nullptr, 0);
            m_model.nodes[id].callee = callee;
            m_model.nodes[id].calleeMethod = methodName;
            return;
        }
        // A wrapper that opened on its own and stays in its module (forward -> self._forward_impl)
        // adds no box: its nodes join the caller's, one nesting level less to read.
        const bool flatten = wrapper && callee == module && m_options.expandWrappers && !m_options.keys.contains(key);
        const int inner = flatten ? group : addGroup(GroupKind::Module, label, group, callee);
        if (!flatten) {
            m_model.groups[inner].calleeType = type;
            m_model.groups[inner].expandKey = key;
        }
        // The callee's own graph, as its IR view shows it. (The Inline pass splices in an optimized
        // copy instead, in which constant propagation may already have removed dead branches.)
        const std::shared_ptr<torch::jit::Graph> graph = method->graph();
        ValueMap calleeValues;
        const Value* self = graph->inputs()[0];
        calleeValues[self] = m_options.fold ? selfSource(callee) : values[n->input(0)];
        calleeValues[self].modulePath = callee;
        calleeValues[self].isModule = true;
        const auto at = m_index.find(n);
        inlineGraph(n, *graph, values, calleeValues, 1, 1, inner, callee, key, wrapper ? depth - 1 : depth,
                    calledMethodContext(m_context, callee, methodName, at == m_index.end() ? -1 : at->second));
    }

    void callFunction(const Node* n, const QString& key, const QString& name, torch::jit::Function& fn, int group,
                      const QString& module, ValueMap& values, int depth, bool wrapper)
    {
        m_model.expandableKeys << key;
        auto* graphFn = dynamic_cast<torch::jit::GraphFunction*>(&fn);
        if (!graphFn || !shouldExpand(key, depth, wrapper)) {
            collapsedCall(n, QStringLiteral("prim::CallFunction"), name, QStringLiteral("function"), key, group, module,
                          values, 1, graphFn ? &graphFn->getSchema() : nullptr, 1);
            return;
        }
        const bool flatten = wrapper && m_options.expandWrappers && !m_options.keys.contains(key);
        const int inner = flatten ? group : addGroup(GroupKind::Function, name + QStringLiteral("()"), group, module);
        if (!flatten)
            m_model.groups[inner].expandKey = key;
        const auto at = m_index.find(n);
        inlineGraph(n, *graphFn->graph(), values, ValueMap(), 0, 1, inner, module, key, wrapper ? depth - 1 : depth,
                    functionContext(m_context, name, at == m_index.end() ? -1 : at->second));
    }

    // An If or Loop with its blocks side by side; `checkKey` names an opened check, which a
    // double-click on its box folds again.
    void controlFlow(const Node* n, int group, const QString& module, ValueMap& values, const QString& keyPrefix,
                     int depth, const QString& checkKey = QString())
    {
        const bool isIf = n->kind() == c10::prim::If;
        const int outer = addGroup(isIf ? GroupKind::If : GroupKind::Loop,
                                   isIf ? QStringLiteral("if") : QStringLiteral("loop"), group, module);
        m_model.groups[outer].expandKey = checkKey;
        GraphNode& head = addNode(QString::fromStdString(n->kind().toQualString()),
                                  isIf ? QStringLiteral("If") : QStringLiteral("Loop"), outer, module);
        const int headId = head.id;
        fromIr(m_model.nodes[headId], n);
        if (isIf) {
            addInputs(headId, n, values);
        } else {
            // Named as the IR names them, so that a folded count reads `max_trip_count = repeats`,
            // not `arg0 = repeats`; what follows are the values the loop carries.
            const QStringList names { QStringLiteral("max_trip_count"), QStringLiteral("condition") };
            for (size_t i = 0; i < n->inputs().size(); ++i)
                addInput(headId, n->input(i), values, names.value(qsizetype(i)));
        }

        QList<int> returns;
        QList<QList<Source>> given; // per block, what it gives for each output
        QList<const Value*> carried; // containers made outside that a block changed
        QList<QSet<const Value*>> passed; // per block, those its return hands on
        const auto blocks = n->blocks();
        for (size_t b = 0; b < blocks.size(); ++b) {
            const torch::jit::Block* block = blocks[b];
            const QString label
                = isIf ? (b == 0 ? QStringLiteral("then") : QStringLiteral("else")) : QStringLiteral("body");
            const int blockGroup = addGroup(GroupKind::Block, label, outer, module);
            ValueMap blockValues = values;
            for (const Value* param : block->inputs()) {
                m_model.nodes[headId].outputs << valueOf(param, headId);
                blockValues[param] = producedBy(headId, param);
            }
            const size_t changedBefore = m_changed.size();
            processBlock(block, blockGroup, module, blockValues,
                         keyPrefix + label + QString::number(headId) + QLatin1Char('/'), depth);
            GraphNode& ret
                = addNode(QStringLiteral("prim::BlockReturn"),
                          isIf ? QStringLiteral("→ %1").arg(label) : QStringLiteral("→ next"), blockGroup, module);
            const int retId = ret.id;
            given << QList<Source>();
            for (const Value* out : block->outputs()) {
                // A loop's body gives first whether to go on.
                const bool goesOn = !isIf && given.last().isEmpty();
                addInput(retId, out, blockValues, goesOn ? QStringLiteral("condition") : QString());
                given.last() << blockValues[out];
            }
            // A list or dict made outside and changed in here (a loop's `sizes.append(...)`): the
            // block hands its last change on, and what reads it after the if or loop reads it
            // from the end.
            passed << QSet<const Value*>();
            for (size_t c = changedBefore; c < m_changed.size(); ++c) {
                const Value* container = m_changed[c];
                if (values.count(container) && !passed.last().contains(container)) {
                    passed.last().insert(container);
                    if (!carried.contains(container))
                        carried << container;
                    addInput(retId, container, blockValues, QStringLiteral("changed"));
                }
            }
            m_model.edges << GraphEdge { headId, retId, QString(), QString(), true, QString() };
            returns << retId;
            // Values made inside a block stay inside it; anything else the block learnt about
            // outer values (submodule paths) is the same as outside.
        }

        GraphNode& end = addNode(isIf ? QStringLiteral("prim::EndIf") : QStringLiteral("prim::EndLoop"),
                                 isIf ? QStringLiteral("end if") : QStringLiteral("end loop"), outer, module);
        const int endId = end.id;
        for (int r : returns)
            m_model.edges << GraphEdge { r, endId, QString(), QString(), true, QString() };
        for (const Value* out : n->outputs()) {
            m_model.nodes[endId].outputs << valueOf(out, endId);
            values[out] = producedBy(endId, out);
        }
        for (const Value* container : std::as_const(carried)) {
            // A branch that left it alone hands it on as it came.
            for (qsizetype b = 0; b < returns.size(); ++b)
                if (!passed[b].contains(container))
                    addInput(returns[b], container, values, QStringLiteral("changed"));
            m_model.nodes[endId].outputs << valueOf(container, endId);
            values[container] = producedBy(endId, container);
            m_changed.push_back(container); // changed, for a block this if or loop stands in
        }
        if (isIf && m_options.fold)
            ifOutputs(n, given, values);
    }

    const torch::jit::Module& m_root;
    const GraphOptions& m_options;
    mutable std::optional<std::unordered_set<std::string>> m_assigned; // assignedAttributes(m_root), once read
};

} // namespace

GraphModel buildGraphModel(const torch::jit::Module& root, const QString& modulePath, const QString& method,
                           const std::shared_ptr<torch::jit::Graph>& graph, const GraphOptions& options)
{
    try {
        Builder builder(root, options);
        return builder.build(modulePath, method, graph);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(
            GraphBuilderText::tr("Building the graph of '%1' failed: %2").arg(method, cleanTorchMessage(e)));
    }
}

GraphModel buildGraphModel(const torch::jit::Module& root, const QString& modulePath, const QString& method,
                           const GraphOptions& options)
{
    try {
        Builder builder(root, options);
        return builder.build(modulePath, method);
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(GraphBuilderText::tr("Building the graph of '%1' failed: %2")
                            .arg(method.isEmpty() ? QStringLiteral("forward") : method, cleanTorchMessage(e)));
    }
}

} // namespace jitscope
