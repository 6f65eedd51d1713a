// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a small screen, in English and German: every dock, page and dialog is walked with
// a model open, and each state is checked for what a person would see cut off (layoutcheck.h).
// Runs on the offscreen platform with a screen of 1024x700 and again of 1280x820 (CMake passes
// the screen); JITSCOPE_SHOTS=DIR saves a picture of every state for a look.
#include "checkpointdiffdialog.h"
#include "comparisonview.h"
#include "diff/modeldiff.h"
#include "elidedlabel.h"
#include "fileactions.h"
#include "graphpage.h"
#include "graphscene.h"
#include "graphview.h"
#include "i18n.h"
#include "invokepanel.h"
#include "layoutcheck.h"
#include "loadweightsdialog.h"
#include "mainwindow.h"
#include "models/moduletreemodel.h"
#include "models/parameterdiffmodel.h"
#include "modulespane.h"
#include "operatorlibrarydialog.h"
#include "pathelidedelegate.h"
#include "session/document.h"
#include "startpage.h"
#include "tensorviewer.h"
#include "testutil.h"
#include "windowui.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

using namespace jitscope;

class TestWindowFit : public QObject
{
    Q_OBJECT

    QStringList m_problems;
    QString m_language;

    QSize screenSize() const { return QGuiApplication::primaryScreen()->availableGeometry().size(); }

