// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "session/documentpane.h"

#include <QTreeView>

namespace jitscope {

class ModuleTreeModel;

// The module tree of the open archive; picking a module selects it in the whole window.
class ModulesPane : public QTreeView, public DocumentPane
{
    Q_OBJECT
public:
    explicit ModulesPane(QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override;
    void onSnapshotChanged(const SnapshotPtr& snapshot) override;
    void onSelectionChanged(const QString&, const QString&) override { showSelection(); }

    ModuleTreeModel* treeModel() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showSelection();
    void showModeColumn(const SnapshotPtr& snapshot);
    // The names as wide as the expanded rows need, within what the type, mode and parameter
    // columns leave them; a name still too long is cut in the middle (its path in the tooltip).
    void fitNameColumn();

    ModuleTreeModel* m_model;
};

} // namespace jitscope
