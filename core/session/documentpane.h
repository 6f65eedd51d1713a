// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "answers/observation.h"

#include <QPointer>
#include <QString>

namespace jitscope {

class Document;

// What every pane of the window is to the open document (qrenderdoc's ICaptureViewer): it
// registers with Document::attach(), which tells it at once the document's current state through
// these calls, and from then on every change, until the pane or the document goes. Panes do not
// connect to the document's signals; what they change, they change through document().
class DocumentPane
{
public:
    DocumentPane() = default;
    virtual ~DocumentPane();
    DocumentPane(const DocumentPane&) = delete;
    DocumentPane& operator=(const DocumentPane&) = delete;

    // The document this pane is attached to; null before attach() and once the document is gone.
    Document* document() const;

    // Another archive is open (null: none is); per-archive state starts afresh. The selection,
    // the modified flag and the observed run follow in calls of their own.
    virtual void onArchiveChanged(const SnapshotPtr& /*snapshot*/) { }
    // The same archive in a new state: mode, device, dtype, reverted weights, saved elsewhere.
    virtual void onSnapshotChanged(const SnapshotPtr& /*snapshot*/) { }
    // The values of parameters or buffers changed (training): statistics and views are stale.
    virtual void onWeightsChanged() { }
    virtual void onSelectionChanged(const QString& /*module*/, const QString& /*method*/) { }
    virtual void onModifiedChanged(bool /*modified*/) { }
    // Show the node of the selected method's graph with this GraphNode::observedKey.
    virtual void onNodeRevealed(const QString& /*nodeKey*/) { }
    // A new observed run, or null with the reason the last one was dropped (empty: none was).
    virtual void onObservedRunChanged(const ObservedRunPtr& /*run*/, const QString& /*reason*/) { }

private:
    friend class Document;
    QPointer<Document> m_document;
};

} // namespace jitscope
