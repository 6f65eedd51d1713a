// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpopup.h"

#include "models/wordfilterproxy.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace jitscope {

namespace {

constexpr int kShownRows = 18; // the most rows the list is tall, as a long QComboBox popup
constexpr int kWidestText = 640; // wider names are cut in their middle

} // namespace

FilterPopup::FilterPopup(QComboBox* combo)
    : QFrame(combo, Qt::Popup)
    , m_combo(combo)
    , m_field(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_none(new QLabel(this))
    , m_proxy(new WordFilterProxy(this))
{
    setObjectName(QStringLiteral("filterPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_proxy->setSourceModel(combo->model());
    m_proxy->setFilterKeyColumn(combo->modelColumn());
    m_field->setObjectName(QStringLiteral("filterPopupField"));
    m_field->setPlaceholderText(tr("Type to filter, e.g. \"roi post\""));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_list->setModel(m_proxy);
    m_list->setModelColumn(combo->modelColumn());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setUniformItemSizes(true);
    m_list->setFocusProxy(m_field);
    m_none->setText(tr("No entry holds every word typed."));
    m_none->setWordWrap(true);
    m_none->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_list);
    layout->addWidget(m_none);
    connect(m_field, &QLineEdit::textChanged, this, &FilterPopup::filter);
    connect(m_list, &QListView::clicked, this, &FilterPopup::pickCurrent);
}

void FilterPopup::open()
{
    m_field->clear();
    filter(QString());
    const QModelIndex current
        = m_proxy->mapFromSource(m_combo->model()->index(m_combo->currentIndex(), m_combo->modelColumn()));
    if (current.isValid()) {
        m_list->setCurrentIndex(current);
        m_list->scrollTo(current, QAbstractItemView::PositionAtCenter);
    }
    place();
    show();
    m_field->setFocus(Qt::PopupFocusReason);
}

void FilterPopup::place()
{
    const QScreen* screen = m_combo->screen();
    const QRect room = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 700);
    const int listed = int(m_proxy->rowCount());
    const int rows = listed == 0 ? 2 : std::min(kShownRows, listed); // two for the line that says none is found
    const int rowHeight = std::max(1, m_list->sizeHintForRow(0));
    const int textWidth = std::min(kWidestText, m_list->sizeHintForColumn(m_combo->modelColumn()));
    const int width = std::min(
        room.width(),
        std::max(m_combo->width(),
                 textWidth + m_list->verticalScrollBar()->sizeHint().width() + 2 * m_list->frameWidth() + 8));
    const QMargins margins = layout()->contentsMargins();
    const int chrome = m_field->sizeHint().height() + layout()->spacing() + margins.top() + margins.bottom()
        + 2 * frameWidth() + 2 * m_list->frameWidth();
    const QPoint below = m_combo->mapToGlobal(QPoint(0, m_combo->height()));
    const QPoint above = m_combo->mapToGlobal(QPoint(0, 0));
    const int roomBelow = room.bottom() - below.y(), roomAbove = above.y() - room.top();
    // Below when it fits there; and once below, it stays below as the filter shortens it.
    const bool down
        = (isVisible() && m_below) || roomBelow >= roomAbove || roomBelow >= chrome + kShownRows * rowHeight;
    m_below = down;
    const int height = std::min(chrome + rows * rowHeight, std::max(chrome + rowHeight, down ? roomBelow : roomAbove));
    const int x = std::clamp(below.x(), room.left(), std::max(room.left(), room.right() - width + 1));
    setGeometry(x, down ? below.y() : above.y() - height, width, height);
}

void FilterPopup::filter(const QString& text)
{
    m_proxy->setWords(text);
    const bool found = m_proxy->rowCount() > 0;
    m_list->setVisible(found);
    m_none->setVisible(!found);
    if (found && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_proxy->index(0, m_combo->modelColumn()));
    // Below the combo box it shrinks to what it lists; above, its field stays where it is.
    if (isVisible() && m_below)
        place();
}

void FilterPopup::pickCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_list->currentIndex());
    if (!current.isValid())
        return;
    hide();
    Q_EMIT picked(current.row());
}

bool FilterPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QCoreApplication::sendEvent(m_list, event); // the list moves, the field keeps the focus
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        pickCurrent();
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace jitscope
