// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/graphdiff.h"

#include "answers/modelsnapshot.h"

#include <QCoreApplication>

#include "diff/sequencealign.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace jitscope {

namespace {

// The change texts are read by people in the comparison window; the CLI loads no translation,
// so its text and JSON stay English.
struct GraphDiffText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::GraphDiff)
};

// An item of a group's sequence: a node, or a module/function group taken as one unit.
struct Item
{
    int node = -1;
    int group = -1;
    int order = 0; // smallest node id inside: program order
};

bool isTensorType(const QString& t)
{
    static const QRegularExpression concrete(QStringLiteral(
        "^(Float|Double|Half|BFloat16|Long|Int|Short|Char|Byte|Bool|ComplexFloat|ComplexDouble|QInt8|QUInt8)\\("));
    return t == QLatin1String("Tensor") || concrete.match(t).hasMatch();
}

// A trace records shapes ("Float(1, 4, strides=[4, 1], ...)"), a script says "Tensor": the same
// type as far as a diff is concerned. Two concrete types still have to agree.
bool typesAgree(QString a, QString b)
{
    if (a == b)
        return true;
    // A script's Optional[Tensor] argument receives a trace's Tensor.
    if (a.endsWith(QLatin1Char('?')) != b.endsWith(QLatin1Char('?'))) {
        if (a.endsWith(QLatin1Char('?')))
            a.chop(1);
        else
            b.chop(1);
    }
    if (isTensorType(a) && isTensorType(b))
        return a == QLatin1String("Tensor") || b == QLatin1String("Tensor");
    return false;
}

// Ops that play the same role under another name: a trace records aten::_convolution where a
// script calls aten::conv2d, and in-place variants (relu_) where a script chose out-of-place.
QString canonicalKind(const QString& kind)
{
    static const QRegularExpression conv(QStringLiteral("^aten::(_?convolution|conv[123]d|conv_transpose[123]d)$"));
    if (conv.match(kind).hasMatch())
        return QStringLiteral("aten::conv");
    if (kind.startsWith(QLatin1String("aten::")) && kind.endsWith(QLatin1Char('_'))
        && !kind.endsWith(QLatin1String("__")))
        return kind.chopped(1);
    return kind;
}

QString nodeKey(const GraphNode& n)
{
    // A collapsed call pairs only with a call of the same thing.
    if (!n.expandKey.isEmpty())
        return n.kind + QLatin1Char('|') + n.label + QLatin1Char('|') + n.sublabel;
    return canonicalKind(n.kind);
}

// A call of a submodule pairs with a call of the same submodule (path below the compared
// module, and type): a trace names a module's second call "relu.forward1", a script "relu".
QString groupKey(const GraphModel& model, const GraphGroup& g)
{
    return groupKindName(g.kind) + QLatin1Char('|') + relativeTo(model.module, g.module) + QLatin1Char('|')
        + (g.calleeType.isEmpty() ? g.label : g.calleeType);
}

// What nodeChanges compares, as one hash, with every tensor type counted as "Tensor": cheap
// enough to weigh millions of candidate pairs.
size_t detailHash(const GraphNode& n)
{
    QString text = n.kind;
    for (const auto& a : n.attributes)
        text += QLatin1Char('|') + a.first + QLatin1Char('=') + a.second;
    for (const GraphValue& v : n.inputs)
        text += QLatin1Char('|') + (v.folded ? v.name : QString()) + QLatin1Char(':')
            + (isTensorType(v.type) ? QStringLiteral("T") : v.type);
    text += QLatin1String("|->");
    for (const GraphValue& v : n.outputs)
        text += QLatin1Char('|') + (isTensorType(v.type) ? QStringLiteral("T") : v.type);
    return qHash(text);
}

