// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "session/documentpane.h"

#include <QWidget>

class QLabel;

namespace jitscope {

class TensorsPane;

// What the window shows in the middle when the open file is a checkpoint (ArchiveInfo::
// isCheckpoint), where an archive has its graph and code: what the file is, and the table of
// every tensor it holds with its statistics (double-click: the tensor viewer). Its dicts and
// lists are the module tree, its scalars the attributes, its zip the Archive pane.
// Its table is a pane of its own: attach both (tensors()).
class CheckpointPage : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    explicit CheckpointPage(QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override { showCheckpoint(snapshot); }

    TensorsPane* tensors() const { return m_tensors; }
    QLabel* title() const { return m_title; }
    QLabel* facts() const { return m_facts; }

private:
    void showCheckpoint(const SnapshotPtr& snapshot);

    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_note;
    TensorsPane* m_tensors;
};

} // namespace jitscope
