// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Graph view timings on large archives: the collapsed first view, expanding one layer, expand
// all, drawing the scene, the longest stall of the GUI thread meanwhile, and, in the same run,
// one plain dot layout of the same fully expanded graph as the baseline. Prints; asserts nothing.
#include "common/operatorlibraries.h"
#include "common/usererror.h"
#include "graph/graphlayouter.h"
#include "graphscene.h"
#include "session/modelsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTimer>

#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace jitscope;

namespace {

double ms(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

// The first encoder layer (ViT) or first bottleneck (ResNet), with its ancestors; for the rest of
// the zoo, the first module two levels down that has modules of its own (a stage, a block).
QStringList layerKeys(const ModelSnapshot& s)
{
    static const QRegularExpression layer(QStringLiteral(R"((encoder_layer_0|^layer1\.0)$)"));
    const ModuleInfo* chosen = nullptr;
    for (const ModuleInfo& m : s.modules) {
        if (layer.match(m.path).hasMatch()) {
            chosen = &m;
            break;
        }
        if (!chosen && m.depth == 2 && !m.children.isEmpty())
            chosen = &m;
    }
    if (!chosen)
        return {};
    QStringList keys;
    const QStringList parts = chosen->path.split(QLatin1Char('.'));
    for (int i = 1; i <= parts.size(); ++i)
        keys << parts.mid(0, i).join(QLatin1Char('.')) + QStringLiteral(":forward");
    return keys;
}

constexpr int kFlatNodes = 3000;

GraphOptions keysOption(const QStringList& keys)
{
    GraphOptions o;
    o.expand = GraphOptions::Expand::Keys;
    o.keys = QSet<QString>(keys.begin(), keys.end());
    return o;
}

double routeLength(const QList<QPointF>& route)
{
    double length = 0;
    for (qsizetype i = 1; i < route.size(); ++i)
        length += QLineF(route[i - 1], route[i]).length();
    return length;
}

// --longest: the edges that lengthen the grouped layout most against the flat one, to see
// where the edge-length ratio comes from.
void printLongestEdges(const GraphModel& m, const GraphLayout& grouped, const GraphLayout& flat)
{
    QList<QPair<double, qsizetype>> excess;
    for (qsizetype e = 0; e < m.edges.size(); ++e)
        excess << qMakePair(routeLength(grouped.edges[e]) - routeLength(flat.edges[e]), e);
    std::sort(excess.begin(), excess.end(), std::greater<>());
    std::printf("  %.0f pt grouped, %.0f pt flat, over %lld edges; longest join of route pieces %.0f pt\n",
                totalEdgeLength(grouped), totalEdgeLength(flat), static_cast<long long>(m.edges.size()),
                grouped.longestJoin);
    for (qsizetype i = 0; i < std::min<qsizetype>(15, excess.size()); ++i) {
        const GraphEdge& e = m.edges[excess[i].second];
        std::printf("  +%6.0f pt  %s [%s] -> %s [%s]\n", excess[i].first, qPrintable(m.nodes[e.from].label),
                    qPrintable(m.groups[m.nodes[e.from].group].title()), qPrintable(m.nodes[e.to].label),
                    qPrintable(m.groups[m.nodes[e.to].group].title()));
        // Where its ends stand in each layout: a far consumer, or a detour around a group?
        std::printf("           grouped (%.0f, %.0f) -> (%.0f, %.0f), flat (%.0f, %.0f) -> (%.0f, %.0f)\n",
                    grouped.nodes[e.from].center().x(), grouped.nodes[e.from].center().y(),
                    grouped.nodes[e.to].center().x(), grouped.nodes[e.to].center().y(), flat.nodes[e.from].center().x(),
                    flat.nodes[e.from].center().y(), flat.nodes[e.to].center().x(), flat.nodes[e.to].center().y());
    }
    // The same excess summed by the node the edges leave: a value read far away many times.
    QHash<int, double> bySource;
    for (const auto& [extra, e] : excess)
        bySource[m.edges[e].from] += extra;
    QList<QPair<double, int>> sources;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        sources << qMakePair(it.value(), it.key());
    std::sort(sources.begin(), sources.end(), std::greater<>());
    std::printf("  by source node:\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(10, sources.size()); ++i)
        std::printf("  %+8.0f pt  %s [%s]\n", sources[i].first, qPrintable(m.nodes[sources[i].second].label),
                    qPrintable(m.groups[m.nodes[sources[i].second].group].title()));
    // And by the group where its ends meet: one level's layout, or the groups below it.
    auto depth = [&](int g) {
        int d = 0;
        for (; g > 0; g = m.groups[g].parent)
            ++d;
        return d;
    };
    QHash<int, QPair<double, double>> byGroup; // grouped, flat
    QHash<int, int> edgesIn;
    for (qsizetype e = 0; e < m.edges.size(); ++e) {
        int a = m.nodes[m.edges[e].from].group, b = m.nodes[m.edges[e].to].group;
        while (a != b)
            (depth(a) >= depth(b) ? a : b) = m.groups[depth(a) >= depth(b) ? a : b].parent;
        byGroup[a].first += routeLength(grouped.edges[e]);
        byGroup[a].second += routeLength(flat.edges[e]);
        ++edgesIn[a];
    }
    QList<QPair<double, int>> groups;
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
        groups << qMakePair(it.value().first - it.value().second, it.key());
    std::sort(groups.begin(), groups.end(), std::greater<>());
    std::printf("  by the group where both ends meet (grouped - flat, grouped, flat, edges):\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(10, groups.size()); ++i)
        std::printf("  %+8.0f pt  %8.0f %8.0f %5d  %s\n", groups[i].first, byGroup[groups[i].second].first,
                    byGroup[groups[i].second].second, edgesIn[groups[i].second],
                    qPrintable(m.groups[groups[i].second].title()));
}

} // namespace

// The collapsed first view, and one layer expanded with its parents already shown.
struct StepTimes
{
    double first = 0, layer = 0;
    int layerRuns = 0;
};

StepTimes timeSteps(const QString& path)
{
    StepTimes times;
    QElapsedTimer t;
    ModelSession s;
    const SnapshotPtr snapshot = s.open(path).wait();
    t.start();
    s.graph({ QString(), QString(), GraphOptions() }).wait();
    times.first = ms(t);
    const LaidOutGraphPtr collapsed = s.graph({ QString(), QString(), GraphOptions() }).wait();
    // Scripted models often route forward through a helper on self (ResNet's _forward_impl).
    QStringList keys;
    for (const QString& key : collapsed->model.expandableKeys)
        if (key.startsWith(QLatin1Char(':')))
            keys << key;
    keys += layerKeys(*snapshot);
    if (keys.size() > 1) {
        s.graph({ QString(), QString(), keysOption(keys.mid(0, keys.size() - 1)) }).wait();
        t.restart();
        const LaidOutGraphPtr g = s.graph({ QString(), QString(), keysOption(keys) }).wait();
        times.layer = ms(t);
        times.layerRuns = g->layout.dotRuns;
    }
    return times;
}

// A detection model calls torchvision's operators: `--ops-library PATH` loads their library, as
// the CLI does. False when one cannot be loaded.
bool loadOperatorLibraries(QStringList& args)
{
    for (qsizetype i = args.indexOf(QStringLiteral("--ops-library")); i >= 0 && i + 1 < args.size();
         i = args.indexOf(QStringLiteral("--ops-library"))) {
        try {
            OperatorLibraries::load(args[i + 1]);
        } catch (const UserError& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return false;
        }
        args.remove(i, 2);
    }
    return true;
}

void printLegend()
{
    std::printf("first: collapsed first view; layer: expanding one layer with its parents shown; all: expand all\n"
                "(cold cache); scene: drawing it; gui-stall: longest event-loop gap meanwhile; flat-dot: one\n"
                "plain dot run on the same flat graph (--flat); ratio: flat-dot / all; runs: dot runs for\n"
                "the layer step / for expand all; edge-len: total edge length of expand all / of the flat dot\n"
                "layout (goal <= 1.5x; --longest lists the edges that lengthen it most). Goals: first <= 1 s, layer <= "
                "0.3 s, all (ViT-B/16\n"
                "scripted) <= 10 s, gui-stall <= 50 ms.\n");
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool flat = args.removeAll(QStringLiteral("--flat")) > 0;
    const bool longest = args.removeAll(QStringLiteral("--longest")) > 0;
    if (!loadOperatorLibraries(args))
        return 2;
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_graph [--flat] [--longest] [--ops-library PATH]... ARCHIVE.pt...\n");
        return 2;
    }
    std::printf("%-36s %7s %9s %9s %9s %9s %9s %9s %10s %7s %8s\n", "archive", "nodes", "first", "layer", "all",
                "scene", "gui-stall", "flat-dot", "ratio", "runs", "edge-len");
    for (const QString& path : args)
        try {
            GraphOptions all;
            all.expand = GraphOptions::Expand::All;
            QElapsedTimer t;
            double expandAll = 0, sceneMs = 0, stall = 0, flatMs = -1;
            int nodes = 0;
            const StepTimes steps = timeSteps(path);
            const double first = steps.first, layer = steps.layer;
            const int layerRuns = steps.layerRuns;
            LaidOutGraphPtr full;
            {
                // Expand all, asynchronously from a cold cache, while the GUI thread's event loop is
                // watched; drawing the result into a scene is GUI-thread work and counts too.
                ModelSession s;
                s.open(path).wait();
                GraphScene scene;
                QEventLoop loop;
                QElapsedTimer gap;
                QTimer tick;
                QObject::connect(&tick, &QTimer::timeout, [&] {
                    stall = std::max(stall, ms(gap));
                    gap.restart();
                });
                t.restart();
                gap.start();
                tick.start(1);
                s.graph({ QString(), QString(), all })
                    .then(
                        &loop,
                        [&](const LaidOutGraphPtr& g) {
                            expandAll = ms(t);
                            // The scene fills in slices; "scene" is the time until it is complete.
                            auto sceneTimer = std::make_shared<QElapsedTimer>();
                            sceneTimer->start();
                            QObject::connect(&scene, &GraphScene::filled, &loop, [&, sceneTimer] {
                                // The first query after filling builds the scene's index: GUI-thread work too.
                                QElapsedTimer query;
                                query.start();
                                scene.items(QRectF(0, 0, 200, 200));
                                stall = std::max(stall, ms(query));
                                sceneMs = ms(*sceneTimer);
                                loop.quit();
                            });
                            scene.setGraph(g);
                            full = g;
                        },
                        [&](const QString& message) {
                            std::fprintf(stderr, "%s\n", qPrintable(message));
                            loop.exit(1);
                        });
                if (loop.exec() != 0)
                    return 1;
                stall = std::max(stall, ms(gap));
            }
            nodes = int(full->model.nodes.size());
            double lengthRatio = -1;
            // Plain dot on a flat graph of tens of thousands of nodes runs for hours: only on request.
            if (flat || nodes <= kFlatNodes) {
                GraphLayouter layouter;
                t.restart();
                const GraphLayout flatLayout = layouter.layoutFlat(full->model);
                flatMs = ms(t);
                lengthRatio = totalEdgeLength(full->layout) / std::max(1.0, totalEdgeLength(flatLayout));
                if (longest)
                    printLongestEdges(full->model, full->layout, flatLayout);
            }
            std::printf("%-36s %7d %7.0fms %7.0fms %7.0fms %7.0fms %7.1fms %7.0fms %10s %3d/%-3d %8s\n",
                        qPrintable(path.section(QLatin1Char('/'), -1)), nodes, first, layer, expandAll, sceneMs, stall,
                        flatMs, flatMs > 0 ? qPrintable(QStringLiteral("%1x").arg(flatMs / expandAll, 0, 'f', 1)) : "-",
                        layerRuns, full->layout.dotRuns,
                        lengthRatio > 0 ? qPrintable(QStringLiteral("%1x").arg(lengthRatio, 0, 'f', 2)) : "-");
            std::fflush(stdout);
        } catch (const UserError& e) {
            // A refused archive is a row of the table, not the end of the run.
            std::printf("%-36s refused: %s\n", qPrintable(path.section(QLatin1Char('/'), -1)),
                        qPrintable(QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0).left(200)));
            std::fflush(stdout);
        }
    printLegend();
    return 0;
}
