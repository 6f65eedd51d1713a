// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphlayouter.h"

#include "graph/graphlayouterdetail.h"

#include "common/usererror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QLineF>
#include <QMap>
#include <QMutex>

#include <dlfcn.h>

#include <cmath>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>

namespace jitscope {

namespace {

struct LayouterText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::GraphLayouter)
};

} // namespace

namespace layoutdetail {

namespace {

// cgraph names an object by the address of its interned name, and dot visits subgraphs (the
// clusters) in the order of those IDs, so one graph came out drawn differently within one
// process, as the heap placed its names. Here names are numbered as they first appear, so that
// one input is always one drawing. Even IDs are named objects, odd ones anonymous, as cgraph's
// own discipline has them.
struct NameIds
{
    std::unordered_map<std::string, IDTYPE> ids;
    std::deque<std::string> names; // the name of ID 2 * (i + 1) at i
    IDTYPE anonymous = 1;
};

void* openIds(Agraph_t*, Agdisc_t*)
{
    return new NameIds;
}

long mapId(void* state, int, char* name, IDTYPE* id, int create)
{
    auto* ids = static_cast<NameIds*>(state);
    if (!name) {
        *id = ids->anonymous;
        ids->anonymous += 2;
        return 1;
    }
    if (const auto it = ids->ids.find(name); it != ids->ids.end()) {
        *id = it->second;
        return 1;
    }
    if (!create)
        return 0;
    ids->names.emplace_back(name);
    *id = 2 * IDTYPE(ids->names.size());
    ids->ids.emplace(name, *id);
    return 1;
}

long allocId(void*, int, IDTYPE)
{
    return 0; // no object is created by ID alone
}

void freeId(void*, int, IDTYPE) { }

char* printId(void* state, int, IDTYPE id)
{
    auto* ids = static_cast<NameIds*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size())
        return nullptr;
    return ids->names[size_t(id / 2 - 1)].data();
}

void closeIds(void* state)
{
    delete static_cast<NameIds*>(state);
}

void registerId(void*, int, void*) { }

Agiddisc_t nameIds { openIds, mapId, allocId, freeId, printId, closeIds, registerId };
Agdisc_t numberedNames { &AgMemDisc, &nameIds, &AgIoDisc };

} // namespace

// A top-to-bottom graph of fixed-size, label-less boxes: dot only places what JitScope draws.
Agraph_t* newDotGraph(const char* name)
{
    Agraph_t* graph = agopen(cstr(name), Agdirected, &numberedNames);
    agattr(graph, AGRAPH, cstr("rankdir"), cstr("TB"));
    agattr(graph, AGRAPH, cstr("nodesep"), cstr("0.25"));
    agattr(graph, AGRAPH, cstr("ranksep"), cstr("0.3"));
    agattr(graph, AGNODE, cstr("shape"), cstr("box"));
    agattr(graph, AGNODE, cstr("fixedsize"), cstr("true"));
    agattr(graph, AGNODE, cstr("label"), cstr(""));
    agattr(graph, AGNODE, cstr("width"), cstr("1"));
    agattr(graph, AGNODE, cstr("height"), cstr("0.5"));
    agattr(graph, AGEDGE, cstr("arrowsize"), cstr("0.6"));
    return graph;
}

