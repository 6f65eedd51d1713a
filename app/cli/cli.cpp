#include "cli.h"

#include "clitext.h"
#include "modelsession.h"
#include "snapshotjson.h"
#include "usererror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

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
        const QStringList args = arguments.mid(1);
        if (args.isEmpty())
            return usage(tr("missing COMMAND: info, code or ir."));
        const QString command = args.first();
        if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
            write(m_out, overview());
            return kExitOk;
        }
        if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
            write(m_out, QStringLiteral("jitscope-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return kExitOk;
        }

        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
        const QCommandLineOption stats(QStringLiteral("stats"),
                                       tr("Add min/max/mean/std and NaN/Inf counts of every tensor."));
        const QCommandLineOption module(QStringLiteral("module"),
                                        tr("Submodule path, as in named_modules() (default: the root)."), tr("PATH"));
        const QCommandLineOption method(QStringLiteral("method"), tr("Method name (default: forward)."), tr("M"));
        const QCommandLineOption classCode(QStringLiteral("class"), tr("Print the module class's whole code."));
        const QCommandLineOption inlined(QStringLiteral("inlined"),
                                         tr("Print the inlined graph (module.M.inlined_graph)."));
        parser.addOption(help);
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("TorchScript archive (.pt)"));

        if (command == QLatin1String("info")) {
            parser.addOptions({ json, stats });
        } else if (command == QLatin1String("code")) {
            parser.addOptions({ module, method, classCode });
        } else if (command == QLatin1String("ir")) {
            parser.addOptions({ module, method, inlined });
        } else {
            return usage(tr("unknown command '%1'.").arg(command));
        }

        // parse() takes the first item as the program name: here, the command.
        if (!parser.parse(args))
            return usage(parser.errorText(), command);
        if (parser.isSet(help)) {
            write(m_out,
                  QStringLiteral("Usage: jitscope-cli %1 FILE [OPTIONS]\n\n%2")
                      .arg(command, parser.helpText().section(QLatin1Char('\n'), 1)));
            return kExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.isEmpty())
            return usage(tr("missing FILE."), command);
        if (positional.size() > 1)
            return usage(tr("unexpected argument '%1'.").arg(positional.at(1)), command);
        if (command == QLatin1String("code") && parser.isSet(classCode) && parser.isSet(method))
            return usage(tr("--class and --method exclude each other."), command);

        try {
            ModelSession session;
            const SnapshotPtr snapshot = session.openBlocking(positional.first());
            if (command == QLatin1String("info"))
                return info(session, *snapshot, parser.isSet(json), parser.isSet(stats));
            TextRequest request;
            request.module = parser.value(module);
            request.method = parser.value(method);
            if (command == QLatin1String("code")) {
                request.kind = TextKind::Code;
                // Python's module.code is forward's code; --class asks for the class's whole code.
                if (request.method.isEmpty() && !parser.isSet(classCode))
                    request.method = QStringLiteral("forward");
            } else {
                request.kind = parser.isSet(inlined) ? TextKind::InlinedGraph : TextKind::Graph;
            }
            QString text = session.textBlocking(request);
            if (!text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            write(m_out, text);
            return kExitOk;
        } catch (const UserError& e) {
            write(m_err, QStringLiteral("jitscope-cli: %1\n").arg(e.message()));
            return kExitFailure;
        }
    }

private:
    static QString overview()
    {
        return tr(
            "Usage: jitscope-cli COMMAND FILE [OPTIONS]\n"
            "\n"
            "Inspect TorchScript archives (.pt files written by torch.jit.save).\n"
            "\n"
            "Commands:\n"
            "  info FILE [--json] [--stats]       modules, parameters, buffers, attributes, methods, archive facts\n"
            "  code FILE [--module PATH] [--method M | --class]\n"
            "                                     TorchScript code, as Python's module.code / module.M.code\n"
            "  ir FILE [--module PATH] [--method M] [--inlined]\n"
            "                                     IR graph, as Python's module.M.graph / inlined_graph\n"
            "\n"
            "Run 'jitscope-cli COMMAND --help' for a command's options.\n"
            "Exit status: 0 success, 1 the file or request cannot be used, 2 usage error.\n");
    }

    int usage(const QString& message, const QString& command = QString())
    {
        const QString hint = command.isEmpty() ? tr("Run 'jitscope-cli --help' for usage.")
                                               : tr("Run 'jitscope-cli %1 --help' for usage.").arg(command);
        write(m_err, QStringLiteral("jitscope-cli: %1\n%2\n").arg(message, hint));
        return kExitUsage;
    }

    int info(ModelSession& session, const ModelSnapshot& snapshot, bool json, bool withStats)
    {
        QList<TensorStats> paramStats, bufferStats;
        if (withStats) {
            for (const auto& p : snapshot.parameters)
                paramStats << session.tensorStatsBlocking(p.name, true);
            for (const auto& b : snapshot.buffers)
                bufferStats << session.tensorStatsBlocking(b.name, false);
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
