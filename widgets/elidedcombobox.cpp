// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedcombobox.h"

#include "filterpopup.h"
#include "pathelidedelegate.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace jitscope {

QString ElidedComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    const QString text = currentText();
    // A method of a deep module keeps its last two parts at least, the module and the method, with
    // some of its start: `encoder.la….encoder_layer_3.forward` (cut in the middle it read
    // `encoder.....forward`, the layer's number gone). Where even those two do not fit, a deep
    // path keeps its end, `…der_layer_3.forward` (ViT's twelve layers read alike at 1024 px); a
    // module and method alone are cut in the middle, `roi_heads.post…_detections`.
    const bool deep = text.count(QLatin1Char('.')) >= 2;
    return PathElideDelegate::elided(text, fontMetrics(), field.width(), 2, deep ? Qt::ElideLeft : Qt::ElideMiddle);
}

void ElidedComboBox::showPopup()
{
    if (count() < kFilteredFrom) {
        QComboBox::showPopup();
        return;
    }
    if (!m_filterPopup) {
        m_filterPopup = new FilterPopup(this);
        connect(m_filterPopup, &FilterPopup::picked, this, [this](int row) {
            setCurrentIndex(row);
            Q_EMIT activated(row);
            Q_EMIT textActivated(itemText(row));
        });
    }
    m_filterPopup->open();
}

void ElidedComboBox::hidePopup()
{
    if (m_filterPopup)
        m_filterPopup->hide();
    QComboBox::hidePopup();
}

FilterPopup* ElidedComboBox::filterPopup() const
{
    return m_filterPopup && m_filterPopup->isVisible() ? m_filterPopup : nullptr;
}

void ElidedComboBox::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidedComboBox::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && shownText() != currentText()) {
        const QString tip = toolTip().isEmpty() ? currentText() : currentText() + QLatin1Char('\n') + toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
        return true;
    }
    return QComboBox::event(event);
}

} // namespace jitscope
