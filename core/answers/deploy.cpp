// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/deploy.h"

#include "common/usererror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace jitscope {

namespace {

struct DeployText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Deploy)
};

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

double CallTimes::nextFew() const
{
    return ms.size() < 2 ? first() : median(ms.mid(1, 3));
}

double CallTimes::steady() const
{
    return ms.size() < 2 ? first() : median(ms.mid(ms.size() / 2));
}

QJsonObject CallTimes::toJson() const
{
    QJsonArray calls;
    for (const double t : ms)
        calls << t;
    return { { QStringLiteral("calls_ms"), calls },
             { QStringLiteral("first_ms"), first() },
             { QStringLiteral("next_few_ms"), nextFew() },
             { QStringLiteral("steady_ms"), steady() } };
}

QString TransformRequest::name(DeployTransform kind)
{
    switch (kind) {
    case DeployTransform::Freeze:
        return QStringLiteral("freeze");
    case DeployTransform::Inference:
        return QStringLiteral("inference");
    case DeployTransform::Mobile:
        return QStringLiteral("mobile");
    }
    return {};
}

std::optional<DeployTransform> TransformRequest::fromName(const QString& name)
{
    for (const DeployTransform k : { DeployTransform::Freeze, DeployTransform::Inference, DeployTransform::Mobile })
        if (TransformRequest::name(k) == name)
            return k;
    return std::nullopt;
}

QStringList TransformRequest::mobilePasses()
{
    // MobileOptimizerType's order: the engine maps them by position.
    return { QStringLiteral("conv_bn_fusion"),           QStringLiteral("insert_fold_prepack_ops"),
             QStringLiteral("remove_dropout"),           QStringLiteral("fuse_add_relu"),
             QStringLiteral("hoist_conv_packed_params"), QStringLiteral("conv_1d_to_2d") };
}

QJsonObject TransformResult::toJson() const
{
    QJsonArray ops;
    for (const OpCount& c : changedOps)
        ops << QJsonObject { { QStringLiteral("kind"), c.kind },
                             { QStringLiteral("before"), c.before },
                             { QStringLiteral("after"), c.after } };
    QJsonObject o { { QStringLiteral("transform"), transform },
                    { QStringLiteral("output"), output },
                    { QStringLiteral("nodes_before"), nodesBefore },
                    { QStringLiteral("nodes_after"), nodesAfter },
                    { QStringLiteral("parameters_before"), parametersBefore },
                    { QStringLiteral("parameters_after"), parametersAfter },
                    { QStringLiteral("changed_ops"), ops } };
    if (!saveNote.isEmpty())
        o.insert(QStringLiteral("save_note"), saveNote);
    if (timed) {
        o.insert(QStringLiteral("original"), original.toJson());
        o.insert(QStringLiteral("transformed"), transformed.toJson());
        o.insert(QStringLiteral("outputs_match"), outputsMatch);
        o.insert(QStringLiteral("max_abs_diff"), maxAbsDiff);
        if (!outputNote.isEmpty())
            o.insert(QStringLiteral("output_note"), outputNote);
    }
    return o;
}

