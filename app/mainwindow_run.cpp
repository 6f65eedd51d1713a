// MainWindow's running side: the Run dock, the tensor viewer, the mode/device/dtype toolbar
// and the scratch pad, and how a change of the module's state reaches every pane.
#include "mainwindow.h"

#include "attributetablemodel.h"
#include "comparisonview.h"
#include "filteredtable.h"
#include "invokepanel.h"
#include "modelsession.h"
#include "modelstatebar.h"
#include "moduletreemodel.h"
#include "scopefilterproxy.h"
#include "scratchpad.h"
#include "tensortablemodel.h"
#include "tensorviewer.h"
#include "trainingpanel.h"
#include "usererror.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace jitscope {

void MainWindow::createRunDocks(QDockWidget* besideTensors)
{
    // The right-hand docks (Run, Training) take the full height, beside the bottom ones.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    m_invokePanel = new InvokePanel(m_session, this);
    m_runDock = makeDock(tr("Run"), QStringLiteral("RunDock"), m_invokePanel, Qt::RightDockWidgetArea);
    m_runDock->setToolTip(tr("Call the selected method with arguments you type"));
    resizeDocks({ m_runDock }, { 380 }, Qt::Horizontal);

    m_tensorViewer = new TensorViewer(m_session, this);
    m_tensorViewerDock
        = makeDock(tr("Tensor"), QStringLiteral("TensorViewerDock"), m_tensorViewer, Qt::BottomDockWidgetArea);
    // Beside the parameter table rather than behind it: pick a row, see inside it.
    splitDockWidget(besideTensors, m_tensorViewerDock, Qt::Horizontal);

    m_trainingPanel = new TrainingPanel(m_session, this);
    // Scrolls rather than forcing the window taller than a laptop screen.
    auto* trainingScroll = new QScrollArea(this);
    trainingScroll->setWidget(m_trainingPanel);
    trainingScroll->setWidgetResizable(true);
    trainingScroll->setFrameShape(QFrame::NoFrame);
    trainingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // fields narrow instead
    m_trainingDock = makeDock(tr("Training"), QStringLiteral("TrainingDock"), trainingScroll, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_runDock, m_trainingDock);
    m_runDock->raise();
    connect(m_trainingPanel, &TrainingPanel::finished, this, [this](const TrainResult& result) {
        if (!result.steps.isEmpty()) // a step was applied: the weights are no longer those saved
            onTrainingFinished();
    });

    connect(m_invokePanel, &InvokePanel::tensorActivated, this, &MainWindow::showTensor);
    connect(m_invokePanel, &InvokePanel::methodPicked, this, &MainWindow::selectMethod);
    connect(m_scratchPad, &ScratchPad::tensorActivated, this, &MainWindow::showTensor);
}

void MainWindow::createStateBar()
{
    m_stateBar = new ModelStateBar(this);
    addToolBar(m_stateBar);
    connect(m_stateBar, &ModelStateBar::trainingRequested, this, [this](bool training) {
        if (!m_snapshot)
            return;
        m_stateBar->setBusy(true);
        m_stateId = m_session->requestSetTraining(training);
        if (training)
            statusBar()->showMessage(tr("Train mode. Traced submodules keep the train/eval behaviour they were "
                                        "traced in; only scripted code follows the switch."),
                                     10000);
    });
    connect(m_stateBar, &ModelStateBar::moveRequested, this, [this](const QString& device, const QString& dtype) {
        if (!m_snapshot)
            return;
        m_stateBar->setBusy(true);
        m_stateId = m_session->requestMoveTo(device, dtype);
    });
    connect(m_session, &ModelSession::snapshotChanged, this, &MainWindow::onSnapshotChanged);
}

