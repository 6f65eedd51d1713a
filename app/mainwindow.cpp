// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/textformat.h"
#include "deployactions.h"
#include "documentpages.h"
#include "elidedlabel.h"
#include "fileactions.h"
#include "modelstatebar.h"
#include "operatorlibrarydialog.h"
#include "recentfiles.h"
#include "screenfit.h"
#include "session/buildinfo.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "startpage.h"
#include "tensorviewer.h"
#include "windowdocks.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace jitscope {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_session(new ModelSession(this))
    , m_document(new Document(m_session, this))
    , m_recent(new RecentFiles(this))
    , m_files(new FileActions(m_document, m_recent, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("JitScope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/jitscope.svg")));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_stack = new QStackedWidget(this);
    m_startPage = new StartPage(m_recent, m_stack);
    m_startPage->setObjectName(QStringLiteral("StartPage"));
    // A stack is as wide as its widest page: the start page, hidden behind a document, must not
    // keep the window from shrinking.
    m_startPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_stack->addWidget(m_startPage);
    m_pages = new DocumentPages(m_document, m_session, m_stack);
    connect(m_pages, &DocumentPages::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_pages, &DocumentPages::tensorActivated, this, &MainWindow::showTensor);
    m_stack->addWidget(m_pages);
    setCentralWidget(m_stack);
    m_docks = new WindowDocks(this, m_document, m_files, m_pages->tabs(), m_pages->checkpointPage());
    connect(m_docks, &WindowDocks::tensorActivated, this, &MainWindow::showTensor);
    createMenus();
    createStatusBar();

    connect(m_startPage, &StartPage::openFileRequested, m_files, &FileActions::openDialog);
    connect(m_startPage, &StartPage::openPathRequested, this, &MainWindow::openPath);
    connect(m_startPage, &StartPage::openExampleRequested, this, &MainWindow::openExample);
    connect(m_files, &FileActions::opened, this, [this](const QString& path) {
        showStartPage(false);
        Q_EMIT archiveOpened(path);
    });
    connect(m_files, &FileActions::openFailed, this, &MainWindow::openFailed);
    connect(m_files, &FileActions::closed, this, [this] { showStartPage(true); });
    connect(m_document, &Document::archiveChanged, this, &MainWindow::showArchive);
    // Save As moves the window onto the new file: its name and facts follow.
    connect(m_document, &Document::displayNameChanged, this, [this] {
        if (m_document->isOpen())
            showArchive();
    });
    connect(m_document, &Document::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_document, &Document::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
        statusBar()->showMessage(tr("The module is now in %1 mode, %2 on %3")
                                     .arg(snapshot->modules.first().training ? tr("train") : tr("eval"),
                                          snapshot->floatingDtype(), snapshot->device()),
                                 8000);
    });

    fitToScreen(this, m_preferredSize);
    m_defaultState = saveState(kStateVersion);
    QSettings settings;
    // Saved on a larger screen, it still opens inside this one.
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        m_preferredSize = size();
        fitToScreen(this, m_preferredSize);
    }
    m_documentState = settings.value(QStringLiteral("window/state")).toByteArray();
    // A layout saved by an older arrangement is not restored: the default one is sized on first use.
    m_layoutSized = restoreState(m_documentState, kStateVersion);
    if (!m_layoutSized)
        m_documentState = m_defaultState;
    else
        m_docks->keepSavedSizes();
    m_stack->setCurrentIndex(1);
    showStartPage(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_files->addTo(menuBar()->addMenu(tr("&File")));
    QMenu* file = menuBar()->actions().first()->menu();
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // In the order they stand in the window: left from the top, then right.
    for (QDockWidget* dock : m_docks->inOrder())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction* focus = view->addAction(tr("&Graph Only"));
    focus->setObjectName(QStringLiteral("GraphOnlyAction"));
    focus->setCheckable(true);
    focus->setShortcut(QKeySequence(Qt::Key_F11));
    focus->setToolTip(tr("Hide the docks so the graph, code and IR get the whole window; again to bring them back"));
    connect(focus, &QAction::toggled, this, &MainWindow::setGraphOnly);
    view->addAction(tr("&Reset Layout"), this, [this] {
        if (isShowingStartPage())
            m_documentState = m_defaultState;
        else {
            restoreState(m_defaultState, kStateVersion);
            m_docks->applyDefaultSizes();
        }
    });

    (new DeployActions(m_document, m_files, this))->addTo(menuBar()->addMenu(tr("&Deploy")));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About JitScope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_files->openAction());
    // The right-hand docks, one click away: they cost the graph a third of its width while shown.
    toolbar->addSeparator();
    for (QDockWidget* dock : m_docks->rightDocks()) {
        QAction* toggle = dock->toggleViewAction();
        toggle->setToolTip(tr("Show or hide the %1 dock").arg(dock->windowTitle()));
        toolbar->addAction(toggle);
    }

    auto* stateBar = new ModelStateBar(this);
    m_document->attach(stateBar);
    addToolBar(stateBar);
    connect(stateBar, &ModelStateBar::failed, this,
            [this](const QString& message) { m_files->showError(tr("Cannot Change the Module"), message); });
    connect(stateBar, &ModelStateBar::trainingRequested, this, [this](bool training) {
        if (training && m_document->isOpen())
            statusBar()->showMessage(tr("Train mode. Traced submodules keep the train/eval behaviour they were "
                                        "traced in; only scripted code follows the switch."),
                                     10000);
    });
}

