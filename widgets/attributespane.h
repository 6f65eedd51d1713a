// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filteredtable.h"
#include "session/documentpane.h"

namespace jitscope {

class AttributeTableModel;

// The selected module's attributes that are not submodules, parameters or buffers.
class AttributesPane : public FilteredTable, public DocumentPane
{
    Q_OBJECT
public:
    explicit AttributesPane(QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override { showAttributes(snapshot); }
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { showAttributes(snapshot); }
    void onSelectionChanged(const QString& module, const QString&) override { setModulePath(module); }

private:
    void showAttributes(const SnapshotPtr& snapshot);
    AttributeTableModel* m_model;
};

} // namespace jitscope
