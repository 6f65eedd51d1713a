// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph as a person sees it: where it opens, Fit, groups never over their nodes, the colour
// key and the overview, Ctrl+F, and what a clicked edge says.
#include "elidedlabel.h"
#include "graph/graphnodetext.h"
#include "graphfont.h"
#include "graphpage.h"
#include "graphpainter.h"
#include "graphscene.h"
#include "graphview.h"
#include "grouptitles.h"
#include "i18n.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

using namespace jitscope;

namespace {

// A chain of `depth` nested groups with one node each (the innermost drawn last), and as many
// sibling groups beside it: more than a thousand groups either way.
LaidOutGraphPtr nestedGroups(int depth)
{
    auto graph = std::make_shared<LaidOutGraph>();
    GraphModel& m = graph->model;
    GraphLayout& l = graph->layout;
    m.groups << GraphGroup();
    l.groups << QRectF(0, 0, 4000, 3200);
    for (int i = 1; i <= 2 * depth; ++i) {
        GraphGroup g;
        g.id = i;
        g.kind = GroupKind::Module;
        g.label = QStringLiteral("g%1").arg(i);
        g.parent = i <= depth ? i - 1 : 0; // a chain, then siblings of the root
        m.groups[g.parent].groups << i;
        GraphNode n;
        n.id = int(m.nodes.size());
        n.kind = QStringLiteral("aten::relu");
        n.label = QStringLiteral("relu");
        n.group = i;
        g.nodes << n.id;
        m.groups << g;
        m.nodes << n;
        // Chained groups shrink inwards around a grid of their nodes; siblings sit in a column.
        const int j = i <= depth ? i : i - depth;
        const QRectF node = i <= depth ? QRectF(1110 + (j % 25) * 30, 1110 + (j / 25) * 16, 20, 10)
                                       : QRectF(3100 + (j % 20) * 40, 100 + (j / 20) * 40, 20, 10);
        l.groups << (i <= depth ? QRectF(i, i, 3000 - 2 * i, 3000 - 2 * i) : node.adjusted(-4, -4, 4, 4));
        l.nodes << node;
    }
    l.bounds = l.groups[0];
    return graph;
}

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

    struct Page
    {
        ModelSession session;
        Document document { &session };
        GraphPage page { &session };
        QSignalSpy shown { &page, &GraphPage::graphShown };

        Page() { document.attach(&page); }

        void open(const QString& example) { openPath(testutil::example(example)); }
        void openPath(const QString& path)
        {
            document.setArchive(session.open(path).wait(), path);
            QTRY_VERIFY_WITH_TIMEOUT(page.graph(), 20000);
        }
    };

private Q_SLOTS:
    // Hovering a collapsed module call names the module it calls, not only its caller (ViT's
    // twelve encoder-layer calls each said `prim::CallMethod`, `encoder.layers`).
    void callsNameWhatTheyCallOnHover()
    {
        Page p;
        p.open(QStringLiteral("conv_net"));
        QStringList tips;
        for (const GraphNode& n : p.page.graph()->model.nodes)
            if (n.kind == QLatin1String("prim::CallMethod"))
                tips << GraphScene::nodeToolTip(n);
        QVERIFY2(tips.contains(QStringLiteral("head · Head\ncalled in (root)\nDouble-click to expand")),
                 qPrintable(tips.join(QLatin1String(" | "))));
        GraphNode layer;
        layer.kind = QStringLiteral("prim::CallMethod");
        layer.sublabel = QStringLiteral("RoIHeads");
        layer.callee = QStringLiteral("roi_heads");
        layer.calleeMethod = QStringLiteral("postprocess_detections");
        QVERIFY(
            GraphScene::nodeToolTip(layer).startsWith(QStringLiteral("roi_heads.postprocess_detections · RoIHeads\n")));
        GraphNode op;
        op.kind = QStringLiteral("aten::relu");
        op.module = QStringLiteral("features.1");
        QCOMPARE(GraphScene::nodeToolTip(op), QStringLiteral("aten::relu\nfeatures.1"));
    }

