// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "clioptions.h"
#include "session/archiveguard.h"

#include "answers/snapshotjson.h"
#include "archive/litebytecode.h"
#include "clicheckpoint.h"
#include "clideploy.h"
#include "clidiff.h"
#include "cliinvoke.h"
#include "cliobserve.h"
#include "clitext.h"
#include "clitrain.h"
#include "cliweights.h"
#include "commandline.h"
#include "common/operatorlibraries.h"
#include "common/usererror.h"
#include "graph/graphexport.h"
#include "graphpainter.h"
#include "session/buildinfo.h"
#include "session/helperprotocol.h"
#include "session/modelsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <unistd.h>

namespace jitscope {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Cli)

public:
    Cli(FILE* out, FILE* err)
        : m_out(out)
        , m_err(err)
    { }

    int run(const QStringList& arguments)
    {
        QStringList args = arguments.mid(1);
        // Standard output holds the command's answer (text, JSON, a graph): what a model prints is
        // diagnostics, on standard error.
        ModelSession::printScriptOutputToStandardError();
        QStringList libraries;
        const QString global = takeGlobalOptions(args, libraries);
        if (!global.isEmpty())
            return usage(global);
        // The window's crash guard, for every command that loads an archive: its code loaded
        // first in a helper process (this program's `check`), so a file that crashes libtorch
        // gets a one-line refusal and exit status 1, never a signal.
        if (!guardDisabled())
            ModelSession::guardEveryLoad(ArchiveGuard::defaultHelper());
        try {
            for (const QString& library : std::as_const(libraries))
                OperatorLibraries::load(library);
        } catch (const UserError& e) {
            write(m_err, errorText(e.message()));
            return kExitFailure;
        }
        if (args.isEmpty())
            return usage(tr("missing COMMAND: %1.").arg(commandList()));
        if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
            write(m_out, versionText(QStringLiteral("jitscope-cli")));
            return kExitOk;
        }
        const QString command = args.first();
        if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
            write(m_out, cliOverviewHelp());
            return kExitOk;
        }

        if (command == QLatin1String("check"))
            return check(args.mid(1));
        if (command == QLatin1String("invoke"))
            return runInvokeCommand(args.mid(1), m_out, m_err);
        if (command == QLatin1String("observe"))
            return runObserveCommand(args.mid(1), m_out, m_err);
        if (command == QLatin1String("compile"))
            return runCompileCommand(args.mid(1), m_out, m_err);
        if (command == QLatin1String("diff"))
            return runDiffCommand(args.mid(1), m_out, m_err);
        if (command == QLatin1String("train"))
            return runTrainCommand(args.mid(1), m_out, m_err);
        if (command == QLatin1String("load-weights"))
            return runLoadWeightsCommand(args.mid(1), m_out, m_err);
        if (const auto deploy = deployCommand(command))
            return deploy(args.mid(1), m_out, m_err);

        const CliCommand* table = cliCommand(command);
        if (!table)
            return usage(tr("unknown command '%1'.").arg(command));
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(toCommandLineOption(cliHelpOption()));
        for (const CliOption& option : table->options)
            parser.addOption(toCommandLineOption(option));

        // parse() takes the first item as the program name: here, the command.
        if (!parser.parse(args))
            return usage(parser.errorText(), command);
        if (parser.isSet(QStringLiteral("help"))) {
            write(m_out, cliCommandHelp(*table));
            return kExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return usage(tr("missing FILE."), command);
        if (positional.size() > 1)
            return usage(tr("unexpected argument '%1'.").arg(positional.at(1)), command);
        if (command == QLatin1String("code") && parser.isSet(QStringLiteral("class"))
            && parser.isSet(QStringLiteral("method")))
            return usage(tr("--class and --method exclude each other."), command);
        if (command == QLatin1String("code") && parser.isSet(QStringLiteral("bytecode"))
            && (parser.isSet(QStringLiteral("class")) || parser.isSet(QStringLiteral("module"))))
            return usage(tr("--bytecode shows every method; it takes no --class or --module."), command);

        return execute(command, parser, positional.first());
    }

