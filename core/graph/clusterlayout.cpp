// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphLayouter's one-run layouts: a group and everything inside it in a single dot run, each
// nested group a dot cluster, so dot places side chains beside their consumers and routes edges
// across group borders itself.
#include "graph/graphlayouterdetail.h"

#include <QSet>

#include <algorithm>

#include <unordered_map>

namespace jitscope {

using namespace layoutdetail;

namespace {

// Room dot keeps at the top of a cluster for its title: a label of this size.
constexpr const char* kTitleFontSize = "11";
// Between the members of a side column.
constexpr double kColumnGap = 6; // clear of the shadow under each member (at 3 two checks touched)

QRectF clusterRect(Agraph_t* sub, const std::function<QPointF(pointf)>& map)
{
    const boxf bb = GD_bb(sub);
    const QPointF topLeft = map(pointf { bb.LL.x, bb.UR.y });
    return QRectF(topLeft, QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y));
}

// A group's side column (sideColumns: its checks and updates) is one dot node, as tall as the
// column; dot places the column, and its members stand in it one below the other.
struct ColumnPlace
{
    int first = -1; // the member whose dot node stands for the column
    double offset = 0; // of the member's top below the column's top
};

bool groupContains(const GraphModel& model, int group, int node)
{
    for (int d = model.nodes[node].group; d >= 0; d = model.groups[d].parent)
        if (d == group)
            return true;
    return false;
}

// Each group of the run's exits (nodes inside it with an edge to a node outside it) or entries
// (nodes outside it with an edge to a node inside it).
QHash<int, QList<int>> groupBorders(const GraphModel& model, const QHash<int, Agnode_t*>& nodes, const QSet<int>& inRun,
                                    bool exits)
{
    QHash<int, QList<int>> found;
    for (const GraphEdge& e : model.edges) {
        const int inner = exits ? e.from : e.to, outer = exits ? e.to : e.from;
        if (!nodes.contains(inner) || (!exits && !nodes.contains(outer)))
            continue;
        for (int d = model.nodes[inner].group; d >= 0 && inRun.contains(d); d = model.groups[d].parent) {
            if (nodes.contains(outer) && groupContains(model, d, outer))
                break;
            if (!found[d].contains(e.from)) // the inner end of an exit, the outer of an entry
                found[d] << e.from;
        }
    }
    return found;
}

// A side chain that ends in nothing (an input check, an `if training:` that only updates a
// buffer) would make its group's box reach below the group's own result, and every group after
// it would then step sideways: expanded ResNet-18 came out as a staircase 23,000 pt wide. So each
// such sink gets an invisible edge to what reads its group's results outside the group: it stands
// above that, no lower than the results. (An edge to a result itself, allowed to stay on its
// rank, would also order the two on that rank, the sink on the left, where a residual connection
// passing the group would have to run around it.) Members of a side column other than its first
// (`hidden`) have no dot node of their own: the first one's edges place the column.
void addRankOrder(const GraphModel& model, const QList<int>& subtree, const QHash<int, Agnode_t*>& nodes,
                  const QSet<int>& hidden, Agraph_t* graph)
{
    const QSet<int> inRun(subtree.cbegin(), subtree.cend());
    QHash<int, QList<int>> successors;
    for (const GraphEdge& e : model.edges)
        if (nodes.contains(e.from) && nodes.contains(e.to))
            successors[e.from] << e.to;
    auto contains = [&](int group, int node) { return groupContains(model, group, node); };
    const QHash<int, QList<int>> exits = groupBorders(model, nodes, inRun, true),
                                 entries = groupBorders(model, nodes, inRun, false);
    auto reaches = [&](int from, int target) {
        QList<int> stack { from };
        QSet<int> seen { from };
        while (!stack.isEmpty()) {
            const int n = stack.takeLast();
            if (n == target)
                return true;
            for (int next : successors.value(n))
                if (!seen.contains(next)) {
                    seen.insert(next);
                    stack << next;
                }
        }
        return false;
    };
    const QHash<int, QList<int>> reads = successors; // the real edges, before the invisible ones
    int counter = 0;
    // An invisible edge, unless it would close a cycle.
    auto order = [&](int tail, int head, const char* minlen, const char* weight) {
        if (tail == head || reaches(head, tail))
            return;
        const QByteArray name = "order" + QByteArray::number(counter++);
        Agedge_t* edge = agedge(graph, nodes.value(tail), nodes.value(head), const_cast<char*>(name.constData()), 1);
        setAttr(edge, "style", "invis");
        setAttr(edge, "weight", weight);
        if (minlen)
            setAttr(edge, "minlen", minlen);
        successors[tail] << head; // so that a later edge cannot close a cycle through it
    };
    // Ties `node` to the innermost group around it that has exits (`toExits`): it stands above
    // what reads the group's results outside it, and is drawn towards that, or at most on a
    // result's rank where nothing in the run reads it, weightless; else (a source) below that
    // group's entries, weightless, so that it is not pulled sideways.
    auto tie = [&](int node, bool toExits) {
        const QHash<int, QList<int>>& ends = toExits ? exits : entries;
        for (int d = model.nodes[node].group; d >= 0 && inRun.contains(d); d = model.groups[d].parent) {
            if (ends.value(d).isEmpty())
                continue;
            for (int other : ends.value(d)) {
                if (!toExits) {
                    order(other, node, nullptr, "0");
                    continue;
                }
                bool readHere = false;
                for (int next : reads.value(other))
                    if (!contains(d, next)) {
                        order(node, next, "1", "1");
                        readHere = true;
                    }
                // The results leave the run (they cross its border): the tie only keeps the sink
                // no lower than them. Drawn towards them as well, ViT-B/16's input check stood
                // at the far side of each encoder layer from its input, 1,900 pt away.
                if (!readHere)
                    order(node, other, "0", "0");
            }
            return;
        }
    };
    QSet<int> fed;
    for (const GraphEdge& e : model.edges)
        if (nodes.contains(e.to)) // from inside the run or through a port
            fed.insert(e.to);
    QList<int> ids;
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it)
        if (!hidden.contains(it.key()))
            ids << it.key();
    std::sort(ids.begin(), ids.end(), std::greater<int>()); // the same dot input, and so the same drawing, every run
    for (int sink : std::as_const(ids)) {
        const QString& kind = model.nodes[sink].kind;
        if (!successors.contains(sink) && kind != QLatin1String("prim::Return")
            && kind != QLatin1String("prim::BlockReturn") && kind != QLatin1String("prim::Param"))
            tie(sink, true);
    }
    // Likewise a node that reads nothing (a folded update, a check on `training`) would pull its
    // group's box up beside the nodes that feed the group: an invisible edge from each of them
    // keeps it below. It only ranks, weightless, so it does not pull the node sideways.
    for (int source : std::as_const(ids))
        if (!fed.contains(source) && model.nodes[source].kind != QLatin1String("prim::Param"))
            tie(source, false);
}