    void statusLineIsCutVisibly()
    {
        // The node and edge counts in a narrow pane end in "…", the whole line as tooltip.
        ElidedLabel label;
        const QString line = QStringLiteral("951 nodes · 1,234 edges · 513 groups · built in 12 ms");
        label.setFullText(line);
        label.resize(90, label.sizeHint().height());
        label.show();
        QVERIFY(label.text().endsWith(QStringLiteral("…")));
        QVERIFY(line.startsWith(label.text().chopped(1)));
        QCOMPARE(label.toolTip(), line);
        // Whole facts go, not half a word: "1,234 ed…" would read as another word.
        label.resize(label.fontMetrics().horizontalAdvance(QStringLiteral("951 nodes · 1,234 edges · 513 gr")),
                     label.height());
        QCOMPARE(label.text(), QStringLiteral("951 nodes · 1,234 edges · …"));
        label.resize(2000, label.height());
        QCOMPARE(label.text(), line);
        QVERIFY(label.toolTip().isEmpty());
    }

    // Counts read as English or German writes them: "1 group", "2,481 groups" (the graph's status
    // line read "1 groups", the Run dock "1 value(s)"), also where no catalogue matches the
    // language (the C locale: English).
    void countsAreSingularOrPlural()
    {
        const auto english = qScopeGuard([] { removeTranslators(); }); // whatever fails, later tests read English
        auto groups
            = [](int n) { return QCoreApplication::translate("jitscope::GraphPage", "%Ln group(s)", nullptr, n); };
        auto values = [](int n) {
            return QCoreApplication::translate("jitscope::InvokePanel", "$%1 observed: %n value(s)", nullptr, n);
        };
        QVERIFY(!installTranslators(QLocale::c()));
        QCOMPARE(groups(1), QStringLiteral("1 group"));
        QCOMPARE(groups(2), QStringLiteral("2 groups"));
        QCOMPARE(values(1), QStringLiteral("$%1 observed: 1 value"));
        removeTranslators();
        QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(groups(2481), QStringLiteral("2,481 groups"));
        removeTranslators();
        QVERIFY(installTranslators(QLocale(QLocale::German)));
        QCOMPARE(groups(1), QStringLiteral("1 Gruppe"));
        QCOMPARE(groups(2481), QStringLiteral("2.481 Gruppen"));
    }

    void nodesArePaintedOverTheirGroups()
    {
        // More than a thousand groups: every node stays on top of every box around it.
        GraphScene scene;
        scene.setGraph(nestedGroups(1100));
        QTRY_VERIFY(scene.isFilled());
        const LaidOutGraph& g = *scene.graph();
        for (int id : { 0, 999, 1099, 1100, 2199 }) {
            const QList<QGraphicsItem*> stack
                = scene.items(g.layout.nodes[id].center(), Qt::IntersectsItemBoundingRect, Qt::DescendingOrder);
            QVERIFY(stack.size() >= 2);
            QCOMPARE(stack.first()->boundingRect().center(), g.layout.nodes[id].center() + QPointF(1.5, 1.5));
        }
    }

    // Core sizes a box without fonts; what the painter then draws in it must fit: the title in
    // the box less its margins, each line likewise, a check's label (German "Prüfung" is longer
    // than "check") on its band with room for what it checks.
    void boxesHoldTheirText()
    {
        const QFontMetricsF title(graphFont(9, true)), line(graphFont(8));
        for (const char* label : { "matmul", "mm", "_native_multi_head_attention", "WWWWMMMM", "iiiiil",
                                   "upsample_bilinear2d", "TupleConstruct", "Ünïcödé" }) {
            GraphNode n;
            n.label = QString::fromUtf8(label);
            n.attributes << qMakePair(QStringLiteral("mmmm"), QStringLiteral("WWWW_mmmm"));
            sizeGraphNode(n);
            QVERIFY2(title.horizontalAdvance(n.label) <= n.width - 10, label);
            QVERIFY2(line.horizontalAdvance(graphNodeLines(n).first()) <= n.width - 10, label);
        }
        const auto english = qScopeGuard([] { removeTranslators(); }); // whatever fails, later tests read English
        for (const QString& language : { QStringLiteral("en"), QStringLiteral("de") }) {
            if (language == QLatin1String("de"))
                QVERIFY(installTranslators(QLocale(QLocale::German)));
            GraphNode check;
            check.label = QStringLiteral("check");
            check.brief = true;
            check.sublabel = QStringLiteral("dim(input) == 3");
            sizeGraphNode(check);
            const QString shown = GraphPainter::shownLabel(check);
            QCOMPARE(shown == QStringLiteral("Prüfung"), language == QLatin1String("de"));
            QVERIFY2(title.horizontalAdvance(shown) + 10 + line.horizontalAdvance(check.sublabel) + 8 <= check.width,
                     qPrintable(language));
        }
    }

