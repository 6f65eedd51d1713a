// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStatusBar>

namespace jitscope {

ElidedLabel::ElidedLabel(QWidget* parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setTextFormat(Qt::PlainText);
}

void ElidedLabel::setFullText(const QString& text)
{
    m_text = text;
    // The size hint follows the whole text: the layout may give it room now (shown empty, the
    // label kept the width it had; setText alone does not ask again when what shows is the same).
    updateGeometry();
    elide();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(fontMetrics().horizontalAdvance(m_text) + m.left() + m.right() + 2 * margin() + 2,
                 QLabel::minimumSizeHint().height());
}

QSize ElidedLabel::minimumSizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(QStringLiteral("…")), QLabel::minimumSizeHint().height());
}

void ElidedLabel::giveWayToMessages(QStatusBar* bar)
{
    m_bar = bar;
    connect(bar, &QStatusBar::messageChanged, this, &ElidedLabel::fitBesideMessage);
    bar->installEventFilter(this);
    fitBesideMessage();
}

bool ElidedLabel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar && event->type() == QEvent::Resize)
        fitBesideMessage();
    return QLabel::eventFilter(watched, event);
}

void ElidedLabel::fitBesideMessage()
{
    const QString message = m_bar->currentMessage();
    const int needed = m_bar->fontMetrics().horizontalAdvance(message) + 32; // the bar's margins, the rule
    setMaximumWidth(message.isEmpty() ? QWIDGETSIZE_MAX : qMax(160, m_bar->width() - needed));
}

void ElidedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::elide()
{
    const QFontMetrics metrics = fontMetrics();
    const int width = contentsRect().width() - 2 * margin();
    QString shown = metrics.elidedText(m_text, m_mode, width);
    // A list of facts loses whole facts from its end ("951 nodes · 1,234 edges · …"): a word cut in
    // two ("1,234 ed…") reads as another word, a number cut ("1,2…") as another number.
    const QString separator = QStringLiteral(" · ");
    if (shown != m_text && m_mode == Qt::ElideRight)
        for (qsizetype at = m_text.lastIndexOf(separator); at > 0; at = m_text.lastIndexOf(separator, at - 1))
            if (metrics.horizontalAdvance(m_text.left(at) + separator + QStringLiteral("…")) <= width) {
                shown = m_text.left(at) + separator + QStringLiteral("…");
                break;
            }
    setText(shown);
    setToolTip(shown == m_text ? QString() : m_text);
}

} // namespace jitscope
