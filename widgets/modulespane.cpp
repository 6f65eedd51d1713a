// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modulespane.h"

#include "models/moduletreemodel.h"
#include "session/document.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace jitscope {

namespace {

// A module's name, and after it its type in grey ("encoder_layer_10  EncoderBlock"): in a narrow
// dock the type is cut first, then left out; the name last, in its middle. As separate columns
// the two shared the room, and three levels down a name read "e…0" beside "EncoderB…": twelve
// layers that could not be told apart.
class NameAndTypeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
        const QRect text
            = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(margin, 0, -margin, 0);
        const ModulesPane::NameAndType shown = ModulesPane::fitNameAndType(
            name, index.siblingAtColumn(ModuleTreeModel::TypeColumn).data().toString(), opt.fontMetrics, text.width());
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(ink);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, shown.name);
        if (!shown.type.isEmpty()) {
            ink.setAlphaF(selected ? 0.75 : 0.55);
            painter->setPen(ink);
            painter->drawText(text.adjusted(shown.typeX, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown.type);
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QString type = index.siblingAtColumn(ModuleTreeModel::TypeColumn).data().toString();
        if (!type.isEmpty())
            size.rwidth() += ModulesPane::typeGap(option.fontMetrics) + option.fontMetrics.horizontalAdvance(type);
        return size;
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
    setIndentation(16); // three levels down a name still has room in a 290 px dock
    header()->setStretchLastSection(false);
    // Mode and parameter count as wide as their contents: a number cut at the dock's edge would
    // read as another number ("11,689," for 11,689,512). The name and type get the rest.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ModuleTreeModel::NameColumn, QHeaderView::Stretch);
    setColumnHidden(ModuleTreeModel::TypeColumn, true); // drawn after the name
    setItemDelegateForColumn(ModuleTreeModel::NameColumn, new NameAndTypeDelegate(this));

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        const QString path = current.data(ModuleTreeModel::PathRole).toString();
        // Showing the document's selection moves the current row too: only a move elsewhere selects.
        if (current.isValid() && document() && path != document()->module())
            document()->select(path);
    });
}

int ModulesPane::typeGap(const QFontMetrics& metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("  "));
}

ModulesPane::NameAndType ModulesPane::fitNameAndType(const QString& name, const QString& type,
                                                     const QFontMetrics& metrics, int width)
{
    const int nameWidth = metrics.horizontalAdvance(name);
    const int typeX = nameWidth + typeGap(metrics);
    const int typeRoom = width - typeX;
    if (type.isEmpty() || typeRoom < metrics.horizontalAdvance(type.left(3) + QChar(0x2026)))
        return { nameWidth <= width ? name : metrics.elidedText(name, Qt::ElideMiddle, width), QString(), 0 };
    const bool typeFits = metrics.horizontalAdvance(type) <= typeRoom;
    return { name, typeFits ? type : metrics.elidedText(type, Qt::ElideRight, typeRoom), typeX };
}

void ModulesPane::onArchiveChanged(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    const bool checkpoint = snapshot && snapshot->archive.isCheckpoint();
    showModeColumn(snapshot);
    // Nor does an element count of a dict say much; the names need the room.
    setColumnHidden(ModuleTreeModel::ParametersColumn, checkpoint);
    expandToDepth(checkpoint ? 2 : 1); // a checkpoint: down to an optimizer's state by parameter
}

void ModulesPane::onSnapshotChanged(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot); // modes change; the tree stays
    showModeColumn(snapshot);
    expandToDepth(1);
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