    // At every zoom, from Fit to 200%: no group title over a node, a box it is not in, or another
    // title; no observed shape over a node, a title or another shape. Zoomed out, the outer
    // groups of ResNet-18 still name themselves beside their boxes.
    void titlesAndLabelsKeepClear()
    {
        const QString resnet = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        QVERIFY2(QFile::exists(resnet), "resnet18_scripted.pt is missing: the write_python_fixtures test writes it");
        Page p;
        p.openPath(resnet);
        p.shown.clear();
        p.page.expandAll();
        QTRY_VERIFY_WITH_TIMEOUT(p.shown.size() > 0, 60000);
        const LaidOutGraph& g = *p.page.graph();
        const GraphModel& m = g.model;
        auto isAncestor = [&](int ancestor, int group) {
            for (int a = group; a > 0; a = m.groups[a].parent)
                if (a == ancestor)
                    return true;
            return false;
        };
        for (const double scale : { 0.05, 0.1, 0.2, 0.3, 0.45, 0.59, 0.6, 1.0, 2.0 }) {
            const QList<GroupTitle> titles = placeGroupTitles(g, scale);
            QStringList named;
            for (qsizetype i = 0; i < titles.size(); ++i) {
                const GroupTitle& t = titles[i];
                named << m.groups[t.group].label;
                for (int n = 0; n < m.nodes.size(); ++n)
                    QVERIFY2(
                        !t.rect.intersects(g.layout.nodes[n]),
                        qPrintable(QStringLiteral("%1 over node %2 at %3").arg(t.text, m.nodes[n].label).arg(scale)));
                for (int other = 1; other < m.groups.size(); ++other)
                    QVERIFY2(
                        isAncestor(other, t.group) || !t.rect.intersects(g.layout.groups[other]),
                        qPrintable(
                            QStringLiteral("%1 over box %2 at %3").arg(t.text, m.groups[other].title()).arg(scale)));
                for (qsizetype j = i + 1; j < titles.size(); ++j)
                    QVERIFY2(!t.rect.intersects(titles[j].rect),
                             qPrintable(QStringLiteral("%1 over %2 at %3").arg(t.text, titles[j].text).arg(scale)));
            }
            if (scale >= 0.1)
                for (const char* layer : { "layer1", "layer2", "layer3", "layer4" })
                    QVERIFY2(named.contains(QLatin1String(layer)),
                             qPrintable(QStringLiteral("%1 at %2").arg(QLatin1String(layer)).arg(scale)));
        }

        // An observed call's shapes on the edges.
        ObserveRequest request;
        request.call.method = QStringLiteral("forward");
        request.call.arguments = { QStringLiteral("x=randn(1, 3, 64, 64)") };
        request.repeat = 0;
        p.document.setObservedRun(p.session.observe(request).wait());
        GraphScene* scene = p.page.scene();
        QList<QRectF> labels;
        for (int e = 0; e < m.edges.size(); ++e)
            if (const GraphPainter::EdgeLabel label = scene->edgeLabel(e); !label.text.isEmpty())
                labels << label.rect;
        QVERIFY(labels.size() > 50);
        const QList<GroupTitle> titles = placeGroupTitles(g, 1.0);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (int n = 0; n < m.nodes.size(); ++n)
                QVERIFY2(!labels[i].intersects(g.layout.nodes[n]), qPrintable(m.nodes[n].label));
            for (const GroupTitle& t : titles)
                QVERIFY2(!labels[i].intersects(t.rect), qPrintable(t.text));
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY(!labels[i].intersects(labels[j]));
        }
    }

    void opensReadableAndFitsWhole()
    {
        Page p;
        p.page.resize(900, 600);
        p.page.show();
        p.open(QStringLiteral("conv_net"));
        GraphView* view = p.page.view();
        // Opens at a zoom where node titles are at least 9 px, at the top of the graph.
        QVERIFY2(view->zoom() >= GraphView::kReadableZoom && view->zoom() <= 1.0,
                 qPrintable(QString::number(view->zoom())));
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(visible.top() <= p.page.graph()->layout.bounds.top() + 30);

        // Expanded in full, the graph is taller than the view: Fit shows all of it, however small.
        p.shown.clear();
        p.page.expandAll();
        QTRY_VERIFY_WITH_TIMEOUT(p.shown.size() > 0, 20000);
        view->fitGraph();
        QVERIFY(view->zoom() < GraphView::kReadableZoom);
        const QRectF all = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(all.adjusted(-2, -2, 2, 2).contains(p.page.graph()->layout.bounds));
        view->showTop();
        QVERIFY(view->zoom() >= GraphView::kReadableZoom);
    }

    void legendAndOverviewCanBeHidden()
    {
        Page p;
        p.page.resize(1000, 700);
        p.page.show();
        p.open(QStringLiteral("conv_net"));
        p.shown.clear();
        p.page.expandAll(); // taller than the view: the overview shows
        QTRY_VERIFY_WITH_TIMEOUT(p.shown.size() > 0, 20000);
        QWidget* legend = p.page.findChild<QWidget*>(QStringLiteral("graphLegend"));
        QVERIFY(legend);
        QTRY_VERIFY(legend->isVisible());
        QAction* legendAction = nullptr;
        QAction* overviewAction = nullptr;
        for (QAction* a : p.page.findChild<QToolBar*>(QStringLiteral("graphToolBar"))->actions()) {
            if (a->text() == QLatin1String("Legend"))
                legendAction = a;
            if (a->text() == QLatin1String("Overview"))
                overviewAction = a;
        }
        QVERIFY(legendAction && overviewAction);
        legendAction->trigger();
        QVERIFY(!legend->isVisible());
        QVERIFY(p.page.view()->isMiniMapEnabled());
        overviewAction->trigger();
        QVERIFY(!p.page.view()->isMiniMapEnabled());
        // The overview is small: a corner, never a third of the view.
        overviewAction->trigger();
        for (QObject* child : p.page.view()->children()) {
            auto* mini = qobject_cast<QGraphicsView*>(child);
            if (mini && mini->isVisible()) {
                QVERIFY(mini->width() <= p.page.view()->viewport()->width() / 5);
                QVERIFY(mini->height() <= p.page.view()->viewport()->height() / 3 + 1);
            }
        }
    }

    // A double-click on a call expands it, though its first click selects the call and the
    // inspector that opens for it narrows the view (the drawing moved under the second click, and
    // the double-click selected whatever stood there instead). Then the inspector opens, and the
    // node it describes stays in sight.
    void doubleClickExpandsAndTheSelectionStaysInSight()
    {
        Page p;
        p.page.resize(1000, 700);
        p.page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p.page));
        p.open(QStringLiteral("conv_net"));
        GraphView* view = p.page.view();
        const GraphModel& before = p.page.graph()->model;
        int call = -1;
        for (const GraphNode& n : before.nodes)
            if (call < 0 && !n.expandKey.isEmpty())
                call = n.id;
        QVERIFY(call >= 0);
        const QString key = before.nodes[call].expandKey;
        const QPoint at = view->mapFromScene(p.page.graph()->layout.nodes[call].center());
        QVERIFY(view->viewport()->rect().contains(at));
        p.shown.clear();
        // As a hand double-clicks: the first click, what the window does meanwhile, the second.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(p.page.scene()->selectedNode(), call);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
        QTRY_VERIFY_WITH_TIMEOUT(p.shown.size() > 0, 20000);
        bool expanded = false;
        for (const GraphGroup& g : p.page.graph()->model.groups)
            expanded = expanded || g.expandKey == key;
        QVERIFY2(expanded, qPrintable(key));

        // A node at the view's right edge selected: the inspector opens there, and the node moves
        // out from behind it.
        const GraphLayout& layout = p.page.graph()->layout;
        int right = 0;
        for (int n = 0; n < layout.nodes.size(); ++n)
            if (layout.nodes[n].right() > layout.nodes[right].right())
                right = n;
        view->zoomBy(3); // wider than the view
        const double halfWidth = view->viewport()->width() / 2.0 / view->zoom();
        view->centerOn(layout.nodes[right].center() - QPointF(halfWidth - 60 / view->zoom(), 0));
        QVERIFY(view->mapFromScene(layout.nodes[right].center()).x() > view->viewport()->width() * 3 / 4);
        p.page.scene()->selectNode(right);
        QTRY_VERIFY(p.page.inspector()->isVisible());
        const QRect node = view->mapFromScene(layout.nodes[right]).boundingRect();
        QVERIFY2(view->viewport()->rect().contains(node.center()),
                 qPrintable(p.page.graph()->model.nodes[right].label));
    }

    // The overview steps into a corner where it hides no node, when the bottom right has some
    // and another corner has none.
    void overviewHidesNoNode()
    {
        auto graph = std::make_shared<LaidOutGraph>();
        graph->model.groups << GraphGroup();
        graph->layout.groups << QRectF(0, 0, 4000, 3000);
        for (int x = 0; x < 4000; x += 60)
            for (int y = 0; y < 3000; y += 40)
                if (x >= 300 || y >= 260) { // the top left stays free
                    GraphNode n;
                    n.id = int(graph->model.nodes.size());
                    n.kind = QStringLiteral("aten::relu");
                    n.label = QStringLiteral("relu");
                    graph->model.nodes << n;
                    graph->model.groups[0].nodes << n.id;
                    graph->layout.nodes << QRectF(x, y, 40, 20);
                }
        graph->layout.bounds = graph->layout.groups[0];
        GraphScene scene;
        GraphView view(&scene);
        view.resize(900, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        scene.setGraph(graph);
        view.resetTransform();
        view.centerOn(view.viewport()->width() / 2.0, view.viewport()->height() / 2.0); // the top left
        QTRY_VERIFY(!view.miniMapGeometry().isEmpty());
        const QRect overview = view.miniMapGeometry();
        QVERIFY2(overview.top() < view.viewport()->height() / 2 && overview.left() < view.viewport()->width() / 2,
                 qPrintable(QStringLiteral("%1,%2").arg(overview.x()).arg(overview.y())));
        for (const QRectF& node : graph->layout.nodes)
            QVERIFY(!view.mapFromScene(node).boundingRect().intersects(overview));
    }

    // A graph wider than the view opens on its first input, with no box cut at the view's left
    // edge (roi_heads.forward opened on half a box): the edge steps left of the box it would cut.
    void opensOnItsInputWithNoBoxCut()
    {
        GraphScene scene;
        GraphView view(&scene);
        view.resize(900, 650);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // A row of boxes below the input, one of them where centring on the input puts the edge.
        auto rowGraph = [](double cutAt) {
            auto graph = std::make_shared<LaidOutGraph>();
            graph->model.groups << GraphGroup();
            graph->layout.groups << QRectF(0, 0, 6000, 400);
            auto add = [&](const QString& kind, const QRectF& rect) {
                GraphNode n;
                n.id = int(graph->model.nodes.size());
                n.kind = kind;
                n.label = kind;
                graph->model.nodes << n;
                graph->model.groups[0].nodes << n.id;
                graph->layout.nodes << rect;
            };
            add(QStringLiteral("prim::Param"), QRectF(2960, 10, 80, 24));
            for (double x = cutAt - 40; x > 0; x -= 100)
                add(QStringLiteral("aten::relu"), QRectF(x, 80, 80, 24));
            graph->layout.bounds = graph->layout.groups[0];
            return graph;
        };
        scene.setGraph(rowGraph(0));
        view.showTop();
        const double edge = view.mapToScene(view.viewport()->rect()).boundingRect().left();
        scene.setGraph(rowGraph(edge));
        view.showTop();
        const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
        const LaidOutGraph& g = *scene.graph();
        QVERIFY(visible.contains(g.layout.nodes[0]));
        for (const QRectF& node : g.layout.nodes)
            QVERIFY2(!(node.left() < visible.left() - 0.5 && node.right() > visible.left() + 0.5),
                     qPrintable(QStringLiteral("box at %1 cut at %2").arg(node.left()).arg(visible.left())));

        // Nor a group's frame (roi_heads.forward's loops opened with their frames and titles cut).
        auto framed = rowGraph(edge + 50); // no node across the edge
        GraphGroup loop;
        loop.id = 1;
        loop.kind = GroupKind::Loop;
        loop.label = QStringLiteral("loop");
        loop.parent = 0;
        framed->model.groups[0].groups << 1;
        framed->model.groups << loop;
        framed->layout.groups << QRectF(edge - 60, 60, 200, 120);
        scene.setGraph(framed);
        view.showTop();
        const QRectF seen = view.mapToScene(view.viewport()->rect()).boundingRect();
        QVERIFY(seen.contains(framed->layout.nodes[0]));
        QVERIFY2(seen.left() < edge - 60,
                 qPrintable(QStringLiteral("frame at %1 cut at %2").arg(edge - 60).arg(seen.left())));
    }

    // A node's source line longer than the inspector is wide wraps: read to its end without
    // scrolling sideways (conv_net's check: `assert len(defaults) > len(out…` was cut).
    void sourceLinesWrapInTheInspector()
    {
        Page p;
        p.page.resize(900, 600);
        p.page.show();
        p.open(QStringLiteral("conv_net"));
        const GraphModel& m = p.page.graph()->model;
        int longest = -1;
        for (const GraphNode& n : m.nodes)
            if (longest < 0 || n.sourceText.size() > m.nodes[longest].sourceText.size())
                longest = n.id;
        QVERIFY(m.nodes[longest].sourceText.size() > 40);
        p.page.scene()->selectNode(longest);
        QTRY_VERIFY(p.page.inspector()->isVisible());
        QTextBrowser* browser = p.page.inspector();
        QVERIFY(browser->fontMetrics().horizontalAdvance(m.nodes[longest].sourceText) > browser->viewport()->width());
        QTRY_COMPARE(browser->horizontalScrollBar()->maximum(), 0);
    }

    void ctrlFFocusesFind()
    {
        Page p;
        p.page.show();
        QApplication::setActiveWindow(&p.page);
        QVERIFY(QTest::qWaitForWindowActive(&p.page));
        p.open(QStringLiteral("my_cell_scripted"));
        p.page.view()->setFocus();
        QTest::keyClick(p.page.view(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), p.page.findChild<QLineEdit*>(QStringLiteral("graphFind")));
    }

    void clickedEdgeDescribesItsValue()
    {
        Page p;
        p.open(QStringLiteral("my_cell_scripted"));
        const GraphModel& m = p.page.graph()->model;
        int edge = -1;
        for (int e = 0; e < m.edges.size() && edge < 0; ++e)
            if (!m.edges[e].control && m.nodes[m.edges[e].from].kind == QLatin1String("prim::Param"))
                edge = e;
        QVERIFY(edge >= 0);
        p.page.scene()->highlightValue(edge);
        const QString text = p.page.inspector()->toPlainText();
        QVERIFY2(text.contains(QLatin1Char('%') + m.edges[edge].value), qPrintable(text));
        QVERIFY(text.contains(m.edges[edge].type));
        QVERIFY(text.contains(QLatin1String("Produced by")));
        QVERIFY(text.contains(QLatin1String("Consumed by")));
        QVERIFY(text.contains(m.nodes[m.edges[edge].to].label));
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
