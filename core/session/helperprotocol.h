// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace jitscope::helper {

// The crash-isolation helper: jitscope-cli, run in a process of its own so that libtorch crashing
// on a file ends that process and not the one that asked. Written once here, for the window's
// guard (ArchiveGuard), the isolated run (IsolatedInvoke) and the CLI that answers them:
//
//   check [--ops-library L]... FILE...   one line per file, "ok" or "refused: MESSAGE"; exit 1
//                                        when any was refused
//   check [--ops-library L]... --serve   reads lines "N PATH", answers each "N ok" or
//                                        "N refused: MESSAGE", until its input ends
//   invoke FILE METHOD ARG... --json     the call's answer as JSON (IsolatedInvoke)

// The helper program: $JITSCOPE_CLI, else jitscope-cli beside this program.
QString program();

// The operator libraries this process has loaded, as the helper's arguments: without them their
// operators would stop it.
QStringList libraryArguments(const QStringList& libraries);

// `check` with the libraries, before FILE... or --serve.
QStringList checkArguments(const QStringList& libraries);

// One request to a serving helper: "N PATH\n".
QByteArray request(quint64 serial, const QString& path);

struct Request
{
    QString serial;
    QString path;
};
// A request line as the helper reads it; nothing when the line is not one.
std::optional<Request> parseRequest(const QString& line);

// The verdict on one file: "ok", or "refused: " and the refusal on one line; with its newline.
QString verdict(const std::optional<QString>& refusal);
// A serving helper's answer to request `serial`: "N " and the verdict.
QString answer(const QString& serial, const std::optional<QString>& refusal);

enum class Answer {
    Other, // not the answer to request `serial`
    Passed,
    Refused, // a clean refusal: the session says it again, with its details
};
Answer parseAnswer(const QByteArray& line, quint64 serial);

} // namespace jitscope::helper