// dot ends an edge into a side column at the column's top. One into its first member ends there
// too; one into a member further down turns along the column's side and enters the member from
// there.
void endAtMember(QList<QPointF>& points, const QRectF& member, double columnTop)
{
    if (points.isEmpty())
        return;
    const QPointF end = points.last();
    if (member.top() - columnTop < 0.5) {
        points.last() = QPointF(std::clamp(end.x(), member.left() + 4, member.right() - 4), member.top());
        return;
    }
    const bool left = end.x() < member.center().x();
    const double side = left ? member.left() - 6 : member.right() + 6;
    points.last() = QPointF(side, columnTop - 4);
    points << QPointF(side, member.center().y()) << QPointF(left ? member.left() : member.right(), member.center().y());
}

// The subtree as one dot graph: each nested group a cluster, each node a dot node; a side
// column is one dot node as tall as the column.
struct DotClusters
{
    Agraph_t* graph = nullptr;
    QHash<int, Agraph_t*> clusters;
    QHash<int, ColumnPlace> placed; // members of side columns
    QSet<int> hidden; // members standing in their column's first node
    QHash<int, Agnode_t*> nodes;
};

DotClusters dotClusters(const GraphModel& model, const QList<int>& subtree, const QHash<int, QList<int>>& columns)
{
    DotClusters dot;
    dot.graph = newDotGraph("g");
    Agraph_t* graph = dot.graph;
    agattr(graph, AGRAPH, cstr("label"), cstr(""));
    agattr(graph, AGRAPH, cstr("fontsize"), cstr("14"));
    agattr(graph, AGRAPH, cstr("margin"), cstr("4"));
    agattr(graph, AGRAPH, cstr("labeljust"), cstr("l"));

    QHash<int, Agraph_t*>& clusters = dot.clusters;
    clusters.insert(subtree.first(), graph);
    for (qsizetype i = 1; i < subtree.size(); ++i) {
        const int d = subtree[i];
        const QByteArray name = "cluster" + QByteArray::number(d);
        Agraph_t* sub = agsubg(clusters.value(model.groups[d].parent), const_cast<char*>(name.constData()), 1);
        // The title itself, so that the box is at least as wide as its title. Blocks (then, else,
        // body) have none: their "→ then" node says what they are.
        const GraphGroup& group = model.groups[d];
        const bool block = group.kind == GroupKind::Block;
        setAttr(sub, "label", block ? QByteArray(" ") : group.title().toUtf8() + "  ");
        setAttr(sub, "fontname", "DejaVu Sans Bold");
        setAttr(sub, "fontsize", block ? "2" : kTitleFontSize);
        clusters.insert(d, sub);
    }
    for (int d : std::as_const(subtree)) {
        double columnHeight = 0, columnWidth = 0;
        for (int n : columns.value(d)) {
            dot.placed.insert(n, ColumnPlace { columns.value(d).first(), columnHeight });
            columnHeight += model.nodes[n].height + kColumnGap;
            columnWidth = std::max(columnWidth, model.nodes[n].width); // one width, as sizeGraphNodes makes it
            if (n != columns.value(d).first())
                dot.hidden.insert(n);
        }
        for (int n : model.groups[d].nodes) {
            if (dot.hidden.contains(n))
                continue;
            const QByteArray name = "n" + QByteArray::number(n);
            Agnode_t* node = agnode(clusters.value(d), const_cast<char*>(name.constData()), 1);
            const bool column = dot.placed.contains(n);
            setAttr(node, "width", inches(column ? columnWidth : model.nodes[n].width));
            setAttr(node, "height", inches(column ? columnHeight - kColumnGap : model.nodes[n].height));
            dot.nodes.insert(n, node);
        }
        for (int n : columns.value(d))
            dot.nodes.insert(n, dot.nodes.value(dot.placed.value(n).first));
    }
    return dot;
}

