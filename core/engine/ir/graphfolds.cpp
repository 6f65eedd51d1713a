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
    const int branch = onlyRefines(n->blocks()[0]) ? 1 : 0; // the other branch is empty or only refines
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
    // What it refines (`targets`, known not to be None after `if targets is None: raise`) reads
    // on from the check, beside what it guards. Read from where it was made, Faster R-CNN's
    // refined targets ran from its transform to each reader deep in rpn and roi_heads.
    for (const Value* out : n->outputs()) {
        m_model.nodes[id].outputs << valueOf(out, id);
        values[out] = producedBy(id, out);
    }
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
        return operandName(v);
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
    // A list or dict it changes (`if c: outs.append(x)`) is read on from here, as from any
    // change of it.
    for (const Value* target : std::as_const(used)) {
        const c10::TypeKind type = target->type()->kind();
        if (type != c10::TypeKind::ListType && type != c10::TypeKind::DictType)
            continue;
        m_model.nodes[id].outputs << valueOf(target, id);
        values[target] = producedBy(id, target);
        m_changed.push_back(target);
    }
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
    return operandName(v);
}

namespace {

// One value made by one node (the same output of it), however many names it goes by.
bool sameProduced(const GraphSource& a, const GraphSource& b)
{
    return !a.folded && !b.folded && a.node >= 0 && a.node == b.node && a.key == b.key;
}

// `x is x`: one value against itself (ViT's encoder block calls its attention with `x, x, x`, and
// MultiheadAttention asks `query is key` and `key is value`), here or in the caller.
// Or a value made as a Tensor or list (never None) against None: `size is not None` in
// F.interpolate called with a size.
std::optional<c10::IValue> identityOfSame(const Node* n, const GraphValueMap& values)
{
    const auto k = n->kind();
    if ((k != c10::aten::__is__ && k != c10::aten::__isnot__) || n->inputs().size() != 2)
        return std::nullopt;
    bool same = n->input(0) == n->input(1);
    const auto a = values.find(n->input(0)), b = values.find(n->input(1));
    auto none = [&](const Value* v, GraphValueMap::const_iterator it) {
        return v->type()->kind() == c10::TypeKind::NoneType
            || (it != values.end() && it->second.literal && it->second.items < 0 && it->second.constant.isNone());
    };
    auto neverNone = [&](GraphValueMap::const_iterator it) { return it != values.end() && it->second.neverNone; };
    if ((none(n->input(0), a) && neverNone(b)) || (none(n->input(1), b) && neverNone(a)))
        return c10::IValue(k == c10::aten::__isnot__);
    if (!same && a != values.end() && b != values.end())
        same = sameProduced(a->second, b->second);
    if (!same)
        return std::nullopt;
    return c10::IValue(k == c10::aten::__is__);
}

// A literal None, bool, number or string (a tuple of literals is literal too, its constant unset).
bool scalarLiteral(const GraphSource& s)
{
    const c10::IValue& v = s.constant;
    return s.literal && s.items < 0 && (v.isNone() || v.isBool() || v.isInt() || v.isDouble() || v.isString());
}

bool sameLiteral(const c10::IValue& a, const c10::IValue& b)
{
    if (a.isNone() || b.isNone())
        return a.isNone() && b.isNone();
    if (a.isString() || b.isString())
        return a.isString() && b.isString() && a.toStringRef() == b.toStringRef();
    if (a.isBool() || b.isBool())
        return a.isBool() && b.isBool() && a.toBool() == b.toBool();
    if (a.isInt() && b.isInt())
        return a.toInt() == b.toInt();
    return a.isDouble() && b.isDouble() && a.toDouble() == b.toDouble();
}

} // namespace

bool GraphFolder::foldLiteral(const Node* n, GraphValueMap& values)
{
    if (n->outputs().size() != 1 || n->inputs().empty())
        return false;
    std::optional<c10::IValue> known = identityByType(n);
    if (!known)
        known = identityOfSame(n, values);
    std::vector<Literal> literals;
    for (const Value* in : n->inputs()) {
        if (known)
            break;
        if (in->type()->kind() == c10::TypeKind::NoneType && n->kind() != c10::prim::unchecked_cast) {
            literals.push_back({ c10::IValue(), -1 }); // None by its type, wherever it comes from
            continue;
        }
        const auto it = values.find(in);
        if (it != values.end() && n->kind() == c10::prim::unchecked_cast) {
            values[n->output()] = it->second; // the same value, its type refined
            return true;
        }
        if (it == values.end() || !it->second.folded)
            return false;
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
        if (const Value* same = refinedOutput(n, i); same && values.count(same))
            values[n->outputs()[i]] = values[same]; // handed on unchanged in every branch
    }
    fromIr(m_model.nodes[id], n);
}

void GraphFolder::foldedChain(const Node* n, const QString& key, int group, const QString& module,
                              GraphValueMap& values)
{
    const int id = addFoldedIf(QStringLiteral("select"), key, group, module);
    addInput(id, n->input(0), values, QStringLiteral("condition"));
    QSet<const Value*> used { n->input(0) };
    QSet<QString> sources; // one edge for a value read under several names (`query`, `key`)
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
                const QString source = QString::number(it->second.node) + QLatin1Char('/') + it->second.key;
                if (it->second.node >= 0 && sources.contains(source))
                    continue;
                sources.insert(source);
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
        // What it chooses, by name; a value the code left unnamed (`1267`) says nothing.
        static const QRegularExpression number(QStringLiteral("^\\d+$"));
        if (!number.match(displayName(out)).hasMatch())
            names << displayName(out);
    }
    m_model.nodes[id].sublabel = names.join(QLatin1String(", "));
    m_model.nodes[id].attributes << qMakePair(QStringLiteral("elif"), QString::number(branches + 2));
    fromIr(m_model.nodes[id], n);
}

