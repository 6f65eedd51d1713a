// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <QTreeWidget>

namespace jitscope {

class Document;

// Archive facts: file, format version, sizes, extra files and every zip entry.
class ArchiveView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ArchiveView(QWidget* parent = nullptr);
    void observe(Document* document);
    void setSnapshot(const SnapshotPtr& snapshot);
};

} // namespace jitscope