// An edge of the run, and the group whose layout keeps its route.
struct Routed
{
    Agedge_t* edge;
    int group;
    QString key;
    int head; // the node it ends at, or -1 at a port
};

// Each group's layout read back from the laid-out dot graph, in the group's own coordinates.
QHash<int, std::shared_ptr<GraphLayouter::GroupLayout>>
readClusterLayouts(const GraphModel& model, const QList<int>& subtree, const DotClusters& dot,
                   const QList<Routed>& routed, const std::unordered_map<std::string, Agnode_t*>& ports)
{
    const boxf bb = GD_bb(dot.graph);
    const double titleRoom = subtree.first() != 0 ? GraphLayouter::kGroupTitle : 0.0;
    auto map = [&](pointf p) {
        return QPointF(p.x - bb.LL.x + GraphLayouter::kGroupPadding,
                       bb.UR.y - p.y + titleRoom + GraphLayouter::kGroupPadding);
    };
    // Where a node stands, in the run's coordinates; a column's members one below the other.
    auto nodeRect = [&](int n) {
        Agnode_t* node = dot.nodes.value(n);
        const QPointF center = map(ND_coord(node));
        const QSizeF size(model.nodes[n].width, model.nodes[n].height);
        if (!dot.placed.contains(n))
            return QRectF(center - QPointF(size.width() / 2, size.height() / 2), size);
        return QRectF(QPointF(center.x() - size.width() / 2, center.y() - ND_ht(node) / 2 + dot.placed[n].offset),
                      size);
    };
    QHash<int, QRectF> rects;
    rects.insert(subtree.first(),
                 QRectF(0, 0, bb.UR.x - bb.LL.x + 2 * GraphLayouter::kGroupPadding,
                        bb.UR.y - bb.LL.y + titleRoom + 2 * GraphLayouter::kGroupPadding));
    for (qsizetype i = 1; i < subtree.size(); ++i)
        rects.insert(subtree[i], clusterRect(dot.clusters.value(subtree[i]), map));
    QHash<int, std::shared_ptr<GraphLayouter::GroupLayout>> layouts;
    for (int d : std::as_const(subtree)) {
        auto layout = std::make_shared<GraphLayouter::GroupLayout>();
        const QPointF origin = rects[d].topLeft();
        layout->size = rects[d].size();
        for (int n : model.groups[d].nodes)
            layout->childPos << nodeRect(n).topLeft() - origin;
        for (int c : model.groups[d].groups)
            layout->childPos << rects[c].topLeft() - origin;
        layouts.insert(d, layout);
    }
    for (const auto& [name, node] : ports)
        layouts[subtree.first()]->portX.insert(QString::fromStdString(name), map(ND_coord(node)).x());
    for (const Routed& r : std::as_const(routed)) {
        const QPointF origin = rects[r.group].topLeft();
        QList<QPointF> points = sampleSpline(ED_spl(r.edge), map);
        if (dot.placed.contains(r.head))
            endAtMember(points, nodeRect(r.head), nodeRect(dot.placed[r.head].first).top());
        for (QPointF& p : points)
            p -= origin;
        layouts[r.group]->routes.insert(r.key, points);
    }
    return layouts;
}

} // namespace