void MainWindow::onSnapshotChanged(quint64 id, const SnapshotPtr& snapshot)
{
    if (id != m_stateId || !m_snapshot)
        return;
    m_stateId = 0;
    // The same archive in a new state: tables show the new mode, dtype and device; the
    // selection, the call history and the tensor on view stay.
    const QModelIndex current = m_tensorPane->proxy()->mapToSource(m_tensorTable->currentIndex());
    const TensorInfo* selected = m_tensorModel->tensorAt(current.row());
    const QString selectedName = selected ? selected->name : QString();
    const bool selectedIsParameter = selected && selected->isParameter;
    m_snapshot = snapshot;
    m_moduleModel->setSnapshot(snapshot);
    m_moduleTree->expandToDepth(1);
    m_tensorModel->setSnapshot(snapshot);
    m_attributeModel->setSnapshot(snapshot);
    m_invokePanel->updateSnapshot(snapshot);
    m_stateBar->setSnapshot(snapshot);
    const QString module = m_currentModule;
    m_currentModule = QStringLiteral("-"); // make selectModule refresh the panes
    const QString method = m_currentMethod;
    selectModule(module);
    if (!method.isEmpty())
        selectMethod(module, method);
    if (!selectedName.isEmpty()) {
        const int row = m_tensorModel->rowOf(selectedName, selectedIsParameter);
        m_tensorTable->setCurrentIndex(m_tensorPane->proxy()->mapFromSource(m_tensorModel->index(row, 0)));
    }
    refreshTensorValues();
    const ModuleInfo& root = snapshot->modules.first();
    statusBar()->showMessage(tr("The module is now in %1 mode, %2 on %3")
                                 .arg(root.training ? tr("train") : tr("eval"), ModelStateBar::dtypeOf(*snapshot),
                                      ModelStateBar::deviceOf(*snapshot)),
                             8000);
}

void MainWindow::showSelectedTensor(bool raise)
{
    const QModelIndex current = m_tensorPane->proxy()->mapToSource(m_tensorTable->currentIndex());
    const TensorInfo* tensor = m_tensorModel->tensorAt(current.row());
    if (!tensor)
        return;
    // Following the selection costs a request per row: only while the viewer can be seen.
    if (!raise && m_tensorViewer->visibleRegion().isEmpty())
        return;
    const TensorRef ref = tensor->isParameter ? TensorRef::parameter(tensor->name) : TensorRef::buffer(tensor->name);
    if (raise)
        showTensor(ref);
    else if (!(m_tensorViewer->hasTensor() && m_tensorViewer->currentRef() == ref))
        m_tensorViewer->showTensor(ref);
}

void MainWindow::createSaveActions(QMenu* file)
{
    QAction* saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setStatusTip(tr("Write the trained module over the open archive (asks first)"));
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction* revert = file->addAction(tr("Re&vert to Loaded Weights"), this, &MainWindow::revertToLoaded);
    revert->setStatusTip(tr("Forget the training: read the archive again"));
    connect(file, &QMenu::aboutToShow, this, [this, saveAction, saveAsAction, revert] {
        saveAction->setEnabled(m_snapshot != nullptr);
        saveAsAction->setEnabled(m_snapshot != nullptr);
        revert->setEnabled(m_snapshot && isWindowModified());
    });
    connect(m_session, &ModelSession::saved, this, [this](quint64 id, const QString& path) {
        if (id != m_saveId)
            return;
        m_saveId = 0;
        setWindowModified(false);
        statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
    });
    connect(m_session, &ModelSession::requestFailed, this, [this](quint64 id, const QString& message) {
        if (id == m_saveId) {
            m_saveId = 0;
            showError(tr("Cannot Save"), message);
        }
    });
}

bool MainWindow::maybeKeepChanges()
{
    if (!m_snapshot || !isWindowModified())
        return true;
    int answer = m_unsavedAnswer;
    if (m_errorDialogs)
        answer
            = QMessageBox::question(this, tr("Trained Weights Not Saved"),
                                    tr("The module in %1 was trained and its weights are not saved. Save them "
                                       "before going on?")
                                        .arg(m_displayName),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        const QString path = m_errorDialogs
            ? QFileDialog::getSaveFileName(this, tr("Save Trained Module"), m_snapshot->archive.path,
                                           tr("TorchScript archives (*.pt)"))
            : m_snapshot->archive.path;
        if (path.isEmpty())
            return false;
        try {
            m_trainingPanel->stop();
            m_session->saveBlocking(path, true); // the file dialog asked about replacing it
        } catch (const UserError& e) {
            showError(tr("Cannot Save"), e.message());
            return false;
        }
    }
    setWindowModified(false);
    return true;
}

void MainWindow::saveTo(const QString& path, bool overwriteOpened)
{
    if (m_snapshot)
        m_saveId = m_session->requestSave(path, overwriteOpened);
}

