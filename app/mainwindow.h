#pragma once

#include "modelsnapshot.h"

#include <QMainWindow>

class QDockWidget;

class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeView;

namespace jitscope {

class ArchiveView;
class AttributeTableModel;
class CodeView;
class FilteredTable;
class GraphPage;
class ComparisonView;
class InvokePanel;
struct DiffRequest;
class ModelStateBar;
class ScratchPad;
class TensorViewer;
class TrainingPanel;
struct TensorRef;
class MethodTableModel;
class ModelSession;
class ModuleTreeModel;
class RecentFiles;
class StartPage;
class TensorTableModel;

// JitScope's main window: a start page until an archive is open, then the module tree,
// tensors, attributes, methods and archive docks around the code and IR views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens an archive without blocking; errors are shown in a message box.
    void openPath(const QString& path);
    void openExample(const QString& id);

    // For tests: what the window shows.
    ModelSession* session() const { return m_session; }
    SnapshotPtr snapshot() const { return m_snapshot; }
    QString currentModule() const { return m_currentModule; }
    QString currentMethod() const { return m_currentMethod; }
    CodeView* codeView() const { return m_codeView; }
    CodeView* irView() const { return m_irView; }
    GraphPage* graphPage() const { return m_graphPage; }
    InvokePanel* invokePanel() const { return m_invokePanel; }
    TensorViewer* tensorViewer() const { return m_tensorViewer; }
    ModelStateBar* stateBar() const { return m_stateBar; }
    ScratchPad* scratchPad() const { return m_scratchPad; }
    TrainingPanel* trainingPanel() const { return m_trainingPanel; }
    bool isModified() const { return isWindowModified(); }
    // With dialogs off (tests): how the unsaved-changes question is answered (Save, Discard, Cancel).
    void setUnsavedChangesAnswer(int button) { m_unsavedAnswer = button; }
    void saveTo(const QString& path, bool overwriteOpened); // no dialog
    void revertToLoaded();
    // Opens a comparison window (its own session); `jitscope --diff A B` uses it without a window.
    static ComparisonView* openComparison(const DiffRequest& request, QWidget* parent = nullptr);
    // Shows a tensor in the tensor viewer and brings its dock to the front.
    void showTensor(const TensorRef& ref);
    QTabWidget* tabs() const { return m_tabs; }
    QTreeView* moduleTree() const { return m_moduleTree; }
    QTableView* tensorTable() const { return m_tensorTable; }
    QTableView* attributeTable() const { return m_attributeTable; }
    QTableView* methodTable() const { return m_methodTable; }
    ArchiveView* archiveView() const { return m_archiveView; }
    QLabel* statusFacts() const { return m_statusFacts; }
    StartPage* startPage() const { return m_startPage; }
    bool isShowingStartPage() const;
    // Set when an error would have been shown in a dialog; tests read it instead of a modal box.
    QString lastError() const { return m_lastError; }
    void setErrorDialogsEnabled(bool enabled) { m_errorDialogs = enabled; }

    void selectModule(const QString& path);
    void selectMethod(const QString& module, const QString& name);
    void setInlinedGraph(bool inlined);

Q_SIGNALS:
    void archiveOpened(const QString& path);
    void openFailed(const QString& message);
    void textShown();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // Statistics of every tensor are computed at once up to this size; larger models wait to be asked.
    static constexpr qint64 kAutoStatsBytes = 64LL << 20;

    void createActions();
    void createDocks();
    QDockWidget* makeDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    // mainwindow_run.cpp: running methods, the tensor viewer, mode/device/dtype, the scratch pad.
    void createRunDocks(QDockWidget* besideTensors);
    void createStateBar();
    void createCompareActions(QMenu* file);
    void createSaveActions(QMenu* file);
    // Asks before trained weights are lost; true when it is fine to go on.
    bool maybeKeepChanges();
    void save();
    void saveAs();
    void onTrainingFinished();
    // The values behind the tensor panes changed (or arrived): statistics and the viewer again.
    void refreshTensorValues();
    void compareWithArchive();
    void compareWithMethod();
    void onSnapshotChanged(quint64 id, const SnapshotPtr& snapshot);
    void showSelectedTensor(bool raise);
    QWidget* createDocumentPage();
    void updateRecentMenu();
    void showError(const QString& title, const QString& message);

    void onProgress(quint64 id, double fraction, const QString& phase);
    void onOpened(quint64 id, const SnapshotPtr& snapshot);
    void onOpenFailed(quint64 id, const QString& path, const QString& message);
    void onTextReady(quint64 id, const TextResult& result);
    void onRequestFailed(quint64 id, const QString& message);

    void requestTexts();
    void requestStatsForSelection();
    void requestStats(bool listedOnly);
    void updateScopes();
    void closeArchive();
    void showAbout();
    void showStartPage(bool show);
    void showNodeInCode(int node);
    void openFileDialog();

    ModelSession* m_session;
    RecentFiles* m_recent;
    SnapshotPtr m_snapshot;
    QString m_displayName; // what the title calls the open archive
    QString m_pendingPath;
    QString m_pendingDisplayName;
    quint64 m_openId = 0;
    quint64 m_codeId = 0;
    quint64 m_irId = 0;
    QString m_currentModule;
    QString m_currentMethod; // empty: the module's class code and forward graph
    QString m_lastError;
    bool m_errorDialogs = true;
    QByteArray m_defaultState;
    QByteArray m_documentState; // dock layout to restore when leaving the start page

    QStackedWidget* m_stack = nullptr;
    StartPage* m_startPage = nullptr;
    QTabWidget* m_tabs = nullptr;
    GraphPage* m_graphPage = nullptr;
    InvokePanel* m_invokePanel = nullptr;
    TensorViewer* m_tensorViewer = nullptr;
    QDockWidget* m_tensorViewerDock = nullptr;
    QDockWidget* m_runDock = nullptr;
    ModelStateBar* m_stateBar = nullptr;
    ScratchPad* m_scratchPad = nullptr;
    quint64 m_stateId = 0;
    quint64 m_saveId = 0;
    int m_unsavedAnswer = 0x00800000; // QMessageBox::Discard
    TrainingPanel* m_trainingPanel = nullptr;
    QDockWidget* m_trainingDock = nullptr;
    CodeView* m_codeView = nullptr;
    CodeView* m_irView = nullptr;
    QLabel* m_codeTitle = nullptr;
    QLabel* m_irTitle = nullptr;
    QComboBox* m_irKind = nullptr;

    ModuleTreeModel* m_moduleModel = nullptr;
    TensorTableModel* m_tensorModel = nullptr;
    AttributeTableModel* m_attributeModel = nullptr;
    MethodTableModel* m_methodModel = nullptr;
    FilteredTable* m_tensorPane = nullptr;
    FilteredTable* m_attributePane = nullptr;
    FilteredTable* m_methodPane = nullptr;
    QTreeView* m_moduleTree = nullptr;
    QTableView* m_tensorTable = nullptr;
    QTableView* m_attributeTable = nullptr;
    QTableView* m_methodTable = nullptr;
    ArchiveView* m_archiveView = nullptr;

    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QLabel* m_statusFacts = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace jitscope
