// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a person uses it: open an example, every pane shows it, selection focuses
// the panes, bad files leave what was open, drag and drop, recent files, a large archive.
#include "archiveview.h"
#include "codepage.h"
#include "codeview.h"
#include "common/usererror.h"
#include "fileactions.h"
#include "graphpage.h"
#include "graphscene.h"
#include "i18n.h"
#include "invokepanel.h"
#include "mainwindow.h"
#include "models/attributetablemodel.h"
#include "models/tensorslicemodel.h"
#include "models/tensortablemodel.h"
#include "modelstatebar.h"
#include "operatorlibrarydialog.h"
#include "runerrorview.h"
#include "scratchpad.h"
#include "session/buildinfo.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "startpage.h"
#include "tensorviewer.h"
#include "testutil.h"
#include "trainingpanel.h"
#include "trainingplots.h"
#include "windowui.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>
#include <qcustomplot.h>

using namespace jitscope;

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class TestMainWindow : public QObject
{
    Q_OBJECT

    // The docks of the left column; Run, Training and Tensor open from the tool bar.
    static bool docksVisible(MainWindow& w)
    {
        for (const char* name : { "ModulesDock", "MethodsDock", "TensorsDock", "AttributesDock", "ArchiveDock" }) {
            auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
            if (!dock || !dock->isVisible())
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("JitScopeTest"));
        QSettings().clear();
    }

    // Help > About names what this build is and its license, as `--version` does.
    void aboutNamesVersionsAndLicense()
    {
        const QString text = MainWindow::aboutText();
        for (const QString& part : { jitscopeVersion(), jitscopeRevision(), libtorchVersion(), qtVersion(),
                                     graphvizVersion(), QStringLiteral("GPL-3.0-or-later") })
            QVERIFY2(text.contains(part), qPrintable(part));
    }

    void startPageThenExample()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.isShowingStartPage());
        QVERIFY(!docksVisible(w));
        // Nothing to show in a dock yet: the tool bar's Run, Training and Tensor are off.
        QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("RunDock"))->toggleViewAction()->isEnabled());
        QCOMPARE(Ui { w }.startPage()->examplesList()->count(), 4);

        QSignalSpy opened(&w, &MainWindow::archiveOpened);
        // Clicking an example on the start page opens it.
        QListWidget* examples = Ui { w }.startPage()->examplesList();
        QListWidgetItem* convNet = nullptr;
        for (int i = 0; i < examples->count(); ++i)
            if (examples->item(i)->data(Qt::UserRole).toString() == QLatin1String("conv_net"))
                convNet = examples->item(i);
        QVERIFY(convNet);
        QTest::mouseClick(examples->viewport(), Qt::LeftButton, {}, examples->visualItemRect(convNet).center());
        QVERIFY(opened.wait(30000));

        QVERIFY(!w.isShowingStartPage());
        QVERIFY(docksVisible(w));
        // The graph gets the width the right-hand docks would take until one is asked for.
        for (const char* name : { "RunDock", "TrainingDock", "TensorViewerDock" }) {
            QVERIFY2(!w.findChild<QDockWidget*>(QLatin1String(name))->isVisible(), name);
            QVERIFY2(w.findChild<QDockWidget*>(QLatin1String(name))->toggleViewAction()->isEnabled(), name);
        }
        QVERIFY(w.windowTitle().contains(QLatin1String("conv_net.pt")));
        QVERIFY(Ui { w }.statusFacts().contains(QLatin1String("9 modules")));
        QVERIFY(Ui { w }.statusFacts().contains(QLatin1String("13 methods")));

        // Every pane shows the archive, focused on the root module.
        QCOMPARE(Ui { w }.moduleTree()->model()->rowCount(), 1);
        QCOMPARE(w.document()->module(), QString());
        QCOMPARE(Ui { w }.tensorTable()->model()->rowCount(), 10);
        // repeats and name; training and _is_full_backward_hook are internal, hidden by default.
        QCOMPARE(Ui { w }.attributeTable()->model()->rowCount(), 2);
        w.findChild<QCheckBox*>(QStringLiteral("HideInternalAttributes"))->setChecked(false);
        QCOMPARE(Ui { w }.attributeTable()->model()->rowCount(), 4);
        w.findChild<QCheckBox*>(QStringLiteral("HideInternalAttributes"))->setChecked(true);
        QCOMPARE(Ui { w }.methodTable()->model()->rowCount(), 1);
        QVERIFY(Ui { w }.archiveView()->topLevelItemCount() >= 6);
        QTRY_VERIFY(Ui { w }.codeView()->toPlainText().startsWith(QLatin1String("class ConvNet(Module):")));
        QTRY_VERIFY(Ui { w }.irView()->toPlainText().startsWith(QLatin1String("graph(%self")));

        // Selecting a module focuses the tables and the code on it.
        const QModelIndex head
            = Ui { w }.moduleTree()->model()->index(2, 0, Ui { w }.moduleTree()->model()->index(0, 0));
        QCOMPARE(head.data().toString(), QStringLiteral("head"));
        Ui { w }.moduleTree()->setCurrentIndex(head);
        QCOMPARE(w.document()->module(), QStringLiteral("head"));
        QCOMPARE(Ui { w }.tensorTable()->model()->rowCount(), 3); // fc.weight, fc.bias, calls
        QCOMPARE(Ui { w }.methodTable()->model()->rowCount(), 2); // forward, classify
        QCOMPARE(Ui { w }.attributeTable()->model()->rowCount(), 6); // labels, thresholds, shape, note, scale, verbose
        QTRY_VERIFY(Ui { w }.codeView()->toPlainText().startsWith(QLatin1String("class Head(Module):")));

        // Selecting a method shows its code and graph.
        w.document()->select(QStringLiteral("head"), QStringLiteral("classify"));
        QTRY_VERIFY(Ui { w }.codeView()->toPlainText().startsWith(QLatin1String("def classify(self,")));
        QTRY_VERIFY(Ui { w }.irView()->toPlainText().contains(QLatin1String("prim::CallMethod[name=\"forward\"]")));
        Ui { w }.irPage()->setInlined(true);
        QTRY_VERIFY(!Ui { w }.irView()->toPlainText().contains(QLatin1String("prim::CallMethod")));
        QTRY_VERIFY(Ui { w }.irView()->toPlainText().contains(QLatin1String("aten::linear")));
        // Only a .ptl offers its lite interpreter bytecode.
        QCOMPARE(w.findChild<QComboBox*>(QStringLiteral("IrKind"))->count(), 2);

        // Selecting a tensor computes its statistics.
        w.document()->select(QStringLiteral("features.1"));
        QTableView* tensors = Ui { w }.tensorTable();
        QCOMPARE(tensors->model()->rowCount(), 5);
        tensors->setCurrentIndex(tensors->model()->index(0, 0));
        QTRY_COMPARE(tensors->model()->index(0, 8).data().toString(), QStringLiteral("1")); // min of BN weight
    }

    void ptlShowsItsBytecode()
    {
        QTemporaryDir dir;
        const QString ptl = dir.filePath(QStringLiteral("conv.ptl"));
        {
            ModelSession session;
            session.open(testutil::example(QStringLiteral("conv_net"))).wait();
            LiteRequest request;
            request.output = ptl;
            session.exportLite(request).wait();
        }
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, ptl);
        auto* kind = w.findChild<QComboBox*>(QStringLiteral("IrKind"));
        QCOMPARE(kind->count(), 3);
        w.document()->select(QString(), QStringLiteral("forward"));
        kind->setCurrentIndex(2);
        QTRY_VERIFY(
            Ui { w }.irView()->toPlainText().startsWith(QLatin1String("# lite interpreter bytecode, version 8")));
        QVERIFY(Ui { w }.irView()->toPlainText().contains(QLatin1String("# aten::conv2d")));
        // A submodule has no bytecode of its own (the view says why); an archive without any, no choice.
        w.document()->select(QStringLiteral("head"));
        QTRY_VERIFY(Ui { w }.irView()->toPlainText().isEmpty());
        openAndWait(w, testutil::example(QStringLiteral("my_module")));
        QCOMPARE(kind->count(), 2);
        QVERIFY(kind->currentIndex() < 2);
    }

    void badFileKeepsWhatWasOpen()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("my_cell_scripted")));
        const SnapshotPtr before = w.document()->snapshot();
        const QString title = w.windowTitle();

        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openPath(testutil::fixture(QStringLiteral("not_torchscript.zip")));
        QVERIFY(failed.wait(10000));
        QVERIFY(w.files()->lastError().contains(QLatin1String("not a TorchScript archive")));
        QCOMPARE(w.document()->snapshot(), before);
        QCOMPARE(w.windowTitle(), title);
        QVERIFY(!w.isShowingStartPage());

        // A tensor that declares more data than the archive holds is refused before anything reads it
        // (statistics are computed on open for small models: reading it would crash the window).
        w.openPath(testutil::generated(QStringLiteral("short_data.pt")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 10000);
        QVERIFY2(w.files()->lastError().contains(QLatin1String("tensor 'weight'")), qPrintable(w.files()->lastError()));
        QCOMPARE(w.document()->snapshot(), before);

        // Still usable: selecting works and the code comes from the model that stayed open.
        w.document()->select(QStringLiteral("dg"));
        QTRY_VERIFY(Ui { w }.codeView()->toPlainText().contains(QLatin1String("class MyDecisionGate")));

        // Damaged code: one line that names the file inside the archive and the line; libtorch's
        // parser output is kept behind it (the dialog's Show Details).
        w.openPath(testutil::generated(QStringLiteral("bad_code.pt")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 10000);
        QVERIFY2(summaryOf(w.files()->lastError()).contains(QLatin1String("the archive's code is damaged: code/")),
                 qPrintable(w.files()->lastError()));
        QVERIFY(!summaryOf(w.files()->lastError()).contains(QLatin1String("<--- HERE")));
        QVERIFY(detailsOf(w.files()->lastError()).contains(QLatin1String("<--- HERE")));
        QCOMPARE(w.document()->snapshot(), before);
    }

    void archiveThatCrashesLibtorchIsRefused()
    {
        // deep_code.pt's code nests 100,000 parentheses: libtorch's parser overflows its stack on
        // it. The guard's helper process takes the crash; the window refuses the file and keeps
        // what it had, and the next archive opens as usual (a fresh helper).
        qputenv("JITSCOPE_CLI", JITSCOPE_CLI);
        MainWindow w;
        qunsetenv("JITSCOPE_CLI");
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("my_cell_scripted")));
        const SnapshotPtr before = w.document()->snapshot();
        QSignalSpy failed(&w, &MainWindow::openFailed);
        w.openPath(testutil::generated(QStringLiteral("deep_code.pt")));
        QVERIFY(failed.wait(30000));
        QVERIFY2(w.files()->lastError().contains(QLatin1String("libtorch crashed while reading it")),
                 qPrintable(w.files()->lastError()));
        QCOMPARE(w.document()->snapshot(), before);
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        QVERIFY(w.document()->snapshot()->archive.path.endsWith(QLatin1String("conv_net.pt")));
    }

    void missingOperatorLibraryLoadedOnRequest()
    {
        const QString library = testutil::torchvisionOps();
        if (library.isEmpty())
            SKIP_WITHOUT_FIXTURE("needs Debian's python3-torchvision for its operator library");
        QSettings().remove(QStringLiteral("operatorLibraries"));
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        QSignalSpy failed(&w, &MainWindow::openFailed);
        QSignalSpy opened(w.files(), &FileActions::opened);
        w.openPath(testutil::fixture(QStringLiteral("nms.pt")));
        QVERIFY(failed.wait(10000));
        QVERIFY2(w.files()->lastError().contains(QLatin1String("torchvision::nms")),
                 qPrintable(w.files()->lastError()));
        // What the dialog's "Load torchvision's Operators and Open Again" does.
        w.files()->loadOperatorLibrary(library);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        QVERIFY(OperatorLibraryDialog::configured().contains(library));
        QVERIFY(w.document()->snapshot()->archive.path.endsWith(QLatin1String("nms.pt")));
        QSettings().remove(QStringLiteral("operatorLibraries"));
    }

    void savedOnCudaSaysWhereItOpened()
    {
        if (!cudaUnavailableReason().isEmpty()) {
            MainWindow w;
            w.files()->setDialogsEnabled(false);
            w.show();
            openAndWait(w, testutil::fixture(QStringLiteral("saved_on_cuda.pt")));
            QVERIFY2(Ui { w }.statusFacts().contains(QLatin1String("saved on cuda:0, opened on cpu")),
                     qPrintable(Ui { w }.statusFacts()));
            QCOMPARE(w.document()->snapshot()->device(), QStringLiteral("cpu"));
            const auto rows = Ui { w }.archiveView()->findItems(QStringLiteral("Device"), Qt::MatchExactly);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first()->text(1), QStringLiteral("saved on cuda:0, opened on cpu"));
        }
    }

    void dropAndRecentFiles()
    {
        QSettings().clear();
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        QSignalSpy opened(&w, &MainWindow::archiveOpened);
        auto* mime = new QMimeData;
        const QString path = testutil::example(QStringLiteral("my_module"));
        mime->setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(opened.wait(10000));
        QVERIFY(w.windowTitle().contains(QLatin1String("my_module.pt")));
        QCOMPARE(Ui { w }.methodTable()->model()->rowCount(), 3); // forward, predict, add_scalar
        delete mime;

        // It is now the first recent file, in the menu and on the start page of a new window.
        MainWindow second;
        QCOMPARE(Ui { second }.startPage()->recentList()->count(), 1);
        QCOMPARE(Ui { second }.startPage()->recentList()->item(0)->data(Qt::UserRole).toString(), path);
        bool inMenu = false;
        const auto actions = second.menuBar()->findChildren<QAction*>();
        for (QAction* a : actions)
            inMenu = inMenu || a->statusTip() == path;
        QVERIFY(inMenu);
    }

    void graphTab()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        GraphPage* page = Ui { w }.graphPage();
        QSignalSpy shown(page, &GraphPage::graphShown);
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        QCOMPARE(Ui { w }.tabs()->currentWidget(), page);
        QTRY_VERIFY_WITH_TIMEOUT(page->graph() && page->method() == QLatin1String("forward"), 20000);
        const LaidOutGraphPtr collapsed = page->graph();
        QCOMPARE(page->scene()->items().size() > collapsed->model.nodes.size(), true);

        // Double-clicking the collapsed head call expands it in place.
        int head = -1;
        for (const GraphNode& n : collapsed->model.nodes)
            if (n.expandKey == QLatin1String("head:forward"))
                head = n.id;
        QVERIFY(head >= 0);
        shown.clear();
        Q_EMIT page->scene()->nodeActivated(head);
        QVERIFY(shown.wait(20000));
        bool headGroup = false;
        for (const GraphGroup& g : page->graph()->model.groups)
            headGroup = headGroup || g.expandKey == QLatin1String("head:forward");
        QVERIFY(headGroup);

        // Find centres and selects; the inspector describes the node.
        QCOMPARE(page->find(QStringLiteral("head.fc")), 1);
        QVERIFY(page->scene()->selectedNode() >= 0);
        QVERIFY(page->inspector()->toPlainText().contains(QLatin1String("prim::CallMethod")));
        QVERIFY(page->inspector()->toPlainText().contains(QLatin1String("double-click to expand")));
        QCOMPARE(page->find(QStringLiteral("no-such-op")), 0);

        // Clicking a value highlights its producer and consumers.
        page->scene()->highlightValue(0);
        QVERIFY(page->scene()->highlightedNodes().size() >= 2);

        // Selecting a module in the tree shows its forward.
        shown.clear();
        w.document()->select(QStringLiteral("features.1"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(page->module(), QStringLiteral("features.1"));

        // Export.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("g.svg")), &error), qPrintable(error));
        QVERIFY2(page->exportTo(dir.filePath(QStringLiteral("g.png")), &error), qPrintable(error));
        QVERIFY(QImage(dir.filePath(QStringLiteral("g.png"))).width() > 10);
        QVERIFY(!page->exportTo(QStringLiteral("/no/such/dir/g.svg"), &error));
        QVERIFY(error.contains(QLatin1String("Cannot write")));
    }

    void graphGetsTheRoom()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.resize(1280, 800);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        GraphPage* page = Ui { w }.graphPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->graph(), 20000);
        // The graph is the largest part of the window, with the full height between the docks.
        QTRY_VERIFY(page->width() >= w.width() * 2 / 5);
        QVERIFY(page->height() >= w.height() * 3 / 4);

        // Graph Only gives it the whole window; again brings every dock back as it was.
        auto* only = w.findChild<QAction*>(QStringLiteral("GraphOnlyAction"));
        QVERIFY(only);
        QCOMPARE(only->shortcut(), QKeySequence(Qt::Key_F11));
        auto visibleDocks = [&w] {
            int count = 0;
            for (QDockWidget* dock : w.findChildren<QDockWidget*>())
                count += dock->isVisible() ? 1 : 0;
            return count;
        };
        const int docks = visibleDocks();
        only->trigger();
        QCOMPARE(visibleDocks(), 0);
        QTRY_VERIFY(page->width() >= w.width() * 9 / 10);
        only->trigger();
        QTRY_VERIFY(Ui { w }.moduleTree()->isVisible());
        QCOMPARE(visibleDocks(), docks);

        // With a model open the window shrinks to 1024 x 640: nothing forces it wider.
        w.resize(1024, 640);
        QTRY_COMPARE(w.size(), QSize(1024, 640));
        QVERIFY(w.layout()->totalMinimumSize().width() <= 1024);
        // Every dock still shows its content whole: none is squeezed below its own minimum.
        for (QDockWidget* dock : w.findChildren<QDockWidget*>())
            if (dock->isVisible())
                QVERIFY2(dock->width() >= dock->widget()->minimumSizeHint().width(), qPrintable(dock->objectName()));
    }

    void graphNodeShowsItsCodeLine()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("my_cell_scripted")));
        GraphPage* page = Ui { w }.graphPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->graph(), 20000);
        QTRY_VERIFY(Ui { w }.codeView()->toPlainText().contains(QLatin1String("new_h = ")));
        QCOMPARE(page->find(QStringLiteral("tanh")), 1);
        QVERIFY(Ui { w }.codeView()->textCursor().selectedText().contains(QLatin1String("new_h = torch.tanh")));
        QVERIFY(page->inspector()->toPlainText().contains(
            QLatin1String("new_h = torch.tanh(self.dg(self.linear(x)) + h)")));

        // A node inside an expanded call: the Code tab shows the method it was written in.
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        QTRY_VERIFY_WITH_TIMEOUT(page->graph() && page->method() == QLatin1String("forward"), 20000);
        QSignalSpy shown(page, &GraphPage::graphShown);
        page->expandAll();
        QVERIFY(shown.wait(20000));
        const LaidOutGraphPtr expanded = page->graph();
        int linear = -1;
        for (const GraphNode& n : expanded->model.nodes)
            if (n.kind == QLatin1String("aten::linear") && n.module == QLatin1String("head.fc"))
                linear = n.id;
        QVERIFY(linear >= 0);
        page->scene()->selectNode(linear);
        QTRY_VERIFY(Ui { w }.codeView()->textCursor().selectedText().contains(expanded->model.nodes[linear].codeText));
        QVERIFY(Ui { w }.codeView()->toPlainText().startsWith(QLatin1String("def forward(self")));
        QCOMPARE(Ui { w }.codeView()->horizontalScrollBar()->value(), 0);

        // Another module and back: the graph comes back expanded as it was left.
        shown.clear();
        w.document()->select(QStringLiteral("features.1"));
        QVERIFY(shown.wait(20000));
        shown.clear();
        w.document()->select(QString());
        QVERIFY(shown.wait(20000));
        QCOMPARE(page->graph()->model.nodes.size(), expanded->model.nodes.size());
    }

    void runPanel()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("my_module")));
        InvokePanel* panel = Ui { w }.invokePanel();
        // Picking a method in the Run dock selects it in the whole window.
        const int predict = panel->methodPicker()->findText(QStringLiteral("predict"));
        Q_EMIT panel->methodPicker()->activated(predict);
        QCOMPARE(w.document()->method(), QStringLiteral("predict"));
        QTRY_VERIFY(Ui { w }.codeView()->toPlainText().startsWith(QLatin1String("def predict(")));
        w.document()->select(QString(), QStringLiteral("add_scalar"));
        QSignalSpy finished(panel, &InvokePanel::finished);
        panel->setArgument(0, QStringLiteral("zeros(3)"));
        panel->setArgument(1, QStringLiteral("2"));
        QVERIFY(panel->run());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(panel->results()->topLevelItem(0)->text(2).contains(QLatin1String("[2, 2, 2]")));
        QCOMPARE(panel->history()->count(), 1);
        // A parse error stops the call and says where; a failing call reports and keeps going.
        panel->setArgument(0, QStringLiteral("zeros(3"));
        QVERIFY(!panel->run());
        QVERIFY(panel->status()->text().contains(QLatin1String("column 8")));
        panel->setArgument(0, QStringLiteral("$0"));
        panel->setArgument(1, QStringLiteral("\"x\""));
        finished.clear();
        QVERIFY(panel->run());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(panel->errorView()->cause()->text().contains(QLatin1String("expects int")));
        panel->setArgument(1, QStringLiteral("1"));
        finished.clear();
        QVERIFY(panel->run());
        QVERIFY(finished.wait(20000));
        QVERIFY(panel->results()->topLevelItem(0)->text(2).contains(QLatin1String("[3, 3, 3]")));
    }

    void tensorViewerAndModuleState()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::example(QStringLiteral("conv_net")));
        ModelStateBar* bar = Ui { w }.stateBar();
        QCOMPARE(bar->modeBox()->currentText(), QStringLiteral("eval"));
        QCOMPARE(bar->dtypeBox()->currentText(), QStringLiteral("float32"));

        // Activating a parameter row shows it in the tensor viewer.
        QTableView* tensors = Ui { w }.tensorTable();
        QSignalSpy shown(Ui { w }.tensorViewer(), &TensorViewer::sliceShown);
        tensors->setCurrentIndex(tensors->model()->index(0, 0));
        Q_EMIT tensors->activated(tensors->currentIndex());
        QVERIFY(shown.wait(20000));
        QCOMPARE(Ui { w }.tensorViewer()->currentRef().name, QStringLiteral("features.0.weight"));
        QVERIFY(Ui { w }.tensorViewer()->isVisible());
        QCOMPARE(Ui { w }.tensorViewer()->sliceModel()->slice().dtype, QStringLiteral("float32"));

        // dtype from the toolbar: the table, the viewer and the bar follow; selection stays.
        shown.clear();
        const int f64 = bar->dtypeBox()->findText(QStringLiteral("float64"));
        bar->dtypeBox()->setCurrentIndex(f64);
        Q_EMIT bar->dtypeBox()->activated(f64);
        QTRY_COMPARE(w.document()->snapshot()->parameters.first().dtype, QStringLiteral("float64"));
        QCOMPARE(tensors->model()->index(0, TensorTableModel::DtypeColumn).data().toString(),
                 QStringLiteral("float64"));
        QTRY_COMPARE(Ui { w }.tensorViewer()->sliceModel()->slice().dtype, QStringLiteral("float64"));
        QCOMPARE(tensors->currentIndex().data().toString(), QStringLiteral("features.0.weight"));
        // The Run dock says the inputs follow the module's type.
        auto* note = w.findChild<QLabel*>(QStringLiteral("InputDtypeNote"));
        QTRY_VERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QLatin1String("made float64")));

        // Train mode shows in the module tree; a refused change leaves the state as it was.
        Q_EMIT bar->modeBox()->activated(1);
        QTRY_VERIFY(w.document()->snapshot()->modules.first().training);
        QCOMPARE(Ui { w }.moduleTree()->model()->index(0, 2).data().toString(), QStringLiteral("train"));
        QCOMPARE(bar->modeBox()->currentText(), QStringLiteral("train"));
        if (!cudaUnavailableReason().isEmpty()) {
            QVERIFY(!bar->gpuAction()->isEnabled());
            Q_EMIT bar->moveRequested(QStringLiteral("cuda:0"), QString());
            QTRY_VERIFY2(w.files()->lastError().contains(QLatin1String("CUDA is not available")),
                         qPrintable(w.files()->lastError()));
            QCOMPARE(bar->deviceBox()->currentText(), QStringLiteral("cpu"));
            QVERIFY(bar->deviceBox()->isEnabled());
        }
        // The scratch pad is one of the central tabs.
        QVERIFY(Ui { w }.tabs()->indexOf(Ui { w }.scratchPad()) >= 0);
    }

    void trainingSaveAndUnsavedChanges()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        openAndWait(w, testutil::fixture(QStringLiteral("mlp.pt")));
        TrainingPanel* panel = Ui { w }.trainingPanel();
        QCOMPARE(named<QComboBox>(panel, "TrainingMethod")->currentText(), QStringLiteral("forward"));
        named<QLineEdit>(panel, "TrainingInputs")
            ->setText(QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_x.npy"))));
        named<QLineEdit>(panel, "TrainingTarget")
            ->setText(QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_y.npy"))));
        named<QSpinBox>(panel, "TrainingSteps")->setValue(40);
        named<QDoubleSpinBox>(panel, "TrainingLearningRate")->setValue(0.01);
        // In eval mode, as a module shipped for inference is.
        Q_EMIT Ui { w }.stateBar()->modeBox()->activated(0);
        QTRY_VERIFY(!w.document()->snapshot()->modules.first().training);
        QSignalSpy finished(panel, &TrainingPanel::finished);
        QVERIFY(panel->start());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<TrainResult>().steps.size(), 40);
        QCOMPARE(panel->plots()->lossGraph()->dataCount(), 40);
        QCOMPARE(panel->plots()->gradGraph()->dataCount(), 40);
        QCOMPARE(named<QProgressBar>(panel, "TrainingProgress")->value(), 40);
        // The plots have a page of their own, shown when the run starts.
        QCOMPARE(Ui { w }.tabs()->currentWidget(), static_cast<QWidget*>(panel->plots()));
        // Per parameter, latest step, largest first: the layers that move.
        QTreeWidget* norms = panel->plots()->gradientNorms();
        QCOMPARE(norms->topLevelItemCount(), 4);
        QStringList names;
        for (int i = 0; i < norms->topLevelItemCount(); ++i) {
            names << norms->topLevelItem(i)->text(0);
            if (i > 0)
                QVERIFY(norms->topLevelItem(i - 1)->text(1).toDouble() >= norms->topLevelItem(i)->text(1).toDouble());
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList { QStringLiteral("hidden.bias"), QStringLiteral("hidden.weight"),
                                QStringLiteral("out.bias"), QStringLiteral("out.weight") }));
        QVERIFY(norms->topLevelItem(0)->text(1).toDouble() > 0);
        QVERIFY(named<QLabel>(panel, "TrainingStatus")->text().contains(QLatin1String("Done: 40 step")));
        // The panel says when the module trained in eval mode, and only then.
        QCOMPARE(named<QLabel>(panel, "TrainingStatus")->text().contains(QLatin1String("trained in eval mode")),
                 !w.document()->snapshot()->modules.first().training);
        QVERIFY(w.document()->isModified());
        QVERIFY(w.windowTitle().contains(QLatin1String("mlp.pt[*]")));

        // Save As elsewhere: no longer modified, and the window is on the new file (title, Archive
        // pane, later saves), as in every editor; the original keeps its weights.
        QTemporaryDir dir;
        const QString original = w.document()->path();
        const QByteArray originalBytes = readFile(original);
        const QString trained = dir.filePath(QStringLiteral("trained.pt"));
        w.files()->saveAsPath(trained);
        QTRY_VERIFY_WITH_TIMEOUT(!w.document()->isModified(), 20000);
        QVERIFY(QFile::exists(trained));
        QCOMPARE(QFileInfo(w.document()->path()).canonicalFilePath(), QFileInfo(trained).canonicalFilePath());
        QVERIFY(w.windowTitle().contains(QLatin1String("trained.pt")));
        QVERIFY(Ui { w }.archiveView()->topLevelItem(0)->text(1).contains(QLatin1String("trained.pt")));
        QCOMPARE(readFile(original), originalBytes);

        // Trained again: opening another archive asks; Cancel keeps everything.
        finished.clear();
        QVERIFY(panel->start());
        QVERIFY(finished.wait(60000));
        QVERIFY(w.document()->isModified());
        const SnapshotPtr before = w.document()->snapshot();
        w.files()->setUnsavedChangesAnswer(QMessageBox::Cancel);
        QSignalSpy opening(w.files(), &FileActions::opening); // emitted at once by an open that goes on
        w.openPath(testutil::example(QStringLiteral("my_module")));
        QCOMPARE(opening.count(), 0);
        QCOMPARE(w.document()->snapshot(), before);
        QVERIFY(w.document()->isModified());
        // Revert: the weights as loaded, nothing to save.
        w.files()->revertToLoaded();
        QTRY_VERIFY(!w.document()->isModified());
        // Discard lets the next open go ahead.
        QVERIFY(panel->start());
        QVERIFY(finished.wait(60000));
        w.files()->setUnsavedChangesAnswer(QMessageBox::Discard);
        auto* find = w.findChild<QLineEdit*>(QStringLiteral("graphFind"));
        find->setText(QStringLiteral("linear"));
        openAndWait(w, testutil::example(QStringLiteral("my_module")));
        QVERIFY(!w.document()->isModified());
        // Nothing of the last archive's run or search is shown against the new one.
        QCOMPARE(panel->plots()->lossGraph()->dataCount(), 0);
        QCOMPARE(panel->plots()->gradGraph()->dataCount(), 0);
        QCOMPARE(panel->plots()->gradientNorms()->topLevelItemCount(), 0);
        QCOMPARE(named<QProgressBar>(panel, "TrainingProgress")->value(), 0);
        QVERIFY(named<QLabel>(panel, "TrainingStatus")->text().isEmpty());
        QVERIFY(named<QLineEdit>(panel, "TrainingInputs")->text().isEmpty());
        QVERIFY(find->text().isEmpty());
        // A failing start says why and leaves the panel usable.
        named<QLineEdit>(panel, "TrainingTarget")->clear();
        QVERIFY(!panel->start());
        QVERIFY(named<QLabel>(panel, "TrainingStatus")->text().contains(QLatin1String("needs a target")));
    }

    void germanTranslationIsWired()
    {
        const auto english = qScopeGuard([] { removeTranslators(); }); // whatever fails, later tests read English
        QVERIFY(installTranslators(QLocale(QLocale::German, QLocale::Germany)));
        MainWindow w;
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        // Qt's own dialogs speak German too (qt6-translations-l10n), and messages from core's
        // helper contexts are found at run time, not only in the catalogue.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const QString refusal = testutil::errorOf([&] { session.moveTo(QString(), QStringLiteral("int64")).wait(); });
        QVERIFY2(!refusal.contains(QLatin1String("A module moves to")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QLatin1String("int64")), qPrintable(refusal));
    }

    void largeArchiveShowsProgressAndStaysResponsive()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        QProgressBar* progress = w.statusBar()->findChild<QProgressBar*>(); // not the training panel's
        QVERIFY(progress);
        QSignalSpy opened(&w, &MainWindow::archiveOpened);
        // openPath returns at once, with the load still under way on the worker and the
        // progress showing: the window's thread is free to repaint and take input meanwhile.
        w.openPath(testutil::generated(QStringLiteral("large.pt")));
        QVERIFY(progress->isVisible());
        QCOMPARE(opened.size(), 0);
        QVERIFY(opened.wait(60000));
        QVERIFY(!progress->isVisible());
        QCOMPARE(Ui { w }.tensorTable()->model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
