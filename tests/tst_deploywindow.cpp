// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy menu in the window: transforms opening beside the original, the lite interpreter
// export, "Will it run there?" and the lints, each a job that leaves the window usable.
#include "calltimesview.h"
#include "codeview.h"
#include "comparisonview.h"
#include "deployactions.h"
#include "fileactions.h"
#include "graphpage.h"
#include "graphscene.h"
#include "mainwindow.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "testutil.h"
#include "transformdialog.h"
#include "windowui.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace jitscope;

namespace {

QList<ComparisonView*> comparisons()
{
    QList<ComparisonView*> views;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* view = qobject_cast<ComparisonView*>(w); view && view->isVisible())
            views << view;
    return views;
}

QMenu* deployMenu(MainWindow& w)
{
    for (QAction* a : w.menuBar()->actions())
        if (a->text() == MainWindow::tr("&Deploy"))
            return a->menu();
    return nullptr;
}

} // namespace

class TestDeployWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuFollowsWhatIsOpen()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        QMenu* menu = deployMenu(w);
        QVERIFY(menu);
        QVERIFY(menu->actions().size() >= 6);
        for (QAction* a : menu->actions())
            QVERIFY(!a->isEnabled());
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        for (QAction* a : menu->actions())
            QVERIFY(a->isSeparator() || a->isEnabled());
    }

    void freezeOpensBesideTheOriginal()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        auto* deploy = named<DeployActions>(&w, "DeployActions");
        QSignalSpy done(deploy, &DeployActions::transformed);
        TransformRequest request;
        request.output = dir.filePath(QStringLiteral("conv_net_freeze.pt"));
        request.inputs = { QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("conv_input.npy"))) };
        request.calls = 4;
        deploy->transform(request);
        QVERIFY(done.wait(60000));
        QVERIFY(QFile::exists(request.output));
        QTRY_COMPARE(comparisons().size(), 1);
        ComparisonView* view = comparisons().first();
        QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, 60000);
        QCOMPARE(view->diff()->request.right.path, request.output);
        QVERIFY(view->diff()->graph.onlyLeft > 0); // batch norm and dropout folded away
        // Speed side by side: first call, calls 2-4, steady state, then each call, as ratios.
        CallTimesView* speed = view->speedView();
        QVERIFY(speed);
        QCOMPARE(speed->table()->topLevelItemCount(), 3 + 4);
        QCOMPARE(speed->table()->columnCount(), 4);
        QVERIFY(speed->table()->topLevelItem(2)->text(3).endsWith(QStringLiteral("×")));
        QVERIFY(speed->summary()->text().contains(QLatin1String("outputs agree")));
        // The Outputs tab ran both on the same inputs by itself: every output leaf compared.
        QTRY_VERIFY_WITH_TIMEOUT(view->outputTable()->topLevelItemCount() > 0, 60000);
        view->close();

        // optimize_for_inference's module cannot be loaded again: said, nothing kept, nothing opened.
        request.kind = DeployTransform::Inference;
        request.output = dir.filePath(QStringLiteral("inference.pt"));
        request.inputs.clear();
        deploy->transform(request);
        QTRY_VERIFY_WITH_TIMEOUT(w.files()->lastError().contains(QLatin1String("MKLDNN")), 60000);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("inference.pt"))));
        QCOMPARE(comparisons().size(), 0);
    }

    void transformDialogAsksWhatTheTransformTakes()
    {
        MainWindow w;
        openAndWait(w, testutil::example(QStringLiteral("my_module")));
        const SnapshotPtr snapshot = w.document()->snapshot();
        // Freeze: the root's other methods and its attributes can be kept; nothing is by default.
        TransformDialog freeze(DeployTransform::Freeze, *snapshot, QStringLiteral("/tmp/x.pt"), QString());
        QVERIFY(freeze.preservedList()->count() > 0);
        QVERIFY(!freeze.passList());
        TransformRequest r = freeze.request();
        QCOMPARE(r.kind, DeployTransform::Freeze);
        QVERIFY(r.preserved.isEmpty());
        QVERIFY(r.inputs.isEmpty());
        QCOMPARE(r.output, QStringLiteral("/tmp/x.pt"));
        const QString kept = freeze.preservedList()->item(0)->data(Qt::UserRole).toString();
        freeze.preservedList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(freeze.request().preserved, QStringList { kept });
        // Mobile: every pass runs unless unticked; inputs as the Run dock writes them.
        TransformDialog mobile(DeployTransform::Mobile, *snapshot, QStringLiteral("/tmp/m.pt"),
                               QStringLiteral("randn(2, 3), 4"));
        QCOMPARE(mobile.passList()->count(), TransformRequest::mobilePasses().size());
        QVERIFY(mobile.request().mobileSkip.isEmpty());
        mobile.passList()->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(mobile.request().mobileSkip, QStringList { TransformRequest::mobilePasses()[2] });
        QCOMPARE(mobile.request().inputs, (QStringList { QStringLiteral("randn(2, 3)"), QStringLiteral("4") }));
        TransformRequest back = mobile.request();
        back.calls = 7;
        back.mobileSkip = { TransformRequest::mobilePasses()[0] };
        mobile.setRequest(back);
        QCOMPARE(mobile.request().calls, 7);
        QCOMPARE(mobile.request().mobileSkip, back.mobileSkip);
    }

    void warmUpAndTheExecutedGraph()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        auto* deploy = named<DeployActions>(&w, "DeployActions");
        QSignalSpy shown(deploy, &DeployActions::reportShown);
        WarmupRequest request;
        request.inputs = { QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("conv_input.npy"))) };
        request.calls = 5;
        deploy->warmUp(request);
        QVERIFY(shown.wait(60000));
        auto* dialog = shown.last().first().value<QDialog*>();
        QCOMPARE(dialog->objectName(), QStringLiteral("WarmupReport"));
        auto* times = dialog->findChild<CallTimesView*>();
        QCOMPARE(times->table()->topLevelItemCount(), 3 + 5);
        QCOMPARE(times->table()->topLevelItem(2)->text(2), QStringLiteral("1.00×")); // the steady state itself
        QVERIFY(times->summary()->text().contains(QLatin1String("profiling executor")));
        // The graph the executor ran, drawn beside the saved one.
        ComparisonView* view = nullptr;
        connect(deploy, &DeployActions::executedGraphShown, this, [&view](ComparisonView* v) { view = v; });
        named<QPushButton>(dialog, "CompareExecuted")->click();
        QTRY_VERIFY_WITH_TIMEOUT(view != nullptr, 60000);
        QVERIFY(view->diff());
        QVERIFY(!view->diff()->right.model.nodes.isEmpty());
        QVERIFY(!view->diff()->right.layout.nodes.isEmpty());
        QVERIFY(view->diff()->request.rightName().contains(QLatin1String("executed")));
        QVERIFY(view->rightCode()->toPlainText().contains(QLatin1String("graph(")));
        QCOMPARE(view->tabs()->count(), 2); // graphs and code: no parameters or outputs of one archive
        view->close();
        dialog->close();

        // Without a warm-up of this archive there is no executed graph to draw: said.
        openAndWait(w, testutil::example(QStringLiteral("my_module")));
        deploy->compareExecutedGraph();
        QTRY_VERIFY_WITH_TIMEOUT(w.files()->lastError().contains(QLatin1String("Warm a method up")), 60000);
    }

    void liteExport()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        auto* deploy = named<DeployActions>(&w, "DeployActions");
        QSignalSpy written(deploy, &DeployActions::liteWritten);
        deploy->exportLiteTo(dir.filePath(QStringLiteral("conv.ptl")), 5);
        QVERIFY(written.wait(60000));
        QCOMPARE(written.first().first().value<LiteResult>().bytecodeVersion, 5);
    }

    void reports()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::fixture(QStringLiteral("lint_traced.pt")));
        auto* deploy = named<DeployActions>(&w, "DeployActions");
        QSignalSpy shown(deploy, &DeployActions::reportShown);
        deploy->showOperators();
        QVERIFY(shown.wait(60000));
        auto* ops = shown.last().first().value<QDialog*>();
        QCOMPARE(ops->objectName(), QStringLiteral("OperatorsReport"));
        QVERIFY(ops->findChild<CodeView*>()->toPlainText().contains(QLatin1String("aten::linear")));
        // The target check: a bytecode version too old, then an operator list that lacks some.
        auto* version = named<QSpinBox>(ops, "TargetBytecodeVersion");
        auto* operators = named<QLineEdit>(ops, "TargetOperatorList");
        auto* check = named<QPushButton>(ops, "TargetCheckButton");
        auto* result = named<QLabel>(ops, "TargetCheckResult");
        version->setValue(3);
        check->click();
        QVERIFY2(result->text().contains(QLatin1String("backports no further")), qPrintable(result->text()));
        QTemporaryDir dir;
        const QString opsFile = dir.filePath(QStringLiteral("ops.txt"));
        QFile file(opsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# the target's build\naten::linear\n");
        file.close();
        version->setValue(0);
        operators->setText(opsFile);
        check->click();
        QVERIFY2(result->text().contains(QLatin1String("not in the target's build")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QLatin1String("aten::linear,")));
        // Every operator the report names: it runs there.
        const OpsReport report = w.document()->session()->operators().wait();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(report.yaml().toUtf8());
        file.close();
        version->setValue(8);
        check->click();
        QVERIFY2(result->text().contains(QLatin1String("It runs there")), qPrintable(result->text()));
        operators->setText(dir.filePath(QStringLiteral("missing.yaml")));
        check->click();
        QVERIFY(result->text().contains(QLatin1String("missing.yaml")));
        ops->close();

        deploy->showLints();
        QVERIFY(shown.wait(60000));
        auto* lints = shown.last().first().value<QDialog*>();
        auto* list = named<QListWidget>(lints, "LintFindings");
        QCOMPARE(list->count(), 5);
        // Double-clicking a finding selects the module and method it points to, and its node in the graph.
        auto* graphPage = named<GraphPage>(&w, "GraphPage");
        auto* tabs = named<QTabWidget>(&w, "DocumentTabs");
        tabs->setCurrentIndex(1);
        QString key;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(QLatin1String("traced-size"))) {
                w.document()->select(QStringLiteral("linear"));
                key = list->item(i)->data(Qt::UserRole + 3).toString();
                Q_EMIT list->itemDoubleClicked(list->item(i));
            }
        QVERIFY(!key.isEmpty());
        QCOMPARE(w.document()->module(), QString());
        QCOMPARE(w.document()->method(), QStringLiteral("forward"));
        QCOMPARE(tabs->currentWidget(), graphPage);
        QTRY_VERIFY_WITH_TIMEOUT(graphPage->scene()->selectedNode() >= 0, 60000);
        const GraphNode& node = graphPage->graph()->model.nodes[graphPage->scene()->selectedNode()];
        QCOMPARE(node.observedKey(), key);
        QVERIFY(node.kind == QLatin1String("aten::view") || node.kind == QLatin1String("aten::reshape"));
        lints->close();
    }
};

QTEST_MAIN(TestDeployWindow)
#include "tst_deploywindow.moc"
