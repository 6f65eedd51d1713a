// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QTabWidget;
class QWidget;

namespace jitscope {

class CheckpointPage;
class Document;
class FileActions;
class ModelSession;
class TensorViewer;

// The main window's docks: the panes made and wired to the document, and where they stand. One
// column left holds what the archive holds; Run, Training and Tensor stand right, hidden until
// asked for, so the graph gets the width.
class WindowDocks : public QObject
{
    Q_OBJECT
public:
    // `tabs` are the document's central tabs (the training plots get a page there).
    WindowDocks(QMainWindow* window, Document* document, FileActions* files, QTabWidget* tabs,
                CheckpointPage* checkpointPage);

    TensorViewer* tensorViewer() const { return m_tensorViewer; }
    QDockWidget* tensorViewerDock() const { return m_tensorViewerDock; }
    // In the order they stand: the left column from the top, then the right.
    QList<QDockWidget*> inOrder() const { return m_inOrder; }
    QList<QDockWidget*> rightDocks() const { return m_rightDocks; }
    // The default sizes, once the window has its own (the first time a document shows).
    void applyDefaultSizes();
    // The layout came from the settings, sizes and all: the right column keeps the user's width.
    void keepSavedSizes() { m_rightSized = true; }

Q_SIGNALS:
    // A pane asked to look at a tensor.
    void tensorActivated(const jitscope::TensorRef& ref);

private:
    QDockWidget* makeDock(const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area);
    int sideColumnWidth() const;

    QMainWindow* m_window;
    Document* m_document;
    ModelSession* m_session;
    TensorViewer* m_tensorViewer = nullptr;
    QDockWidget* m_tensorViewerDock = nullptr;
    QList<QDockWidget*> m_inOrder;
    QList<QDockWidget*> m_rightDocks;
    bool m_rightSized = false; // the right column has its width (default or saved)
};

} // namespace jitscope