QJsonObject LiteResult::toJson() const
{
    QJsonObject o { { QStringLiteral("output"), output },
                    { QStringLiteral("bytecode_version"), bytecodeVersion },
                    { QStringLiteral("produced_version"), producedVersion },
                    { QStringLiteral("backported"), backported },
                    { QStringLiteral("methods"), strings(methods) },
                    { QStringLiteral("ran"), ran } };
    if (ran) {
        o.insert(QStringLiteral("outputs_match"), outputsMatch);
        o.insert(QStringLiteral("max_abs_diff"), maxAbsDiff);
        o.insert(QStringLiteral("lite_output"), outputSummary);
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QString OpsReport::yaml() const
{
    QString text;
    for (const OperatorUse& op : operators)
        text += QStringLiteral("- ") + op.name + QLatin1Char('\n');
    return text;
}

QJsonObject OpsReport::toJson() const
{
    QJsonArray ops;
    for (const OperatorUse& op : operators)
        ops << QJsonObject { { QStringLiteral("name"), op.name }, { QStringLiteral("calls"), op.calls } };
    return { { QStringLiteral("file"), file },
             { QStringLiteral("file_format_version"), fileFormatVersion },
             { QStringLiteral("file_format_reason"), fileFormatReason },
             { QStringLiteral("bytecode_version"), bytecodeVersion },
             { QStringLiteral("export_bytecode_version"), exportBytecodeVersion },
             { QStringLiteral("lite_loader_reads"), QJsonArray { minBytecodeVersion, maxBytecodeVersion } },
             { QStringLiteral("operators"), ops },
             { QStringLiteral("types"), strings(types) },
             { QStringLiteral("methods"), strings(methods) },
             { QStringLiteral("minimum_runtime"), minimumRuntime } };
}

QString OpsReport::text() const
{
    QString t = DeployText::tr("%1\nFile format version %2%3\n")
                    .arg(file)
                    .arg(fileFormatVersion)
                    .arg(fileFormatReason.isEmpty() ? QString() : QStringLiteral(": ") + fileFormatReason);
    t += bytecodeVersion > 0 ? DeployText::tr("Bytecode version %1 (a lite interpreter file)\n").arg(bytecodeVersion)
                             : DeployText::tr("No bytecode; saved for the lite interpreter it would have version %1\n")
                                   .arg(exportBytecodeVersion);
    t += DeployText::tr("%n root operator(s):\n", nullptr, int(operators.size()));
    for (const OperatorUse& op : operators)
        t += QStringLiteral("  %1 %2\n").arg(op.name.leftJustified(40)).arg(op.calls);
    if (!types.isEmpty())
        t += DeployText::tr("Types: %1\n").arg(types.join(QLatin1String(", ")));
    t += minimumRuntime + QLatin1Char('\n');
    return t;
}

QStringList DeployTarget::readOperatorList(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UserError(DeployText::tr("Cannot read the operator list %1: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        throw UserError(DeployText::tr("%1 is over 64 MiB: not an operator list.").arg(path));
    // A list ("- aten::add.Tensor"), a map ("aten::add.Tensor:" with options indented under it),
    // or one name per line: a name is what stands at the start of a line, a dash aside.
    static const QRegularExpression entry(QStringLiteral(R"(^(?:-\s*)?['"]?([A-Za-z_][\w]*::[\w.]+)['"]?\s*:?\s*$)"));
    QStringList ops;
    QSet<QString> seen;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    // Entries stand at the indentation of the first one (PyTorch's selected_operators.yaml nests
    // them under "operators:"); lines indented deeper are an entry's options.
    qsizetype level = -1;
    for (QString line : lines) {
        line = line.section(QLatin1Char('#'), 0, 0);
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent).isSpace())
            ++indent;
        const QRegularExpressionMatch m = entry.match(line.trimmed());
        if (line.trimmed().isEmpty() || !m.hasMatch() || (level >= 0 && indent != level))
            continue;
        level = indent;
        const QString op = m.captured(1);
        if (!seen.contains(op)) {
            seen.insert(op);
            ops << op;
        }
    }
    if (ops.isEmpty())
        throw UserError(
            DeployText::tr("%1 names no operator: expected lines such as \"- aten::add.Tensor\".").arg(path));
    return ops;
}

QJsonObject TargetCheck::toJson() const
{
    return { { QStringLiteral("ok"), ok },
             { QStringLiteral("problems"), strings(problems) },
             { QStringLiteral("missing_operators"), strings(missingOperators) } };
}

TargetCheck checkTarget(const OpsReport& report, const DeployTarget& target)
{
    TargetCheck check;
    if (target.bytecodeVersion > 0) {
        const qint64 needed = report.bytecodeVersion > 0 ? report.bytecodeVersion : report.exportBytecodeVersion;
        if (needed > target.bytecodeVersion) {
            check.ok = false;
            check.problems << (target.bytecodeVersion >= report.minBytecodeVersion
                                   ? DeployText::tr("The target reads bytecode up to version %1, the model has %2: "
                                                    "export it with `jitscope-cli lite --bytecode-version %1`.")
                                         .arg(target.bytecodeVersion)
                                         .arg(needed)
                                   : DeployText::tr("The target reads bytecode up to version %1, the model has %2, "
                                                    "and this libtorch backports no further than version %3.")
                                         .arg(target.bytecodeVersion)
                                         .arg(needed)
                                         .arg(report.minBytecodeVersion));
        }
    }
    if (!target.operators.isEmpty()) {
        const QSet<QString> available(target.operators.begin(), target.operators.end());
        for (const OperatorUse& op : report.operators)
            if (!available.contains(op.name))
                check.missingOperators << op.name;
        if (!check.missingOperators.isEmpty()) {
            check.ok = false;
            check.problems << DeployText::tr("%n operator(s) the model calls are not in the target's build: %1.",
                                             nullptr, int(check.missingOperators.size()))
                                  .arg(check.missingOperators.join(QLatin1String(", ")));
        }
    }
    return check;
}

QJsonObject LintFinding::toJson() const
{
    QJsonObject o { { QStringLiteral("rule"), rule },       { QStringLiteral("severity"), severity },
                    { QStringLiteral("message"), message }, { QStringLiteral("module"), module },
                    { QStringLiteral("method"), method },   { QStringLiteral("node"), node },
                    { QStringLiteral("kind"), kind },       { QStringLiteral("code"), code } };
    if (inTwin)
        o.insert(QStringLiteral("in_twin"), true);
    return o;
}

QString LintFinding::where() const
{
    QString w = module.isEmpty() ? DeployText::tr("root") : module;
    if (!method.isEmpty())
        w += QLatin1Char(':') + method;
    if (!node.isEmpty())
        w += QStringLiteral(" %1 (%2)").arg(kind, node);
    if (inTwin)
        w += DeployText::tr(" in the twin");
    return w;
}

QString LintReport::text() const
{
    QString t = findings.isEmpty() ? DeployText::tr("%1: nothing found.\n").arg(file)
                                   : DeployText::tr("%1: %n finding(s)\n", nullptr, int(findings.size())).arg(file);
    for (const LintFinding& f : findings) {
        t += QStringLiteral("%1 [%2] %3\n    %4\n").arg(f.severity, f.rule, f.where(), f.message);
        if (!f.code.isEmpty())
            t += QStringLiteral("    | %1\n").arg(f.code);
    }
    return t;
}

QJsonObject LintReport::toJson() const
{
    QJsonArray list;
    for (const LintFinding& f : findings)
        list << f.toJson();
    QJsonObject o { { QStringLiteral("file"), file }, { QStringLiteral("findings"), list } };
    if (!twin.isEmpty())
        o.insert(QStringLiteral("twin"), twin);
    return o;
}

QJsonObject WarmupResult::toJson() const
{
    QJsonObject o = times.toJson();
    o.insert(QStringLiteral("executed_graph"), executedGraph);
    o.insert(QStringLiteral("executed_nodes"), executedNodes);
    o.insert(QStringLiteral("saved_nodes"), savedNodes);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

} // namespace jitscope
