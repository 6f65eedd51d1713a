// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph as a person sees it: where it opens, Fit, groups never over their nodes, the colour
// key and the overview, Ctrl+F, and what a clicked edge says.
#include "document.h"
#include "elidedlabel.h"
#include "graphpage.h"
#include "graphscene.h"
#include "graphview.h"
#include "modelsession.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QGraphicsItem>
#include <QLineEdit>
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
        GraphPage page { &document };
        QSignalSpy shown { &page, &GraphPage::graphShown };

        void open(const QString& example)
        {
            document.setArchive(session.open(testutil::example(example)).wait(), example);
            QTRY_VERIFY_WITH_TIMEOUT(page.graph(), 20000);
        }
    };

private Q_SLOTS:
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
        label.resize(2000, label.height());
        QCOMPARE(label.text(), line);
        QVERIFY(label.toolTip().isEmpty());
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
