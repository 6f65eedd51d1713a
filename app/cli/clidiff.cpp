// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clidiff.h"

#include "answers/modelsnapshot.h"
#include "answers/snapshotjson.h"
#include "checkpoint/checkpoint.h"
#include "clioptions.h"
#include "cliweights.h"
#include "commandline.h"
#include "common/usererror.h"
#include "session/comparisonsession.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace jitscope {

namespace {

struct CliDiffText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliDiff)
};

QJsonObject sideJson(const DiffSide& side)
{
    return { { QStringLiteral("file"), side.path },
             { QStringLiteral("module"), side.module },
             { QStringLiteral("method"), side.method.isEmpty() ? QStringLiteral("forward") : side.method } };
}

QJsonValue nodeJson(const GraphModel& g, int id)
{
    if (id < 0)
        return QJsonValue::Null;
    const GraphNode& n = g.nodes[id];
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("label"), n.label },
                         { QStringLiteral("module"), n.module } };
}

QJsonArray parametersJson(const QList<ParameterDiff>& parameters)
{
    QJsonArray out;
    for (const ParameterDiff& p : parameters) {
        QJsonObject o { { QStringLiteral("name"), p.name },
                        { QStringLiteral("status"), ParameterDiff::statusName(p.status) } };
        if (p.status != ParameterDiff::Status::OnlyRight) {
            o.insert(QStringLiteral("left_shape"), shapeToJson(p.leftShape));
            o.insert(QStringLiteral("left_dtype"), p.leftDtype);
        }
        if (p.status != ParameterDiff::Status::OnlyLeft) {
            o.insert(QStringLiteral("right_shape"), shapeToJson(p.rightShape));
            o.insert(QStringLiteral("right_dtype"), p.rightDtype);
        }
        if (p.maxAbsDiff)
            o.insert(QStringLiteral("max_abs_diff"),
                     std::isnan(*p.maxAbsDiff) ? QJsonValue(QStringLiteral("nan")) : QJsonValue(*p.maxAbsDiff));
        out << o;
    }
    return out;
}

QJsonObject diffJson(const ModelDiff& d)
{
    QJsonObject root;
    root.insert(QStringLiteral("left"), sideJson(d.request.left));
    root.insert(QStringLiteral("right"), sideJson(d.request.right));
    root.insert(QStringLiteral("summary"),
                QJsonObject { { QStringLiteral("matched"), d.graph.matched },
                              { QStringLiteral("changed"), d.graph.changed },
                              { QStringLiteral("only_left"), d.graph.onlyLeft },
                              { QStringLiteral("only_right"), d.graph.onlyRight },
                              { QStringLiteral("identical"), d.graph.identical() && d.codeDiff.isEmpty() } });
    QJsonArray differences;
    for (const int i : d.graph.differences()) {
        const NodeDiff& e = d.graph.entries[i];
        differences << QJsonObject { { QStringLiteral("class"), diffClassName(e.diffClass) },
                                     { QStringLiteral("kind"), e.kind },
                                     { QStringLiteral("left"), nodeJson(d.left.model, e.left) },
                                     { QStringLiteral("right"), nodeJson(d.right.model, e.right) },
                                     { QStringLiteral("module"), e.module },
                                     { QStringLiteral("changes"), QJsonArray::fromStringList(e.changes) } };
    }
    root.insert(QStringLiteral("differences"), differences);
    root.insert(QStringLiteral("code"), d.codeDiff);
    root.insert(QStringLiteral("parameters"), parametersJson(d.parameters));
    if (d.hasOutputs) {
        QJsonArray outputs;
        for (const OutputDiff& o : d.outputs) {
            QJsonObject j { { QStringLiteral("path"), o.path },
                            { QStringLiteral("left"), o.leftSummary },
                            { QStringLiteral("right"), o.rightSummary },
                            { QStringLiteral("compared"), o.compared } };
            if (o.compared) {
                j.insert(QStringLiteral("max_abs"), o.maxAbs);
                j.insert(QStringLiteral("max_rel"), o.maxRel);
            }
            if (!o.note.isEmpty())
                j.insert(QStringLiteral("note"), o.note);
            outputs << j;
        }
        root.insert(QStringLiteral("outputs"), outputs);
        if (d.divergenceChecked) {
            QJsonValue divergence;
            if (const std::optional<Divergence>& v = d.divergence) {
                auto side = [&](const GraphModel& g, int id, const QString& key) {
                    QJsonObject o = nodeJson(g, id).toObject();
                    o.insert(QStringLiteral("kind"), g.nodes[id].kind);
                    o.insert(QStringLiteral("key"), key);
                    return o;
                };
                auto optional = [](const std::optional<double>& x) { return x ? QJsonValue(*x) : QJsonValue(); };
                QJsonObject o { { QStringLiteral("left"), side(d.left.model, v->left, v->leftKey) },
                                { QStringLiteral("right"), side(d.right.model, v->right, v->rightKey) },
                                { QStringLiteral("value"), v->value },
                                { QStringLiteral("max_abs"), optional(v->maxAbs) },
                                { QStringLiteral("max_rel"), optional(v->maxRel) },
                                { QStringLiteral("left_stats"),
                                  v->leftStats ? QJsonValue(tensorStatsToJson(*v->leftStats)) : QJsonValue() },
                                { QStringLiteral("right_stats"),
                                  v->rightStats ? QJsonValue(tensorStatsToJson(*v->rightStats)) : QJsonValue() } };
                if (!v->note.isEmpty())
                    o.insert(QStringLiteral("note"), v->note);
                divergence = o;
            }
            root.insert(QStringLiteral("divergence"), divergence);
            root.insert(QStringLiteral("compared_nodes"), d.comparedNodes);
            if (!d.divergenceNote.isEmpty())
                root.insert(QStringLiteral("divergence_note"), d.divergenceNote);
            root.insert(
                QStringLiteral("tolerance"),
                QJsonObject { { QStringLiteral("atol"), d.request.atol }, { QStringLiteral("rtol"), d.request.rtol } });
        }
    }
    root.insert(QStringLiteral("timing_ms"),
                QJsonObject { { QStringLiteral("load"), d.loadMs },
                              { QStringLiteral("build"), d.buildMs },
                              { QStringLiteral("diff"), d.diffMs } });
    return root;
}

