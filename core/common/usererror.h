// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace jitscope {

// An error a person reads: says what, why and, where it can, what to do. Thrown inside core
// and turned into a failure signal or a CLI message at the session boundary. Its kind and subject
// are for the code that acts on it (the window offers a missing operator's library): they travel
// with the message, never parsed back out of it.
class UserError : public std::runtime_error
{
public:
    enum class Kind {
        General,
        MissingOperator, // subject: the operator or class, "torchvision::nms"
    };

    explicit UserError(const QString& message, Kind kind = Kind::General, const QString& subject = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind)
        , m_subject(subject)
    { }
    const QString& message() const { return m_message; }
    Kind kind() const { return m_kind; }
    const QString& subject() const { return m_subject; }

private:
    QString m_message;
    Kind m_kind;
    QString m_subject;
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
