// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clideploy.h"

#include "clioptions.h"

#include "common/usererror.h"
#include "session/comparisonsession.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace jitscope {

namespace {

struct CliDeployText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliDeploy)
};

void writeJson(FILE* out, const QJsonObject& o)
{
    write(out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

// A whole-number option within [low, high], or `fallback` when absent; nothing when it is not one.
std::optional<int> number(const Parsed& p, const QString& name, int fallback, int low, int high)
{
    if (!p.values.contains(name))
        return fallback;
    bool ok = false;
    const int n = p.values.value(name).toInt(&ok);
    if (!ok || n < low || n > high)
        return std::nullopt;
    return n;
}

// The session with FILE open, in eval mode first when --eval.
void openFile(ModelSession& session, const Parsed& p)
{
    session.open(p.positional[0]).wait();
    if (p.flags.contains(QStringLiteral("eval")))
        session.setTraining(false).wait();
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 3 : 1);
}

QString timesTable(const TransformResult& r)
{
    QString t = CliDeployText::tr("%1  %2  %3  %4\n")
                    .arg(QString().leftJustified(12), CliDeployText::tr("original ms").rightJustified(12),
                         CliDeployText::tr("%1 ms").arg(r.transform).rightJustified(14),
                         CliDeployText::tr("ratio").rightJustified(7));
    auto row = [&](const QString& name, double a, double b) {
        t += QStringLiteral("  %1  %2  %3  %4×\n")
                 .arg(name.leftJustified(12), ms(a).rightJustified(12), ms(b).rightJustified(14),
                      QString::number(a > 0 ? b / a : 0, 'f', 2).rightJustified(6));
    };
    row(CliDeployText::tr("first call"), r.original.first(), r.transformed.first());
    row(CliDeployText::tr("calls 2–4"), r.original.nextFew(), r.transformed.nextFew());
    row(CliDeployText::tr("steady"), r.original.steady(), r.transformed.steady());
    return t;
}

QString transformText(const TransformResult& r, const QString& file)
{
    QString t = r.output.isEmpty() ? CliDeployText::tr("%1: %2\n%3\n").arg(r.transform, file, r.saveNote)
                                   : CliDeployText::tr("%1: %2 → %3\n").arg(r.transform, file, r.output);
    t += CliDeployText::tr("forward: %1 nodes → %2; %3 parameters → %4\n")
             .arg(r.nodesBefore)
             .arg(r.nodesAfter)
             .arg(r.parametersBefore)
             .arg(r.parametersAfter);
    for (const OpCount& c : r.changedOps)
        t += QStringLiteral("  %1  %2 → %3\n").arg(c.kind.leftJustified(36)).arg(c.before).arg(c.after);
    if (!r.timed)
        return t;
    t += r.outputsMatch ? CliDeployText::tr("Outputs agree (max abs difference %1).\n").arg(r.maxAbsDiff, 0, 'g', 3)
                        : CliDeployText::tr("Outputs differ (max abs difference %1)%2.\n")
                              .arg(r.maxAbsDiff, 0, 'g', 3)
                              .arg(r.outputNote.isEmpty() ? QString() : QStringLiteral(": ") + r.outputNote);
    return t + timesTable(r);
}

// Where the two part ways, as diff --inputs finds it: both sides run observed.
QString divergenceText(const QString& left, const QString& right, const QStringList& inputs, QJsonObject* json)
{
    ComparisonSession comparison;
    DiffRequest request;
    request.left = { left, {}, {} };
    request.right = { right, {}, {} };
    request.layout = false;
    const OutputComparison c = comparison.outputs(request, inputs).wait();
    if (!c.divergence)
        return CliDeployText::tr("No single node parts them beyond the tolerance (%n node(s) compared).\n", nullptr,
                                 c.comparedNodes);
    const Divergence& d = *c.divergence;
    if (json)
        json->insert(QStringLiteral("divergence"),
                     QJsonObject { { QStringLiteral("kind"), d.kind },
                                   { QStringLiteral("left"), d.leftKey },
                                   { QStringLiteral("right"), d.rightKey },
                                   { QStringLiteral("max_abs"), d.maxAbs ? QJsonValue(*d.maxAbs) : QJsonValue() } });
    return CliDeployText::tr("They part ways at %1 %2%3 (max abs %4).\n")
        .arg(d.kind, d.rightLabel, d.module.isEmpty() ? QString() : CliDeployText::tr(" in %1").arg(d.module))
        .arg(d.maxAbs.value_or(0), 0, 'g', 3);
}

std::optional<DeployTransform> chosenTransform(const Parsed& p, QString* problem)
{
    std::optional<DeployTransform> kind;
    int given = 0;
    for (const DeployTransform k : { DeployTransform::Freeze, DeployTransform::Inference, DeployTransform::Mobile })
        if (p.flags.contains(TransformRequest::name(k))) {
            kind = k;
            ++given;
        }
    if (given != 1)
        *problem = CliDeployText::tr("choose one of --freeze, --inference and --mobile.");
    return given == 1 ? kind : std::nullopt;
}

} // namespace

int runOptimizeCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("optimize");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    QString problem;
    const std::optional<DeployTransform> kind = chosenTransform(p, &problem);
    if (!kind)
        return usage(err, command, problem);
    if (p.positional.isEmpty())
        return usage(err, command, CliDeployText::tr("missing FILE."));
    if (!p.values.contains(QStringLiteral("output")))
        return usage(err, command, CliDeployText::tr("missing -o OUT.pt."));
    const std::optional<int> calls = number(p, QStringLiteral("calls"), 10, 1, 10000);
    if (!calls)
        return usage(err, command, CliDeployText::tr("--calls needs a whole number from 1 to 10000."));
    TransformRequest request;
    request.kind = *kind;
    request.output = p.values.value(QStringLiteral("output"));
    request.preserved = p.lists.value(QStringLiteral("preserve"));
    request.optimizeNumerics = !p.flags.contains(QStringLiteral("no-numerics"));
    request.mobileSkip = p.lists.value(QStringLiteral("skip"));
    request.inputs = p.positional.mid(1);
    request.calls = *calls;
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        openFile(session, p);
        const TransformResult r = session.transform(request).wait();
        const bool json = p.flags.contains(QStringLiteral("json"));
        QJsonObject o = r.toJson();
        QString text = transformText(r, p.positional[0]);
        // The search loads FILE as saved: after --eval its mode would differ from what was transformed.
        if (r.timed && !r.outputsMatch && !r.output.isEmpty())
            text += p.flags.contains(QStringLiteral("eval"))
                ? CliDeployText::tr("Where they part ways is not searched after --eval: the search loads FILE in "
                                    "the mode it was saved in.\n")
                : divergenceText(p.positional[0], r.output, request.inputs, &o);
        write(out, json ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)) : text);
        return (r.timed && !r.outputsMatch) || r.output.isEmpty() ? 1 : 0;
    });
}

int runLiteCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("lite");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.isEmpty())
        return usage(err, command, CliDeployText::tr("missing FILE."));
    if (!p.values.contains(QStringLiteral("output")))
        return usage(err, command, CliDeployText::tr("missing -o OUT.ptl."));
    const std::optional<int> version = number(p, QStringLiteral("bytecode-version"), 0, 1, 1000);
    if (!version)
        return usage(err, command, CliDeployText::tr("--bytecode-version needs a whole number."));
    LiteRequest request;
    request.output = p.values.value(QStringLiteral("output"));
    request.bytecodeVersion = *version;
    request.method = p.values.value(QStringLiteral("method"), QStringLiteral("forward"));
    request.inputs = p.positional.mid(1);
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        openFile(session, p);
        const LiteResult r = session.exportLite(request).wait();
        if (p.flags.contains(QStringLiteral("json"))) {
            writeJson(out, r.toJson());
        } else {
            QString t
                = CliDeployText::tr("%1: bytecode version %2%3; methods %4\n")
                      .arg(r.output)
                      .arg(r.bytecodeVersion)
                      .arg(r.backported ? CliDeployText::tr(" (backported from %1)").arg(r.producedVersion) : QString())
                      .arg(r.methods.join(QLatin1String(", ")));
            if (r.ran)
                t += r.outputsMatch
                    ? CliDeployText::tr("The lite interpreter's output agrees with the full module's (%1, max abs "
                                        "difference %2).\n")
                          .arg(r.outputSummary)
                          .arg(r.maxAbsDiff, 0, 'g', 3)
                    : CliDeployText::tr("The lite interpreter's output differs from the full module's (max abs "
                                        "difference %1).\n")
                          .arg(r.maxAbsDiff, 0, 'g', 3);
            if (!r.note.isEmpty())
                t += r.note + QLatin1Char('\n');
            write(out, t);
        }
        return r.ran && !r.outputsMatch ? 1 : 0;
    });
}

int runOpsCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("ops");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.size() != 1)
        return usage(err, command, CliDeployText::tr("ops takes one FILE."));
    const std::optional<int> targetVersion = number(p, QStringLiteral("target-bytecode"), 0, 1, 1000);
    if (!targetVersion)
        return usage(err, command, CliDeployText::tr("--target-bytecode needs a whole number."));
    return reportErrors(err, [&]() -> int {
        DeployTarget target;
        target.bytecodeVersion = *targetVersion;
        if (p.values.contains(QStringLiteral("target-ops")))
            target.operators = DeployTarget::readOperatorList(p.values.value(QStringLiteral("target-ops")));
        ModelSession session;
        session.open(p.positional[0]).wait();
        const OpsReport r = session.operators().wait();
        const bool checked = target.bytecodeVersion > 0 || !target.operators.isEmpty();
        const TargetCheck check = checkTarget(r, target);
        if (p.flags.contains(QStringLiteral("yaml"))) {
            write(out, r.yaml());
        } else if (p.flags.contains(QStringLiteral("json"))) {
            QJsonObject o = r.toJson();
            if (checked)
                o.insert(QStringLiteral("target"), check.toJson());
            writeJson(out, o);
        } else {
            QString t = r.text();
            if (checked)
                t += check.ok ? CliDeployText::tr("It runs on the target.\n")
                              : CliDeployText::tr("It does not run on the target:\n  %1\n")
                                    .arg(check.problems.join(QLatin1String("\n  ")));
            write(out, t);
        }
        return checked && !check.ok ? 1 : 0;
    });
}

int runLintCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("lint");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.size() != 1)
        return usage(err, command, CliDeployText::tr("lint takes one FILE."));
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        session.open(p.positional[0]).wait();
        const LintReport r = session.lint(p.values.value(QStringLiteral("twin"))).wait();
        if (p.flags.contains(QStringLiteral("json"))) {
            writeJson(out, r.toJson());
            return 0;
        }
        const QString t = r.text();
        write(out, t);
        return 0;
    });
}

int runWarmupCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("warmup");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.isEmpty())
        return usage(err, command, CliDeployText::tr("missing FILE."));
    const std::optional<int> calls = number(p, QStringLiteral("calls"), 10, 1, 10000);
    if (!calls)
        return usage(err, command, CliDeployText::tr("--calls needs a whole number from 1 to 10000."));
    WarmupRequest request;
    request.module = p.values.value(QStringLiteral("module"));
    request.calls = *calls;
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        openFile(session, p);
        // METHOD is optional: the second word names one when the module has a method of that name.
        const SnapshotPtr snapshot = session.snapshot();
        const bool named = p.positional.size() > 1 && snapshot->method(request.module, p.positional[1]);
        request.method = named ? p.positional[1] : QStringLiteral("forward");
        request.inputs = p.positional.mid(named ? 2 : 1);
        const WarmupResult r = session.warmup(request).wait();
        if (p.flags.contains(QStringLiteral("json"))) {
            writeJson(out, r.toJson());
            return 0;
        }
        QString t
            = CliDeployText::tr("%1 calls of %2, from a cold start:\n").arg(r.times.ms.size()).arg(request.method);
        const double steady = r.times.steady();
        for (qsizetype i = 0; i < r.times.ms.size(); ++i)
            t += CliDeployText::tr("  call %1  %2 ms  %3× steady\n")
                     .arg(i + 1, 3)
                     .arg(ms(r.times.ms[i]).rightJustified(10))
                     .arg(QString::number(steady > 0 ? r.times.ms[i] / steady : 0, 'f', 1).rightJustified(6));
        t += CliDeployText::tr(
                 "Steady state %1 ms. The executor ran a graph of %2 nodes (the saved one, inlined: %3).\n")
                 .arg(ms(steady))
                 .arg(r.executedNodes)
                 .arg(r.savedNodes);
        if (!r.note.isEmpty())
            t += r.note + QLatin1Char('\n');
        if (p.flags.contains(QStringLiteral("graph")))
            t += QLatin1Char('\n') + r.executedGraph;
        write(out, t);
        return 0;
    });
}

CommandRunner deployCommand(const QString& name)
{
    static const QHash<QString, CommandRunner> runners { { QStringLiteral("optimize"), runOptimizeCommand },
                                                         { QStringLiteral("lite"), runLiteCommand },
                                                         { QStringLiteral("ops"), runOpsCommand },
                                                         { QStringLiteral("lint"), runLintCommand },
                                                         { QStringLiteral("warmup"), runWarmupCommand } };
    return runners.value(name);
}

} // namespace jitscope
