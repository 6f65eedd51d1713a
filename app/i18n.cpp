// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include "common/textformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <optional>
#include <utility>

namespace jitscope {

namespace {

// The default locale before a translation set its own; removeTranslators puts it back.
std::optional<QLocale> g_localeBefore;

} // namespace

bool installTranslators(const QLocale& locale)
{
    // Owned by the application object, so they live as long as it does.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("jitscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No catalogue for this language: the window speaks the sources' English, with its
        // plurals ("1 value", not "1 value(s)") from the English catalogue, which holds only those.
        if (own->load(QStringLiteral("jitscope_en"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(own);
        return false;
    }
    QCoreApplication::installTranslator(own);
    // The window's numbers (QLocale().toString) and core's sentences (messageLocale) follow the
    // language the window speaks: "1,25 ms" beside German words, not "1.25 ms".
    if (!g_localeBefore)
        g_localeBefore = QLocale();
    QLocale::setDefault(locale);
    setMessageLocale(locale);
    return true;
}

void removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (g_localeBefore)
        QLocale::setDefault(*std::exchange(g_localeBefore, std::nullopt));
    setMessageLocale(QLocale::c());
}

} // namespace jitscope
