// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ir/graphfolds.h"

#include "engine/common/valuetext.h"
#include "engine/ir/irqueries.h"
#include "engine/model/snapshotbuilder.h"

#include <QRegularExpression>

#include <functional>

namespace jitscope {

using torch::jit::Node;
using torch::jit::Value;

namespace {

// Calls `visit` on every node in `n`'s branches, nested blocks included, with the branch it is in.
void forEachWithin(const Node* n, const std::function<void(const Node*, size_t)>& visit)
{
    std::function<void(const torch::jit::Block*, size_t)> walk = [&](const torch::jit::Block* block, size_t branch) {
        for (const Node* m : block->nodes()) {
            visit(m, branch);
            for (const torch::jit::Block* inner : m->blocks())
                walk(inner, branch);
        }
    };
    for (size_t b = 0; b < n->blocks().size(); ++b)
        walk(n->blocks()[b], b);
}

} // namespace

int GraphFolder::addFoldedIf(const QString& label, const QString& key, int group, const QString& module)
{
    GraphNode& node = addNode(QStringLiteral("prim::If"), label, group, module);
    node.expandKey = key;
    return node.id;
}

namespace {

// A condition's text as the module's own code reads it: its attributes `self.embed_dim`, not
// `encoder.layers.encoder_layer_0.self_attention.embed_dim`.
QString selfRelative(QString text, const QString& module)
{
    if (module.isEmpty())
        return text;
    const QRegularExpression path(QStringLiteral("(?<![\\w.])")
                                  + QRegularExpression::escape(module + QLatin1Char('.')));
    return text.replace(path, QStringLiteral("self."));
}

} // namespace

void GraphFolder::foldedCheck(const Node* n, const Node* raise, const QString& key, int group, const QString& module,
                              GraphValueMap& values)
{
    const int id = addFoldedIf(QStringLiteral("check"), key, group, module);
    // The branch that raises: the then branch when the condition holds (`if x.dim() != 4: raise`),
    // the else branch when it does not (`assert h == image_size`). Raising right there, the
    // condition decides, and the check reads as what it asserts ("dim(input) == 4"); raising
    // deeper (in a function it calls), the condition only guards the check ("when training").
    const auto first = n->blocks()[0]->nodes();
    const int branch = first.begin() != first.end() ? 0 : 1; // a check has one empty branch
    const bool decides = raise->owningBlock()->owningNode() == n;
    const QString conditionName
        = decides ? QStringLiteral("asserts") : (branch == 0 ? QStringLiteral("when") : QStringLiteral("unless"));
    const auto condition = values.find(n->input(0));
    QSet<const Value*> seen; // each value one edge into the check, for its condition or its message
    if (condition != values.end() && condition->second.deferred) {
        // Computed only for the check: its inputs feed the check, its expression is a line.
        const QString text = absorb(n->input(0), id, values, seen, QStringLiteral("condition"), decides && branch == 0);
        m_model.nodes[id].attributes.prepend(qMakePair(conditionName, text));
        if (decides)
            m_model.nodes[id].sublabel = selfRelative(text, module);
    } else {
        addInput(id, n->input(0), values, decides ? QStringLiteral("condition") : conditionName);
    }
    addUsedWithin(n, id, values, seen);
    // The message: a constant or format(text, ...) here, or formatted before the call that
    // raises (then its format node is already in the graph).
    QString text = constantMessage(raise);
    const Value* message = raise->inputs().empty() ? nullptr : raise->input(0);
    if (const auto it = values.find(message); text.isEmpty() && it != values.end() && it->second.node >= 0) {
        const GraphNode& producer = m_model.nodes[it->second.node];
        if (producer.kind == QLatin1String("aten::format") && !producer.inputs.isEmpty()
            && producer.inputs.first().folded)
            text = producer.inputs.first().name;
    }
    if (text.size() > 1 && (text.startsWith(QLatin1Char('\'')) || text.startsWith(QLatin1Char('"'))))
        text = text.mid(1).chopped(1);
    QString cls = raisedClass(raise);
    // `assert c, message` raises a class-less exception whose text names it.
    const QString assertion = QStringLiteral("AssertionError: ");
    if (cls.isEmpty() && text.startsWith(assertion)) {
        cls = assertion.chopped(2);
        text = text.mid(assertion.size());
    }
    const QString raises = cls.isEmpty() ? QStringLiteral("raise") : QStringLiteral("raise ") + cls;
    if (!cls.isEmpty())
        m_model.nodes[id].attributes << qMakePair(QStringLiteral("raises"), cls);
    if (m_model.nodes[id].sublabel.isEmpty())
        m_model.nodes[id].sublabel = raises; // the condition is an edge: say what it raises
    m_model.nodes[id].brief = true;
    if (!text.isEmpty())
        m_model.nodes[id].attributes << qMakePair(QStringLiteral("message"), text);
    fromIr(m_model.nodes[id], n);
}

void GraphFolder::addUsedWithin(const Node* n, int id, const GraphValueMap& values, QSet<const Value*>& used)
{
    forEachWithin(n, [&](const Node* m, size_t) {
        for (const Value* in : m->inputs()) {
            const auto it = values.find(in);
            if (it == values.end() || it->second.folded || used.contains(in) || !usedOnlyWithin(in, n))
                continue;
            if (it->second.deferred) {
                absorb(in, id, values, used, QStringLiteral("uses")); // a message computed for it
            } else {
                used.insert(in);
                addInput(id, in, values, QStringLiteral("uses"));
            }
        }
    });
}

QString GraphFolder::absorb(const Value* v, int id, const GraphValueMap& values, QSet<const Value*>& seen,
                            const QString& argName, bool negated)
{
    const auto it = values.find(v);
    if (it != values.end() && it->second.folded)
        return it->second.text;
    if (it == values.end() || !it->second.deferred) {
        if (!seen.contains(v)) {
            seen.insert(v);
            addInput(id, v, values, argName);
        }
        return displayName(v);
    }
    QStringList operands;
    for (const Value* in : it->second.deferred->inputs())
        operands << absorb(in, id, values, seen, argName);
    return expressionText(it->second.deferred, operands, negated);
}

void GraphFolder::materializeCheck(const Node* n, int group, const QString& module, GraphValueMap& values)
{
    materialize(n->input(0), group, module, values);
    forEachWithin(n, [&](const Node* m, size_t) {
        for (const Value* in : m->inputs())
            materialize(in, group, module, values);
    });
}

void GraphFolder::materialize(const Value* v, int group, const QString& module, GraphValueMap& values)
{
    const auto it = values.find(v);
    if (it == values.end() || !it->second.deferred)
        return;
    const Node* n = it->second.deferred;
    for (const Value* in : n->inputs())
        materialize(in, group, module, values);
    addOpNode(n, group, module, values);
}

void GraphFolder::foldedUpdate(const Node* n, const QString& key, int group, const QString& module,
                               GraphValueMap& values)
{
    const int id = addFoldedIf(QStringLiteral("update"), key, group, module);
    addInput(id, n->input(0), values, QStringLiteral("condition"));
    QSet<const Value*> used;
    // The tensors from outside that it changes (`y.mul_(0.5)` on the layer's output), read on
    // after it or not.
    forEachWithin(n, [&](const Node* m, size_t) {
        if (!m->maybeSchema() || !m->schema().is_mutable() || m->inputs().empty())
            return;
        const Value* target = m->input(0);
        const auto it = values.find(target);
        if (it != values.end() && !it->second.folded && !used.contains(target)) {
            used.insert(target);
            addInput(id, target, values, QStringLiteral("updates"));
        }
    });
    addUsedWithin(n, id, values, used);
    QStringList changed;
    forEachWithin(n, [&](const Node* m, size_t branch) {
        if (!m->maybeSchema() || !m->schema().is_mutable() || m->inputs().empty())
            return;
        QStringList args;
        for (size_t i = 1; i < m->inputs().size(); ++i)
            args << operandText(m->input(i), values);
        const QString target = operandText(m->input(0), values);
        const QString op = QString::fromStdString(m->kind().toUnqualString());
        m_model.nodes[id].attributes << qMakePair(branch == 0 ? QStringLiteral("then") : QStringLiteral("else"),
                                                  target + QLatin1Char('.') + op + QLatin1Char('(')
                                                      + args.join(QLatin1String(", ")) + QLatin1Char(')'));
        changed << target.section(QLatin1Char('.'), -1) + QLatin1Char('.') + op;
    });
    changed.removeDuplicates();
    m_model.nodes[id].sublabel = changed.join(QLatin1String(", "));
    m_model.nodes[id].brief = true;
    fromIr(m_model.nodes[id], n);
}

QString GraphFolder::operandText(const Value* v, const GraphValueMap& values) const
{
    if (const auto it = values.find(v); it != values.end() && it->second.folded)
        return it->second.isSelf ? it->second.modulePath : it->second.text;
    const Node* p = v->node();
    if (p->kind() == c10::prim::GetAttr)
        return joinModulePath(operandText(p->input(0), values), QString::fromStdString(p->s(torch::jit::attr::name)));
    if (p->kind() == c10::prim::Constant)
        return constantText(v);
    return displayName(v);
}

bool GraphFolder::foldLiteral(const Node* n, GraphValueMap& values)
{
    if (n->outputs().size() != 1 || n->inputs().empty())
        return false;
    std::optional<c10::IValue> known = identityByType(n);
    std::vector<Literal> literals;
    for (const Value* in : n->inputs()) {
        if (known)
            break;
        if (in->type()->kind() == c10::TypeKind::NoneType && n->kind() != c10::prim::unchecked_cast) {
            literals.push_back({ c10::IValue(), -1 }); // None by its type, wherever it comes from
            continue;
        }
        const auto it = values.find(in);
        if (it == values.end() || !it->second.folded)
            return false;
        if (n->kind() == c10::prim::unchecked_cast) {
            values[n->output()] = it->second;
            return true;
        }
        if (!it->second.literal)
            return false;
        literals.push_back({ it->second.constant, it->second.items });
    }
    const std::optional<c10::IValue> result = known ? known : evaluateOnLiterals(n, literals);
    if (!result)
        return false;
    GraphSource folded = foldedText(valuePreview(*result, 40));
    folded.literal = true;
    folded.constant = *result;
    values[n->output()] = folded;
    return true;
}

void GraphFolder::foldedSelect(const Node* n, const QString& key, int group, const QString& module,
                               GraphValueMap& values)
{
    const int id = addFoldedIf(QStringLiteral("select"), key, group, module);
    addInput(id, n->input(0), values, QStringLiteral("condition"));
    const auto blocks = n->blocks();
    for (size_t i = 0; i < n->outputs().size(); ++i) {
        for (size_t b = 0; b < blocks.size(); ++b) {
            QString name = b == 0 ? QStringLiteral("then") : QStringLiteral("else");
            if (n->outputs().size() > 1)
                name += QString::number(i);
            addInput(id, blocks[b]->outputs()[i], values, name);
        }
        m_model.nodes[id].outputs << valueOf(n->outputs()[i], id);
        values[n->outputs()[i]] = producedBy(id, n->outputs()[i]);
    }
    fromIr(m_model.nodes[id], n);
}

void GraphFolder::foldedChain(const Node* n, const QString& key, int group, const QString& module,
                              GraphValueMap& values)
{
    const int id = addFoldedIf(QStringLiteral("select"), key, group, module);
    addInput(id, n->input(0), values, QStringLiteral("condition"));
    QSet<const Value*> used { n->input(0) };
    int branches = 0;
    forEachWithin(n, [&](const Node* m, size_t) {
        if (m->kind() == c10::prim::If)
            ++branches;
        for (const Value* in : m->inputs()) {
            const auto it = values.find(in); // values made inside the chain are not in the map
            if (it == values.end() || it->second.folded || used.contains(in))
                continue;
            if (it->second.deferred) {
                absorb(in, id, values, used, QStringLiteral("reads"));
            } else {
                used.insert(in);
                addInput(id, in, values, QStringLiteral("reads"));
            }
        }
    });
    QStringList names;
    for (size_t i = 0; i < n->outputs().size(); ++i) {
        const Value* out = n->outputs()[i];
        if (const Value* same = refinedOutput(n, i); same && values.count(same)) {
            values[out] = values[same]; // handed on unchanged in every branch (a mask)
            continue;
        }
        m_model.nodes[id].outputs << valueOf(out, id);
        values[out] = producedBy(id, out);
        names << displayName(out);
    }
    m_model.nodes[id].sublabel = names.join(QLatin1String(", "));
    m_model.nodes[id].attributes << qMakePair(QStringLiteral("elif"), QString::number(branches + 2));
    fromIr(m_model.nodes[id], n);
}

std::optional<GraphSource> GraphFolder::selectsCondition(const Node* n, const GraphValueMap& values)
{
    if (n->outputs().size() != 1 || n->blocks().size() != 2 || n->input(0)->type()->kind() != c10::TypeKind::BoolType)
        return std::nullopt;
    for (size_t b = 0; b < 2; ++b) {
        const auto it = values.find(n->blocks()[b]->outputs()[0]);
        if (it == values.end() || !it->second.literal || !it->second.constant.isBool()
            || it->second.constant.toBool() != (b == 0))
            return std::nullopt;
    }
    const auto it = values.find(n->input(0));
    return it == values.end() ? std::nullopt : std::optional<GraphSource>(it->second);
}

} // namespace jitscope