std::unordered_map<std::string, Agnode_t*> addBorderPorts(Agraph_t* graph, const QStringList& inPorts,
                                                          const QStringList& outPorts)
{
    std::unordered_map<std::string, Agnode_t*> ports;
    auto add = [&](const QStringList& names, const char* subgraph, const char* rank) {
        if (names.isEmpty())
            return;
        Agraph_t* sub = agsubg(graph, cstr(subgraph), 1);
        agsafeset(sub, cstr("rank"), cstr(rank), cstr(""));
        for (const QString& p : names) {
            const QByteArray name = p.toUtf8();
            Agnode_t* node = agnode(sub, const_cast<char*>(name.constData()), 1);
            setAttr(node, "shape", "point");
            setAttr(node, "width", "0.05");
            setAttr(node, "height", "0.05");
            ports[name.toStdString()] = node;
        }
    };
    add(inPorts, "ports_in", "min");
    add(outPorts, "ports_out", "max");
    return ports;
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

// A child group's box as a one-row table of cells as tall as the box: a one-point cell where each
// of its ports crosses its border, fillers between. An edge aimed at a cell (headport pK:n) meets
// the box where the child's own route goes on, and dot places its other end above that point;
// aimed at the box, every edge met it in the middle, and the joins ran along its border (88,000 pt
// of Faster R-CNN's expanded drawing). HTML sizes are whole points, at most 65535.
void setPortCells(Agraph_t* graph, Agnode_t* node, QSizeF size, const QHash<QString, double>& ports,
                  const QString& prefix, QHash<QString, QByteArray>& cells)
{
    // Whole points no larger than the box: its width and height attributes keep the rest.
    const int width = int(std::floor(size.width())), height = int(std::floor(size.height()));
    constexpr int kHtmlMax = 65535;
    if (width > kHtmlMax || height > kHtmlMax || width < 2 || height < 1)
        return;
    QMap<int, QStringList> at; // whole points from the left -> the ports there
    for (auto it = ports.cbegin(); it != ports.cend(); ++it)
        at[std::clamp(int(std::floor(it.value())), 0, width - 1)] << it.key();
    QByteArray html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\"><TR>";
    const QByteArray tall = "\" HEIGHT=\"" + QByteArray::number(height) + "\"></TD>";
    auto cell = [&](int cellWidth, const QByteArray& port) {
        html += "<TD FIXEDSIZE=\"TRUE\"" + (port.isEmpty() ? QByteArray() : " PORT=\"" + port + '"') + " WIDTH=\""
            + QByteArray::number(cellWidth) + tall;
    };
    int x = 0;
    for (auto it = at.cbegin(); it != at.cend(); ++it) {
        if (it.key() > x)
            cell(it.key() - x, {});
        const QByteArray port = 'p' + QByteArray::number(int(cells.size()));
        cell(1, port);
        for (const QString& name : it.value())
            cells.insert(prefix + name, port);
        x = it.key() + 1;
    }
    if (width > x)
        cell(width - x, {});
    html += "</TR></TABLE>";
    setAttr(node, "shape", "plain");
    setAttr(node, "fixedsize", "false");
    char* label = agstrdup_html(graph, html.data());
    agsafeset(node, cstr("label"), label, cstr(""));
    agstrfree(graph, label);
}

// Samples a dot spline (cubic Bézier pieces) into a polyline.
QList<QPointF> sampleSpline(const splines* spl, const std::function<QPointF(pointf)>& map)
{
    QList<QPointF> points;
    if (!spl || spl->size == 0)
        return points;
    const bezier& bz = spl->list[0];
    if (bz.sflag)
        points << map(bz.sp);
    if (bz.size > 0)
        points << map(bz.list[0]);
    for (int i = 0; i + 3 < bz.size; i += 3) {
        const QPointF p0 = map(bz.list[i]), p1 = map(bz.list[i + 1]), p2 = map(bz.list[i + 2]),
                      p3 = map(bz.list[i + 3]);
        constexpr int kSteps = 6;
        for (int s = 1; s <= kSteps; ++s) {
            const double t = double(s) / kSteps, u = 1 - t;
            points << p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t);
        }
    }
    if (bz.eflag)
        points << map(bz.ep);
    return points;
}

// Graphviz keeps global state behind its contexts (dot's mincross tables among them): one
// context for the process, created once and never freed, used by one thread at a time.
QMutex& graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t* graphvizContext()
{
    static GVC_t* context = gvContext();
    return context;
}

} // namespace layoutdetail

using namespace layoutdetail;

namespace {

// Graphviz 2.42's dot marks connected components with a static `char` counter that wraps after
// 255 layouts' worth of calls. When it wraps to 1 just as mincross decomposes a graph whose
// nodes the ranking pass left marked 1, no component is found and dot crashes. The counter is
// not exported, but `decompose` is: running it on a one-node graph reads the counter (the node
// takes its value) and advances it, so before each layout it is taken to one value clear of
// the wrap. A layout calls it about once per cluster, and mincross's calls find nothing to do with
// nodes build_ranks left marked 1 should the counter wrap to 1 on one of them (LR-ASPP's head
// crashed so, started at 100 with its 154 clusters): started at 2, a layout of up to 250
// clusters never wraps.
class ComponentMarkGuard
{
public:
    void beforeLayout(GVC_t* gvc)
    {
        if (!m_ready && !m_failed)
            init(gvc);
        if (!m_ready)
            return;
        // Always the same value, too: the marks a layout leaves decide how the next one
        // decomposes, and so its drawing; from one start, one input always gives one drawing.
        for (int i = 0; i < 300; ++i) {
            m_decompose(m_dummy, 0);
            if (static_cast<unsigned char>(ND_mark(m_node)) == kStartMark)
                return;
        }
    }

