// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicheckpoint.h"

#include "answers/snapshotjson.h"
#include "checkpoint/checkpointsnapshot.h"
#include "common/textformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jitscope {

namespace {

struct CliCheckpointText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliCheckpoint)
};

QString pad(const QString& text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(1, width - text.size()), QLatin1Char(' '));
}

void appendTree(const Checkpoint& c, const QHash<int, QString>& parameters, int index, int depth, QStringList& lines)
{
    const CheckpointNode& n = c.nodes[index];
    if (depth >= 0) {
        QString what = n.kind == QLatin1String("object") ? n.type : n.kind;
        if (n.kind == QLatin1String("dict") && !n.type.isEmpty())
            what = n.type.section(QLatin1Char('.'), -1); // OrderedDict
        if (n.kind == QLatin1String("tensor"))
            what = QStringLiteral("tensor %1").arg(n.type);
        QString line = QString(2 * (depth + 1), QLatin1Char(' ')) + n.key;
        line = pad(line, 40) + pad(what, 24) + n.value;
        if (parameters.contains(index))
            line += QLatin1String("  ") + CliCheckpointText::tr("(state of %1)").arg(parameters[index]);
        if (n.tensor >= 0 && !c.tensors[n.tensor].problem.isEmpty())
            line += QLatin1String("  ") + CliCheckpointText::tr("(damaged: %1)").arg(c.tensors[n.tensor].problem);
        lines << line.trimmed().prepend(QString(2 * (depth + 1), QLatin1Char(' ')));
    }
    for (int child : n.children)
        appendTree(c, parameters, child, depth + 1, lines);
}

QJsonValue nodeJson(const Checkpoint& c, const QHash<int, QString>& parameters, int index)
{
    const CheckpointNode& n = c.nodes[index];
    QJsonObject o { { QStringLiteral("key"), n.key }, { QStringLiteral("kind"), n.kind } };
    if (parameters.contains(index))
        o.insert(QStringLiteral("parameter"), parameters[index]);
    if (!n.type.isEmpty())
        o.insert(QStringLiteral("type"), n.type);
    if (!n.value.isEmpty() && n.kind != QLatin1String("tensor"))
        o.insert(QStringLiteral("value"), n.value);
    if (n.tensor >= 0)
        o.insert(QStringLiteral("tensor"), c.tensors[n.tensor].name);
    if (!n.children.isEmpty()) {
        QJsonArray children;
        for (int child : n.children)
            children << nodeJson(c, parameters, child);
        o.insert(QStringLiteral("children"), children);
    }
    return o;
}

QJsonArray numbers(const QList<qint64>& values)
{
    QJsonArray a;
    for (qint64 v : values)
        a << double(v);
    return a;
}

} // namespace

