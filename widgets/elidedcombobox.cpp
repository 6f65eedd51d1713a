// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedcombobox.h"

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
    const QFontMetrics metrics = fontMetrics();
    // A method of a deep module keeps its last two parts, the module and the method, with as much
    // of its start as fits: `encoder.la….encoder_layer_3.forward` (cut in the middle it read
    // `encoder.....forward`, the layer's number gone).
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() >= 3 && metrics.horizontalAdvance(text) > field.width()) {
        const QString tail = QLatin1Char('.') + parts.mid(parts.size() - 2).join(QLatin1Char('.'));
        const QString head = metrics.elidedText(text.chopped(tail.size()), Qt::ElideRight,
                                                field.width() - metrics.horizontalAdvance(tail));
        if (!head.isEmpty())
            return head + tail;
        if (metrics.horizontalAdvance(QChar(0x2026) + tail.mid(1)) <= field.width())
            return QChar(0x2026) + tail.mid(1);
    }
    return metrics.elidedText(text, Qt::ElideMiddle, field.width());
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