    bool isReady() const { return m_ready; }

    static constexpr unsigned char kStartMark = 2; // as far from the wrap at 255 -> 1 as it gets

private:
    void init(GVC_t* gvc)
    {
        m_failed = true;
        m_dummy = agopen(cstr("jitscope_guard"), Agdirected, nullptr);
        m_node = agnode(m_dummy, cstr("n"), 1);
        // A layout loads the dot plugin and gives the node dot's per-node record.
        if (gvLayout(gvc, m_dummy, "dot") != 0)
            return;
        void* plugin = dlopen("libgvplugin_dot_layout.so.6", RTLD_NOW | RTLD_NOLOAD);
        if (!plugin)
            return;
        m_decompose = reinterpret_cast<void (*)(Agraph_t*, int)>(dlsym(plugin, "decompose"));
        m_ready = m_decompose != nullptr;
        m_failed = !m_ready;
    }

    Agraph_t* m_dummy = nullptr;
    Agnode_t* m_node = nullptr;
    void (*m_decompose)(Agraph_t*, int) = nullptr;
    bool m_ready = false;
    bool m_failed = false;
};

ComponentMarkGuard& componentMarkGuard()
{
    static ComponentMarkGuard guard;
    return guard;
}

} // namespace

bool layoutdetail::runDotLayout(Agraph_t* graph)
{
    GVC_t* gvc = graphvizContext();
    componentMarkGuard().beforeLayout(gvc);
    return gvLayout(gvc, graph, "dot") == 0;
}

void layoutdetail::failLayout(Agraph_t* graph)
{
    agclose(graph);
    throw UserError(LayouterText::tr("Graphviz could not lay out the graph. Is its dot plugin installed "
                                     "(libgvc6, then `dot -c` as root)?"));
}

GraphLayouter::GraphLayouter() = default;
GraphLayouter::~GraphLayouter() = default;

GraphLayout GraphLayouter::layout(const GraphModel& model, const std::atomic<bool>* cancel)
{
    GraphLayout out;
    if (model.groups.isEmpty())
        return out;
    Context context(model);
    m_context = &context;
    std::shared_ptr<const GroupLayout> root;
    try {
        root = layoutGroup(model, 0, cancel, out);
    } catch (...) {
        m_context = nullptr;
        throw;
    }
    m_context = nullptr;
    if (!root)
        return GraphLayout();

    // Place every group's children at absolute positions, top-down.
    out.nodes.resize(model.nodes.size());
    out.groups.resize(model.groups.size());
    out.groups[0] = QRectF(QPointF(0, 0), root->size);
    QList<int> pending { 0 };
    while (!pending.isEmpty()) {
        const int g = pending.takeLast();
        const QPointF origin = out.groups[g].topLeft();
        const GroupLayout& gl = *context.layouts[g];
        int i = 0;
        for (int n : model.groups[g].nodes) {
            out.nodes[n] = QRectF(origin + gl.childPos[i++], QSizeF(model.nodes[n].width, model.nodes[n].height));
        }
        for (int c : model.groups[g].groups) {
            out.groups[c] = QRectF(origin + gl.childPos[i++], context.layouts[c]->size);
            pending << c;
        }
    }

    // Each edge's route: up through the groups around its source, across the common group,
    // down through the groups around its target.
    QList<QList<QPair<int, Role>>> segments(model.edges.size()); // (group, role) per edge
    for (int g = 0; g < model.groups.size(); ++g)
        for (const EdgeRole& r : context.roles[g])
            segments[r.edge] << qMakePair(g, r.role);
    out.edges.resize(model.edges.size());
    for (int e = 0; e < model.edges.size(); ++e) {
        const GraphEdge& edge = model.edges[e];
        // Order: out-ports from the deepest group up, the internal part, in-ports from the top down.
        QList<QPair<int, Role>> ups, downs, internal;
        for (const auto& s : segments[e])
            (s.second == Role::OutPort ? ups : s.second == Role::InPort ? downs : internal) << s;
        std::sort(ups.begin(), ups.end(),
                  [&](auto& a, auto& b) { return context.depth[a.first] > context.depth[b.first]; });
        std::sort(downs.begin(), downs.end(),
                  [&](auto& a, auto& b) { return context.depth[a.first] < context.depth[b.first]; });
        QList<QPointF> points;
        for (const auto& list : { ups, internal, downs }) {
            for (const auto& s : list) {
                const QPointF origin = out.groups[s.first].topLeft();
                const auto& routes = context.layouts[s.first]->routes;
                auto route = routes.cend();
                if (s.second == Role::Internal) {
                    route = routes.constFind(context.keys.value(e));
                } else {
                    // A group laid out level by level keys the crossing by child, one laid out in
                    // one run (clusterlayout.cpp) by the inner end itself.
                    const bool outgoing = s.second == Role::OutPort;
                    route = routes.constFind(context.portKey(s.first, edge, outgoing, false));
                    if (route == routes.cend())
                        route = routes.constFind(context.portKey(s.first, edge, outgoing, true));
                }
                if (route == routes.cend())
                    continue;
                if (!points.isEmpty() && !route->isEmpty())
                    out.longestJoin
                        = std::max(out.longestJoin, QLineF(points.last(), origin + route->first()).length());
                for (const QPointF& p : *route)
                    points << origin + p;
            }
        }
        out.edges[e] = points;
    }
    out.bounds = out.groups[0];
    return out;
}

