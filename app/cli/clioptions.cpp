// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "commandline.h"

#include "common/usererror.h"
#include "session/modelsession.h"
#include "values/runfailure.h"

#include <QCoreApplication>

namespace jitscope {

namespace {

struct CliOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliInvoke)
};

bool g_verbose = false;
bool g_noGuard = false;

} // namespace

QString takeGlobalOptions(QStringList& args, QStringList& libraries)
{
    for (qsizetype i = 0; i < args.size();) {
        const QString& a = args[i];
        if (a == QLatin1String("--"))
            break; // what follows is arguments only
        if (a == QLatin1String("--ops-library")) {
            if (i + 1 >= args.size())
                return CliOptionsText::tr("--ops-library needs the path of a shared library.");
            libraries << args[i + 1];
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--ops-library="))) {
            libraries << a.mid(int(qstrlen("--ops-library=")));
            args.removeAt(i);
        } else if (a == QLatin1String("--no-guard")) {
            g_noGuard = true;
            args.removeAt(i);
        } else if (a == QLatin1String("--verbose")) {
            g_verbose = true;
            args.removeAt(i);
        } else if (a == QLatin1String("--map-location")) {
            if (i + 1 >= args.size())
                return CliOptionsText::tr("--map-location needs a device: cpu or cuda:N.");
            ModelSession::setMapLocation(args[i + 1]);
            args.remove(i, 2);
        } else if (a.startsWith(QLatin1String("--map-location="))) {
            ModelSession::setMapLocation(a.mid(int(qstrlen("--map-location="))));
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return {};
}

bool guardDisabled()
{
    return g_noGuard;
}

QString errorText(const QString& message, const QString& note)
{
    QString summary = summaryOf(message);
    QString details = detailsOf(message);
    // A call that failed in the TorchScript interpreter ("forward failed:" and its traceback,
    // whose last line is the cause): the cause first, on the line that names the call, and where
    // in the source; the traceback with --verbose, as every other refusal's details.
    if (summary.contains(QLatin1String("Traceback of TorchScript"))) {
        const RunFailure failure = describeRunFailure(summary);
        QString cause = failure.cause;
        if (cause.startsWith(QLatin1String("RuntimeError: ")))
            cause.remove(0, int(qstrlen("RuntimeError: ")));
        details = summary.section(QLatin1Char('\n'), 1).trimmed()
            + (details.isEmpty() ? QString() : QLatin1Char('\n') + details);
        summary = summary.section(QLatin1Char('\n'), 0, 0).trimmed() + QLatin1Char(' ') + cause;
        if (!failure.location.isEmpty())
            summary
                += QStringLiteral("\n  ") + CliOptionsText::tr("at %1: %2").arg(failure.location, failure.sourceLine);
        QString text = QStringLiteral("jitscope-cli: %1\n").arg(summary);
        if (!note.isEmpty())
            text += QStringLiteral("  %1\n").arg(note);
        return text
            + (g_verbose ? details + QLatin1Char('\n')
                         : CliOptionsText::tr("(--verbose shows the TorchScript traceback)\n"));
    }
    QString text = QStringLiteral("jitscope-cli: %1\n").arg(summary);
    if (!note.isEmpty())
        text += QStringLiteral("  %1\n").arg(note);
    if (!details.isEmpty())
        text += g_verbose ? details.trimmed() + QLatin1Char('\n')
                          : CliOptionsText::tr("(--verbose shows libtorch's own message)\n");
    return text;
}

int reportErrors(FILE* err, const std::function<int()>& body)
{
    try {
        return body();
    } catch (const UserError& e) {
        write(err, errorText(e.message()));
        return 1;
    }
}

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

Parsed parse(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flagOptions)
{
    Parsed p;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--"))
            continue; // customary "end of options"; arguments never look like options anyway
        if (a == QLatin1String("-h") && flagOptions.contains(QStringLiteral("help"))) {
            p.flags.insert(QStringLiteral("help")); // never a value expression
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            p.positional << a;
            continue;
        }
        QString name = a.mid(2), value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        if (flagOptions.contains(name)) {
            p.flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (eq < 0) {
                if (i + 1 >= args.size()) {
                    p.error = CliOptionsText::tr("--%1 needs a value.").arg(name);
                    return p;
                }
                value = args[++i];
            }
            p.values.insert(name, value);
            p.lists[name] << value;
        } else {
            p.error = CliOptionsText::tr("Unknown option '%1'.").arg(a);
            return p;
        }
    }
    return p;
}

int usage(FILE* err, const QString& command, const QString& message)
{
    write(err,
          QStringLiteral("jitscope-cli: %1\n%2\n")
              .arg(message, CliOptionsText::tr("Run 'jitscope-cli %1 --help' for usage.").arg(command)));
    return 2;
}

std::optional<int> parseCommand(const QString& command, const QStringList& args, FILE* out, FILE* err, Parsed& p)
{
    const CliCommand& table = *cliCommand(command);
    QStringList named = args;
    if (table.option(QStringLiteral("output")))
        for (QString& a : named)
            if (a == QLatin1String("-o"))
                a = QStringLiteral("--output");
    p = parse(named, table.valueOptions(), table.flagOptions());
    if (p.flags.contains(QStringLiteral("help"))) {
        write(out, cliCommandHelp(table));
        return 0;
    }
    if (!p.error.isEmpty())
        return usage(err, command, p.error);
    return std::nullopt;
}

} // namespace jitscope
