// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a person would see cut off in a window: a top-level window larger than its screen, text
// that does not fit its label, button or field's placeholder, tabs that scroll, a widget standing out of its parent.
#pragma once

#include "elidedlabel.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QStringList>
#include <QStyle>
#include <QTabBar>
#include <QToolBar>
#include <QWidget>

namespace layoutcheck {

// "GraphPage/QToolButton 'Fit'": where a problem is, by object names and text.
inline QString describe(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p && !p->isWindow(); p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            path.prepend(p->objectName());
    QString text;
    if (const auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    text = text.left(60);
    return path.join(QLatin1Char('/')) + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className())
        + (text.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(text));
}

// Inside a scroll area's viewport (a table's cell editor, a scrolled page): it may extend
// past what is shown, the scroll bars reach it.
inline bool isScrolled(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
        if (area && area->viewport() == p) {
            const auto* scroll = qobject_cast<const QScrollArea*>(area);
            // A resizable scroll area without a horizontal bar gives its page the viewport's width.
            if (!(scroll && scroll->widgetResizable() && scroll->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff))
                return true;
        }
        if (p->isWindow())
            break;
    }
    return false;
}

inline QStringList textProblems(const QWidget* w)
{
    QStringList problems;
    if (const auto* elided = qobject_cast<const jitscope::ElidedLabel*>(w)) {
        // Cut it may be, but some of its text must show (the status bar's facts once showed none:
        // the label never grew from the width it had while empty).
        const QString shown = elided->text();
        if (!elided->fullText().isEmpty() && (shown.isEmpty() || shown == QStringLiteral("…")))
            problems << QStringLiteral("%1: shows none of '%2' (%3 px wide)")
                            .arg(describe(w), elided->fullText().left(60))
                            .arg(elided->width());
        return problems;
    }
    if (const auto* label = qobject_cast<const QLabel*>(w)) {
        if (label->text().isEmpty())
            return problems;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems << QStringLiteral("%1: wrapped text needs %2 px of height, has %3")
                                .arg(describe(w))
                                .arg(needed)
                                .arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 1 && label->textFormat() != Qt::RichText) {
            problems << QStringLiteral("%1: text needs %2 px, has %3")
                            .arg(describe(w))
                            .arg(label->sizeHint().width())
                            .arg(label->width());
        }
    } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
        if (!button->text().isEmpty() && button->minimumSizeHint().width() > button->width() + 1)
            problems << QStringLiteral("%1: needs %2 px, has %3")
                            .arg(describe(w))
                            .arg(button->minimumSizeHint().width())
                            .arg(button->width());
    } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
        if (combo->minimumSizeHint().width() > combo->width() + 1)
            problems << QStringLiteral("%1: needs %2 px, has %3")
                            .arg(describe(w))
                            .arg(combo->minimumSizeHint().width())
                            .arg(combo->width());
    } else if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
        // An empty field's placeholder says what it is for: whole, or it says nothing.
        if (edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
            const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame + 6
                + (edit->isClearButtonEnabled() ? edit->height() : 0);
            if (needed > edit->width() + 1)
                problems << QStringLiteral("%1: placeholder '%2' needs %3 px, has %4")
                                .arg(describe(w), edit->placeholderText())
                                .arg(needed)
                                .arg(edit->width());
        }
    } else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
        bool scrolls = false;
        for (const QAbstractButton* arrow : tabs->findChildren<QAbstractButton*>())
            scrolls = scrolls || arrow->isVisible();
        for (int i = 0; i < tabs->count(); ++i) {
            const QRect r = tabs->tabRect(i);
            const int text = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i)) + 8;
            if (scrolls || !tabs->rect().adjusted(-1, -1, 1, 1).contains(r) || r.width() < text)
                problems << QStringLiteral("%1: tab '%2' does not fit (the bar scrolls or cuts it)")
                                .arg(describe(w), tabs->tabText(i));
        }
    }
    return problems;
}

// Every problem in `top` and its visible children.
inline QStringList problemsIn(QWidget* top)
{
    QStringList problems;
    if (const QScreen* screen = top->screen()) {
        const QRect room = screen->availableGeometry();
        if (!room.contains(top->frameGeometry()))
            problems << QStringLiteral("%1 (%2x%3 at %4,%5) is larger than the screen or off it (%6x%7)")
                            .arg(describe(top))
                            .arg(top->frameGeometry().width())
                            .arg(top->frameGeometry().height())
                            .arg(top->frameGeometry().x())
                            .arg(top->frameGeometry().y())
                            .arg(room.width())
                            .arg(room.height());
        const QSize least = top->minimumSizeHint().expandedTo(top->minimumSize());
        if (least.width() > room.width() || least.height() > room.height())
            problems << QStringLiteral("%1 cannot shrink to the screen: it needs %2x%3")
                            .arg(describe(top))
                            .arg(least.width())
                            .arg(least.height());
    }
    const auto children = top->findChildren<QWidget*>();
    for (QWidget* w : children) {
        // Qt's own parts (a scroll area's bar container, a tab widget's stack) are checked through
        // what they hold; a tab bar is checked itself.
        const bool internal = w->objectName().startsWith(QLatin1String("qt_")) && !qobject_cast<const QTabBar*>(w);
        if (!w->isVisible() || w->window() != top || isScrolled(w) || internal)
            continue;
        problems << textProblems(w);
        // A child standing out of its parent is cut where the parent ends. Tool bars move what
        // does not fit into their » menu, which hides it, so their shown buttons are inside.
        const QWidget* parent = w->parentWidget();
        if (parent && !parent->isWindow() && !qobject_cast<const QAbstractScrollArea*>(parent)
            && !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            problems << QStringLiteral("%1 stands out of its parent (%2 in %3x%4)")
                            .arg(describe(w))
                            .arg(QStringLiteral("%1,%2 %3x%4").arg(w->x()).arg(w->y()).arg(w->width()).arg(w->height()))
                            .arg(parent->width())
                            .arg(parent->height());
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace layoutcheck