// The local edges of one level, with keys independent of node ids so cached layouts survive
// renumbering when another call expands, and the ports where edges cross its border.
GraphLayouter::Level GraphLayouter::levelOf(const GraphModel& model, int g)
{
    Context& ctx = *m_context;
    const GraphGroup& group = model.groups[g];
    Level level;
    QList<LocalEdge>& local = level.edges;
    QStringList& inPorts = level.inPorts;
    QStringList& outPorts = level.outPorts;
    QSet<QString> seen;
    QHash<QString, int> occurrences;
    auto itemName = [&](Item item) { return QStringLiteral("c%1").arg(ctx.localIndex[g].value(item)); };
    for (const EdgeRole& r : ctx.roles[g]) {
        const GraphEdge& e = model.edges[r.edge];
        if (r.role == Role::Internal) {
            const Item tail = ctx.childHolding(g, e.from), head = ctx.childHolding(g, e.to);
            const QString from = itemName(tail), to = itemName(head);
            const QString base
                = QStringLiteral("i:%1:%2:%3").arg(from, to, e.control ? QStringLiteral("ctl") : e.value);
            const QString key = base + QLatin1Char(':') + QString::number(occurrences[base]++);
            while (ctx.keys.size() <= r.edge)
                ctx.keys << QString();
            ctx.keys[r.edge] = key;
            local << LocalEdge { key, from, to, tail < 0 ? ctx.portName(e, true) : QString(),
                                 head < 0 ? ctx.portName(e, false) : QString() };
        } else {
            const bool outgoing = r.role == Role::OutPort;
            const QString port = ctx.portName(e, outgoing);
            const int child = ctx.localIndex[g].value(ctx.childHolding(g, outgoing ? e.from : e.to));
            const QString key = ctx.portKey(g, e, outgoing, false);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            (outgoing ? outPorts : inPorts) << port;
            const QString childName = QStringLiteral("c%1").arg(child);
            const QString childPort = child >= int(group.nodes.size()) ? port : QString();
            local << (outgoing ? LocalEdge { key, childName, port, childPort, {} }
                               : LocalEdge { key, port, childName, {}, childPort });
        }
    }
    inPorts.removeDuplicates();
    outPorts.removeDuplicates();

    return level;
}

