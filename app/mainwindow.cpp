#include "mainwindow.h"

#include "archiveview.h"
#include "attributetablemodel.h"
#include "buildinfo.h"
#include "codeview.h"
#include "examples.h"
#include "filteredtable.h"
#include "graphpage.h"
#include "graphscene.h"
#include "invokepanel.h"
#include "methodtablemodel.h"
#include "modelroles.h"
#include "modelsession.h"
#include "modelstatebar.h"
#include "moduletreemodel.h"
#include "recentfiles.h"
#include "scopefilterproxy.h"
#include "scratchpad.h"
#include "startpage.h"
#include "tensortablemodel.h"
#include "tensorviewer.h"
#include "textformat.h"
#include "trainingpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jitscope {

namespace {

QString moduleLabel(const QString& path)
{
    return path.isEmpty() ? QCoreApplication::translate("jitscope::MainWindow", "(root)") : path;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new ModelSession(this))
    , m_recent(new RecentFiles(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("JitScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jitscope.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_moduleModel = new ModuleTreeModel(this);
    m_tensorModel = new TensorTableModel(this);
    m_attributeModel = new AttributeTableModel(this);
    m_methodModel = new MethodTableModel(this);

    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_recent, m_stack);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(createDocumentPage());
    setCentralWidget(m_stack);

    createDocks();
    createActions();
    createStateBar();

    m_statusFacts = new QLabel(this);
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->hide();
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusFacts);
    statusBar()->showMessage(tr("Open a TorchScript archive (.pt) to begin."));

    connect(m_session, &ModelSession::progress, this, &MainWindow::onProgress);
    connect(m_session, &ModelSession::opened, this, &MainWindow::onOpened);
    connect(m_session, &ModelSession::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &ModelSession::textReady, this, &MainWindow::onTextReady);
    connect(m_session, &ModelSession::requestFailed, this, &MainWindow::onRequestFailed);
    connect(m_session, &ModelSession::tensorStatsReady, m_tensorModel,
            [this](quint64, const TensorStats& stats) { m_tensorModel->setStats(stats); });
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openFileDialog);
    connect(m_startPage, &StartPage::openPathRequested, this, &MainWindow::openPath);
    connect(m_startPage, &StartPage::openExampleRequested, this, &MainWindow::openExample);

    resize(1280, 820);
    m_defaultState = saveState();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_documentState = settings.value(QStringLiteral("window/state")).toByteArray();
    restoreState(m_documentState);
    m_stack->setCurrentIndex(1);
    showStartPage(true);
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createDocumentPage()
{
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setDocumentMode(true);

    m_graphPage = new GraphPage(m_session, m_tabs);
    connect(m_graphPage, &GraphPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_tabs->addTab(m_graphPage, tr("Graph"));
    connect(m_graphPage->scene(), &GraphScene::nodeSelected, this, &MainWindow::showNodeInCode);

    auto* codePage = new QWidget(m_tabs);
    auto* codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 4, 0, 0);
    m_codeTitle = new QLabel(codePage);
    m_codeTitle->setContentsMargins(6, 0, 6, 0);
    m_codeTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeView = new CodeView(SyntaxHighlighter::Language::TorchScript, codePage);
    codeLayout->addWidget(m_codeTitle);
    codeLayout->addWidget(m_codeView, 1);
    m_tabs->addTab(codePage, tr("Code"));

    auto* irPage = new QWidget(m_tabs);
    auto* irLayout = new QVBoxLayout(irPage);
    irLayout->setContentsMargins(0, 4, 0, 0);
    auto* irBar = new QHBoxLayout;
    m_irTitle = new QLabel(irPage);
    m_irTitle->setContentsMargins(6, 0, 6, 0);
    m_irTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_irKind = new QComboBox(irPage);
    m_irKind->addItem(tr("Graph"));
    m_irKind->addItem(tr("Inlined graph"));
    m_irKind->setToolTip(tr("Graph: method.graph, calls into submodules stay calls.\n"
                            "Inlined graph: method.inlined_graph, every call inlined."));
    connect(m_irKind, &QComboBox::currentIndexChanged, this, &MainWindow::requestTexts);
    irBar->addWidget(m_irTitle, 1);
    irBar->addWidget(m_irKind);
    m_irView = new CodeView(SyntaxHighlighter::Language::IR, irPage);
    irLayout->addLayout(irBar);
    irLayout->addWidget(m_irView, 1);
    m_tabs->addTab(irPage, tr("IR Graph"));

    m_scratchPad = new ScratchPad(m_session, m_tabs);
    m_tabs->addTab(m_scratchPad, tr("Scratch Pad"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Compile TorchScript typed here and run its functions"));
    return m_tabs;
}

QDockWidget* MainWindow::makeDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{

    // Modules
    m_moduleTree = new QTreeView(this);
    m_moduleTree->setModel(m_moduleModel);
    m_moduleTree->setUniformRowHeights(true);
    m_moduleTree->setAlternatingRowColors(true);
    m_moduleTree->header()->setStretchLastSection(false);
    // Every column as wide as its contents, names first: a narrow dock scrolls sideways rather
    // than squeezing the names away.
    m_moduleTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_moduleTree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectModule(current.data(ModuleTreeModel::PathRole).toString());
            });
    auto* modulesDock = makeDock(tr("Modules"), QStringLiteral("ModulesDock"), m_moduleTree, Qt::LeftDockWidgetArea);

    // Methods
    m_methodPane = new FilteredTable(m_methodModel, tr("Filter methods"), tr("Selected module only"),
                                     ScopeFilterProxy::Scope::ModuleOnly, this);
    m_methodTable = m_methodPane->view();
    connect(m_methodTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QString module = current.data(ModuleRole).toString();
                const QString name = current.data(NameRole).toString();
                if (module != m_currentModule || name != m_currentMethod) {
                    m_currentModule = module;
                    m_currentMethod = name;
                    requestTexts();
                }
            });
    auto* methodsDock = makeDock(tr("Methods"), QStringLiteral("MethodsDock"), m_methodPane, Qt::LeftDockWidgetArea);

