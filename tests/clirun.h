// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace testutil {

// One run of jitscope-cli (the build's, JITSCOPE_CLI) as a user runs it.
struct Run
{
    int exitCode = -1; // -2: it crashed; -1: it did not end within a minute
    QString out;
    QString err;
};

inline Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(JITSCOPE_CLI), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace testutil