// "NAME: N the same, M different" and a row per difference.
QString parametersText(const QList<ParameterDiff>& parameters, const QString& title)
{
    int same = 0;
    QString rows;
    for (const ParameterDiff& p : parameters) {
        if (p.status == ParameterDiff::Status::Same) {
            ++same;
            continue;
        }
        rows += QStringLiteral("  %1  %2  %3 %4 → %5 %6%7\n")
                    .arg(ParameterDiff::statusName(p.status), p.name, shapeText(p.leftShape), p.leftDtype,
                         shapeText(p.rightShape), p.rightDtype,
                         p.maxAbsDiff ? QStringLiteral("  max |Δ| %1").arg(*p.maxAbsDiff, 0, 'g', 6) : QString());
    }
    return CliDiffText::tr("%1: %2 the same, %3 different\n").arg(title).arg(same).arg(parameters.size() - same) + rows;
}

QString diffText(const ModelDiff& d)
{
    QString t;
    const GraphDiff& g = d.graph;
    t += CliDiffText::tr("%1  ⟷  %2\n").arg(d.request.left.displayName(), d.request.right.displayName());
    t += CliDiffText::tr("Graph: %1 matched, %2 changed, %3 only left, %4 only right\n")
             .arg(g.matched)
             .arg(g.changed)
             .arg(g.onlyLeft)
             .arg(g.onlyRight);
    static const char* marks[] = { "=", "~", "-", "+" };
    for (const int i : g.differences()) {
        const NodeDiff& e = g.entries[i];
        const QString label = e.right >= 0 ? e.rightLabel : e.leftLabel;
        t += QStringLiteral("  %1 %2 %3%4%5\n")
                 .arg(QLatin1String(marks[int(e.diffClass)]), e.kind, label,
                      e.module.isEmpty() ? QString() : QStringLiteral(" (in %1)").arg(e.module),
                      e.changes.isEmpty() ? QString() : QStringLiteral(": ") + e.changes.join(QLatin1String("; ")));
    }
    t += d.codeDiff.isEmpty() ? CliDiffText::tr("\nCode: the same.\n") : CliDiffText::tr("\nCode:\n") + d.codeDiff;
    t += QLatin1Char('\n') + parametersText(d.parameters, CliDiffText::tr("Parameters and buffers"));
    if (d.hasOutputs) {
        t += CliDiffText::tr("\nOutputs on the same inputs:\n");
        for (const OutputDiff& o : d.outputs)
            t += o.compared ? QStringLiteral("  %1  %2  max abs %3  max rel %4%5\n")
                                  .arg(o.path, o.rightSummary)
                                  .arg(o.maxAbs, 0, 'g', 6)
                                  .arg(o.maxRel, 0, 'g', 6)
                                  .arg(o.note.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(o.note))
                            : QStringLiteral("  %1  %2 vs %3: %4\n").arg(o.path, o.leftSummary, o.rightSummary, o.note);
        if (d.divergenceChecked && !d.divergence) {
            t += CliDiffText::tr("\nEvery matched node's outputs agree (%n node(s) compared, atol %1, rtol %2).\n",
                                 nullptr, d.comparedNodes)
                     .arg(d.request.atol)
                     .arg(d.request.rtol);
        } else if (d.divergence) {
            const Divergence& v = *d.divergence;
            t += CliDiffText::tr("\nThe models part ways at %1 %2%3, output %%4:\n")
                     .arg(v.kind, v.rightLabel,
                          v.module.isEmpty() ? QString() : QStringLiteral(" (in %1)").arg(v.module), v.value);
            if (v.maxAbs)
                t += CliDiffText::tr("  max abs %1  max rel %2 (atol %3, rtol %4)\n")
                         .arg(*v.maxAbs, 0, 'g', 6)
                         .arg(v.maxRel.value_or(0), 0, 'g', 6)
                         .arg(d.request.atol)
                         .arg(d.request.rtol);
            if (!v.note.isEmpty())
                t += QStringLiteral("  %1\n").arg(v.note);
            auto stats = [](const std::optional<TensorStats>& s) {
                return s && s->min ? CliDiffText::tr("min %1  max %2  mean %3  std %4")
                                         .arg(*s->min, 0, 'g', 6)
                                         .arg(*s->max, 0, 'g', 6)
                                         .arg(s->mean.value_or(0), 0, 'g', 6)
                                         .arg(s->std.value_or(0), 0, 'g', 6)
                                   : QString();
            };
            t += CliDiffText::tr("  left:  %1\n  right: %2\n").arg(stats(v.leftStats), stats(v.rightStats));
        }
        if (!d.divergenceNote.isEmpty())
            t += QStringLiteral("  %1\n").arg(d.divergenceNote);
    }
    return t;
}

