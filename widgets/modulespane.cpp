// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modulespane.h"

#include "document.h"
#include "moduletreemodel.h"

#include <QHeaderView>

namespace jitscope {

ModulesPane::ModulesPane(Document* document, QWidget* parent)
    : QTreeView(parent)
    , m_document(document)
    , m_model(new ModuleTreeModel(this))
{
    setObjectName(QStringLiteral("ModuleTree"));
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    // Type, mode and parameter count as wide as their contents; the names take what is left and
    // elide. A number cut at the dock's edge would read as another number ("11,689," for
    // 11,689,512), a name cut to "lay…" reads as what it is.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setMinimumSectionSize(40);

    connect(document, &Document::archiveChanged, this, [this](const SnapshotPtr& snapshot) {
        m_model->setSnapshot(snapshot);
        // A checkpoint's dicts and lists have no train/eval mode.
        const bool checkpoint = snapshot && snapshot->archive.isCheckpoint();
        setColumnHidden(ModuleTreeModel::ModeColumn, checkpoint);
        // Nor does an element count of a dict say much; the names need the room.
        setColumnHidden(ModuleTreeModel::ParametersColumn, checkpoint);
        expandToDepth(checkpoint ? 2 : 1); // a checkpoint: down to an optimizer's state by parameter
    });
    connect(document, &Document::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
        m_model->setSnapshot(snapshot); // modes change; the tree stays
        expandToDepth(1);
        showSelection();
    });
    connect(document, &Document::selectionChanged, this, &ModulesPane::showSelection);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QString path = current.data(ModuleTreeModel::PathRole).toString();
        // Showing the document's selection moves the current row too: only a move elsewhere selects.
        if (current.isValid() && path != m_document->module())
            m_document->select(path);
    });
}

void ModulesPane::showSelection()
{
    const QModelIndex index = m_model->indexForPath(m_document->module());
    if (index.isValid() && currentIndex() != index) {
        setCurrentIndex(index);
        scrollTo(index);
    }
}

} // namespace jitscope
