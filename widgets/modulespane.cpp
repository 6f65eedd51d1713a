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
    // Every column as wide as its contents, names first: a narrow dock scrolls sideways rather
    // than squeezing the names away.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(document, &Document::archiveChanged, this, [this](const SnapshotPtr& snapshot) {
        m_model->setSnapshot(snapshot);
        expandToDepth(1);
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
