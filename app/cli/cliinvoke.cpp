// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliinvoke.h"

#include "clioptions.h"
#include "commandline.h"

#include "common/usererror.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace jitscope {

namespace {

struct CliInvokeText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliInvoke)
};

} // namespace

QString valueText(const ValueInfo& v, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    if (v.type == QLatin1String("Tensor")) {
        QString s = pad + v.summary() + QStringLiteral(" on ") + v.device;
        if (!v.valuesOmitted) {
            QStringList values;
            for (qsizetype i = 0; i < v.values.size() && i < 20; ++i)
                values << QString::number(v.values[i], 'g', 6);
            if (v.values.size() > 20)
                values << QStringLiteral("…");
            s += QStringLiteral(" = [%1]").arg(values.join(QLatin1String(", ")));
        }
        return s + QLatin1Char('\n');
    }
    if (v.type == QLatin1String("Tuple") || v.type == QLatin1String("List") || v.type == QLatin1String("Dict")) {
        QString s = pad + v.summary() + QLatin1Char('\n');
        if (v.type == QLatin1String("Dict")) {
            for (qsizetype i = 0; i + 1 < v.items.size(); i += 2)
                s += pad + QStringLiteral("  ") + v.items[i].summary() + QStringLiteral(":\n")
                    + valueText(v.items[i + 1], indent + 4);
        } else {
            for (const ValueInfo& item : v.items)
                s += valueText(item, indent + 2);
        }
        return s;
    }
    return pad + v.type + QStringLiteral(" ") + v.summary() + QLatin1Char('\n');
}

namespace {

int printResult(const InvokeResult& r, bool json, FILE* out)
{
    if (json) {
        QJsonObject o { { QStringLiteral("outputs"), r.outputs.toJson() },
                        { QStringLiteral("latency_ms"), r.latencyMs } };
        if (r.repeat > 1) {
            o.insert(QStringLiteral("repeat"), r.repeat);
            o.insert(QStringLiteral("median_ms"), r.medianMs);
            o.insert(QStringLiteral("p90_ms"), r.p90Ms);
            o.insert(QStringLiteral("min_ms"), r.minMs);
        }
        write(out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return 0;
    }
    write(out, valueText(r.outputs, 0));
    if (r.repeat > 1)
        write(out,
              CliInvokeText::tr("latency: median %1 ms, p90 %2 ms, min %3 ms over %4 calls\n")
                  .arg(r.medianMs, 0, 'f', 3)
                  .arg(r.p90Ms, 0, 'f', 3)
                  .arg(r.minMs, 0, 'f', 3)
                  .arg(r.repeat));
    else
        write(out, CliInvokeText::tr("latency: %1 ms\n").arg(r.latencyMs, 0, 'f', 3));
    return 0;
}

bool maxValuesOption(const Parsed& p, qint64* maxValues)
{
    bool ok = true;
    *maxValues = p.values.contains(QStringLiteral("max-values"))
        ? p.values.value(QStringLiteral("max-values")).toLongLong(&ok)
        : 1000;
    return ok && *maxValues >= 0;
}

} // namespace

int runInvokeCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("invoke");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.size() < 2)
        return usage(err, command, CliInvokeText::tr("missing FILE or METHOD."));
    if (p.flags.contains(QStringLiteral("train")) && p.flags.contains(QStringLiteral("eval")))
        return usage(err, command, CliInvokeText::tr("--train and --eval exclude each other."));
    InvokeRequest request;
    request.module = p.values.value(QStringLiteral("module"));
    request.method = p.positional[1];
    request.arguments = p.positional.mid(2);
    bool ok = true;
    request.repeat
        = p.values.contains(QStringLiteral("repeat")) ? p.values.value(QStringLiteral("repeat")).toInt(&ok) : 1;
    if (!ok || request.repeat < 1)
        return usage(err, command, CliInvokeText::tr("--repeat needs a whole number >= 1."));
    if (!maxValuesOption(p, &request.maxValues))
        return usage(err, command, CliInvokeText::tr("--max-values needs a whole number >= 0."));
    request.saveOutputs = p.values.value(QStringLiteral("save-outputs"));
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        session.open(p.positional[0]).wait();
        if (p.flags.contains(QStringLiteral("train")) || p.flags.contains(QStringLiteral("eval")))
            session.setTraining(p.flags.contains(QStringLiteral("train"))).wait();
        if (p.values.contains(QStringLiteral("device")) || p.values.contains(QStringLiteral("dtype")))
            session.moveTo(p.values.value(QStringLiteral("device")), p.values.value(QStringLiteral("dtype"))).wait();
        return printResult(session.invoke(request).wait(), p.flags.contains(QStringLiteral("json")), out);
    });
}

int runCompileCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("compile");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.size() < 2)
        return usage(err, command, CliInvokeText::tr("missing SOURCE or FUNCTION."));
    InvokeRequest request;
    request.compiled = true;
    request.method = p.positional[1];
    request.arguments = p.positional.mid(2);
    if (!maxValuesOption(p, &request.maxValues))
        return usage(err, command, CliInvokeText::tr("--max-values needs a whole number >= 0."));
    QString source = p.positional[0];
    if (QFileInfo(source).isFile()) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            write(err, QStringLiteral("jitscope-cli: %1: %2\n").arg(source, file.errorString()));
            return 1;
        }
        source = QString::fromUtf8(file.readAll());
    } else if (!source.contains(QLatin1String("def "))) {
        write(err,
              CliInvokeText::tr("jitscope-cli: %1: no such file, and not TorchScript source either.\n").arg(source));
        return 1;
    }
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        session.compile(source).wait();
        return printResult(session.invoke(request).wait(), p.flags.contains(QStringLiteral("json")), out);
    });
}

} // namespace jitscope
