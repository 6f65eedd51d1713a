// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include "sanitized.h"

#include <sys/resource.h>

namespace testutil {

// One run of jitscope-cli (the build's, JITSCOPE_CLI) as a user runs it.
struct Run
{
    int exitCode = -1; // -2: it crashed; -1: it did not end within a minute
    QString out;
    QString err;
};

// With `addressSpace` > 0, the run may take at most that much address space (RLIMIT_AS): a
// reader that allocates what a file merely claims fails instead of taking the machine.
inline Run cli(const QStringList& args, qint64 addressSpace = 0)
{
    QProcess p;
    if (addressSpace > 0 && kAddressSpaceLimits)
        p.setChildProcessModifier([addressSpace] {
            const rlimit limit { rlim_t(addressSpace), rlim_t(addressSpace) };
            setrlimit(RLIMIT_AS, &limit);
        });
    p.start(QStringLiteral(JITSCOPE_CLI), args);
    Run r;
    if (!p.waitForFinished(waitMs(60000)))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace testutil
