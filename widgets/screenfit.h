// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace jitscope {

// Sizes a top-level window (a main window, the comparison window, a dialog) to `preferred`, or
// smaller where its screen has less room, frame included, and moves it onto that screen: a
// window is never larger than the screen it opens on.
void fitToScreen(QWidget* window, QSize preferred);
// The room a top-level window has on its screen, less its frame.
QSize screenRoomFor(const QWidget* window);

} // namespace jitscope
