// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"

#include <QStackedWidget>

class QTabWidget;

namespace jitscope {

class CheckpointPage;
class Document;
class ModelSession;

// The middle of the window for an open document: an archive's tabs (Graph, Code, IR Graph,
// Observed Run, Scratch Pad) or a checkpoint's page, each pane made here and attached to the
// document. Which of the two shows follows the archive.
class DocumentPages : public QStackedWidget
{
    Q_OBJECT
public:
    DocumentPages(Document* document, ModelSession* session, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    CheckpointPage* checkpointPage() const { return m_checkpointPage; }
    // The archive's tabs, or the checkpoint's page.
    void showCheckpoint(bool checkpoint);

Q_SIGNALS:
    void statusMessage(const QString& message);
    void tensorActivated(const jitscope::TensorRef& ref);

private:
    QTabWidget* m_tabs;
    CheckpointPage* m_checkpointPage;
};

} // namespace jitscope