    // Parameters and buffers
    m_tensorPane = new FilteredTable(m_tensorModel, tr("Filter by name, shape, dtype…"),
                                     tr("Selected module's subtree"), ScopeFilterProxy::Scope::Subtree, this);
    m_tensorTable = m_tensorPane->view();
    auto* statsButton = new QPushButton(tr("Compute Statistics"), this);
    statsButton->setToolTip(tr("Min, max, mean, std and NaN/Inf counts of every tensor listed"));
    connect(statsButton, &QPushButton::clicked, this, [this] { requestStats(true); });
    m_tensorPane->addToolWidget(statsButton);
    connect(m_tensorTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::requestStatsForSelection);
    connect(m_tensorTable, &QAbstractItemView::activated, this, [this] { showSelectedTensor(true); });
    auto* tensorsDock
        = makeDock(tr("Parameters and Buffers"), QStringLiteral("TensorsDock"), m_tensorPane, Qt::BottomDockWidgetArea);

    // Attributes
    m_attributePane = new FilteredTable(m_attributeModel, tr("Filter attributes"), tr("Selected module only"),
                                        ScopeFilterProxy::Scope::ModuleOnly, this);
    m_attributeTable = m_attributePane->view();
    auto* attributesDock
        = makeDock(tr("Attributes"), QStringLiteral("AttributesDock"), m_attributePane, Qt::BottomDockWidgetArea);

    // Archive
    m_archiveView = new ArchiveView(this);
    auto* archiveDock = makeDock(tr("Archive"), QStringLiteral("ArchiveDock"), m_archiveView, Qt::BottomDockWidgetArea);

    splitDockWidget(modulesDock, methodsDock, Qt::Vertical);
    createRunDocks(tensorsDock);
    tabifyDockWidget(tensorsDock, attributesDock);
    tabifyDockWidget(attributesDock, archiveDock);
    tensorsDock->raise();
    resizeDocks({ modulesDock }, { 420 }, Qt::Horizontal);
    resizeDocks({ tensorsDock }, { 330 }, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                                    &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    QMenu* examples = file->addMenu(tr("Open &Example"));
    for (const Example& example : bundledExamples()) {
        QAction* action = examples->addAction(example.title, this, [this, id = example.id] { openExample(id); });
        action->setStatusTip(example.description);
    }
    file->addSeparator();
    createSaveActions(file);
    file->addSeparator();
    createCompareActions(file);
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, &MainWindow::closeArchive);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_closeAction->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset Layout"), this, [this] {
        if (isShowingStartPage())
            m_documentState = m_defaultState;
        else
            restoreState(m_defaultState);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About JitScope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(open);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] { openPath(path); });
        action->setStatusTip(path);
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent archives"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear Menu"), m_recent, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