QString checkpointText(const Checkpoint& c, const QList<TensorStats>& stats)
{
    QStringList lines;
    lines << pad(CliCheckpointText::tr("Checkpoint"), 13) + c.path;
    lines << pad(CliCheckpointText::tr("Format"), 13) + c.formatName();
    lines << pad(CliCheckpointText::tr("Size"), 13)
            + (c.entries.isEmpty() ? formatBytes(c.fileSize)
                                   : CliCheckpointText::tr("%1, %n zip entries", nullptr, int(c.entries.size()))
                                         .arg(formatBytes(c.fileSize)));
    if (!c.savedOn.isEmpty())
        lines << pad(CliCheckpointText::tr("Device"), 13)
                + CliCheckpointText::tr("saved on %1").arg(c.savedOn.join(QLatin1String(", ")));
    qint64 elements = 0;
    int damaged = 0;
    for (const CheckpointTensor& t : c.tensors) {
        elements += qMax<qint64>(0, t.numel);
        damaged += t.problem.isEmpty() ? 0 : 1;
    }
    lines << pad(CliCheckpointText::tr("Tensors"), 13)
            + CliCheckpointText::tr("%n tensor(s), %1 elements, %2 of data", nullptr, int(c.tensors.size()))
                  .arg(formatCount(elements), formatBytes(c.tensorBytes()));
    if (damaged > 0)
        lines << pad(QString(), 13) + CliCheckpointText::tr("%n damaged: never read", nullptr, damaged);
    lines << QString() << CliCheckpointText::tr("Structure");
    appendTree(c, optimizerParameterNames(c), 0, -1, lines);
    if (!c.tensors.isEmpty()) {
        lines << QString() << CliCheckpointText::tr("Tensors");
        qsizetype width = 8;
        for (const CheckpointTensor& t : c.tensors)
            width = qMax(width, t.name.size() + 2);
        for (qsizetype i = 0; i < c.tensors.size(); ++i) {
            const CheckpointTensor& t = c.tensors[i];
            QString line = QLatin1String("  ") + pad(t.name, width) + pad(t.dtype, 10) + pad(shapeText(t.shape), 18)
                + pad(formatBytes(t.bytes), 11);
            if (i < stats.size() && stats[i].min)
                line += QStringLiteral("min %1  max %2  mean %3  std %4")
                            .arg(*stats[i].min, 0, 'g', 4)
                            .arg(*stats[i].max, 0, 'g', 4)
                            .arg(*stats[i].mean, 0, 'g', 4)
                            .arg(*stats[i].std, 0, 'g', 4);
            if (i < stats.size() && (stats[i].nanCount || stats[i].infCount))
                line += QLatin1String("  ")
                    + CliCheckpointText::tr("NaN %1  Inf %2").arg(stats[i].nanCount).arg(stats[i].infCount);
            if (t.isParameter)
                line += QLatin1String("  ") + CliCheckpointText::tr("parameter");
            if (!t.problem.isEmpty())
                line += QLatin1String("  ") + CliCheckpointText::tr("damaged: %1").arg(t.problem);
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject checkpointToJson(const Checkpoint& c, const QList<TensorStats>& stats)
{
    QJsonArray entries;
    for (const ArchiveEntry& e : c.entries)
        entries << QJsonObject { { QStringLiteral("name"), e.name }, { QStringLiteral("size"), double(e.size) } };
    const QString format = c.format == Checkpoint::Format::Zip
        ? QStringLiteral("zip")
        : (c.format == Checkpoint::Format::Legacy ? QStringLiteral("legacy") : QStringLiteral("safetensors"));
    QJsonObject file { { QStringLiteral("path"), c.path },
                       { QStringLiteral("file_size"), double(c.fileSize) },
                       { QStringLiteral("format"), format },
                       { QStringLiteral("saved_on"), QJsonArray::fromStringList(c.savedOn) },
                       { QStringLiteral("tensor_bytes"), double(c.tensorBytes()) } };
    if (!entries.isEmpty())
        file.insert(QStringLiteral("entries"), entries);
    QJsonArray tensors;
    for (qsizetype i = 0; i < c.tensors.size(); ++i) {
        const CheckpointTensor& t = c.tensors[i];
        QJsonObject o { { QStringLiteral("name"), t.name },
                        { QStringLiteral("dtype"), t.dtype },
                        { QStringLiteral("shape"), numbers(t.shape) },
                        { QStringLiteral("strides"), numbers(t.strides) },
                        { QStringLiteral("offset"), double(t.offset) },
                        { QStringLiteral("numel"), double(t.numel) },
                        { QStringLiteral("bytes"), double(t.bytes) },
                        { QStringLiteral("storage"), t.storage },
                        { QStringLiteral("device"), t.device },
                        { QStringLiteral("parameter"), t.isParameter },
                        { QStringLiteral("requires_grad"), t.requiresGrad } };
        if (!t.problem.isEmpty())
            o.insert(QStringLiteral("damaged"), t.problem);
        else if (i < stats.size())
            o.insert(QStringLiteral("stats"), tensorStatsToJson(stats[i]));
        tensors << o;
    }
    return { { QStringLiteral("checkpoint"), file },
             { QStringLiteral("structure"), nodeJson(c, optimizerParameterNames(c), 0) },
             { QStringLiteral("tensors"), tensors } };
}

} // namespace jitscope
