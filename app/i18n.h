// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace jitscope {

// Installs Qt's own and JitScope's translations for `locale` into the running application.
// Returns whether JitScope's catalogue for that language was found; without one, English (whose
// catalogue holds only the plural forms of messages that count).
// While its catalogue is installed, `locale` is the default QLocale (the window's numbers: times,
// shares, differences) and core's message locale.
bool installTranslators(const QLocale& locale);
// Removes every installed translator: the application reads English again, numbers in core's
// messages as the C locale writes them, the default QLocale the one before.
void removeTranslators();

} // namespace jitscope