QStringList nodeChanges(const GraphNode& l, const GraphNode& r)
{
    QStringList changes;
    if (l.kind != r.kind)
        changes << GraphDiffText::tr("op: %1 → %2").arg(l.kind, r.kind);
    QHash<QString, QString> la, ra;
    QStringList names;
    for (const auto& a : l.attributes) {
        la.insert(a.first, a.second);
        names << a.first;
    }
    for (const auto& a : r.attributes) {
        ra.insert(a.first, a.second);
        if (!la.contains(a.first))
            names << a.first;
    }
    // Only attributes both sides have: one side's constant may be the other's computed value
    // (a trace bakes in `training=False` where a script reads self.training).
    for (const QString& name : std::as_const(names)) {
        if (la.contains(name) && ra.contains(name) && la.value(name) != ra.value(name))
            changes << GraphDiffText::tr("%1: %2 → %3").arg(name, la.value(name), ra.value(name));
    }
    if (l.inputs.size() != r.inputs.size())
        changes << GraphDiffText::tr("inputs: %1 → %2").arg(l.inputs.size()).arg(r.inputs.size());
    else
        for (qsizetype i = 0; i < l.inputs.size(); ++i) {
            // Folded inputs are constants and attributes: their text is what they are.
            if (l.inputs[i].folded && r.inputs[i].folded && l.inputs[i].name != r.inputs[i].name
                && !la.contains(l.inputNames.value(i)))
                changes << GraphDiffText::tr("input %1: %2 → %3").arg(i).arg(l.inputs[i].name, r.inputs[i].name);
            else if (!typesAgree(l.inputs[i].type, r.inputs[i].type))
                changes << GraphDiffText::tr("input %1 type: %2 → %3").arg(i).arg(l.inputs[i].type, r.inputs[i].type);
        }
    if (l.outputs.size() != r.outputs.size())
        changes << GraphDiffText::tr("outputs: %1 → %2").arg(l.outputs.size()).arg(r.outputs.size());
    else
        for (qsizetype i = 0; i < l.outputs.size(); ++i)
            if (!typesAgree(l.outputs[i].type, r.outputs[i].type))
                changes
                    << GraphDiffText::tr("output %1 type: %2 → %3").arg(i).arg(l.outputs[i].type, r.outputs[i].type);
    return changes;
}

class Differ
{
public:
    Differ(const GraphModel& left, const GraphModel& right)
        : m_left(left)
        , m_right(right)
    {
        m_leftPartner.fill(-1, left.nodes.size());
        m_rightPartner.fill(-1, right.nodes.size());
        m_leftItems = itemsByGroup(left);
        m_rightItems = itemsByGroup(right);
        for (const GraphNode& n : left.nodes)
            m_leftDetail << detailHash(n);
        for (const GraphNode& n : right.nodes)
            m_rightDetail << detailHash(n);
    }

    void run()
    {
        if (!m_left.groups.isEmpty() && !m_right.groups.isEmpty())
            alignGroups(0, 0);
    }

    GraphDiff result() const
    {
        GraphDiff diff;
        diff.leftEntry.fill(-1, m_left.nodes.size());
        diff.rightEntry.fill(-1, m_right.nodes.size());
        // Walk the right graph in order; left-only nodes go in before the next matched pair
        // that follows them on the left.
        int nextLeft = 0;
        auto flushLeft = [&](int upTo) {
            for (; nextLeft < upTo; ++nextLeft) {
                if (m_leftPartner[nextLeft] >= 0)
                    continue;
                const GraphNode& n = m_left.nodes[nextLeft];
                NodeDiff e;
                e.diffClass = DiffClass::OnlyLeft;
                e.left = n.id;
                e.kind = n.kind;
                e.leftLabel = n.label;
                e.module = n.module;
                diff.leftEntry[n.id] = int(diff.entries.size());
                diff.entries << e;
                ++diff.onlyLeft;
            }
        };
        for (const GraphNode& n : m_right.nodes) {
            NodeDiff e;
            e.right = n.id;
            e.kind = n.kind;
            e.rightLabel = n.label;
            e.module = n.module;
            const int partner = m_rightPartner[n.id];
            if (partner >= 0) {
                flushLeft(partner);
                nextLeft = std::max(nextLeft, partner + 1);
                e.left = partner;
                e.leftLabel = m_left.nodes[partner].label;
                e.changes = nodeChanges(m_left.nodes[partner], n);
                e.diffClass = e.changes.isEmpty() ? DiffClass::Matched : DiffClass::Changed;
                (e.changes.isEmpty() ? diff.matched : diff.changed) += 1;
                diff.leftEntry[partner] = int(diff.entries.size());
            } else {
                e.diffClass = DiffClass::OnlyRight;
                ++diff.onlyRight;
            }
            diff.rightEntry[n.id] = int(diff.entries.size());
            diff.entries << e;
        }
        flushLeft(int(m_left.nodes.size()));
        return diff;
    }

private:
    // Each module/function group's sequence: its nodes and those of its if/loop/block groups in
    // program order, with nested module/function groups as single items.
    static QList<QList<Item>> itemsByGroup(const GraphModel& g)
    {
        QList<QList<Item>> items(g.groups.size());
        QVector<int> minNode(g.groups.size(), INT_MAX);
        for (const GraphNode& n : g.nodes)
            for (int grp = n.group; grp >= 0; grp = g.groups[grp].parent)
                minNode[grp] = std::min(minNode[grp], n.id);
        // Units are the calls into other modules: they pair as wholes and are then aligned inside.
        // Everything else is flattened into its unit in program order: if/loop blocks, calls of
        // free functions (a script's F.relu is one aten::relu in a trace) and of the module's own
        // methods (a script's forward -> _forward_impl is inlined by a trace).
        QVector<int> unitOf(g.groups.size(), 0);
        QVector<bool> isUnit(g.groups.size(), false);
        QVector<QString> unitModule(g.groups.size());
        for (const GraphGroup& grp : g.groups) { // parents come before their children
            if (grp.id == 0) {
                isUnit[0] = true;
                unitModule[0] = g.module;
                continue;
            }
            const int parentUnit = unitOf[grp.parent];
            isUnit[grp.id] = grp.kind == GroupKind::Module && grp.module != unitModule[parentUnit];
            unitOf[grp.id] = isUnit[grp.id] ? grp.id : parentUnit;
            unitModule[grp.id] = isUnit[grp.id] ? grp.module : unitModule[parentUnit];
        }
        for (const GraphNode& n : g.nodes)
            items[unitOf[n.group]] << Item { n.id, -1, n.id };
        for (const GraphGroup& grp : g.groups)
            if (grp.id != 0 && isUnit[grp.id] && minNode[grp.id] != INT_MAX)
                items[unitOf[grp.parent]] << Item { -1, grp.id, minNode[grp.id] };
        for (QList<Item>& list : items)
            std::sort(list.begin(), list.end(), [](const Item& a, const Item& b) { return a.order < b.order; });
        return items;
    }

