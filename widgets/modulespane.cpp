// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modulespane.h"

#include "models/moduletreemodel.h"
#include "session/document.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace jitscope {

namespace {

// A type name that does not fit keeps its beginning ("GeneralizedRCNNTr…"): the words a type's
// name starts with say what it is.
class PrefixElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

} // namespace

ModulesPane::ModulesPane(QWidget* parent)
    : QTreeView(parent)
    , m_model(new ModuleTreeModel(this))
{
    setObjectName(QStringLiteral("ModuleTree"));
    setModel(m_model);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    // Mode and parameter count as wide as their contents: a number cut at the dock's edge would
    // read as another number ("11,689," for 11,689,512). The names get what they need, the type
    // what is left.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ModuleTreeModel::NameColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(ModuleTreeModel::TypeColumn, QHeaderView::Stretch);
    header()->setMinimumSectionSize(40);
    setTextElideMode(Qt::ElideMiddle); // "encoder_…_11": both ends of a name say which it is
    setItemDelegateForColumn(ModuleTreeModel::TypeColumn, new PrefixElideDelegate(this));
    connect(this, &QTreeView::expanded, this, &ModulesPane::fitNameColumn);
    connect(this, &QTreeView::collapsed, this, &ModulesPane::fitNameColumn);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QString path = current.data(ModuleTreeModel::PathRole).toString();
        // Showing the document's selection moves the current row too: only a move elsewhere selects.
        if (current.isValid() && document() && path != document()->module())
            document()->select(path);
    });
}

void ModulesPane::onArchiveChanged(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    const bool checkpoint = snapshot && snapshot->archive.isCheckpoint();
    showModeColumn(snapshot);
    // Nor does an element count of a dict say much; the names need the room.
    setColumnHidden(ModuleTreeModel::ParametersColumn, checkpoint);
    expandToDepth(checkpoint ? 2 : 1); // a checkpoint: down to an optimizer's state by parameter
    fitNameColumn();
}

void ModulesPane::onSnapshotChanged(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot); // modes change; the tree stays
    showModeColumn(snapshot);
    expandToDepth(1);
    fitNameColumn();
    showSelection();
}

void ModulesPane::showModeColumn(const SnapshotPtr& snapshot)
{
    // The tool bar says the module's mode; the column only where submodules differ from it. A
    // checkpoint's dicts and lists have no mode at all.
    bool mixed = false;
    if (snapshot && !snapshot->archive.isCheckpoint())
        for (const ModuleInfo& m : snapshot->modules)
            mixed = mixed || m.training != snapshot->modules.first().training;
    setColumnHidden(ModuleTreeModel::ModeColumn, !mixed);
}

void ModulesPane::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    fitNameColumn();
}

void ModulesPane::fitNameColumn()
{
    const int needed = sizeHintForColumn(ModuleTreeModel::NameColumn);
    int others = 0;
    for (int c = ModuleTreeModel::TypeColumn + 1; c < ModuleTreeModel::ColumnCount; ++c)
        if (!isColumnHidden(c))
            others += header()->sectionSize(c);
    // Where both do not fit, the type keeps at least two fifths of the room (its first letters
    // name it: "FasterRCNN", "BackboneWi…"; a few letters from each end, "F…N", named nothing),
    // or a short word ("Linear") in a narrow dock; the name at least a stub.
    const int available = viewport()->width() - others;
    const int typeNeeded = sizeHintForColumn(ModuleTreeModel::TypeColumn);
    const int typeRoom
        = qMin(typeNeeded, qMax(fontMetrics().horizontalAdvance(QStringLiteral("Linear")) + 12, available * 2 / 5));
    const int stub = fontMetrics().horizontalAdvance(QStringLiteral("(root)")) + indentation() + 24;
    setColumnWidth(ModuleTreeModel::NameColumn, qMax(stub, qMin(needed, available - typeRoom)));
}

void ModulesPane::showSelection()
{
    if (!document())
        return;
    const QModelIndex index = m_model->indexForPath(document()->module());
    if (index.isValid() && currentIndex() != index) {
        setCurrentIndex(index);
        scrollTo(index);
    }
}

} // namespace jitscope