bool MainWindow::isShowingStartPage() const
{
    return m_stack->currentIndex() == 0;
}

void MainWindow::openFileDialog()
{
    const QString dir = m_recent->files().isEmpty() ? QString() : QFileInfo(m_recent->files().first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open TorchScript Archive"), dir,
        tr("TorchScript archives (*.pt *.pth *.ptl *.torchscript *.zip);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString& path)
{
    if (!maybeKeepChanges())
        return;
    if (!m_pendingPath.isEmpty() && QFileInfo(m_pendingPath) == QFileInfo(path))
        return; // already opening it (a double click on the start page, say)
    m_pendingPath = path;
    m_pendingDisplayName = QFileInfo(path).fileName();
    m_openId = m_session->open(path);
    m_progressLabel->setText(tr("Opening %1…").arg(m_pendingDisplayName));
    m_progressLabel->show();
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    statusBar()->clearMessage();
}

void MainWindow::openExample(const QString& id)
{
    QString error;
    const QString path = materializeExample(id, &error);
    if (path.isEmpty()) {
        showError(tr("Cannot Open Example"), error);
        return;
    }
    openPath(path);
    m_pendingDisplayName = tr("%1 (example)").arg(QFileInfo(path).fileName());
}

void MainWindow::onProgress(quint64 id, double fraction, const QString& phase)
{
    if (id != m_openId)
        return;
    if (fraction < 0) {
        m_progress->setRange(0, 0); // busy: libtorch reports no progress while it loads
    } else {
        m_progress->setRange(0, 100);
        m_progress->setValue(int(fraction * 100));
    }
    m_progressLabel->setText(tr("%1: %2…").arg(m_pendingDisplayName, phase));
}

void MainWindow::onOpened(quint64 id, const SnapshotPtr& snapshot)
{
    if (id != m_openId)
        return; // a newer open superseded this one
    m_progress->hide();
    m_progressLabel->hide();
    const QString path = m_pendingPath;
    m_displayName = m_pendingDisplayName;
    m_pendingPath.clear();

    m_snapshot = snapshot;
    m_moduleModel->setSnapshot(snapshot);
    m_tensorModel->setSnapshot(snapshot);
    m_attributeModel->setSnapshot(snapshot);
    m_methodModel->setSnapshot(snapshot);
    for (QTableView* table : { m_tensorTable, m_attributeTable, m_methodTable })
        table->resizeColumnsToContents();
    // Statistics arrive after this; leave room for them.
    const int statsWidth = m_tensorTable->fontMetrics().horizontalAdvance(QStringLiteral("-0.00012345")) + 12;
    for (int c = TensorTableModel::MinColumn; c <= TensorTableModel::StdColumn; ++c)
        m_tensorTable->setColumnWidth(c, qMax(m_tensorTable->columnWidth(c), statsWidth));
    m_moduleTree->expandToDepth(1);
    m_moduleTree->resizeColumnToContents(ModuleTreeModel::TypeColumn);
    m_archiveView->setSnapshot(snapshot);
    m_graphPage->setSnapshot(snapshot);
    m_invokePanel->setSnapshot(snapshot);
    m_tensorViewer->clear();
    m_stateBar->setSnapshot(snapshot);
    refreshTensorValues(); // the viewer was cleared above: statistics only

    const ArchiveInfo& a = snapshot->archive;
    m_statusFacts->setText(
        tr("Format v%1 · %2 modules · %3 methods · %4 parameters (%5) · %6 on disk")
            .arg(a.formatVersion)
            .arg(snapshot->modules.size())
            .arg(snapshot->methods.size())
            .arg(formatCount(a.parameterCount), formatBytes(a.parameterBytes), formatBytes(a.fileSize)));
    setWindowTitle(tr("%1[*] — JitScope").arg(m_displayName));
    setWindowModified(false);
    m_trainingPanel->setSnapshot(snapshot);
    setWindowFilePath(a.path);
    if (!a.path.contains(QLatin1String("/jitscope-examples/")))
        m_recent->add(a.path);
    m_closeAction->setEnabled(true);
    showStartPage(false);
    m_currentModule = QStringLiteral("-"); // force the selection below to refresh every pane
    selectModule(QString());
    statusBar()->showMessage(tr("Opened %1").arg(m_displayName), 5000);
    Q_EMIT archiveOpened(a.path);
}

void MainWindow::onOpenFailed(quint64 id, const QString& path, const QString& message)
{
    if (id != m_openId)
        return;
    m_progress->hide();
    m_progressLabel->hide();
    m_pendingPath.clear();
    if (!QFileInfo::exists(path))
        m_recent->remove(path);
    // Whatever was open before stays open and usable.
    showError(tr("Cannot Open Archive"), message);
    Q_EMIT openFailed(message);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 10000);
    if (m_errorDialogs)
        QMessageBox::warning(this, title, message);
}

void MainWindow::selectModule(const QString& path)
{
    if (!m_snapshot || !m_snapshot->module(path))
        return;
    const bool changed = path != m_currentModule || !m_currentMethod.isEmpty();
    m_currentModule = path;
    m_currentMethod.clear();
    const QModelIndex index = m_moduleModel->indexForPath(path);
    if (m_moduleTree->currentIndex().data(ModuleTreeModel::PathRole).toString() != path
        || !m_moduleTree->currentIndex().isValid()) {
        m_moduleTree->setCurrentIndex(index);
        m_moduleTree->scrollTo(index);
    }
    m_methodTable->clearSelection();
    updateScopes();
    m_trainingPanel->setModule(path);
    if (changed)
        requestTexts();
}

void MainWindow::selectMethod(const QString& module, const QString& name)
{
    const int row = m_methodModel->rowOf(module, name);
    if (row < 0)
        return;
    selectModule(module);
    m_currentMethod = name;
    const QModelIndex proxyIndex = m_methodPane->proxy()->mapFromSource(m_methodModel->index(row, 0));
    if (proxyIndex.isValid())
        m_methodTable->setCurrentIndex(proxyIndex);
    requestTexts();
}

void MainWindow::showNodeInCode(int node)
{
    // The code view shows the same printed TorchScript that the archive stores, so the line
    // that made the node is found by its text.
    const LaidOutGraphPtr graph = m_graphPage->graph();
    if (!graph || node < 0 || node >= graph->model.nodes.size())
        return;
    m_codeView->findLine(graph->model.nodes[node].codeText);
}

void MainWindow::setInlinedGraph(bool inlined)
{
    m_irKind->setCurrentIndex(inlined ? 1 : 0);
}

void MainWindow::updateScopes()
{
    for (FilteredTable* pane : { m_tensorPane, m_attributePane, m_methodPane })
        pane->setModulePath(m_currentModule);
}

void MainWindow::requestTexts()
{
    if (!m_snapshot)
        return;
    const ModuleInfo* module = m_snapshot->module(m_currentModule);
    if (!module)
        return;
    const QString who = moduleLabel(m_currentModule);
    TextRequest code { m_currentModule, m_currentMethod, TextKind::Code };
    m_codeId = m_session->requestText(code);
    m_codeTitle->setText(
        m_currentMethod.isEmpty()
            ? tr("<b>%1</b> · class %2 · all methods").arg(who.toHtmlEscaped(), module->shortType().toHtmlEscaped())
            : tr("<b>%1.%2</b> · %3")
                  .arg(who.toHtmlEscaped(), m_currentMethod.toHtmlEscaped(),
                       m_snapshot->method(m_currentModule, m_currentMethod)->schema.toHtmlEscaped()));

    // The graph of the chosen method, or of forward when only a module is chosen.
    QString method = m_currentMethod;
    if (method.isEmpty()) {
        const QList<MethodInfo> methods = m_snapshot->methodsOf(m_currentModule);
        for (const MethodInfo& m : methods)
            if (m.name == QLatin1String("forward"))
                method = m.name;
        if (method.isEmpty() && !methods.isEmpty())
            method = methods.first().name;
    }
    if (method.isEmpty()) {
        m_irId = 0;
        m_irTitle->setText(tr("<b>%1</b>").arg(who.toHtmlEscaped()));
        m_irView->setPlaceholder(tr("This module has no methods, so it has no graph."));
        return;
    }
    m_graphPage->showMethod(m_currentModule, method);
    m_invokePanel->setMethod(m_currentModule, method);
    const bool inlined = m_irKind->currentIndex() == 1;
    m_irId = m_session->requestText({ m_currentModule, method, inlined ? TextKind::InlinedGraph : TextKind::Graph });
    m_irTitle->setText(
        tr("<b>%1.%2</b> · %3").arg(who.toHtmlEscaped(), method, inlined ? tr("inlined graph") : tr("graph")));
}

void MainWindow::onTextReady(quint64 id, const TextResult& result)
{
    if (id == m_codeId)
        m_codeView->setText(result.text);
    else if (id == m_irId)
        m_irView->setText(result.text);
    else
        return; // stale: the selection moved on
    Q_EMIT textShown();
}

void MainWindow::onRequestFailed(quint64 id, const QString& message)
{
    if (id == m_stateId) {
        m_stateId = 0;
        m_stateBar->setSnapshot(m_snapshot); // back to the state the module is still in
        showError(tr("Cannot Change the Module"), message);
    } else if (id == m_codeId)
        m_codeView->setPlaceholder(message);
    else if (id == m_irId)
        m_irView->setPlaceholder(message);
    else
        statusBar()->showMessage(message, 10000);
}

void MainWindow::requestStatsForSelection()
{
    showSelectedTensor(false);
    const QModelIndex current = m_tensorPane->proxy()->mapToSource(m_tensorTable->currentIndex());
    const TensorInfo* tensor = m_tensorModel->tensorAt(current.row());
    if (tensor && !current.siblingAtColumn(0).data(TensorTableModel::HasStatsRole).toBool())
        m_session->requestTensorStats(tensor->name, tensor->isParameter);
}

void MainWindow::requestStats(bool listedOnly)
{
    ScopeFilterProxy* proxy = m_tensorPane->proxy();
    const int rows = listedOnly ? proxy->rowCount() : m_tensorModel->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = listedOnly ? proxy->mapToSource(proxy->index(row, 0)) : m_tensorModel->index(row, 0);
        if (source.data(TensorTableModel::HasStatsRole).toBool())
            continue;
        if (const TensorInfo* tensor = m_tensorModel->tensorAt(source.row()))
            m_session->requestTensorStats(tensor->name, tensor->isParameter);
    }
}

void MainWindow::closeArchive()
{
    if (!maybeKeepChanges())
        return;
    // The module stays loaded on the worker until the next open; the window forgets it.
    setWindowModified(false);
    m_trainingPanel->setSnapshot(nullptr);
    m_snapshot.reset();
    m_openId = m_codeId = m_irId = 0;
    m_moduleModel->setSnapshot(nullptr);
    m_tensorModel->setSnapshot(nullptr);
    m_attributeModel->setSnapshot(nullptr);
    m_methodModel->setSnapshot(nullptr);
    m_archiveView->setSnapshot(nullptr);
    m_graphPage->setSnapshot(nullptr);
    m_invokePanel->setSnapshot(nullptr);
    m_tensorViewer->clear();
    m_stateBar->setSnapshot(nullptr);
    m_codeView->setText(QString());
    m_irView->setText(QString());
    m_statusFacts->clear();
    m_closeAction->setEnabled(false);
    setWindowTitle(tr("JitScope"));
    setWindowFilePath(QString());
    showStartPage(true);
}

void MainWindow::showStartPage(bool show)
{
    if (show == isShowingStartPage())
        return;
    // The start page has the window to itself, as Qt Creator's welcome mode does; the docks
    // come back as the user left them.
    if (show)
        m_documentState = saveState();
    m_stack->setCurrentIndex(show ? 0 : 1);
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks)
        dock->setVisible(!show);
    if (!show && !m_documentState.isEmpty())
        restoreState(m_documentState);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About JitScope"),
                       tr("<h3>JitScope %1</h3><p>A desktop explorer for TorchScript archives.</p>"
                          "<p>libtorch %2 · Qt %3<br>%4</p>")
                           .arg(QCoreApplication::applicationVersion(), libtorchVersion(),
                                QString::fromLatin1(qVersion()), computeDevicesSummary()));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeKeepChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), isShowingStartPage() ? m_documentState : saveState());
    QMainWindow::closeEvent(event);
}

} // namespace jitscope