void MainWindow::save()
{
    if (!m_snapshot)
        return;
    // Never over the open archive without asking.
    if (m_errorDialogs
        && QMessageBox::question(
               this, tr("Replace the Archive?"),
               tr("Write the module over %1? The archive as it was is replaced.").arg(m_snapshot->archive.path))
            != QMessageBox::Yes)
        return;
    saveTo(m_snapshot->archive.path, true);
}

void MainWindow::saveAs()
{
    if (!m_snapshot)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Module As"), m_snapshot->archive.path,
                                                      tr("TorchScript archives (*.pt)"));
    if (!path.isEmpty())
        saveTo(path, true); // the dialog asked before replacing an existing file
}

void MainWindow::revertToLoaded()
{
    if (!m_snapshot)
        return;
    m_trainingPanel->stop();
    m_stateId = m_session->requestRevert();
    setWindowModified(false);
}

void MainWindow::onTrainingFinished()
{
    if (!m_snapshot)
        return;
    // Parameters changed: statistics and the tensor on view are stale.
    setWindowModified(true);
    m_tensorModel->setSnapshot(m_snapshot);
    updateScopes();
    refreshTensorValues();
}

void MainWindow::refreshTensorValues()
{
    // Statistics of a small model cost little: fill them in at once. Large ones wait to be asked.
    if (m_snapshot->archive.parameterBytes + m_snapshot->archive.bufferBytes <= kAutoStatsBytes)
        requestStats(false);
    if (m_tensorViewer->hasTensor())
        m_tensorViewer->showTensor(m_tensorViewer->currentRef());
}

void MainWindow::createCompareActions(QMenu* file)
{
    QAction* withArchive = file->addAction(tr("Compare With &Archive…"), this, &MainWindow::compareWithArchive);
    withArchive->setStatusTip(
        tr("The selected method against the same method of another archive (traced vs scripted)"));
    QAction* withMethod = file->addAction(tr("Compare With &Method…"), this, &MainWindow::compareWithMethod);
    withMethod->setStatusTip(tr("The selected method against another method of this archive"));
    connect(file, &QMenu::aboutToShow, this, [this, withArchive, withMethod] {
        withArchive->setEnabled(m_snapshot != nullptr);
        withMethod->setEnabled(m_snapshot && m_snapshot->methods.size() > 1);
    });
}

ComparisonView* MainWindow::openComparison(const DiffRequest& request, QWidget* parent)
{
    auto* view = new ComparisonView(parent);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->compare(request);
    view->show();
    return view;
}

void MainWindow::compareWithArchive()
{
    if (!m_snapshot)
        return;
    const QString other = QFileDialog::getOpenFileName(this, tr("Compare With Archive"), QString(),
                                                       tr("TorchScript archives (*.pt *.pth *.zip);;All files (*)"));
    if (other.isEmpty())
        return;
    DiffRequest request;
    request.left = { m_snapshot->archive.path, m_currentModule, m_currentMethod };
    request.right = { other, m_currentModule, m_currentMethod };
    openComparison(request, this);
}

void MainWindow::compareWithMethod()
{
    if (!m_snapshot)
        return;
    QStringList names;
    for (const MethodInfo& m : m_snapshot->methods)
        names << m.qualifiedName();
    const QString current = m_currentMethod.isEmpty()
        ? (m_currentModule.isEmpty() ? QStringLiteral("forward") : m_currentModule + QStringLiteral(".forward"))
        : (m_currentModule.isEmpty() ? m_currentMethod : m_currentModule + QLatin1Char('.') + m_currentMethod);
    bool ok = false;
    const QString other = QInputDialog::getItem(this, tr("Compare With Method"), tr("Compare %1 with:").arg(current),
                                                names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype dot = other.lastIndexOf(QLatin1Char('.'));
    DiffRequest request;
    request.left = { m_snapshot->archive.path, m_currentModule, m_currentMethod };
    request.right = { m_snapshot->archive.path, dot < 0 ? QString() : other.left(dot), other.mid(dot + 1) };
    openComparison(request, this);
}

void MainWindow::showTensor(const TensorRef& ref)
{
    m_tensorViewerDock->show();
    m_tensorViewerDock->raise();
    m_tensorViewer->showTensor(ref);
}

} // namespace jitscope