// A diff of tensors alone (no code, no graph): both files, what they are, the summary, the rows.
QJsonObject tensorDiffJson(const QString& left, const QString& right, const QString& kind,
                           const QList<ParameterDiff>& tensors)
{
    int same = 0;
    for (const ParameterDiff& p : tensors)
        same += p.status == ParameterDiff::Status::Same ? 1 : 0;
    return { { QStringLiteral("left"), QJsonObject { { QStringLiteral("file"), left } } },
             { QStringLiteral("right"), QJsonObject { { QStringLiteral("file"), right } } },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("summary"),
               QJsonObject { { QStringLiteral("same"), same },
                             { QStringLiteral("different"), int(tensors.size()) - same },
                             { QStringLiteral("identical"), same == tensors.size() } } },
             { QStringLiteral("parameters"), parametersJson(tensors) } };
}

// Two checkpoints: their tensors by name (no code, no graph).
int diffCheckpoints(const QString& leftPath, const QString& rightPath, bool json, FILE* out)
{
    const Checkpoint left = Checkpoint::read(leftPath), right = Checkpoint::read(rightPath);
    const QList<ParameterDiff> tensors = compareCheckpoints(left, right);
    if (json) {
        write(out,
              QString::fromUtf8(
                  QJsonDocument(tensorDiffJson(left.path, right.path, QStringLiteral("checkpoints"), tensors))
                      .toJson(QJsonDocument::Indented)));
    } else {
        write(out,
              CliDiffText::tr("%1  ⟷  %2\n").arg(left.path, right.path)
                  + parametersText(tensors, CliDiffText::tr("Tensors")));
    }
    return 0;
}