GraphSource GraphFolder::constantSource(const Node* n)
{
    GraphSource folded = foldedText(constantText(n->output()));
    const std::optional<c10::IValue> constant = n->output()->type()->cast<c10::FunctionType>()
        ? std::nullopt
        : std::optional<c10::IValue>(torch::jit::toIValue(n->output()));
    if (constant && !constant->isTensor()) {
        folded.literal = true;
        folded.constant = *constant;
    }
    return folded;
}

std::optional<QList<QList<GraphSource>>> GraphFolder::branchValues(const Node* n, const GraphValueMap& values)
{
    constexpr size_t kMaxNodes = 8;
    if (n->kind() != c10::prim::If || n->outputs().empty())
        return std::nullopt;
    QList<QList<GraphSource>> given;
    for (const torch::jit::Block* b : n->blocks()) {
        size_t count = 0;
        GraphValueMap scratch; // the block's own values; the rest are read from `values`
        auto lookup = [&](const torch::jit::Value* v) -> const GraphSource* {
            if (const auto it = scratch.find(v); it != scratch.end())
                return &it->second;
            const auto it = values.find(v);
            return it == values.end() ? nullptr : &it->second;
        };
        for (const Node* m : b->nodes()) {
            if (++count > kMaxNodes || !m->blocks().empty())
                return std::nullopt;
            if (m->kind() == c10::prim::Constant) {
                scratch[m->output()] = constantSource(m);
                continue;
            }
            GraphValueMap inputs;
            for (const torch::jit::Value* in : m->inputs())
                if (const GraphSource* s = lookup(in))
                    inputs[in] = *s;
            if (!foldLiteral(m, inputs))
                return std::nullopt;
            scratch[m->output()] = inputs[m->output()];
        }
        given << QList<GraphSource>();
        for (const torch::jit::Value* out : b->outputs()) {
            const GraphSource* s = lookup(out);
            if (!s)
                return std::nullopt;
            given.last() << *s;
        }
    }
    return given;
}

std::optional<std::vector<GraphSource>> GraphFolder::sameInEveryBranch(const Node* n, const GraphValueMap& values)
{
    const auto given = branchValues(n, values);
    if (!given)
        return std::nullopt;
    auto literalBool
        = [](const GraphSource& s, bool b) { return s.literal && s.constant.isBool() && s.constant.toBool() == b; };
    if (given->size() == 2 && n->outputs().size() == 1 && n->input(0)->type()->kind() == c10::TypeKind::BoolType
        && literalBool((*given)[0][0], true) && literalBool((*given)[1][0], false) && values.count(n->input(0)))
        return std::vector<GraphSource> { values.at(n->input(0)) };
    std::vector<GraphSource> folded;
    for (qsizetype i = 0; i < (*given)[0].size(); ++i) {
        const GraphSource& first = (*given)[0][i];
        for (const QList<GraphSource>& branch : *given)
            if (!scalarLiteral(branch[i]) || !sameLiteral(first.constant, branch[i].constant))
                return std::nullopt;
        folded.push_back(first);
    }
    return folded;
}

void GraphFolder::ifOutputs(const Node* n, const QList<QList<GraphSource>>& given, GraphValueMap& values) const
{
    for (size_t i = 0; i < n->outputs().size(); ++i) {
        const Value* out = n->outputs()[i];
        const qsizetype at = qsizetype(i);
        if (const Value* same = refinedOutput(n, i); same && values.count(same) && values.at(same).folded) {
            values[out] = values.at(same);
            continue;
        }
        const GraphSource& first = given[0][at];
        if (scalarLiteral(first) && std::all_of(given.begin(), given.end(), [&](const QList<GraphSource>& g) {
                return scalarLiteral(g[at]) && sameLiteral(first.constant, g[at].constant);
            })) {
            values[out] = first; // None in every branch that runs (a mask the caller left out)
            continue;
        }
        for (size_t j = 0; j < i; ++j)
            if (std::all_of(given.begin(), given.end(),
                            [&](const QList<GraphSource>& g) { return sameProduced(g[at], g[qsizetype(j)]); })) {
                values[out] = values[n->outputs()[j]];
                break;
            }
    }
}

bool gatheredList(const torch::jit::Value* list)
{
    const Node* made = list->node();
    if (made->kind() != c10::prim::ListConstruct || !made->inputs().empty())
        return false;
    const Node* reader = nullptr;
    int appends = 0;
    for (const torch::jit::Use& use : list->uses()) {
        if (use.user->owningBlock() != made->owningBlock())
            return false;
        if (use.user->kind() == c10::aten::append && use.offset == 0 && use.user->output()->uses().empty()) {
            ++appends;
            continue;
        }
        if (reader || use.user->kind() == c10::aten::append)
            return false;
        reader = use.user;
    }
    // Read by an operation (`all`, `cat`), which takes the values: not returned, passed to a call
    // or packed into another container, where the list itself travels on.
    if (!reader || appends == 0 || !reader->kind().is_aten() || reader->hasSideEffects()
        || (reader->maybeSchema() && reader->schema().is_mutable()))
        return false;
    for (const torch::jit::Use& use : list->uses()) // every append before the reader
        if (use.user != reader && !use.user->isBefore(reader))
            return false;
    return true;
}

} // namespace jitscope
