// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QCommandLineOption;

namespace jitscope {

// The command lines of both programs, described once: `--help`, the option parsers and the
// man pages (jitscope_manpages, built with the programs) are all made from these tables, so
// they cannot drift apart. Qt Core only.

struct CliOption
{
    QStringList names; // {"o", "output"}: -o, --output
    QString value; // the value's name ("PATH"); empty for a flag
    QString text; // what it does, one paragraph
    bool repeatable = false;
    QString defaultValue; // what the parser gives when the option is absent

    QString longName() const { return names.last(); }
    // "-o, --output OUT" as --help shows it.
    QString synopsis() const;
};

// An option with one or more names (short ones one letter long), a value's name (empty for a
// flag) and what it does.
CliOption makeOption(const QStringList& names, const QString& value, const QString& text);
// A flag, and an option with a value (given again and again when `repeatable`), as the tables write them.
CliOption flag(const QString& name, const QString& text);
CliOption valued(const QString& name, const QString& value, const QString& text, bool repeatable = false);
// --json and --eval, as every command that takes them describes them.
CliOption jsonOption();
CliOption evalOption();

struct CliCommand
{
    QString name; // "invoke"
    QString arguments; // "FILE METHOD [ARG...]"
    QString summary; // one line, for the overview
    // Paragraphs separated by blank lines; lines indented by two spaces are shown as they are
    // (examples).
    QString description;
    QList<CliOption> options; // without --help, which every command takes
    // Options taking everything after them as their values (diff's --inputs).
    QString restOption;

    const CliOption* option(const QString& longName) const;
    QSet<QString> valueOptions() const; // long names of the options with a value
    QSet<QString> flagOptions() const; // long names of the flags, --help included
};

// The deploy commands (optimize, lite, ops, lint, warmup), in deploycommands.cpp.
QList<CliCommand> deployCommands();

// jitscope-cli's commands, in the order of its overview.
const QList<CliCommand>& cliCommands();
const CliCommand* cliCommand(const QString& name);
// The options every command takes (--map-location, --verbose, --ops-library).
const QList<CliOption>& cliGlobalOptions();
// The option every command takes to show its help.
CliOption cliHelpOption();
// -v, --version: both programs take it (jitscope-cli as its only argument).
CliOption versionOption();
// What jitscope-cli does, in a few sentences (overview and man page).
QString cliDescription();
// "Exit status: ...", for the overview and the man page.
QString cliExitStatus();

// "--map-location DEVICE, --verbose, --ops-library PATH" and "info, code, ..., check".
QString globalOptionList();
QString commandList();
// `jitscope-cli --help` and `jitscope-cli COMMAND --help`.
QString cliOverviewHelp();
QString cliCommandHelp(const CliCommand& command);

// The window's command line (`jitscope --help`), for its parser and its man page.
struct WindowCommandLine
{
    QString description;
    QString arguments; // "[FILE...]"
    QString argumentsText;
    QList<CliOption> options; // without --help and --version
};
// `examples`: the bundled examples' names (--example NAME).
WindowCommandLine windowCommandLine(const QStringList& examples);

// A QCommandLineOption made from `option`.
QCommandLineOption toCommandLineOption(const CliOption& option);

// `text` as lines of at most `width` characters, each after `indent` spaces; the first line
// after `firstIndent` characters already written. Lines indented by two spaces in `text`
// stay as they are.
QString wrapText(const QString& text, int width, int indent, int firstIndent);

} // namespace jitscope
