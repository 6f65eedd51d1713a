// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filteredtable.h"
#include "session/documentpane.h"

namespace jitscope {

class MethodTableModel;

// Every method of every module with its schema; picking one selects it in the whole window.
class MethodsPane : public FilteredTable, public DocumentPane
{
    Q_OBJECT
public:
    explicit MethodsPane(QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override;
    void onSelectionChanged(const QString& module, const QString& method) override;

private:
    MethodTableModel* m_model;
};

} // namespace jitscope
