// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"

#include "checkpointdiffdialog.h"
#include "common/operatorlibraries.h"
#include "common/usererror.h"
#include "comparisonview.h"
#include "diff/modeldiff.h"
#include "examples.h"
#include "loadweightsdialog.h"
#include "operatorlibrarydialog.h"
#include "recentfiles.h"
#include "session/archiveguard.h"
#include "session/document.h"
#include "session/modelsession.h"
#include "trainingpanel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace jitscope {

namespace {

QString archiveFilter()
{
    return FileActions::tr("TorchScript archives and checkpoints (*.pt *.pth *.ptl *.jit *.dat *.torchscript *.zip "
                           "*.bin *.ckpt *.safetensors);;All files (*)");
}

QString checkpointFilter()
{
    return FileActions::tr("Checkpoints (*.pt *.pth *.bin *.ckpt *.tar *.safetensors);;All files (*)");
}

} // namespace

FileActions::FileActions(Document* document, RecentFiles* recent, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_recent(recent)
    , m_window(window)
    , m_guard(new ArchiveGuard(ArchiveGuard::defaultHelper(), this))
{ }

void FileActions::addTo(QMenu* file)
{
    m_open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this,
                             &FileActions::openDialog);
    m_open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recent, &RecentFiles::changed, this, &FileActions::updateRecentMenu);
    updateRecentMenu();
    QMenu* examples = file->addMenu(tr("Open &Example"));
    for (const Example& example : bundledExamples()) {
        QAction* action = examples->addAction(example.title, this, [this, id = example.id] { openExample(id); });
        action->setStatusTip(example.description);
    }
    file->addSeparator();

    QAction* saveAction = file->addAction(tr("&Save"), this, &FileActions::save);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setStatusTip(tr("Write the trained module over the open archive (asks first)"));
    QAction* saveAsAction = file->addAction(tr("Save &As…"), this, &FileActions::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    QAction* revert = file->addAction(tr("Re&vert to Loaded Weights"), this, &FileActions::revertToLoaded);
    revert->setStatusTip(tr("Forget the training: read the archive again"));
    file->addSeparator();
    QAction* loadWeights = file->addAction(tr("Load &Weights…"), this, [this] { loadWeightsDialog(); });
    loadWeights->setObjectName(QStringLiteral("LoadWeightsAction"));
    loadWeights->setStatusTip(
        tr("Put a checkpoint's weights (torch.save state dict or safetensors) into the open module, as "
           "load_state_dict does"));

    QAction* withArchive = file->addAction(tr("Compare With &Archive…"), this, &FileActions::compareWithArchive);
    withArchive->setStatusTip(
        tr("The selected method against the same method of another archive (traced vs scripted)"));
    QAction* withMethod = file->addAction(tr("Compare With &Method…"), this, &FileActions::compareWithMethod);
    withMethod->setStatusTip(tr("The selected method against another method of this archive"));
    QAction* withCheckpoint = file->addAction(tr("Compare With C&heckpoint…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Compare With Checkpoint"), QFileInfo(m_document->path()).absolutePath(), checkpointFilter());
        if (!path.isEmpty())
            compareWithCheckpoint(path)->open();
    });
    withCheckpoint->setStatusTip(
        tr("The module's parameters and buffers, or the open checkpoint's tensors, against a checkpoint's, by name"));
    file->addSeparator();
    QAction* libraries = file->addAction(tr("Operator &Libraries…"), this, [this] {
        OperatorLibraryDialog dialog(m_window);
        connect(&dialog, &OperatorLibraryDialog::libraryLoaded, this, [this] {
            if (!m_lastFailedPath.isEmpty())
                openPath(m_lastFailedPath); // the archive that lacked an operator, now perhaps complete
        });
        dialog.exec();
    });
    libraries->setStatusTip(tr("Libraries of operators from outside libtorch, such as torchvision::nms"));
    m_close = file->addAction(tr("&Close"), this, &FileActions::closeArchive);
    m_close->setShortcut(QKeySequence::Close);

    connect(file, &QMenu::aboutToShow, this,
            [this, saveAction, saveAsAction, revert, withArchive, withMethod, loadWeights, withCheckpoint] {
                const SnapshotPtr snapshot = m_document->snapshot();
                const bool module = snapshot && !snapshot->archive.isCheckpoint(); // a checkpoint has none
                for (QAction* a : { saveAction, saveAsAction, withArchive, loadWeights })
                    a->setEnabled(module);
                m_close->setEnabled(snapshot != nullptr);
                withCheckpoint->setEnabled(snapshot != nullptr);
                revert->setEnabled(snapshot && m_document->isModified());
                withMethod->setEnabled(snapshot && snapshot->methods.size() > 1);
            });
}

