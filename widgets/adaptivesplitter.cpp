// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adaptivesplitter.h"

#include <QResizeEvent>

namespace jitscope {

AdaptiveSplitter::AdaptiveSplitter(int sideBySideWidth, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_sideBySideWidth(sideBySideWidth)
{ }

int AdaptiveSplitter::sideBySideWidth() const
{
    if (m_sideBySideWidth > 0)
        return m_sideBySideWidth;
    int sum = 40;
    for (int i = 0; i < count(); ++i)
        sum += widget(i)->minimumSizeHint().width();
    return sum;
}

QSize AdaptiveSplitter::minimumSizeHint() const
{
    int width = 0, height = 0;
    for (int i = 0; i < count(); ++i) {
        const QSize hint = widget(i)->minimumSizeHint();
        width = qMax(width, hint.width());
        height = orientation() == Qt::Vertical ? height + hint.height() : qMax(height, hint.height());
    }
    return QSize(width, height);
}

void AdaptiveSplitter::resizeEvent(QResizeEvent* event)
{
    const Qt::Orientation wanted = event->size().width() < sideBySideWidth() ? Qt::Vertical : Qt::Horizontal;
    if (orientation() != wanted) {
        setOrientation(wanted);
        const int total = wanted == Qt::Vertical ? event->size().height() : event->size().width();
        setSizes({ int(total * m_firstShare), total - int(total * m_firstShare) });
    }
    QSplitter::resizeEvent(event);
}

} // namespace jitscope
