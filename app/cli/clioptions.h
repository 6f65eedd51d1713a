// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <optional>

namespace jitscope {

// Option parsing shared by the commands whose arguments are value expressions (invoke,
// compile, diff): only --long options are options, so "-2.5" stays an argument.
struct Parsed
{
    QStringList positional;
    QHash<QString, QString> values; // options with a value (the last one given)
    QHash<QString, QStringList> lists; // every value of each option, for repeatable ones
    QSet<QString> flags;
    QString error;
};

// Options every command takes, taken out of `args` before the command parses its own:
// --map-location DEVICE (ModelSession::setMapLocation), --verbose, and --ops-library PATH
// (repeatable; the paths go to `libraries`, to be loaded before anything opens). Returns what
// is wrong.
QString takeGlobalOptions(QStringList& args, QStringList& libraries);
// --no-guard was given: archives load in this process without the crash guard's helper first.
bool guardDisabled();
// "jitscope-cli: MESSAGE\n", with `note` on a line of its own and the message's details under it
// after --verbose. A call that failed in the interpreter reads "jitscope-cli: forward failed: CAUSE"
// and where in the source, its TorchScript traceback being the details.
QString errorText(const QString& message, const QString& note = {});

Parsed parse(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flagOptions);
void write(FILE* stream, const QString& text);

// Runs a command's body; a UserError from it (a broken file, an impossible request) is written to
// `err` as errorText says and becomes exit status 1: the one error tail of every command.
int reportErrors(FILE* err, const std::function<int()>& body);
// Prints the message and where help is; returns the usage exit status, 2.
int usage(FILE* err, const QString& command, const QString& message);
// Parses a command's arguments by its table (commandline.h; "-o" is --output where the command has
// it) into `p`. Returns the exit status when that is the end of it (--help printed: 0; a usage
// error printed: 2), or nothing to go on with `p`.
std::optional<int> parseCommand(const QString& command, const QStringList& args, FILE* out, FILE* err, Parsed& p);

} // namespace jitscope