private:
    // The window's crash guard: `check FILE...` loads each archive's code (ArchiveGuard::
    // checkCodeLoads) and says "ok" or the refusal; `check --serve` answers requests from
    // standard input, as session/helperprotocol.h says. A crash inside libtorch ends the process,
    // which is what the window watches for. The answers
    // go to a private copy of standard output, and standard output itself to standard error, so
    // that nothing the archive prints while it loads (TorchScript's print() in __setstate__) can
    // pass for an answer.
    int check(const QStringList& args)
    {
        auto refusal = [](const QString& path) -> std::optional<QString> {
            try {
                ArchiveGuard::checkCodeLoads(path);
                return std::nullopt;
            } catch (const UserError& e) {
                return summaryOf(e.message());
            }
        };
        const QString command = QStringLiteral("check");
        const CliCommand& table = *cliCommand(command);
        const Parsed p = parse(args, table.valueOptions(), table.flagOptions());
        if (p.flags.contains(QStringLiteral("help"))) {
            write(m_out, cliCommandHelp(table));
            return kExitOk;
        }
        if (!p.error.isEmpty())
            return usage(p.error, command);
        if (p.flags.contains(QStringLiteral("serve")) && !p.positional.isEmpty())
            return usage(tr("--serve reads the paths from standard input; it takes no FILE."), command);
        if (p.flags.contains(QStringLiteral("serve"))) {
            std::fflush(stdout);
            const int replyFd = ::dup(1);
            FILE* reply = replyFd >= 0 ? ::fdopen(replyFd, "w") : nullptr;
            if (!reply || ::dup2(2, 1) < 0)
                return kExitFailure;
            QTextStream in(stdin);
            QString line;
            while (in.readLineInto(&line)) {
                if (const std::optional<helper::Request> request = helper::parseRequest(line)) {
                    write(reply, helper::answer(request->serial, refusal(request->path)));
                    std::fflush(reply);
                }
            }
            std::fclose(reply);
            return kExitOk;
        }
        if (p.positional.isEmpty())
            return usage(tr("missing FILE."), command);
        int status = kExitOk;
        for (const QString& path : p.positional) {
            const std::optional<QString> refused = refusal(path);
            write(m_out, helper::verdict(refused));
            if (refused)
                status = kExitFailure;
        }
        return status;
    }

    // Runs info, code, ir or graph on FILE, the options parsed.
    int execute(const QString& command, const QCommandLineParser& parser, const QString& file)
    {
        GraphRequest graphRequest;
        QString graphFormat;
        if (command == QLatin1String("graph")) {
            graphRequest.module = parser.value(QStringLiteral("module"));
            graphRequest.method = parser.value(QStringLiteral("method"));
            graphRequest.options.fold = !parser.isSet(QStringLiteral("no-fold"));
            const QString collapse = parser.value(QStringLiteral("collapse"));
            if (collapse == QLatin1String("all")) {
                graphRequest.options.expandWrappers = false;
            } else {
                const QStringList keys = collapse.split(QLatin1Char(','), Qt::SkipEmptyParts);
                graphRequest.options.collapsed = QSet<QString>(keys.begin(), keys.end());
            }
            const QString problem
                = graphOptions(parser.value(QStringLiteral("expand")), parser.value(QStringLiteral("format")),
                               parser.value(QStringLiteral("output")), parser.value(QStringLiteral("scale")),
                               graphRequest.options, graphFormat);
            if (!problem.isEmpty())
                return usage(problem, command);
        }

        return reportErrors(m_err, [&]() -> int {
            // A torch.save() checkpoint or a safetensors file: its structure and tensors.
            if (command == QLatin1String("info") && Checkpoint::looksLikeCheckpoint(file))
                return checkpointInfo(file, parser.isSet(QStringLiteral("json")),
                                      parser.isSet(QStringLiteral("stats")));
            // A .ptl's bytecode, read without libtorch.
            if (command == QLatin1String("code") && parser.isSet(QStringLiteral("bytecode")))
                return bytecode(file);
            ModelSession session;
            const SnapshotPtr snapshot = session.open(file).wait();
            if (command == QLatin1String("info"))
                return info(session, *snapshot, parser.isSet(QStringLiteral("json")),
                            parser.isSet(QStringLiteral("stats")));
            if (command == QLatin1String("graph"))
                return graph(session, graphRequest, graphFormat, parser.value(QStringLiteral("output")),
                             parser.value(QStringLiteral("scale")).toDouble());
            TextRequest request;
            request.module = parser.value(QStringLiteral("module"));
            request.method = parser.value(QStringLiteral("method"));
            if (command == QLatin1String("code")) {
                request.kind = TextKind::Code;
                // Python's module.code is forward's code; --class asks for the class's whole code.
                if (request.method.isEmpty() && !parser.isSet(QStringLiteral("class")))
                    request.method = QStringLiteral("forward");
            } else {
                request.kind = parser.isSet(QStringLiteral("inlined")) ? TextKind::InlinedGraph : TextKind::Graph;
            }
            QString text = session.text(request).wait();
            if (!text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            write(m_out, text);
            return kExitOk;
        });
    }

    // Checks the graph command's options; returns what is wrong with them, or an empty string.
    static QString graphOptions(const QString& expand, const QString& format, const QString& out, const QString& scale,
                                GraphOptions& options, QString& graphFormat)
    {
        QString problem;
        if (!parseExpand(expand, options, &problem))
            return problem;
        graphFormat = format.toLower();
        if (graphFormat.isEmpty())
            graphFormat
                = out.contains(QLatin1Char('.')) ? out.section(QLatin1Char('.'), -1).toLower() : QStringLiteral("json");
        const QStringList formats { QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("dot"),
                                    QStringLiteral("json") };
        if (!formats.contains(graphFormat))
            return tr("unknown format '%1': use svg, png, dot or json.").arg(graphFormat);
        const bool picture = graphFormat == QLatin1String("svg") || graphFormat == QLatin1String("png");
        if (picture && (out.isEmpty() || out == QLatin1String("-")))
            return tr("--format %1 needs -o OUT.").arg(graphFormat);
        bool ok = false;
        if (scale.toDouble(&ok) <= 0 || !ok)
            return tr("--scale needs a positive number.");
        return {};
    }

    int usage(const QString& message, const QString& command = QString())
    {
        const QString hint = command.isEmpty() ? tr("Run 'jitscope-cli --help' for usage.")
                                               : tr("Run 'jitscope-cli %1 --help' for usage.").arg(command);
        write(m_err, QStringLiteral("jitscope-cli: %1\n%2\n").arg(message, hint));
        return kExitUsage;
    }

    static bool parseExpand(const QString& text, GraphOptions& options, QString* problem)
    {
        if (text == QLatin1String("none")) {
            options.expand = GraphOptions::Expand::None;
        } else if (text == QLatin1String("all")) {
            options.expand = GraphOptions::Expand::All;
        } else if (text.startsWith(QLatin1String("depth:"))) {
            bool ok = false;
            options.depth = text.mid(6).toInt(&ok);
            options.expand = GraphOptions::Expand::Depth;
            if (!ok || options.depth < 0) {
                *problem = tr("--expand depth:N needs a whole number N >= 0, not '%1'.").arg(text.mid(6));
                return false;
            }
        } else {
            options.expand = GraphOptions::Expand::Keys;
            const QStringList keys = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
            options.keys = QSet<QString>(keys.begin(), keys.end());
        }
        return true;
    }

    int graph(ModelSession& session, const GraphRequest& request, const QString& format, const QString& out,
              double scale)
    {
        const LaidOutGraphPtr graph = session.graph(request).wait();
        QString error;
        bool ok = true;
        if (format == QLatin1String("svg")) {
            ok = GraphPainter::exportSvg(*graph, out, &error);
        } else if (format == QLatin1String("png")) {
            ok = GraphPainter::exportPng(*graph, out, scale, &error);
        } else {
            const QByteArray bytes = format == QLatin1String("dot")
                ? graphToDot(graph->model)
                : QJsonDocument(graphToJson(*graph)).toJson(QJsonDocument::Indented);
            if (out.isEmpty() || out == QLatin1String("-")) {
                std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
            } else {
                QFile file(out);
                ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
                if (!ok)
                    error = tr("Cannot write %1: %2").arg(out, file.errorString());
            }
        }
        if (!ok) {
            write(m_err, QStringLiteral("jitscope-cli: %1\n").arg(error));
            return kExitFailure;
        }
        return kExitOk;
    }

    int bytecode(const QString& file)
    {
        const LiteBytecode code = LiteBytecode::read(file);
        if (code.version == 0)
            throw UserError(tr("%1 holds no bytecode: it was saved with torch.jit.save, not for the lite interpreter "
                               "(jitscope-cli lite writes a .ptl that does).")
                                .arg(file));
        write(m_out, code.listing());
        return kExitOk;
    }

    int checkpointInfo(const QString& file, bool json, bool withStats)
    {
        const Checkpoint checkpoint = Checkpoint::read(file);
        QList<TensorStats> stats;
        if (withStats)
            for (int i = 0; i < checkpoint.tensors.size(); ++i)
                stats << (checkpoint.tensors[i].problem.isEmpty() ? checkpoint.stats(i) : TensorStats());
        write(
            m_out,
            json ? QString::fromUtf8(QJsonDocument(checkpointToJson(checkpoint, stats)).toJson(QJsonDocument::Indented))
                 : checkpointText(checkpoint, stats));
        return kExitOk;
    }

    int info(ModelSession& session, const ModelSnapshot& snapshot, bool json, bool withStats)
    {
        QList<TensorStats> paramStats, bufferStats;
        if (withStats) {
            for (const auto& p : snapshot.parameters)
                paramStats << session.tensorStats(p.name, true).wait();
            for (const auto& b : snapshot.buffers)
                bufferStats << session.tensorStats(b.name, false).wait();
        }
        if (json) {
            QJsonObject root = snapshotToJson(snapshot);
            if (withStats) {
                auto addStats = [&](const QString& key, const QList<TensorStats>& all) {
                    QJsonArray items = root.value(key).toArray();
                    for (qsizetype i = 0; i < items.size(); ++i) {
                        QJsonObject item = items[i].toObject();
                        item.insert(QStringLiteral("stats"), tensorStatsToJson(all[i]));
                        items[i] = item;
                    }
                    root.insert(key, items);
                };
                addStats(QStringLiteral("parameters"), paramStats);
                addStats(QStringLiteral("buffers"), bufferStats);
            }
            write(m_out, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
            return kExitOk;
        }
        write(m_out, snapshotText(snapshot, paramStats, bufferStats));
        return kExitOk;
    }

    FILE* m_out;
    FILE* m_err;
};

} // namespace

int runCli(const QStringList& arguments, FILE* out, FILE* err)
{
    Cli cli(out, err);
    return cli.run(arguments);
}

} // namespace jitscope