// One dot run for one level: its members and child groups as sized boxes, its ports on the
// border; positions and routes in the group's own coordinates.
std::shared_ptr<const GraphLayouter::GroupLayout> GraphLayouter::runDot(const GraphModel& model, int g,
                                                                        const Level& level, GraphLayout& out)
{
    Context& ctx = *m_context;
    const GraphGroup& group = model.groups[g];
    const QList<LocalEdge>& local = level.edges;
    const QStringList& inPorts = level.inPorts;
    const QStringList& outPorts = level.outPorts;
    QMutexLocker lock(&graphvizMutex());
    Agraph_t* graph = newDotGraph("g");

    QList<QSizeF> sizes;
    QList<Agnode_t*> children;
    for (int n : group.nodes)
        sizes << QSizeF(model.nodes[n].width, model.nodes[n].height);
    for (int c : group.groups)
        sizes << ctx.layouts[c]->size;
    // Where each child group's edges cross its border, as its own layout put its ports.
    QList<QHash<QString, double>> childPorts(sizes.size());
    for (const LocalEdge& e : local) {
        for (const auto& [item, port] : { std::pair(e.tail, e.tailPort), std::pair(e.head, e.headPort) }) {
            if (port.isEmpty())
                continue;
            const int i = item.mid(1).toInt(); // a port is only named at a child group
            Q_ASSERT(i >= group.nodes.size() && i < sizes.size());
            const QHash<QString, double>& placed = ctx.layouts[group.groups.value(i - group.nodes.size())]->portX;
            if (const auto x = placed.constFind(port); x != placed.cend())
                childPorts[i].insert(port, *x);
        }
    }
    QHash<QString, QByteArray> portCells; // "i/port" -> the child's table cell that stands for it
    for (int i = 0; i < sizes.size(); ++i) {
        const QByteArray name = QStringLiteral("c%1").arg(i).toUtf8();
        Agnode_t* node = agnode(graph, const_cast<char*>(name.constData()), 1);
        setAttr(node, "width", inches(sizes[i].width()));
        setAttr(node, "height", inches(sizes[i].height()));
        if (!childPorts[i].isEmpty())
            setPortCells(graph, node, sizes[i], childPorts[i], QString::number(i) + QLatin1Char('/'), portCells);
        children << node;
    }
    auto ports = addBorderPorts(graph, inPorts, outPorts);
    auto find = [&](const QString& name) -> Agnode_t* {
        if (name.startsWith(QLatin1Char('c')) && !name.contains(QLatin1Char(':')))
            return children.value(name.mid(1).toInt());
        const auto it = ports.find(name.toStdString());
        return it == ports.end() ? nullptr : it->second;
    };
    QList<QPair<Agedge_t*, QString>> edges;
    for (int i = 0; i < local.size(); ++i) {
        Agnode_t* tail = find(local[i].tail);
        Agnode_t* head = find(local[i].head);
        if (!tail || !head)
            continue;
        const QByteArray name = QByteArray::number(i);
        Agedge_t* edge = agedge(graph, tail, head, const_cast<char*>(name.constData()), 1);
        // The edge meets a child group's box where that group's route goes on, not at its middle.
        const QByteArray tailCell = portCells.value(local[i].tail.mid(1) + QLatin1Char('/') + local[i].tailPort);
        const QByteArray headCell = portCells.value(local[i].head.mid(1) + QLatin1Char('/') + local[i].headPort);
        if (!local[i].tailPort.isEmpty() && !tailCell.isEmpty())
            setAttr(edge, "tailport", tailCell + ":s");
        if (!local[i].headPort.isEmpty() && !headCell.isEmpty())
            setAttr(edge, "headport", headCell + ":n");
        edges << qMakePair(edge, local[i].key);
    }

    if (!runDotLayout(graph))
        failLayout(graph);
    ++out.dotRuns;
    GVC_t* gvc = graphvizContext();

    const boxf bb = GD_bb(graph);
    const bool hasTitle = g != 0;
    const double top = (hasTitle ? kGroupTitle : 0.0) + kGroupPadding;
    auto map = [&](pointf p) { return QPointF(p.x - bb.LL.x + kGroupPadding, bb.UR.y - p.y + top); };
    auto layout = std::make_shared<GroupLayout>();
    layout->size = QSizeF(bb.UR.x - bb.LL.x + 2 * kGroupPadding, bb.UR.y - bb.LL.y + top + kGroupPadding);
    for (int i = 0; i < children.size(); ++i) {
        const QPointF center = map(ND_coord(children[i]));
        layout->childPos << center - QPointF(sizes[i].width() / 2, sizes[i].height() / 2);
    }
    for (const auto& e : edges) {
        // Routes to and from ports end at the port; the parent's route continues from there,
        // so the pieces join up when an edge's segments are concatenated.
        layout->routes.insert(e.second, sampleSpline(ED_spl(e.first), map));
    }
    for (const auto& [name, node] : ports)
        layout->portX.insert(QString::fromStdString(name), map(ND_coord(node)).x());
    gvFreeLayout(gvc, graph);
    agclose(graph);

    return layout;
}

