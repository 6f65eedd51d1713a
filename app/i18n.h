#pragma once

#include <QLocale>

namespace jitscope {

// Installs Qt's own and JitScope's translations for `locale` into the running application.
// Returns whether JitScope's catalogue for that language was found.
bool installTranslators(const QLocale& locale);

} // namespace jitscope