    QString itemKey(const GraphModel& g, const Item& item) const
    {
        return item.node >= 0 ? nodeKey(g.nodes[item.node]) : groupKey(g, g.groups[item.group]);
    }

    int itemWeight(const Item& l, const Item& r) const
    {
        if ((l.node >= 0) != (r.node >= 0))
            return 0;
        if (itemKey(m_left, l) != itemKey(m_right, r))
            return 0;
        if (l.group >= 0)
            return 4; // the same call: pairing it pairs everything inside
        const GraphNode& ln = m_left.nodes[l.node];
        const GraphNode& rn = m_right.nodes[r.node];
        int w = 2;
        if (m_leftDetail[l.node] == m_rightDetail[r.node])
            w += 2;
        if (ln.module == rn.module)
            w += 1;
        return w;
    }

    void alignGroups(int leftGroup, int rightGroup)
    {
        const QList<Item>& ls = m_leftItems[leftGroup];
        const QList<Item>& rs = m_rightItems[rightGroup];
        QHash<QString, quint64> ids;
        auto keyId = [&](const QString& k) { return ids.insert(k, ids.value(k, quint64(ids.size()))).value(); };
        QVector<quint64> lk(ls.size()), rk(rs.size());
        for (qsizetype i = 0; i < ls.size(); ++i)
            lk[i] = keyId(itemKey(m_left, ls[i]));
        for (qsizetype j = 0; j < rs.size(); ++j)
            rk[j] = keyId(itemKey(m_right, rs[j]));
        const auto pairs = alignSequences(
            int(ls.size()), int(rs.size()), [&](bool left, int i) { return left ? lk[i] : rk[i]; },
            [&](int i, int j) { return lk[i] == rk[j] ? itemWeight(ls[i], rs[j]) : 0; });
        for (const auto& p : pairs) {
            const Item& l = ls[p.first];
            const Item& r = rs[p.second];
            if (l.node >= 0) {
                m_leftPartner[l.node] = r.node;
                m_rightPartner[r.node] = l.node;
            } else {
                alignGroups(l.group, r.group);
            }
        }
    }

    const GraphModel& m_left;
    const GraphModel& m_right;
    QList<QList<Item>> m_leftItems, m_rightItems;
    QVector<int> m_leftPartner, m_rightPartner;
    QVector<size_t> m_leftDetail, m_rightDetail;
};

} // namespace

QString diffClassName(DiffClass c)
{
    switch (c) {
    case DiffClass::Matched:
        return QStringLiteral("matched");
    case DiffClass::Changed:
        return QStringLiteral("changed");
    case DiffClass::OnlyLeft:
        return QStringLiteral("only_left");
    case DiffClass::OnlyRight:
        return QStringLiteral("only_right");
    }
    return {};
}

QList<int> GraphDiff::differences() const
{
    QList<int> out;
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries[i].diffClass != DiffClass::Matched)
            out << int(i);
    return out;
}

int GraphDiff::partnerOfLeft(int leftNode) const
{
    const int e = leftEntry.value(leftNode, -1);
    return e < 0 ? -1 : entries[e].right;
}

int GraphDiff::partnerOfRight(int rightNode) const
{
    const int e = rightEntry.value(rightNode, -1);
    return e < 0 ? -1 : entries[e].left;
}

GraphDiff diffGraphs(const GraphModel& left, const GraphModel& right)
{
    Differ differ(left, right);
    differ.run();
    return differ.result();
}

} // namespace jitscope
