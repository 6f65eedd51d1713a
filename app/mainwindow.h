// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace jitscope {

class DocumentPages;
class ElidedLabel;
class Document;
class FileActions;
class ModelSession;
class RecentFiles;
class StartPage;
class TensorViewer;
class WindowDocks;
struct TensorRef;

// JitScope's main window: a start page until an archive is open, then the graph, code and IR
// tabs among docks for modules, methods, tensors, attributes, the archive, running and
// training. It builds menus and docks and wires the panes to the open document; the panes
// do the rest. Widgets have object names, by which tests find them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return m_document; }
    FileActions* files() const { return m_files; }
    void openPath(const QString& path);
    void openExample(const QString& id);
    bool isShowingStartPage() const;
    // Shows a tensor in the tensor viewer and brings its dock to the front.
    void showTensor(const TensorRef& ref);
    // Hides every dock so the central pages get the whole window; off brings them back as they were.
    void setGraphOnly(bool on);
    // Help > About's text: version, revision, libtorch, Qt and Graphviz versions, devices, license.
    static QString aboutText();

Q_SIGNALS:
    void archiveOpened(const QString& path);
    void openFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void showArchive();
    void showStartPage(bool show);
    void showAbout();

    ModelSession* m_session;
    Document* m_document;
    RecentFiles* m_recent;
    FileActions* m_files;
    // Dock layouts saved by an older arrangement are not restored over the current default.
    static constexpr int kStateVersion = 3;
    QByteArray m_defaultState;
    QByteArray m_graphOnlyState; // the docks as they were before Graph Only
    bool m_layoutSized = false; // the docks have their saved or default sizes
    QByteArray m_documentState; // dock layout to restore when leaving the start page
    QSize m_preferredSize { 1280, 820 }; // the size it opens at where the screen has the room
    bool m_shownOnce = false;

    QStackedWidget* m_stack = nullptr;
    DocumentPages* m_pages = nullptr; // the document tabs, or the checkpoint page
    StartPage* m_startPage = nullptr;
    WindowDocks* m_docks = nullptr;
    ElidedLabel* m_statusFacts = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace jitscope
