// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace jitscope {

namespace {

QScreen* screenOf(const QWidget* window)
{
    if (QScreen* s = window->screen())
        return s;
    return QGuiApplication::primaryScreen();
}

// What the window manager adds around the window: known once it is shown, estimated before.
QSize frameOf(const QWidget* window)
{
    const QSize frame = window->frameGeometry().size() - window->geometry().size();
    if (window->isVisible() || frame.width() > 0 || frame.height() > 0)
        return frame.expandedTo(QSize(0, 0));
    const int title = window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    return QSize(8, title + 8);
}

} // namespace

QSize screenRoomFor(const QWidget* window)
{
    const QScreen* screen = screenOf(window);
    if (!screen)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    return (screen->availableGeometry().size() - frameOf(window)).expandedTo(QSize(200, 150));
}

void fitToScreen(QWidget* window, QSize preferred)
{
    const QScreen* screen = screenOf(window);
    const QSize size = preferred.boundedTo(screenRoomFor(window));
    window->resize(size);
    if (!screen)
        return;
    // Inside the screen's free area, frame and all: moved only when it is not, so that a new
    // window is still placed by the window manager.
    const QRect room = screen->availableGeometry();
    const QSize frame = frameOf(window);
    const QRect where(window->pos(), size + frame);
    if (room.contains(where))
        return;
    QPoint at = window->pos();
    at.setX(qBound(room.left(), at.x(), qMax(room.left(), room.right() + 1 - where.width())));
    at.setY(qBound(room.top(), at.y(), qMax(room.top(), room.bottom() + 1 - where.height())));
    window->move(at);
}

} // namespace jitscope
