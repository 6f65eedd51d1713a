// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/helperprotocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace jitscope::helper {

QString program()
{
    const QString fromEnvironment = qEnvironmentVariable("JITSCOPE_CLI");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("jitscope-cli"));
}

QStringList libraryArguments(const QStringList& libraries)
{
    QStringList args;
    for (const QString& library : libraries)
        args << QStringLiteral("--ops-library") << library;
    return args;
}

QStringList checkArguments(const QStringList& libraries)
{
    return QStringList { QStringLiteral("check") } + libraryArguments(libraries);
}

QByteArray request(quint64 serial, const QString& path)
{
    return QByteArray::number(serial) + ' ' + QFile::encodeName(path) + '\n';
}

std::optional<Request> parseRequest(const QString& line)
{
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return std::nullopt;
    return Request { line.left(space), line.mid(space + 1) };
}

QString verdict(const std::optional<QString>& refusal)
{
    if (!refusal)
        return QStringLiteral("ok\n");
    return QStringLiteral("refused: %1\n").arg(refusal->simplified());
}

QString answer(const QString& serial, const std::optional<QString>& refusal)
{
    return serial + QLatin1Char(' ') + verdict(refusal);
}

Answer parseAnswer(const QByteArray& line, quint64 serial)
{
    const QByteArray prefix = QByteArray::number(serial) + ' ';
    if (!line.startsWith(prefix))
        return Answer::Other;
    return line.mid(prefix.size()) == "ok" ? Answer::Passed : Answer::Refused;
}

} // namespace jitscope::helper
