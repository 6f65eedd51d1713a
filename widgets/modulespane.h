// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <QTreeView>

namespace jitscope {

class Document;
class ModuleTreeModel;

// The module tree of the open archive; picking a module selects it in the whole window.
class ModulesPane : public QTreeView
{
    Q_OBJECT
public:
    explicit ModulesPane(Document* document, QWidget* parent = nullptr);

    ModuleTreeModel* treeModel() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showSelection();
    void showModeColumn(const SnapshotPtr& snapshot);
    // The names as wide as the expanded rows need, within what the type, mode and parameter
    // columns leave them; a name still too long is cut in the middle (its path in the tooltip).
    void fitNameColumn();

    Document* m_document;
    ModuleTreeModel* m_model;
};

} // namespace jitscope