// The content signature of a group: what dot would see, its child groups' signatures included.
// Stored for the parent's run, which sees the group's title too (a cluster's label); returned
// without it, as the group's own run sees it (its title is drawn in room kept for it), so that
// the twelve encoder layers of a ViT, alike but for their names, are laid out once.
QString GraphLayouter::signatureOf(const GraphModel& model, int g, const Level& level)
{
    Context& ctx = *m_context;
    const GraphGroup& group = model.groups[g];
    QByteArray content;
    for (int n : group.nodes) {
        const GraphNode& node = model.nodes[n];
        content += QStringLiteral("|n%1,%2,%3,%4")
                       .arg(node.label)
                       .arg(node.width)
                       .arg(node.height)
                       .arg(node.brief)
                       .toUtf8();
    }
    for (int c : group.groups)
        content += "|g" + ctx.signatures[c].toUtf8();
    for (const LocalEdge& e : level.edges) // with the child ports it meets, whose places it reads
        content += "|e" + e.key.toUtf8() + '|' + e.tailPort.toUtf8() + '|' + e.headPort.toUtf8();
    auto hash = [](const QByteArray& text) {
        return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
    };
    const QByteArray kind = groupKindName(group.kind).toUtf8() + '|';
    ctx.signatures[g] = hash(kind + group.title().toUtf8() + content);
    return hash(kind + content);
}

std::shared_ptr<const GraphLayouter::GroupLayout>
GraphLayouter::layoutGroup(const GraphModel& model, int g, const std::atomic<bool>* cancel, GraphLayout& out)
{
    Context& ctx = *m_context;
    const GraphGroup& group = model.groups[g];
    // A small enough subtree is laid out in one dot run with its groups as clusters: as tight as
    // dot's own layout; so is a group with a side column, which only that run draws. Larger ones
    // go group by group, each child a box, so the cost stays linear.
    if ((!group.groups.isEmpty() || ctx.columns.contains(g)) && ctx.subtreeNodes[g] <= kClusterNodes)
        return layoutClusters(model, g, cancel, out);
    for (int c : group.groups) {
        if (!layoutGroup(model, c, cancel, out))
            return nullptr;
    }
    if (cancel && cancel->load())
        return nullptr;

    const Level level = levelOf(model, g);
    const QString hash = signatureOf(model, g, level);
    if (auto cached = m_cache.value(hash)) {
        ctx.layouts[g] = cached;
        return cached;
    }

    auto layout = runDot(model, g, level, out);
    ctx.layouts[g] = layout;
    m_cache.insert(hash, layout);
    return layout;
}

bool GraphLayouter::crashGuardActive()
{
    QMutexLocker lock(&graphvizMutex());
    componentMarkGuard().beforeLayout(graphvizContext());
    return componentMarkGuard().isReady();
}

GraphLayout GraphLayouter::layoutFlat(const GraphModel& model)
{
    QMutexLocker lock(&graphvizMutex());
    Agraph_t* graph = newDotGraph("flat");
    QList<Agnode_t*> nodes;
    for (const GraphNode& n : model.nodes) {
        const QByteArray name = QByteArray::number(n.id);
        Agnode_t* node = agnode(graph, const_cast<char*>(name.constData()), 1);
        setAttr(node, "width", inches(n.width));
        setAttr(node, "height", inches(n.height));
        nodes << node;
    }
    QList<Agedge_t*> edges;
    for (qsizetype i = 0; i < model.edges.size(); ++i) {
        const QByteArray name = "e" + QByteArray::number(i);
        edges << agedge(graph, nodes[model.edges[i].from], nodes[model.edges[i].to],
                        const_cast<char*>(name.constData()), 1);
    }
    if (!runDotLayout(graph)) {
        agclose(graph);
        throw UserError(LayouterText::tr("Graphviz could not lay out the graph."));
    }
    const boxf bb = GD_bb(graph);
    auto map = [&](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    GraphLayout out;
    out.dotRuns = 1;
    out.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (qsizetype i = 0; i < model.nodes.size(); ++i)
        out.nodes << QRectF(map(ND_coord(nodes[i])) - QPointF(model.nodes[i].width / 2, model.nodes[i].height / 2),
                            QSizeF(model.nodes[i].width, model.nodes[i].height));
    for (Agedge_t* e : edges)
        out.edges << sampleSpline(ED_spl(e), map);
    gvFreeLayout(graphvizContext(), graph);
    agclose(graph);
    return out;
}

double totalEdgeLength(const GraphLayout& layout)
{
    double total = 0;
    for (const QList<QPointF>& route : layout.edges)
        for (qsizetype i = 1; i < route.size(); ++i)
            total += QLineF(route[i - 1], route[i]).length();
    return total;
}

} // namespace jitscope
