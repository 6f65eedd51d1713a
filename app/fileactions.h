// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace jitscope {

class ArchiveGuard;

class CheckpointDiffDialog;
class Document;
class LoadWeightsDialog;
class RecentFiles;
struct DiffRequest;
class ComparisonView;
class TrainingPanel;

// The File menu's work: open (dialog, recent, example, drop, command line), save, save as,
// revert, close and compare; and the question before trained weights are lost. Errors are
// shown in a dialog over the window, or only kept in lastError() when dialogs are off (tests).
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(Document* document, RecentFiles* recent, QWidget* window);

    void addTo(QMenu* file);
    QAction* openAction() const { return m_open; }
    void setTrainingPanel(TrainingPanel* panel) { m_training = panel; } // stopped before saving

    // Opens without blocking; `displayName` defaults to the file's name.
    void openPath(const QString& path, const QString& displayName = {});
    void openExample(const QString& id);
    void openDialog();
    void saveTo(const QString& path, bool overwriteOpened); // no dialog
    // Save As without the dialog: writes `path` and moves the window onto it.
    void saveAsPath(const QString& path);
    void revertToLoaded();
    // File → Load Weights…: asks for a checkpoint, then shows the matching (LoadWeightsDialog).
    void loadWeightsDialog();
    // The matching dialog for `checkpoint`, not yet shown (deletes itself when closed).
    LoadWeightsDialog* loadWeightsFrom(const QString& checkpoint);
    // File → Compare With Checkpoint…'s dialog for `checkpoint`, not yet shown (deletes itself).
    CheckpointDiffDialog* compareWithCheckpoint(const QString& checkpoint);
    void closeArchive();
    // Asks before trained weights are lost; true when it is fine to go on.
    bool maybeKeepChanges();
    // Opens a comparison window (its own session); `jitscope --diff A B` uses it without a window.
    static ComparisonView* openComparison(const DiffRequest& request, QWidget* parent = nullptr);

    void showError(const QString& title, const QString& message);
    // Loads an operator library (kept in the settings, loaded at every start) and opens again
    // the archive that failed last, which may have lacked its operators.
    void loadOperatorLibrary(const QString& library);
    QString lastError() const { return m_lastError; }
    void setDialogsEnabled(bool enabled) { m_dialogs = enabled; }
    // With dialogs off: how the unsaved-changes question is answered (QMessageBox's Save, Discard, Cancel).
    void setUnsavedChangesAnswer(int button) { m_unsavedAnswer = button; }

Q_SIGNALS:
    void opening(const QString& name);
    void progress(double fraction, const QString& phase); // fraction -1: busy, length unknown
    void opened(const QString& path);
    void openFailed(const QString& message);
    void closed();
    void message(const QString& text, int timeoutMs);

private:
    void save();
    void saveAs();
    void compareWithArchive();
    void compareWithMethod();
    void updateRecentMenu();
    void load(const QString& path, const QString& name); // after the guard let it through
    // A refusal for an operator whose library is installed here: offers to load it and retry.
    void offerOperatorLibrary(const QString& error, const QString& op, const QString& library);
    DiffRequest selectedMethod() const;

    Document* m_document;
    RecentFiles* m_recent;
    QWidget* m_window;
    TrainingPanel* m_training = nullptr;
    QString m_pendingPath;
    QString m_lastError;
    QString m_lastFailedPath; // the last archive that could not be opened
    ArchiveGuard* m_guard;
    bool m_dialogs = true;
    int m_unsavedAnswer = 0x00800000; // QMessageBox::Discard
    QAction* m_open = nullptr;
    QAction* m_close = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace jitscope
