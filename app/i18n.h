// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace jitscope {

// Installs Qt's own and JitScope's translations for `locale` into the running application.
// Returns whether JitScope's catalogue for that language was found.
bool installTranslators(const QLocale& locale);

} // namespace jitscope