void FileActions::loadWeightsDialog()
{
    const SnapshotPtr snapshot = m_document->snapshot();
    if (!snapshot || snapshot->archive.isCheckpoint())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Load Weights From"),
                                                      QFileInfo(m_document->path()).absolutePath(), checkpointFilter());
    if (!path.isEmpty())
        loadWeightsFrom(path)->open();
}

LoadWeightsDialog* FileActions::loadWeightsFrom(const QString& checkpoint)
{
    if (m_training)
        m_training->stop(); // the weights change under it otherwise
    auto* dialog = new LoadWeightsDialog(m_document, checkpoint, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoadWeightsDialog::loaded, this, [this](const QString& text) { Q_EMIT message(text, 8000); });
    return dialog;
}

CheckpointDiffDialog* FileActions::compareWithCheckpoint(const QString& checkpoint)
{
    auto* dialog = new CheckpointDiffDialog(m_document, checkpoint, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void FileActions::updateRecentMenu()
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

void FileActions::openDialog()
{
    const QString dir = m_recent->files().isEmpty() ? QString() : QFileInfo(m_recent->files().first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open TorchScript Archive"), dir, archiveFilter());
    if (!path.isEmpty())
        openPath(path);
}

void FileActions::openPath(const QString& path, const QString& displayName)
{
    if (!maybeKeepChanges())
        return;
    if (!m_pendingPath.isEmpty() && QFileInfo(m_pendingPath) == QFileInfo(path))
        return; // already opening it (a double click on the start page, say)
    m_pendingPath = path;
    const QString name = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    Q_EMIT opening(name);
    // libtorch reads the code in a helper process first: a file that crashes it cannot take the
    // window down (see ArchiveGuard).
    m_guard->check(path, this, [this, path, name](const QString& refusal) {
        if (m_pendingPath != path)
            return; // a newer open took over
        if (refusal.isEmpty()) {
            load(path, name);
            return;
        }
        m_pendingPath.clear();
        // Said before the dialog: the progress must not run on behind it.
        m_lastError = refusal;
        Q_EMIT openFailed(refusal);
        showError(tr("Cannot Open Archive"), refusal);
    });
}

void FileActions::load(const QString& path, const QString& name)
{
    // A newer open makes this one stale: only the last file asked for is shown.
    m_document->session()
        ->open(path)
        .tag(QStringLiteral("open"))
        .onProgress([this](const Progress& p) { Q_EMIT progress(p.fraction, p.phase); })
        .then(
            this,
            [this, path, name](const SnapshotPtr& snapshot) {
                // A newer open may already wait for the guard: it stays pending.
                if (m_pendingPath == path)
                    m_pendingPath.clear();
                m_lastFailedPath.clear();
                m_document->setArchive(snapshot, name);
                const QString& opened = snapshot->archive.path;
                if (!opened.contains(QLatin1String("/jitscope-examples/")))
                    m_recent->add(opened);
                Q_EMIT message(tr("Opened %1").arg(name), 5000);
                Q_EMIT this->opened(opened);
            },
            [this, path](const UserError& failure) {
                if (m_pendingPath == path)
                    m_pendingPath.clear();
                if (!QFileInfo::exists(path))
                    m_recent->remove(path);
                // Whatever was open before stays open and usable.
                const QString& error = failure.message();
                const QString op = failure.kind() == UserError::Kind::MissingOperator ? failure.subject() : QString();
                if (!op.isEmpty())
                    m_lastFailedPath = path; // opened again once a library is loaded
                const QString provider = op.isEmpty() ? QString() : OperatorLibraries::providerOf(op);
                // Said before the dialog: the progress must not run on behind it, nor end the
                // progress of the open that loading the operators starts from the dialog.
                m_lastError = error;
                Q_EMIT openFailed(error);
                if (!provider.isEmpty()
                    && !OperatorLibraries::loaded().contains(QFileInfo(provider).canonicalFilePath()))
                    offerOperatorLibrary(error, op, provider);
                else
                    showError(tr("Cannot Open Archive"), error);
            });
}

void FileActions::openExample(const QString& id)
{
    QString error;
    const QString path = materializeExample(id, &error);
    if (path.isEmpty())
        showError(tr("Cannot Open Example"), error);
    else
        openPath(path, tr("%1 (example)").arg(QFileInfo(path).fileName()));
}

void FileActions::offerOperatorLibrary(const QString& error, const QString& op, const QString& library)
{
    m_lastError = error;
    Q_EMIT message(summaryOf(error).section(QLatin1Char('\n'), 0, 0), 10000);
    if (!m_dialogs)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Archive"), summaryOf(error), QMessageBox::Cancel, m_window);
    box.setDetailedText(detailsOf(error));
    QPushButton* load = box.addButton(
        tr("Load %1's Operators and Open Again").arg(op.section(QStringLiteral("::"), 0, 0)), QMessageBox::AcceptRole);
    box.setDefaultButton(load);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(load))
        loadOperatorLibrary(library);
}

void FileActions::loadOperatorLibrary(const QString& library)
{
    try {
        OperatorLibraryDialog::addAndLoad(library);
    } catch (const UserError& e) {
        showError(tr("Cannot Load Operator Library"), e.message());
        return;
    }
    Q_EMIT message(tr("Loaded the operator library %1").arg(QFileInfo(library).fileName()), 5000);
    if (!m_lastFailedPath.isEmpty())
        openPath(m_lastFailedPath);
}

void FileActions::showError(const QString& title, const QString& text)
{
    m_lastError = text;
    // libtorch's own long message, where there is one, is one click away (Show Details).
    const QString summary = summaryOf(text), details = detailsOf(text);
    Q_EMIT message(summary.section(QLatin1Char('\n'), 0, 0), 10000);
    if (!m_dialogs)
        return;
    QMessageBox box(QMessageBox::Warning, title, summary, QMessageBox::Ok, m_window);
    box.setDetailedText(details);
    box.exec();
}

void FileActions::closeArchive()
{
    if (!maybeKeepChanges())
        return;
    // The module stays loaded on the worker until the next open; the window forgets it.
    m_document->setArchive(nullptr, QString());
    Q_EMIT closed();
}

bool FileActions::maybeKeepChanges()
{
    if (!m_document->isOpen() || !m_document->isModified())
        return true;
    int answer = m_unsavedAnswer;
    if (m_dialogs)
        answer
            = QMessageBox::question(m_window, tr("Changed Weights Not Saved"),
                                    tr("The module in %1 has weights that are not saved (trained, or loaded from a "
                                       "checkpoint). Save them before going on?")
                                        .arg(m_document->displayName()),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        const QString path = m_dialogs
            ? QFileDialog::getSaveFileName(m_window, tr("Save Trained Module"), m_document->path(),
                                           tr("TorchScript archives (*.pt)"))
            : m_document->path();
        if (path.isEmpty())
            return false;
        try {
            if (m_training)
                m_training->stop();
            m_document->session()->save(path, true).wait(); // the file dialog asked about replacing it
        } catch (const UserError& e) {
            showError(tr("Cannot Save"), e.message());
            return false;
        }
    }
    m_document->setModified(false);
    return true;
}

void FileActions::saveTo(const QString& path, bool overwriteOpened)
{
    if (!m_document->isOpen())
        return;
    m_document->session()
        ->save(path, overwriteOpened)
        .tag(QStringLiteral("save"))
        .then(
            this,
            [this](const QString& saved) {
                m_document->setModified(false);
                Q_EMIT message(tr("Saved %1").arg(saved), 8000);
            },
            [this](const QString& error) { showError(tr("Cannot Save"), error); });
}

void FileActions::save()
{
    if (!m_document->isOpen())
        return;
    // Never over the open archive without asking.
    if (m_dialogs
        && QMessageBox::question(
               m_window, tr("Replace the Archive?"),
               tr("Write the module over %1? The archive as it was is replaced.").arg(m_document->path()))
            != QMessageBox::Yes)
        return;
    saveTo(m_document->path(), true);
}

void FileActions::saveAs()
{
    if (!m_document->isOpen())
        return;
    // A new name beside the open file, never the open file itself.
    const QFileInfo open(m_document->path());
    const QString suggestion = open.dir().filePath(open.completeBaseName() + tr("-copy") + QStringLiteral(".pt"));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Module As"), suggestion,
                                                      tr("TorchScript archives (*.pt *.pth *.ptl *.jit)"));
    if (!path.isEmpty())
        saveAsPath(path); // the dialog asked before replacing an existing file
}

void FileActions::saveAsPath(const QString& path)
{
    if (!m_document->isOpen())
        return;
    m_document->session()
        ->saveAs(path)
        .tag(QStringLiteral("save"))
        .then(
            this,
            [this](const SnapshotPtr& snapshot) {
                // The window is on the new file now: title, Archive pane, recent files, later saves.
                m_document->updateSnapshot(snapshot);
                m_document->setDisplayName(QFileInfo(snapshot->archive.path).fileName());
                m_document->setModified(false);
                m_recent->add(snapshot->archive.path);
                Q_EMIT message(tr("Saved %1").arg(snapshot->archive.path), 8000);
            },
            [this](const QString& error) { showError(tr("Cannot Save"), error); });
}

void FileActions::revertToLoaded()
{
    if (!m_document->isOpen())
        return;
    if (m_training)
        m_training->stop();
    m_document->session()
        ->revert()
        .tag(QStringLiteral("state"))
        .then(
            this,
            [this](const SnapshotPtr& snapshot) {
                m_document->updateSnapshot(snapshot);
                m_document->notifyWeightsChanged();
                m_document->setModified(false);
            },
            [this](const QString& error) { showError(tr("Cannot Revert"), error); });
}

ComparisonView* FileActions::openComparison(const DiffRequest& request, QWidget* parent)
{
    auto* view = new ComparisonView(parent);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->compare(request);
    view->show();
    return view;
}

DiffRequest FileActions::selectedMethod() const
{
    DiffRequest request;
    request.left = { m_document->path(), m_document->module(), m_document->method() };
    return request;
}

void FileActions::compareWithArchive()
{
    if (!m_document->isOpen())
        return;
    const QString other
        = QFileDialog::getOpenFileName(m_window, tr("Compare With Archive"), QString(), archiveFilter());
    if (other.isEmpty())
        return;
    DiffRequest request = selectedMethod();
    request.right = { other, m_document->module(), m_document->method() };
    m_guard->check(other, this, [this, request](const QString& refusal) {
        if (refusal.isEmpty())
            openComparison(request, m_window);
        else
            showError(tr("Cannot Compare"), refusal);
    });
}

void FileActions::compareWithMethod()
{
    const SnapshotPtr snapshot = m_document->snapshot();
    if (!snapshot)
        return;
    QStringList names;
    for (const MethodInfo& m : snapshot->methods)
        names << m.qualifiedName();
    const QString module = m_document->module();
    const QString method = m_document->method().isEmpty() ? QStringLiteral("forward") : m_document->method();
    const QString current = module.isEmpty() ? method : module + QLatin1Char('.') + method;
    bool ok = false;
    const QString other = QInputDialog::getItem(m_window, tr("Compare With Method"),
                                                tr("Compare %1 with:").arg(current), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype dot = other.lastIndexOf(QLatin1Char('.'));
    DiffRequest request = selectedMethod();
    request.right = { m_document->path(), dot < 0 ? QString() : other.left(dot), other.mid(dot + 1) };
    openComparison(request, m_window);
}

} // namespace jitscope