void MainWindow::createStatusBar()
{
    m_statusFacts = new ElidedLabel(this);
    m_statusFacts->setObjectName(QStringLiteral("StatusFacts"));
    // Set apart from passing messages by a rule and some room: they end where it begins.
    m_statusFacts->setStyleSheet(QStringLiteral("QLabel { border-left: 1px solid palette(mid); padding-left: 8px; }"));
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressLabel->hide();
    statusBar()->addWidget(m_progressLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addPermanentWidget(m_statusFacts);
    m_statusFacts->giveWayToMessages(statusBar()); // a passing message reads whole
    statusBar()->showMessage(tr("Open a TorchScript archive, a checkpoint or a .safetensors file to begin."));
    const QStringList libraryFailures = OperatorLibraryDialog::loadConfigured();
    if (!libraryFailures.isEmpty())
        statusBar()->showMessage(libraryFailures.join(QLatin1String(" · ")), 15000);

    auto done = [this] {
        m_progress->hide();
        m_progressLabel->hide();
    };
    connect(m_files, &FileActions::opening, this, [this](const QString& name) {
        m_progressLabel->setProperty("name", name);
        m_progressLabel->setText(tr("Opening %1…").arg(name));
        m_progressLabel->show();
        m_progress->setRange(0, 100);
        m_progress->setValue(0);
        m_progress->show();
        statusBar()->clearMessage();
    });
    connect(m_files, &FileActions::progress, this, [this](double fraction, const QString& phase) {
        if (fraction < 0) {
            m_progress->setRange(0, 0); // busy: libtorch reports no progress while it loads
        } else {
            m_progress->setRange(0, 100);
            m_progress->setValue(int(fraction * 100));
        }
        m_progressLabel->setText(tr("%1: %2…").arg(m_progressLabel->property("name").toString(), phase));
    });
    connect(m_files, &FileActions::opened, this, done);
    connect(m_files, &FileActions::openFailed, this, done);
    connect(m_files, &FileActions::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::showArchive()
{
    const SnapshotPtr snapshot = m_document->snapshot();
    if (!snapshot) {
        m_statusFacts->setFullText(QString());
        setWindowTitle(tr("JitScope"));
        setWindowFilePath(QString());
        return;
    }
    const ArchiveInfo& a = snapshot->archive;
    QString facts;
    if (a.isCheckpoint()) {
        m_pages->showCheckpoint(true);
        // Its tensor table is in the middle: the left shows its scalars, the right the tensor viewer
        // (once the docks are back from the start page).
        QTimer::singleShot(0, this, [this] {
            for (const char* name : { "AttributesDock", "TensorViewerDock" })
                if (auto* dock = findChild<QDockWidget*>(QLatin1String(name)))
                    dock->raise();
        });
        facts = tr("%1 · %2 tensors (%3) · %4 on disk")
                    .arg(a.checkpointFormat)
                    .arg(snapshot->parameters.size())
                    .arg(formatBytes(a.parameterBytes, QLocale()), formatBytes(a.fileSize, QLocale()));
    } else {
        m_pages->showCheckpoint(false);
        facts = tr("Format v%1 · %2 modules · %3 methods · %4 parameters (%5) · %6 on disk")
                    .arg(a.formatVersion)
                    .arg(snapshot->modules.size())
                    .arg(snapshot->methods.size())
                    .arg(formatCount(a.parameterCount, QLocale()), formatBytes(a.parameterBytes, QLocale()),
                         formatBytes(a.fileSize, QLocale()));
    }
    if (!a.openedOn.isEmpty())
        facts += QStringLiteral(" · ")
            + tr("saved on %1, opened on %2").arg(a.savedOn.join(QLatin1String(", ")), a.openedOn);
    // Elided where the window is narrow (the whole line in its tooltip): it never widens the window.
    m_statusFacts->setFullText(facts);
    setWindowTitle(tr("%1[*] — JitScope").arg(m_document->displayName()));
    setWindowModified(false);
    setWindowFilePath(a.path);
}

void MainWindow::openPath(const QString& path)
{
    m_files->openPath(path);
}

void MainWindow::openExample(const QString& id)
{
    m_files->openExample(id);
}

bool MainWindow::isShowingStartPage() const
{
    return m_stack->currentIndex() == 0;
}

void MainWindow::showStartPage(bool show)
{
    if (show == isShowingStartPage())
        return;
    // The start page has the window to itself, as Qt Creator's welcome mode does; the docks
    // come back as the user left them.
    if (show)
        m_documentState = saveState(kStateVersion);
    m_stack->setCurrentIndex(show ? 0 : 1);
    const auto docks = findChildren<QDockWidget*>();
    for (QDockWidget* dock : docks) {
        dock->setVisible(!show);
        dock->toggleViewAction()->setEnabled(!show); // with no document they would show nothing
    }
    if (!show && !m_documentState.isEmpty())
        restoreState(m_documentState, kStateVersion);
    if (!show && !m_layoutSized) {
        m_layoutSized = true;
        QTimer::singleShot(0, m_docks, &WindowDocks::applyDefaultSizes);
    }
}

void MainWindow::setGraphOnly(bool on)
{
    if (isShowingStartPage())
        return;
    if (on) {
        m_graphOnlyState = saveState(kStateVersion);
        const auto docks = findChildren<QDockWidget*>();
        for (QDockWidget* dock : docks)
            dock->hide();
        statusBar()->showMessage(tr("Docks hidden: press F11 to bring them back"), 6000);
    } else if (!m_graphOnlyState.isEmpty()) {
        restoreState(m_graphOnlyState, kStateVersion);
    }
}

void MainWindow::showTensor(const TensorRef& ref)
{
    m_docks->tensorViewerDock()->show();
    m_docks->tensorViewerDock()->raise();
    m_docks->tensorViewer()->showTensor(ref);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About JitScope"), aboutText());
}

QString MainWindow::aboutText()
{
    return tr("<h3>JitScope %1</h3><p>A desktop explorer for TorchScript archives.</p>"
              "<p>Revision %2<br>libtorch %3 · Qt %4 · Graphviz %5<br>%6</p>"
              "<p>License: %7. This is free software: you are free to change and redistribute it. There is NO "
              "WARRANTY, to the extent permitted by law. See <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
              "gnu.org/licenses/gpl-3.0.html</a>.</p>")
        .arg(jitscopeVersion(), jitscopeRevision(), libtorchVersion(), qtVersion(), graphvizVersion(),
             computeDevicesSummary(), licenseLine());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // The frame is known once shown: the window takes the room the estimate left unused.
    QTimer::singleShot(0, this, [this] {
        if (!isMaximized() && !isFullScreen())
            fitToScreen(this, m_preferredSize);
    });
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
    if (!m_files->maybeKeepChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"),
                      isShowingStartPage() ? m_documentState : saveState(kStateVersion));
    QMainWindow::closeEvent(event);
}

} // namespace jitscope
