// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// An observed run in the window: Observe in the Run dock, shapes on the graph's edges, a clicked
// edge's tensor in the viewer, the heat map, the Observed Run tab's tables, and the run dropped
// (and saying so) when the module or the inputs change. The item models under
// QAbstractItemModelTester.
#include "comparisonview.h"
#include "fileactions.h"
#include "filteredtable.h"
#include "graphscene.h"
#include "i18n.h"
#include "models/modelroles.h"
#include "models/moduletreemodel.h"
#include "models/observedrunmodels.h"
#include "observedrunview.h"
#include "runerrorview.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "testutil.h"
#include "windowui.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolButton>

class TestObserveWindow : public QObject
{
    Q_OBJECT

    static ObservedRunPtr observeConvNet()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        ObserveRequest request;
        request.call.arguments = { QStringLiteral("rand(1, 3, 16, 16)") };
        request.repeat = 1;
        return session.observe(request).wait();
    }

    // Opens conv_net in `w`, until its graph is drawn.
    static void openConvNetIn(MainWindow& w)
    {
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        QTRY_VERIFY(Ui { w }.graphPage()->graph() != nullptr);
    }

    // Opens conv_net in `w` and observes its forward from the Run dock, until the run is drawn.
    static void observeConvNetIn(MainWindow& w)
    {
        openConvNetIn(w);
        if (QTest::currentTestFailed())
            return;
        InvokePanel* panel = Ui { w }.invokePanel();
        panel->setMethod(QString(), QStringLiteral("forward"));
        panel->setArgument(0, QStringLiteral("rand(1, 3, 16, 16)"));
        QVERIFY(panel->runObserved());
        QTRY_VERIFY_WITH_TIMEOUT(w.document()->observedRun() != nullptr, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("JitScopeTest"));
        QSettings().clear();
    }

    void models()
    {
        ObservedModuleModel modules;
        ObservedOpModel ops;
        QAbstractItemModelTester moduleTester(&modules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester opTester(&ops, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(modules.rowCount(), 0);
        QCOMPARE(ops.rowCount(), 0);
        const ObservedRunPtr run = observeConvNet();
        modules.setRun(run);
        ops.setRun(run);
        QCOMPARE(modules.rowCount(), run->modules.size());
        QCOMPARE(modules.index(0, ObservedModuleModel::Parameters).data().toString(), QStringLiteral("267"));
        QCOMPARE(modules.index(1, ObservedModuleModel::Module).data().toString(), QStringLiteral("  features"));
        QCOMPARE(modules.index(0, ObservedModuleModel::Output).data().toString(), QStringLiteral("1×3"));
        // Ops: no module calls; numbers sort as numbers.
        QVERIFY(ops.rowCount() > 5);
        for (int row = 0; row < ops.rowCount(); ++row) {
            QVERIFY(!ops.index(row, ObservedOpModel::Op).data().toString().contains(QLatin1String("CallMethod")));
            QCOMPARE(ops.index(row, ObservedOpModel::Self).data(SortRole).typeId(), QMetaType::Double);
            // A time that takes a share of the call is not written as nothing.
            if (ops.index(row, ObservedOpModel::Self).data(SortRole).toDouble() > 0)
                QVERIFY2(ops.index(row, ObservedOpModel::Self).data().toString() != QLatin1String("0.000"),
                         qPrintable(ops.index(row, ObservedOpModel::Share).data().toString()));
        }
        modules.setRun(nullptr);
        ops.setRun(nullptr);
        QCOMPARE(ops.rowCount(), 0);
    }

    void observeInTheWindow()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.resize(1280, 820);
        w.show();
        observeConvNetIn(w);
        if (QTest::currentTestFailed())
            return;
        GraphPage* graph = Ui { w }.graphPage();
        InvokePanel* panel = Ui { w }.invokePanel();
        Document* document = w.document();
        QVERIFY(panel->status()->text().contains(QLatin1String("observed")));
        QCOMPARE(panel->history()->count(), 1); // its result is $0

        // Every value edge of the first view carries its shape.
        GraphScene* scene = graph->scene();
        const GraphModel& model = graph->graph()->model;
        int labelled = 0, edges = 0;
        int firstTensorEdge = -1;
        for (int e = 0; e < model.edges.size(); ++e) {
            if (model.edges[e].control)
                continue;
            ++edges;
            if (!scene->edgeLabel(e).text.isEmpty())
                ++labelled;
            if (firstTensorEdge < 0 && scene->edgeLabel(e).text.contains(QChar(0x00D7)))
                firstTensorEdge = e;
        }
        QCOMPARE(labelled, edges);
        QVERIFY(firstTensorEdge >= 0);
        QVERIFY(graph->runLabel()->isVisible());
        QVERIFY(graph->runLabel()->text().contains(QLatin1String("Observed")));

        // A click on an edge: the inspector shows what flowed, the tensor viewer the tensor.
        QSignalSpy shown(Ui { w }.tensorViewer(), &TensorViewer::sliceShown);
        scene->highlightValue(firstTensorEdge);
        QVERIFY(graph->inspector()->toPlainText().contains(QLatin1String("In the observed run")));
        QVERIFY(shown.wait(20000));
        QCOMPARE(Ui { w }.tensorViewer()->currentRef().kind, TensorRef::Kind::Observed);

        // The heat map tints the nodes that took time.
        QVERIFY(graph->heatButton()->isVisible());
        graph->heatButton()->setChecked(true);
        int tinted = 0;
        for (int n = 0; n < model.nodes.size(); ++n)
            tinted += scene->nodeTint(n).isValid() ? 1 : 0;
        QVERIFY(tinted > 0);
        // With a scale saying what the colours mean: up to the slowest node's time.
        auto* scale = graph->findChild<QLabel*>(QStringLiteral("heatScale"));
        QVERIFY(scale && scale->isVisible());
        QVERIFY2(scale->text().contains(QStringLiteral("%1 ms").arg(scene->heatLongestMs(), 0, 'g', 3)),
                 qPrintable(scale->text()));
        graph->heatButton()->setChecked(false);
        QVERIFY(!scale->isVisible());
        graph->heatButton()->setChecked(true);

        // The Observed Run tab lists the modules and ops.
        auto* view = Ui { w }.find<ObservedRunView>("ObservedRunView");
        QVERIFY(view->modules()->view()->model()->rowCount() >= 5);
        QVERIFY(view->ops()->view()->model()->rowCount() > 5);
        QVERIFY(view->summary()->text().contains(QLatin1String("267")));

        // Editing an argument drops the run, and the graph says why.
        panel->setArgument(0, QStringLiteral("rand(2, 3, 16, 16)"));
        QVERIFY(document->observedRun() == nullptr);
        QVERIFY(graph->runLabel()->text().contains(QLatin1String("inputs")));
        QVERIFY(scene->edgeLabel(firstTensorEdge).text.isEmpty());

        // Observed again, then the module changes: dropped again.
        QVERIFY(panel->runObserved());
        QTRY_VERIFY_WITH_TIMEOUT(document->observedRun() != nullptr, 30000);
        document->session()->setTraining(true).then(document,
                                                    [document](const SnapshotPtr& s) { document->updateSnapshot(s); });
        QTRY_VERIFY_WITH_TIMEOUT(document->observedRun() == nullptr, 20000);
        QVERIFY(graph->runLabel()->text().contains(QLatin1String("module changed")));
        QVERIFY(view->summary()->text().contains(QLatin1String("dropped")));
    }

    // In a German window the measured numbers read as German writes them: the run's time in the
    // Run dock and on the graph, the tables' times and shares ("1,25 ms", "12,5%"); English again
    // (and the locale before) once the translation is removed.
    void measuredNumbersFollowTheWindowsLanguage()
    {
        const QLocale before;
        {
            const auto english = qScopeGuard([] { removeTranslators(); }); // whatever fails
            QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
            MainWindow w;
            w.files()->setDialogsEnabled(false);
            w.show();
            observeConvNetIn(w);
            if (QTest::currentTestFailed())
                return;
            GraphPage* graph = Ui { w }.graphPage();
            InvokePanel* panel = Ui { w }.invokePanel();
            const QRegularExpression germanMs(QStringLiteral("\\d,\\d\\d ms"));
            QVERIFY2(panel->status()->text().contains(germanMs), qPrintable(panel->status()->text()));
            QVERIFY2(graph->runLabel()->text().contains(germanMs), qPrintable(graph->runLabel()->text()));
            auto* view = Ui { w }.find<ObservedRunView>("ObservedRunView");
            const QAbstractItemModel* modules = view->modules()->view()->model();
            const QString time = modules->index(0, ObservedModuleModel::Time).data().toString();
            const QString share = modules->index(0, ObservedModuleModel::Share).data().toString();
            QVERIFY2(time.contains(QRegularExpression(QStringLiteral("^\\d+,\\d{3}$"))), qPrintable(time));
            QCOMPARE(share, QStringLiteral("100,0%")); // the whole call
        }
        QCOMPARE(QLocale(), before);
    }

    // A method picked above the graph is selected in the whole window: the module tree and the
    // Methods pane follow it, as a pick in the Methods pane moves the graph.
    void graphPickerSelectsInTheWindow()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openConvNetIn(w);
        if (QTest::currentTestFailed())
            return;
        GraphPage* graph = Ui { w }.graphPage();
        auto* picker = graph->findChild<QComboBox*>(QStringLiteral("graphMethodPicker"));
        QVERIFY(picker);
        const int head = picker->findText(QStringLiteral("head.forward"));
        QVERIFY(head >= 0);
        picker->setCurrentIndex(head);
        Q_EMIT picker->activated(head);
        QCOMPARE(w.document()->module(), QStringLiteral("head"));
        QCOMPARE(w.document()->method(), QStringLiteral("forward"));
        QCOMPARE(Ui { w }.moduleTree()->currentIndex().data(ModuleTreeModel::PathRole).toString(),
                 QStringLiteral("head"));
        QTRY_COMPARE(graph->module(), QStringLiteral("head"));
    }

    // Outputs compared on the same inputs: where the two part ways is selected in both graphs.
    void comparisonShowsTheDivergence()
    {
        ComparisonView view;
        QSignalSpy compared(&view, &ComparisonView::compared);
        DiffRequest request;
        request.left = { testutil::fixture(QStringLiteral("scaled_2.pt")), QString(), QString() };
        request.right = { testutil::fixture(QStringLiteral("scaled_3.pt")), QString(), QString() };
        view.compare(request);
        QVERIFY(compared.wait(30000));
        QSignalSpy outputs(&view, &ComparisonView::outputsCompared);
        view.compareOutputs(QStringLiteral("tensor([[1.0, 2.0]])"));
        QVERIFY(outputs.wait(30000));
        QVERIFY2(view.outputStatus()->text().contains(QLatin1String("part ways")),
                 qPrintable(view.outputStatus()->text()));
        // The weights differ, so the linear layer's output is the first to differ.
        const int right = view.rightScene()->selectedNode();
        QVERIFY(right >= 0);
        QCOMPARE(view.diff()->right.model.nodes[right].kind, QStringLiteral("aten::linear"));
        QVERIFY(view.leftScene()->selectedNode() >= 0);
        // The list of differences says where the values part ways, first, and selected.
        QListWidget* list = view.differenceList();
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("≠")), qPrintable(list->item(0)->text()));
        QCOMPARE(list->currentRow(), 0);
    }

    // A call that fails part-way still shows what ran, and outlines the node it failed in.
    void failedRunMarksItsNode()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openConvNetIn(w);
        if (QTest::currentTestFailed())
            return;
        GraphPage* graph = Ui { w }.graphPage();
        graph->expandAll();
        QTRY_VERIFY(graph->graph() && graph->graph()->model.nodes.size() > 15); // the first view has 9
        InvokePanel* panel = Ui { w }.invokePanel();
        panel->setMethod(QString(), QStringLiteral("forward"));
        panel->setArgument(0, QStringLiteral("rand(1, 1, 16, 16)"));
        Document* document = w.document();
        QVERIFY(panel->runObserved());
        QTRY_VERIFY_WITH_TIMEOUT(document->observedRun() != nullptr, 30000);
        const ObservedRunPtr run = document->observedRun();
        QVERIFY(!run->error.isEmpty());
        QVERIFY(panel->errorView()
                    ->findChild<QLabel*>(QStringLiteral("RunErrorTitle"))
                    ->text()
                    .contains(QLatin1String("failed")));
        int marked = -1;
        const GraphModel& model = graph->graph()->model;
        for (int n = 0; n < model.nodes.size(); ++n)
            if (model.nodes[n].observedKey() == run->failedNode)
                marked = n;
        QVERIFY2(marked >= 0, qPrintable(run->failedNode));
        QCOMPARE(graph->scene()->nodeTint(marked), QColor(0xd0, 0x1c, 0x1c));
        QVERIFY(graph->runLabel()->text().contains(QLatin1String("failed")));
    }
};

QTEST_MAIN(TestObserveWindow)
#include "tst_observewindow.moc"
