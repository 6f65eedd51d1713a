// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowdocks.h"

#include "archiveview.h"
#include "attributespane.h"
#include "checkpointpage.h"
#include "fileactions.h"
#include "invokepanel.h"
#include "methodspane.h"
#include "modulespane.h"
#include "session/document.h"
#include "tensorspane.h"
#include "tensorviewer.h"
#include "trainingpanel.h"
#include "trainingplots.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace jitscope {

QDockWidget* WindowDocks::makeDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, m_window);
    dock->setObjectName(name);
    dock->setWidget(content);
    m_window->addDockWidget(area, dock);
    return dock;
}

WindowDocks::WindowDocks(QMainWindow* window, Document* document, FileActions* files, QTabWidget* tabs,
                         CheckpointPage* checkpointPage)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_session(document->session())
{
    auto* modules = new ModulesPane(m_window);
    auto* modulesDock = makeDock(tr("Modules"), QStringLiteral("ModulesDock"), modules, Qt::LeftDockWidgetArea);
    auto* methods = new MethodsPane(m_window);
    auto* methodsDock = makeDock(tr("Methods"), QStringLiteral("MethodsDock"), methods, Qt::LeftDockWidgetArea);
    auto* tensors = new TensorsPane(m_window);
    auto* tensorsDock = makeDock(tr("Parameters"), QStringLiteral("TensorsDock"), tensors, Qt::LeftDockWidgetArea);
    tensorsDock->setToolTip(tr("The parameters and buffers of the selected module's subtree"));
    auto* attributes = new AttributesPane(m_window);
    auto* attributesDock
        = makeDock(tr("Attributes"), QStringLiteral("AttributesDock"), attributes, Qt::LeftDockWidgetArea);
    auto* archive = new ArchiveView(m_window);
    archive->setObjectName(QStringLiteral("ArchiveView"));
    auto* archiveDock = makeDock(tr("Archive"), QStringLiteral("ArchiveDock"), archive, Qt::LeftDockWidgetArea);

    auto* invokePanel = new InvokePanel(m_session, m_window);
    invokePanel->setObjectName(QStringLiteral("InvokePanel"));
    connect(invokePanel, &InvokePanel::tensorActivated, this, &WindowDocks::tensorActivated);
    auto* runDock = makeDock(tr("Run"), QStringLiteral("RunDock"), invokePanel, Qt::RightDockWidgetArea);
    runDock->setToolTip(tr("Call the selected method with arguments you type"));

    m_tensorViewer = new TensorViewer(m_session, m_window);
    m_tensorViewer->setObjectName(QStringLiteral("TensorViewer"));
    m_tensorViewerDock
        = makeDock(tr("Tensor"), QStringLiteral("TensorViewerDock"), m_tensorViewer, Qt::RightDockWidgetArea);
    connect(tensors, &TensorsPane::currentTensorChanged, m_tensorViewer, &TensorViewer::follow);
    connect(tensors, &TensorsPane::tensorActivated, this, &WindowDocks::tensorActivated);
    connect(checkpointPage->tensors(), &TensorsPane::currentTensorChanged, m_tensorViewer, &TensorViewer::follow);
    connect(checkpointPage->tensors(), &TensorsPane::tensorActivated, this, &WindowDocks::tensorActivated);

    auto* training = new TrainingPanel(m_session, m_window);
    training->setObjectName(QStringLiteral("TrainingPanel"));
    files->setTrainingPanel(training);
    // The plots get a page of their own beside the graph: a dock is too narrow to read them.
    tabs->addTab(training->plots(), tr("Training"));
    tabs->setTabToolTip(tabs->count() - 1, tr("Loss, gradient norm and per-parameter norms of the last run"));
    connect(training, &TrainingPanel::plotsWanted, tabs,
            [tabs, training] { tabs->setCurrentWidget(training->plots()); });
    // Scrolls rather than forcing the window taller than a laptop screen.
    auto* trainingScroll = new QScrollArea(m_window);
    trainingScroll->setWidget(training);
    trainingScroll->setWidgetResizable(true);
    trainingScroll->setFrameShape(QFrame::NoFrame);
    trainingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow instead
    auto* trainingDock
        = makeDock(tr("Training"), QStringLiteral("TrainingDock"), trainingScroll, Qt::RightDockWidgetArea);

    for (DocumentPane* pane : std::initializer_list<DocumentPane*> { modules, methods, tensors, attributes, archive,
                                                                     invokePanel, m_tensorViewer, training })
        m_document->attach(pane);

    // The graph owns the middle, the full height and all the width one column leaves. That column,
    // left, holds what the archive holds: the module tree (the archive's facts one tab away) above
    // the tables that follow it. What you do with the module (run, train) and the tensor you look
    // at stand right, one tab each, shown from the tool bar when wanted.
    m_window->splitDockWidget(modulesDock, methodsDock, Qt::Vertical);
    m_window->tabifyDockWidget(modulesDock, archiveDock);
    m_window->tabifyDockWidget(methodsDock, tensorsDock);
    m_window->tabifyDockWidget(tensorsDock, attributesDock);
    m_window->tabifyDockWidget(runDock, trainingDock);
    m_window->tabifyDockWidget(trainingDock, m_tensorViewerDock);
    m_inOrder = { modulesDock, methodsDock, tensorsDock,  attributesDock,
                  archiveDock, runDock,     trainingDock, m_tensorViewerDock };
    m_rightDocks = { runDock, trainingDock, m_tensorViewerDock };
    modulesDock->raise();
    methodsDock->raise();
    runDock->raise();
    for (QDockWidget* dock : { runDock, trainingDock, m_tensorViewerDock }) {
        dock->hide();
        // Hidden, they could not be sized with the others: the first time one of them is in sight,
        // their column is (a dock shown and hidden again in one go is not in sight).
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (!visible || m_rightSized)
                return;
            QTimer::singleShot(0, this, [this, dock] {
                if (m_rightSized || !dock->isVisible() || dock->isFloating())
                    return;
                m_rightSized = true;
                // A little narrower than the left column: the graph between them keeps its tab titles.
                // On a small screen the left column gives way too, so that the graph keeps half the
                // window (at 1024 px it kept 43%).
                const int right = qBound(250, m_window->width() / 5, 320);
                QDockWidget* left = m_inOrder[0];
                const int leftWidth = left->isVisible() && !left->isFloating() ? left->width() : 0;
                if (leftWidth > 0 && leftWidth + right > m_window->width() / 2)
                    m_window->resizeDocks({ left, dock }, { qMax(240, m_window->width() / 2 - right), right },
                                          Qt::Horizontal);
                else
                    m_window->resizeDocks({ dock }, { right }, Qt::Horizontal);
            });
        });
    }
}

int WindowDocks::sideColumnWidth() const
{
    // Under a quarter of the window: the graph's pane keeps at least 60% of a 1280x820 window. No
    // less than a parameter's name, shape and dtype need side by side.
    return qBound(290, m_window->width() * 23 / 100, 320);
}

void WindowDocks::applyDefaultSizes()
{
    // Sizes only take once the window has its own: the first time a document shows.
    QDockWidget* modules = m_inOrder[0];
    QDockWidget* methods = m_inOrder[1];
    const int side = sideColumnWidth();
    // Tabbed docks: whole titles ("Archive", not "Ar…"), scrolling when they do not fit.
    const auto bars = m_window->findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTabBar* bar : bars) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
    m_window->resizeDocks({ modules }, { side }, Qt::Horizontal);
    const int height = m_window->height();
    m_window->resizeDocks({ modules, methods }, { height * 9 / 20, height * 11 / 20 }, Qt::Vertical);
}

} // namespace jitscope
