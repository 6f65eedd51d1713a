// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace jitscope {

// An error a person reads: says what, why and, where it can, what to do. Thrown inside core
// and turned into a failure signal or a CLI message at the session boundary.
class UserError : public std::runtime_error
{
public:
    explicit UserError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// A message with a long part behind its summary (libtorch's parser output): the CLI prints the
// details with --verbose, the window one click away. Joined by an ASCII unit separator.
QString withDetails(const QString& summary, const QString& details);
QString summaryOf(const QString& message);
QString detailsOf(const QString& message); // empty when there are none

// The part of an exception's text a person should read: without a C++ backtrace ("Exception
// raised from", "frame #N") or internal-assert boilerplate.
QString cleanErrorText(const QString& text);

} // namespace jitscope
