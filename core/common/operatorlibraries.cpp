// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/operatorlibraries.h"

#include "common/processwide.h"
#include "common/usererror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <dlfcn.h>

namespace jitscope {

namespace {

struct OperatorLibrariesText
{
    Q_DECLARE_TR_FUNCTIONS(OperatorLibraries)
};

// The libraries loaded, canonical paths, in the order they were.
using LoadedPaths = ProcessWide<struct LoadedPathsTag, QStringList>;

} // namespace

void OperatorLibraries::load(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        throw UserError(OperatorLibrariesText::tr("%1: no such operator library file.").arg(path));
    const QString absolute = fi.canonicalFilePath();
    LoadedPaths::with([&](QStringList& loaded) {
        if (loaded.contains(absolute))
            return;
        dlerror();
        if (!dlopen(QFile::encodeName(absolute).constData(), RTLD_NOW | RTLD_GLOBAL)) {
            const char* reason = dlerror();
            throw UserError(OperatorLibrariesText::tr("%1: cannot be loaded as an operator library: %2")
                                .arg(path, QString::fromLocal8Bit(reason ? reason : "unknown reason")));
        }
        loaded << absolute;
    });
}

QStringList OperatorLibraries::loaded()
{
    return LoadedPaths::get();
}

QString OperatorLibraries::missingOperator(const QString& torchMessage)
{
    static const QRegularExpression op(QStringLiteral(R"(Unknown builtin op: (\w+::\w+))"));
    const QRegularExpressionMatch m = op.match(torchMessage);
    if (m.hasMatch())
        return m.captured(1);
    static const QRegularExpression cls(QStringLiteral(R"(__torch__\.torch\.classes\.(\w+)\.(\w+))"));
    const QRegularExpressionMatch c = cls.match(torchMessage);
    return c.hasMatch() ? c.captured(1) + QStringLiteral("::") + c.captured(2) : QString();
}

QString OperatorLibraries::providerOf(const QString& op)
{
    const QString ns = op.section(QStringLiteral("::"), 0, 0);
    if (ns != QLatin1String("torchvision"))
        return {};
    // Debian's python3-torchvision: a library that needs libtorch only, not Python.
    for (const QString& dir : { QStringLiteral("/usr/lib/python3/dist-packages/torchvision"),
                                QStringLiteral("/usr/local/lib/python3/dist-packages/torchvision") }) {
        const QStringList found = QDir(dir).entryList({ QStringLiteral("_C*.so") }, QDir::Files, QDir::Name);
        if (!found.isEmpty())
            return QDir(dir).filePath(found.first());
    }
    return {};
}

} // namespace jitscope