std::shared_ptr<const GraphLayouter::GroupLayout>
GraphLayouter::layoutClusters(const GraphModel& model, int g, const std::atomic<bool>* cancel, GraphLayout& out)
{
    Context& ctx = *m_context;
    // The subtree in pre-order; levels and signatures bottom-up, as the per-group path has them.
    QList<int> subtree { g };
    for (qsizetype i = 0; i < subtree.size(); ++i)
        subtree += model.groups[subtree[i]].groups;
    QHash<int, Level> levels;
    QString signature;
    for (qsizetype i = subtree.size() - 1; i >= 0; --i) {
        levels.insert(subtree[i], levelOf(model, subtree[i]));
        signature = signatureOf(model, subtree[i], levels[subtree[i]]);
    }
    if (cancel && cancel->load())
        return nullptr;
    const QString key = QStringLiteral("clusters:") + signature; // the last one: g's own
    if (auto cached = m_cache.value(key)) {
        ctx.layouts[g] = cached;
        for (qsizetype i = 1; i < subtree.size(); ++i)
            ctx.layouts[subtree[i]] = cached->subtree.value(i - 1);
        return cached;
    }

    QMutexLocker lock(&graphvizMutex());
    const DotClusters dot = dotClusters(model, subtree, ctx.columns);
    Agraph_t* graph = dot.graph;
    const QHash<int, Agnode_t*>& nodes = dot.nodes;
    // Ports where edges cross the top group's border, as a per-group run has them.
    const Level& top = levels[g];
    auto ports = addBorderPorts(graph, top.inPorts, top.outPorts);

    // Every edge inside the subtree once, between the real nodes; routes belong to the group
    // that holds both ends (its Internal role). Edges leaving the top group run to its ports.
    QList<Routed> routed;
    QSet<QString> seenPorts;
    int counter = 0;
    auto connect = [&](Agnode_t* tail, Agnode_t* head, int group, const QString& routeKey, int headNode) {
        const QByteArray name = "e" + QByteArray::number(counter++);
        routed << Routed { agedge(graph, tail, head, const_cast<char*>(name.constData()), 1), group, routeKey,
                           headNode };
    };
    for (int d : std::as_const(subtree)) {
        for (const EdgeRole& r : ctx.roles[d]) {
            const GraphEdge& e = model.edges[r.edge];
            if (r.role == Role::Internal) {
                connect(nodes.value(e.from), nodes.value(e.to), d, ctx.keys.value(r.edge), e.to);
            } else if (d == g) {
                const bool outgoing = r.role == Role::OutPort;
                const QString port = ctx.portName(e, outgoing);
                // Keyed by the inner end itself: two consumers in one child group get a route each.
                const QString portKey = ctx.portKey(g, e, outgoing, true);
                if (seenPorts.contains(portKey))
                    continue;
                seenPorts.insert(portKey);
                Agnode_t* portNode = ports[port.toUtf8().toStdString()];
                if (outgoing)
                    connect(nodes.value(e.from), portNode, g, portKey, -1);
                else
                    connect(portNode, nodes.value(e.to), g, portKey, e.to);
            }
            // Port roles of inner groups: the one route above already crosses their borders.
        }
    }

    addRankOrder(model, subtree, nodes, dot.hidden, graph);
    if (!runDotLayout(graph))
        failLayout(graph);
    ++out.dotRuns;

    const QHash<int, std::shared_ptr<GroupLayout>> layouts = readClusterLayouts(model, subtree, dot, routed, ports);
    gvFreeLayout(graphvizContext(), graph);
    agclose(graph);

    for (qsizetype i = 1; i < subtree.size(); ++i) {
        layouts[g]->subtree << layouts[subtree[i]];
        ctx.layouts[subtree[i]] = layouts[subtree[i]];
    }
    ctx.layouts[g] = layouts[g];
    m_cache.insert(key, layouts[g]);
    return layouts[g];
}

} // namespace jitscope
