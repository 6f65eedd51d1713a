// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy menu in the window: transforms opening beside the original, the lite interpreter
// export, "Will it run there?" and the lints, each a job that leaves the window usable.
#include "codeview.h"
#include "comparisonview.h"
#include "deployactions.h"
#include "fileactions.h"
#include "mainwindow.h"
#include "session/document.h"
#include "testutil.h"
#include "windowui.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
        const QString output = dir.filePath(QStringLiteral("conv_net_freeze.pt"));
        deploy->transformTo(DeployTransform::Freeze, output);
        QVERIFY(done.wait(60000));
        QVERIFY(QFile::exists(output));
        QTRY_COMPARE(comparisons().size(), 1);
        ComparisonView* view = comparisons().first();
        QTRY_VERIFY_WITH_TIMEOUT(view->diff() != nullptr, 60000);
        QCOMPARE(view->diff()->request.right.path, output);
        QVERIFY(view->diff()->graph.onlyLeft > 0); // batch norm and dropout folded away
        view->close();

        // optimize_for_inference's module cannot be loaded again: said, nothing kept, nothing opened.
        deploy->transformTo(DeployTransform::Inference, dir.filePath(QStringLiteral("inference.pt")));
        QTRY_VERIFY_WITH_TIMEOUT(w.files()->lastError().contains(QLatin1String("MKLDNN")), 60000);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("inference.pt"))));
        QCOMPARE(comparisons().size(), 0);
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
        ops->close();

        deploy->showLints();
        QVERIFY(shown.wait(60000));
        auto* lints = shown.last().first().value<QDialog*>();
        auto* list = named<QListWidget>(lints, "LintFindings");
        QCOMPARE(list->count(), 5);
        // Double-clicking a finding selects the module and method it points to.
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().startsWith(QLatin1String("traced-size"))) {
                w.document()->select(QStringLiteral("linear"));
                Q_EMIT list->itemDoubleClicked(list->item(i));
            }
        QCOMPARE(w.document()->module(), QString());
        QCOMPARE(w.document()->method(), QStringLiteral("forward"));
        lints->close();
    }
};

QTEST_MAIN(TestDeployWindow)
#include "tst_deploywindow.moc"