// An archive and a checkpoint: the archive's parameters and buffers against the checkpoint's
// tensors, matched as load-weights matches them.
int diffArchiveWithCheckpoint(const QString& archive, const QString& checkpoint, bool checkpointLeft, bool json,
                              FILE* out)
{
    ModelSession session;
    const SnapshotPtr opened = session.open(archive).wait();
    const WeightMatch match = session.matchWeights(checkpoint).wait();
    QList<ParameterDiff> tensors = match.parameterDiff();
    if (checkpointLeft) {
        for (ParameterDiff& d : tensors) {
            std::swap(d.leftShape, d.rightShape);
            std::swap(d.leftDtype, d.rightDtype);
            if (d.status == ParameterDiff::Status::OnlyLeft)
                d.status = ParameterDiff::Status::OnlyRight;
            else if (d.status == ParameterDiff::Status::OnlyRight)
                d.status = ParameterDiff::Status::OnlyLeft;
        }
    }
    const QString archivePath = opened->archive.path, checkpointPath = QFileInfo(checkpoint).absoluteFilePath();
    const QString leftPath = checkpointLeft ? checkpointPath : archivePath;
    const QString rightPath = checkpointLeft ? archivePath : checkpointPath;
    if (json) {
        QJsonObject root = tensorDiffJson(leftPath, rightPath, QStringLiteral("archive_and_checkpoint"), tensors);
        root.insert(QStringLiteral("weights"), weightMatchJson(match));
        write(out, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        write(out,
              CliDiffText::tr("%1  ⟷  %2\n").arg(leftPath, rightPath) + weightMatchText(match) + QLatin1Char('\n')
                  + parametersText(tensors, CliDiffText::tr("Parameters and buffers")));
    }
    return 0;
}

} // namespace

int runDiffCommand(const QStringList& allArgs, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("diff");
    // Everything after --inputs is an input expression.
    QStringList args = allArgs;
    QStringList inputs;
    const qsizetype at = args.indexOf(QStringLiteral("--inputs"));
    if (at >= 0) {
        inputs = args.mid(at + 1);
        args = args.mid(0, at);
    }
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.size() != 2)
        return usage(err, command, CliDiffText::tr("diff needs two archives, A.pt and B.pt."));
    DiffRequest request;
    request.left
        = { p.positional[0], p.values.value(QStringLiteral("module")), p.values.value(QStringLiteral("method")) };
    request.right = { p.positional[1], p.values.value(QStringLiteral("right-module"), request.left.module),
                      p.values.value(QStringLiteral("right-method"), request.left.method) };
    request.inputs = inputs;
    request.expandAll = !p.flags.contains(QStringLiteral("no-expand"));
    for (const char* name : { "atol", "rtol" }) {
        const QString option = QLatin1String(name);
        if (!p.values.contains(option))
            continue;
        bool ok = false;
        const double value = p.values.value(option).toDouble(&ok);
        if (!ok || value < 0)
            return usage(err, command, CliDiffText::tr("--%1 needs a number >= 0.").arg(option));
        (option == QLatin1String("atol") ? request.atol : request.rtol) = value;
    }
    request.layout = false;
    if (at >= 0 && inputs.isEmpty())
        return usage(err, command, CliDiffText::tr("--inputs needs at least one value expression."));
    return reportErrors(err, [&]() -> int {
        const bool leftCheckpoint = Checkpoint::looksLikeCheckpoint(request.left.path);
        const bool rightCheckpoint = Checkpoint::looksLikeCheckpoint(request.right.path);
        if ((leftCheckpoint || rightCheckpoint) && !inputs.isEmpty())
            throw UserError(CliDiffText::tr("--inputs runs both sides, and %1 is a checkpoint: it holds weights and "
                                            "no code to run.")
                                .arg(leftCheckpoint ? request.left.path : request.right.path));
        if (leftCheckpoint && rightCheckpoint)
            return diffCheckpoints(request.left.path, request.right.path, p.flags.contains(QStringLiteral("json")),
                                   out);
        if (leftCheckpoint || rightCheckpoint)
            return diffArchiveWithCheckpoint(leftCheckpoint ? request.right.path : request.left.path,
                                             leftCheckpoint ? request.left.path : request.right.path, leftCheckpoint,
                                             p.flags.contains(QStringLiteral("json")), out);
        ComparisonSession session;
        const ModelDiffPtr diff = session.diff(request).wait();
        if (p.flags.contains(QStringLiteral("json")))
            write(out, QString::fromUtf8(QJsonDocument(diffJson(*diff)).toJson(QJsonDocument::Indented)));
        else
            write(out, diffText(*diff));
        return 0;
    });
}

} // namespace jitscope
