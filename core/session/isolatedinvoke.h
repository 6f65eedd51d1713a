// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/invocation.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace jitscope {

// Runs a method in a separate process (`jitscope-cli invoke ... --json`) on the archive as
// saved, so that a crash inside libtorch during the call ends that process, not the window.
// What the user asks for when an archive is not trusted; the answer is the outputs only (no $N:
// the values stay in the other process, which is gone).
struct IsolatedRequest
{
    QString path; // the archive
    QString module;
    QString method;
    QStringList arguments; // value expressions, "name=expression"; no $N
    QString device; // as the session's module is now; empty: as saved
    QString dtype;
    bool training = false;
};

class IsolatedInvoke
{
public:
    using Done = std::function<void(const InvokeResult& result)>;
    using Failed = std::function<void(const QString& message)>;
    // Answers on `context`'s thread; nothing when `context` is gone by then.
    static void run(const IsolatedRequest& request, QObject* context, Done done, Failed failed);
    // The refusal for arguments the other process cannot evaluate ($N), or empty.
    static QString unsupported(const QStringList& arguments);
};

} // namespace jitscope
