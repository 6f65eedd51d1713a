// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

private:
    void showSelection();

    Document* m_document;
    ModuleTreeModel* m_model;
};

} // namespace jitscope
