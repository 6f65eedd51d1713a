// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ir/graphassembler.h"

namespace jitscope {

using torch::jit::Node;
using torch::jit::Value;

namespace {

// What a node's attribute line says of a folded input: a parameter shows its shape, and its path
// too when the argument's name does not already say it ("weight [64, 3, 7, 7]",
// "mat2 = proj.weight [768, 768]").
QString foldedLine(const GraphSource& s, const QString& argName)
{
    if (s.shape.isEmpty())
        return s.text;
    if (s.text.section(QLatin1Char('.'), -1) == argName)
        return s.shape;
    return s.text + QLatin1Char(' ') + s.shape;
}

QString stripNamespace(const QString& kind)
{
    const qsizetype colons = kind.indexOf(QLatin1String("::"));
    return colons < 0 ? kind : kind.mid(colons + 2);
}

} // namespace

GraphSource foldedText(const QString& text)
{
    GraphSource s;
    s.text = text;
    s.folded = true;
    return s;
}

GraphNode& GraphAssembler::addNode(const QString& kind, const QString& label, int group, const QString& module)
{
    GraphNode node;
    node.id = int(m_model.nodes.size());
    node.kind = kind;
    node.label = label;
    node.group = group;
    node.module = module;
    node.context = m_context;
    m_model.groups[group].nodes << node.id;
    m_model.nodes << node;
    return m_model.nodes.last();
}

int GraphAssembler::addGroup(GroupKind kind, const QString& label, int parent, const QString& module)
{
    GraphGroup group;
    group.id = int(m_model.groups.size());
    group.kind = kind;
    group.label = label;
    group.parent = parent;
    group.module = module;
    m_model.groups[parent].groups << group.id;
    m_model.groups << group;
    return group.id;
}

GraphSource GraphAssembler::producedBy(int node, const Value* v) const
{
    GraphSource s;
    s.node = node;
    s.key = m_model.nodes[node].valueKey(QString::fromStdString(v->debugName()));
    const auto kind = v->type()->kind();
    s.neverNone = kind != c10::TypeKind::NoneType && kind != c10::TypeKind::OptionalType
        && kind != c10::TypeKind::AnyType && kind != c10::TypeKind::UnionType;
    return s;
}

void GraphAssembler::fromIr(GraphNode& node, const Node* n) const
{
    sourceOf(node, n);
    const auto it = m_index.find(n);
    node.irIndex = it == m_index.end() ? -1 : it->second;
}

QString GraphAssembler::displayName(const Value* v)
{
    QString name = QString::fromStdString(v->debugName());
    // "x.1" reads as "x": the suffix only keeps SSA names unique.
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > 0 && name.mid(dot + 1).toInt() > 0)
        name.truncate(dot);
    return name;
}

QString GraphAssembler::operandName(const Value* v)
{
    if (v->hasDebugName())
        return displayName(v);
    const c10::Symbol kind = v->node()->kind();
    if (kind == c10::prim::ListConstruct)
        return QStringLiteral("[…]");
    if (kind == c10::prim::TupleConstruct)
        return QStringLiteral("(…)");
    if (kind == c10::prim::DictConstruct)
        return QStringLiteral("{…}");
    if (kind.is_aten())
        return QString::fromStdString(kind.toUnqualString()) + QStringLiteral("(…)");
    return QStringLiteral("…");
}

GraphValue GraphAssembler::valueOf(const Value* v, int node) const
{
    GraphValue value { QString::fromStdString(v->debugName()), QString::fromStdString(v->type()->str()), node, false,
                       QString() };
    if (node >= 0 && node < m_model.nodes.size() && m_model.nodes[node].context == m_context)
        value.key = m_model.nodes[node].valueKey(value.name);
    return value;
}

void GraphAssembler::addInput(int to, const Value* value, const GraphValueMap& values, const QString& argName)
{
    const auto it = values.find(value);
    GraphNode& node = m_model.nodes[to];
    node.inputNames << argName;
    if (it == values.end() || it->second.deferred) {
        node.inputs << valueOf(value, -1);
        return;
    }
    const GraphSource& s = it->second;
    if (s.gathers) { // each appended value, in order
        node.inputNames.removeLast();
        for (qsizetype i = 0; i < s.gathered.size(); ++i)
            addInput(to, s.gathered[i], values, QStringLiteral("%1[%2]").arg(argName).arg(i));
        return;
    }
    if (s.folded) {
        GraphValue folded = valueOf(value, -1);
        folded.name = s.text;
        folded.folded = true;
        node.inputs << folded;
        if (!s.isSelf)
            node.attributes << qMakePair(argName.isEmpty() ? QStringLiteral("arg%1").arg(node.inputs.size() - 1)
                                                           : argName,
                                         foldedLine(s, argName));
        return;
    }
    GraphValue input = valueOf(value, s.node);
    input.key = s.key;
    node.inputs << input;
    // One value read at several inputs of one node (ViT's attention reads its input as query, key
    // and value, and packs all three for its fast path's checks) is one line: the node's inputs
    // name each use.
    const QString edge = QString::number(s.node) + QLatin1Char('>') + QString::number(to) + QLatin1Char('>') + s.key;
    if (m_edgesIn.contains(edge))
        return;
    m_edgesIn.insert(edge);
    m_model.edges << GraphEdge { s.node, to, input.name, input.type, false, s.key };
}

void GraphAssembler::addInputs(int to, const Node* n, const GraphValueMap& values, size_t first,
                               const c10::FunctionSchema* schema, size_t shift)
{
    if (!schema) {
        schema = n->maybeSchema();
        shift = 0;
    }
    const auto inputs = n->inputs();
    for (size_t i = first; i < inputs.size(); ++i) {
        QString argName;
        if (schema && i >= shift && i - shift < schema->arguments().size())
            argName = QString::fromStdString(schema->arguments()[i - shift].name());
        addInput(to, inputs[i], values, argName);
    }
}

int GraphAssembler::addOpNode(const Node* n, int group, const QString& module, GraphValueMap& values)
{
    const QString kind = QString::fromStdString(n->kind().toQualString());
    const int id = addNode(kind, stripNamespace(kind), group, module).id;
    for (const auto& name : n->attributeNames())
        m_model.nodes[id].attributes << qMakePair(QString::fromStdString(name.toUnqualString()),
                                                  attributeText(n, name));
    addInputs(id, n, values);
    for (const Value* out : n->outputs()) {
        m_model.nodes[id].outputs << valueOf(out, id);
        values[out] = producedBy(id, out);
    }
    // A list or dict changed in place (`out[name] = x`, `features.append(y)`): what reads it later
    // reads it from here, so a chain of updates reads top to bottom instead of every reader
    // reaching back to where the container was made (IntermediateLayerGetter's result dict).
    if (n->maybeSchema() && !n->inputs().empty() && !n->schema().arguments().empty()) {
        const Value* target = n->input(0);
        const auto* alias = n->schema().arguments()[0].alias_info();
        const c10::TypeKind type = target->type()->kind();
        const auto it = values.find(target);
        if (alias && alias->isWrite() && (type == c10::TypeKind::ListType || type == c10::TypeKind::DictType)
            && it != values.end() && !it->second.folded) {
            m_model.nodes[id].outputs << valueOf(target, id);
            values[target] = producedBy(id, target);
            m_changed.push_back(target);
        }
    }
    fromIr(m_model.nodes[id], n);
    return id;
}

} // namespace jitscope
