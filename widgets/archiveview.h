// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "session/documentpane.h"

#include <QTreeWidget>

namespace jitscope {

// Archive facts: file, format version, sizes, extra files and every zip entry.
class ArchiveView : public QTreeWidget, public DocumentPane
{
    Q_OBJECT
public:
    explicit ArchiveView(QWidget* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    void onArchiveChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); }
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); } // Save As: the new file
};

} // namespace jitscope