    // Checks a window in the state it is in now; `state` names it in the report.
    void check(QWidget* window, const QString& state)
    {
        // Layouts settle over a few turns of the event loop (a dock sized after it shows): a problem
        // counts once it stays, the wait ends as soon as there is none.
        QStringList found;
        for (int turn = 0; turn < 20; ++turn) {
            QCoreApplication::processEvents();
            found = layoutcheck::problemsIn(window);
            if (found.isEmpty())
                break;
            QTest::qWait(20);
        }
        for (const QString& p : found)
            m_problems << QStringLiteral("[%1, %2] %3").arg(m_language, state, p);
        const QByteArray dir = qgetenv("JITSCOPE_SHOTS");
        if (!dir.isEmpty()) {
            QString name = QStringLiteral("%1x%2-%3-%4.png")
                               .arg(screenSize().width())
                               .arg(screenSize().height())
                               .arg(m_language, state);
            name.replace(QLatin1Char(' '), QLatin1Char('_'));
            window->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name));
        }
    }

    // The key columns of a table in view, whole: a name may be cut in the middle, the others not.
    // What the rows of a column need to show whole (the first 400 rows).
    static int contentWidth(const QTableView* table, int column)
    {
        int width = 0;
        const QAbstractItemModel* model = table->model();
        for (int row = 0; row < qMin(model->rowCount(), 400); ++row)
            width
                = qMax(width, table->fontMetrics().horizontalAdvance(model->index(row, column).data().toString()) + 8);
        return width;
    }

    void checkKeyColumns(QTableView* table, const QList<int>& columns, const QString& state)
    {
        QHeaderView* header = table->horizontalHeader();
        for (int i = 0; i < columns.size(); ++i) {
            const int c = columns[i];
            if (header->isSectionHidden(c))
                continue;
            const int right = header->sectionViewportPosition(c) + header->sectionSize(c);
            if (right > table->viewport()->width() + 1)
                m_problems << QStringLiteral("[%1, %2] %3: column '%4' ends at %5, past the view's %6 px")
                                  .arg(m_language, state, table->objectName(),
                                       table->model()->headerData(c, Qt::Horizontal).toString())
                                  .arg(right)
                                  .arg(table->viewport()->width());
            if (i > 0 && contentWidth(table, c) > header->sectionSize(c) + 1)
                m_problems << QStringLiteral("[%1, %2] %3: column '%4' cuts its values (%5 px of %6)")
                                  .arg(m_language, state, table->objectName(),
                                       table->model()->headerData(c, Qt::Horizontal).toString())
                                  .arg(header->sectionSize(c))
                                  .arg(contentWidth(table, c));
        }
    }

    void showDock(MainWindow& w, const char* name)
    {
        auto* dock = w.findChild<QDockWidget*>(QLatin1String(name));
        QVERIFY2(dock, name);
        dock->show();
        dock->raise();
    }

    void reportProblems()
    {
        m_problems.removeDuplicates();
        for (const QString& p : std::as_const(m_problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("%1 layout problem(s)").arg(m_problems.size())));
    }

    static QString resnet(const QString& how) { return testutil::generated(QStringLiteral("resnet18_%1.pt").arg(how)); }

    // The offscreen platform says once per window that it keeps no size hints: nothing to read.
    static void quietPlatform(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (!message.contains(QLatin1String("does not support propagateSizeHints")))
            s_handler(type, context, message);
    }
    static inline QtMessageHandler s_handler = nullptr;

    // The module tree, expanded three levels down (ResNet's `layer1.0.conv1`), shows every name
    // whole, and each of the root's children's types whole or at least its first three letters.
    void checkModuleNames(MainWindow& w)
    {
        QTreeView* tree = Ui { w }.moduleTree();
        tree->expandToDepth(2);
        const auto collapse = qScopeGuard([tree] { tree->collapseAll(), tree->expandToDepth(0); });
        const int margin = 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
        for (QModelIndex row = tree->model()->index(0, 0); row.isValid(); row = tree->indexBelow(row)) {
            const QString name = row.data().toString();
            const QString type = row.siblingAtColumn(ModuleTreeModel::TypeColumn).data().toString();
            const int width = tree->visualRect(row).width() - margin;
            const ModulesPane::NameAndType shown = ModulesPane::fitNameAndType(name, type, tree->fontMetrics(), width);
            QVERIFY2(shown.name == name,
                     qPrintable(QStringLiteral("%1 reads %2 in %3 px").arg(name, shown.name).arg(width)));
            if (row.parent() == tree->model()->index(0, 0))
                QVERIFY2(
                    shown.type == type || shown.type.size() >= 4,
                    qPrintable(
                        QStringLiteral("%1's type %2 reads '%3' in %4 px").arg(name, type, shown.type).arg(width)));
        }
    }

    // A call that fails: the cause whole, the window no larger; then one that works, its [1, 1000]
    // result in the tensor viewer.
    void walkRunDock(MainWindow& w)
    {
        InvokePanel* run = Ui { w }.invokePanel();
        QSignalSpy finished(run, &InvokePanel::finished);
        run->setArgument(0, QStringLiteral("randn(3, 5)"));
        QVERIFY(run->run());
        QVERIFY(finished.wait(30000));
        check(&w, QStringLiteral("failed call"));
        run->setArgument(0, QStringLiteral("randn(1, 3, 64, 64)"));
        finished.clear();
        QVERIFY(run->run());
        QVERIFY(finished.wait(30000));
        check(&w, QStringLiteral("call"));
        QSignalSpy shown(Ui { w }.tensorViewer(), &TensorViewer::sliceShown);
        w.showTensor(TensorRef::history(QStringLiteral("$0")));
        QVERIFY(shown.wait(30000));
        check(&w, QStringLiteral("result in the tensor viewer"));
    }

    // The dialogs, with the checkpoint of the same ResNet-18.
    void walkDialogs(MainWindow& w, const QString& weights)
    {
        const QList<int> diffColumns { ParameterDiffModel::NameColumn, ParameterDiffModel::StatusColumn,
                                       ParameterDiffModel::MaxDiffColumn, ParameterDiffModel::LeftColumn,
                                       ParameterDiffModel::RightColumn };
        LoadWeightsDialog* load = w.files()->loadWeightsFrom(weights);
        load->show();
        auto* loadTable = load->findChild<QTableView*>(QStringLiteral("WeightMatchTable"));
        QTRY_VERIFY_WITH_TIMEOUT(loadTable->model()->rowCount() > 0, 30000);
        check(load, QStringLiteral("load weights"));
        checkKeyColumns(loadTable, diffColumns, QStringLiteral("load weights"));
        load->close();
        CheckpointDiffDialog* diff = w.files()->compareWithCheckpoint(weights);
        diff->show();
        auto* diffTable = diff->findChild<QTableView*>(QStringLiteral("CheckpointDiffTable"));
        QTRY_VERIFY_WITH_TIMEOUT(diffTable->model()->rowCount() > 0, 30000);
        check(diff, QStringLiteral("compare with checkpoint"));
        checkKeyColumns(diffTable, diffColumns, QStringLiteral("compare with checkpoint"));
        diff->close();
        OperatorLibraryDialog libraries(&w);
        libraries.show();
        check(&libraries, QStringLiteral("operator libraries"));
    }

    // The comparison window: the trace against the script of one model.
    void walkComparison()
    {
        DiffRequest request;
        request.left.path = resnet(QStringLiteral("traced"));
        request.right.path = resnet(QStringLiteral("scripted"));
        std::unique_ptr<ComparisonView> view(FileActions::openComparison(request));
        QSignalSpy compared(view.get(), &ComparisonView::compared);
        QVERIFY(compared.wait(120000));
        check(view.get(), QStringLiteral("comparison"));
        for (int i = 0; i < view->tabs()->count(); ++i) {
            view->tabs()->setCurrentIndex(i);
            check(view.get(), QStringLiteral("comparison page %1").arg(i));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_handler = qInstallMessageHandler(quietPlatform); // QTest's own, which reports the rest
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("JitScopeWindowFitTest"));
        QSettings().clear();
        // The walk needs ResNet-18, written by the python fixtures: without them it would test less.
        QVERIFY2(QFile::exists(resnet(QStringLiteral("scripted"))),
                 "resnet18_scripted.pt is missing: the write_python_fixtures test writes it");
    }

    // A parameter's path that does not fit keeps its beginning and its last parts: "conv_pr….weight"
    // beside "conv_proj.bias" (it read "…weight", as every module's weight does).
    void parameterPathsKeepTheirBeginning()
    {
        const QFontMetrics m(QApplication::font());
        const QString path = QStringLiteral("conv_proj.weight");
        const int whole = m.horizontalAdvance(path);
        QCOMPARE(PathElideDelegate::elided(path, m, whole), path);
        const QString cut = PathElideDelegate::elided(path, m, whole - 4);
        QVERIFY2(cut.startsWith(QLatin1String("conv")) && cut.endsWith(QStringLiteral("….weight")), qPrintable(cut));
        QVERIFY(m.horizontalAdvance(cut) <= whole - 4);
        // No room for a beginning: the last parts; then the end of the last part.
        const QString deep = QStringLiteral("encoder.layers.encoder_layer_0.mlp.0.weight");
        const QString tail = PathElideDelegate::elided(deep, m, m.horizontalAdvance(QStringLiteral("…0.weight")));
        QCOMPARE(tail, QStringLiteral("…0.weight"));
        QVERIFY(
            PathElideDelegate::elided(deep, m, m.horizontalAdvance(QStringLiteral("…ight"))).startsWith(QChar(0x2026)));
    }

    // A module's row: name and type whole where they fit; the type cut to its first letters, then
    // left out; the name cut in its middle only when it alone does not fit.
    void moduleRowsCutTheTypeFirst()
    {
        const QFontMetrics m(QApplication::font());
        const QString name = QStringLiteral("encoder_layer_10");
        const QString type = QStringLiteral("EncoderBlock");
        const int nameWidth = m.horizontalAdvance(name);
        const int gap = ModulesPane::typeGap(m);
        using Row = ModulesPane::NameAndType;
        const Row whole = ModulesPane::fitNameAndType(name, type, m, nameWidth + gap + m.horizontalAdvance(type));
        QCOMPARE(whole.name, name);
        QCOMPARE(whole.type, type);
        QCOMPARE(whole.typeX, nameWidth + gap);
        const Row cut = ModulesPane::fitNameAndType(name, type, m,
                                                    nameWidth + gap + m.horizontalAdvance(QStringLiteral("Enco…")));
        QCOMPARE(cut.name, name);
        QVERIFY2(cut.type.startsWith(QLatin1String("Enc")) && cut.type.endsWith(QChar(0x2026)), qPrintable(cut.type));
        const Row nameOnly = ModulesPane::fitNameAndType(name, type, m, nameWidth + gap + 2);
        QCOMPARE(nameOnly.name, name);
        QVERIFY(nameOnly.type.isEmpty());
        const Row narrow = ModulesPane::fitNameAndType(name, type, m, nameWidth * 2 / 3);
        QVERIFY2(narrow.name.startsWith(QLatin1Char('e')) && narrow.name.endsWith(QLatin1String("10"))
                     && narrow.name.contains(QChar(0x2026)),
                 qPrintable(narrow.name));
        QVERIFY(narrow.type.isEmpty());
    }

    void walk_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de");
    }

    void walk()
    {
        QFETCH(QString, language);
        m_language = language;
        m_problems.clear();
        const auto english = qScopeGuard([] { removeTranslators(); }); // whatever fails, later tests read English
        if (language != QLatin1String("en"))
            QVERIFY(installTranslators(QLocale(language)));
        {
            MainWindow w;
            w.files()->setDialogsEnabled(false);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            check(&w, QStringLiteral("start page"));
            openAndWait(w, resnet(QStringLiteral("scripted")));
            GraphPage* page = Ui { w }.graphPage();
            QTRY_VERIFY_WITH_TIMEOUT(page->graph(), 30000);
            check(&w, QStringLiteral("ResNet-18 open"));
            checkKeyColumns(Ui { w }.methodTable(), { 1, 2 }, QStringLiteral("methods"));
            checkModuleNames(w);
            if (QTest::currentTestFailed())
                return;

            // Every dock of the left column, each central page.
            for (const char* dock : { "ModulesDock", "ArchiveDock", "TensorsDock", "AttributesDock", "MethodsDock" }) {
                showDock(w, dock);
                check(&w, QString::fromLatin1(dock));
            }
            showDock(w, "TensorsDock");
            QTRY_VERIFY(Ui { w }.tensorTable()->isVisible());
            checkKeyColumns(Ui { w }.tensorTable(), { 0, 2, 3 }, QStringLiteral("parameters"));
            QTabWidget* tabs = Ui { w }.tabs();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                check(&w, QStringLiteral("page %1").arg(i));
            }
            tabs->setCurrentIndex(0);

            // Expanded, at Fit and at a middle zoom where nodes are drawn as blocks.
            QSignalSpy graphShown(page, &GraphPage::graphShown);
            page->expandAll();
            QVERIFY(graphShown.wait(60000));
            page->view()->fitGraph();
            check(&w, QStringLiteral("expanded at fit"));
            page->view()->zoomBy(0.45 / page->view()->zoom());
            page->view()->centerOn(page->graph()->layout.nodes[page->graph()->model.nodes.size() / 3].center());
            check(&w, QStringLiteral("expanded at 45%"));
            graphShown.clear();
            page->collapseAll();
            QVERIFY(graphShown.wait(60000));

            // A node selected: the inspector beside the graph.
            page->scene()->selectNode(1);
            check(&w, QStringLiteral("inspector"));

            // The right-hand docks, shown from the tool bar.
            for (const char* dock : { "TrainingDock", "TensorViewerDock", "RunDock" }) {
                showDock(w, dock);
                check(&w, QString::fromLatin1(dock));
            }
            walkRunDock(w);
            if (QTest::currentTestFailed())
                return;

            // Graph Only: the graph alone.
            auto* only = w.findChild<QAction*>(QStringLiteral("GraphOnlyAction"));
            only->trigger();
            check(&w, QStringLiteral("graph only"));
            only->trigger();

            const QString weights = testutil::generated(QStringLiteral("resnet18_checkpoint.pt"));
            walkDialogs(w, weights);
            if (QTest::currentTestFailed())
                return;

            // A checkpoint in the same window.
            openAndWait(w, weights);
            check(&w, QStringLiteral("checkpoint"));
            showDock(w, "TensorViewerDock");
            check(&w, QStringLiteral("checkpoint, tensor"));
        }
        walkComparison();
        reportProblems();
    }

    // The start page's entries are as tall as their text at the list's width: a one-line
    // description had two lines of room (sized for 360 px in a list 470 wide).
    void startPageEntriesFitTheirText()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QListWidget* examples = Ui { w }.startPage()->examplesList();
        QVERIFY(examples->count() >= 4);
        for (int i = 0; i < examples->count(); ++i) {
            auto* label = qobject_cast<QLabel*>(examples->itemWidget(examples->item(i)));
            QVERIFY(label);
            const int needed = label->heightForWidth(examples->viewport()->width() - 2 * examples->spacing()) + 4;
            QTRY_COMPARE(examples->item(i)->sizeHint().height(), needed);
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(label->text()));
        }
    }

    // A passing message is read whole beside the archive's facts: they give way while it shows
    // (the graph's hint in German ran under them at 1024 px), and take their room back after.
    void statusMessageReadsWhole()
    {
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show(); // as wide as the screen the test runs on: 1024 or 1280 px
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openAndWait(w, resnet(QStringLiteral("scripted")));
        QTRY_VERIFY_WITH_TIMEOUT(Ui { w }.graphPage()->graph(), 30000);
        auto* facts = w.findChild<ElidedLabel*>(QStringLiteral("StatusFacts"));
        w.statusBar()->clearMessage();
        QTRY_COMPARE(facts->text(), facts->fullText());
        const QString message = QStringLiteral("Einen Knoten oder eine Kante anklicken, um sie zu untersuchen; "
                                               "Doppelklick auf einen Aufruf klappt ihn auf.");
        w.statusBar()->showMessage(message);
        QTRY_VERIFY(facts->geometry().left() >= w.statusBar()->fontMetrics().horizontalAdvance(message));
        if (facts->text() != facts->fullText()) // cut (at 1024 px), whole in its tooltip
            QCOMPARE(facts->toolTip(), facts->fullText());
        // Narrowed while the message shows, the window still shows it whole.
        w.resize(w.width() - 150, w.height());
        QTRY_VERIFY(facts->geometry().left() >= w.statusBar()->fontMetrics().horizontalAdvance(message));
        w.statusBar()->clearMessage();
        QTRY_COMPARE(facts->text(), facts->fullText());
    }

    // The graph is the largest part of the window: at 1280x820 at least 60% of its area with the
    // default docks, at 1024x700 at least 45%; Graph Only gives it everything.
    void graphGetsItsShare()
    {
        QSettings().clear();
        MainWindow w;
        w.files()->setDialogsEnabled(false);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        openAndWait(w, resnet(QStringLiteral("scripted")));
        GraphPage* page = Ui { w }.graphPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->graph(), 30000);
        QCoreApplication::processEvents();
        // The pane (the Graph tab's page: the drawing, its tool bar and find row) and the drawing alone.
        const QWidget* graph = page->view()->viewport();
        const double area = double(w.width()) * w.height();
        const double pane = double(page->width()) * page->height() / area;
        const double drawing = double(graph->width()) * graph->height() / area;
        const double wanted = screenSize().width() >= 1280 ? 0.60 : 0.45;
        qInfo("window %dx%d, graph pane %dx%d (%.0f%%), drawing %dx%d (%.0f%%)", w.width(), w.height(), page->width(),
              page->height(), pane * 100, graph->width(), graph->height(), drawing * 100);
        QVERIFY2(pane >= wanted, qPrintable(QStringLiteral("%1%").arg(pane * 100, 0, 'f', 0)));
        QVERIFY2(drawing >= wanted - 0.05, qPrintable(QStringLiteral("%1%").arg(drawing * 100, 0, 'f', 0)));
        // The view's own actions are on the graph's tool bar, not in its » menu, at 1280.
        if (screenSize().width() >= 1280) {
            auto* bar = page->findChild<QToolBar*>(QStringLiteral("graphToolBar"));
            for (QAction* a : bar->actions())
                if (a->text() == QLatin1String("Fit") || a->text() == QLatin1String("Top")
                    || a->text() == QLatin1String("+") || a->text() == QStringLiteral("−"))
                    QVERIFY2(bar->widgetForAction(a) && bar->widgetForAction(a)->isVisible(), qPrintable(a->text()));
        }
        // Nothing selected, no inspector; a node selected, the inspector beside the graph.
        QVERIFY(!page->inspector()->isVisible());
        page->scene()->selectNode(1);
        QTRY_VERIFY(page->inspector()->isVisible());
        QVERIFY(page->view()->width() >= page->width() / 2);
        page->scene()->deselect();
        QTRY_VERIFY(!page->inspector()->isVisible());
        auto* only = w.findChild<QAction*>(QStringLiteral("GraphOnlyAction"));
        only->trigger();
        QTRY_VERIFY(graph->width() >= w.width() - 40);
        only->trigger();
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
