// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitext.h"

#include "common/textformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jitscope {

namespace {

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliText)
};

// Columns padded to their widest cell; the last column is not padded.
QString table(const QList<QStringList>& rows, const QString& indent = QStringLiteral("  "))
{
    QList<qsizetype> widths;
    for (const auto& row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            widths[c] = qMax(widths[c], row[c].size());
        }
    QString out;
    for (const auto& row : rows) {
        QString line = indent;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(widths[c] + 2) : row[c];
        out += line.trimmed().isEmpty() ? QString() : QString(line).remove(QRegularExpression(QStringLiteral("\\s+$")));
        out += QLatin1Char('\n');
    }
    return out;
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 6) : QStringLiteral("-");
}

QString tensorRows(const QList<TensorInfo>& tensors, const QList<TensorStats>& stats)
{
    QList<QStringList> rows;
    QStringList header { CliText::tr("name"),   CliText::tr("shape"), CliText::tr("dtype"),
                         CliText::tr("device"), CliText::tr("grad"),  CliText::tr("size") };
    if (!stats.isEmpty())
        header << CliText::tr("min") << CliText::tr("max") << CliText::tr("mean") << CliText::tr("std")
               << CliText::tr("nan") << CliText::tr("inf");
    rows << header;
    for (qsizetype i = 0; i < tensors.size(); ++i) {
        const TensorInfo& t = tensors[i];
        QStringList row { t.name,
                          t.shapeText(),
                          t.dtype,
                          t.device,
                          t.requiresGrad ? CliText::tr("yes") : CliText::tr("no"),
                          formatBytes(t.bytes) };
        if (!stats.isEmpty()) {
            const TensorStats& s = stats[i];
            row << number(s.min) << number(s.max) << number(s.mean) << number(s.std) << QString::number(s.nanCount)
                << QString::number(s.infCount);
        }
        rows << row;
    }
    return table(rows);
}

QString modulePathText(const QString& path)
{
    return path.isEmpty() ? QStringLiteral("<root>") : path;
}

} // namespace

QString snapshotText(const ModelSnapshot& s, const QList<TensorStats>& parameterStats,
                     const QList<TensorStats>& bufferStats)
{
    const ArchiveInfo& a = s.archive;
    QString out;
    out += CliText::tr("Archive      %1\n").arg(a.path);
    out += CliText::tr("Size         %1, file format version %2 (libtorch %3 reads up to %4)\n")
               .arg(formatBytes(a.fileSize))
               .arg(a.formatVersion)
               .arg(a.libtorchVersion)
               .arg(a.maxFormatVersion);
    out += CliText::tr("Entries      %1 in '%2/'\n").arg(a.entries.size()).arg(a.prefix);
    if (!a.openedOn.isEmpty())
        out += CliText::tr("Device       saved on %1, opened on %2\n")
                   .arg(a.savedOn.join(QLatin1String(", ")), a.openedOn);
    else if (!a.savedOn.isEmpty())
        out += CliText::tr("Device       saved on %1\n").arg(a.savedOn.join(QLatin1String(", ")));
    QStringList extras;
    for (qsizetype i = 0; i < a.extraFiles.size(); ++i)
        extras << QStringLiteral("%1 (%2)").arg(a.extraFiles[i], formatBytes(a.extraFileSizes.value(i)));
    out += CliText::tr("Extra files  %1\n")
               .arg(extras.isEmpty() ? CliText::tr("none") : extras.join(QLatin1String(", ")));
    out += CliText::tr("Parameters   %1 tensors, %2 elements, %3\n")
               .arg(s.parameters.size())
               .arg(formatCount(a.parameterCount))
               .arg(formatBytes(a.parameterBytes));
    out += CliText::tr("Buffers      %1 tensors, %2\n").arg(s.buffers.size()).arg(formatBytes(a.bufferBytes));

    out += CliText::tr("\nModules (%1)\n").arg(s.modules.size());
    QList<QStringList> rows;
    for (const auto& m : s.modules)
        rows << QStringList { QString(m.depth * 2, QLatin1Char(' ')) + modulePathText(m.path), m.type,
                              m.training ? CliText::tr("train") : CliText::tr("eval") };
    out += table(rows);

    out += CliText::tr("\nParameters (%1)\n").arg(s.parameters.size());
    if (!s.parameters.isEmpty())
        out += tensorRows(s.parameters, parameterStats);
    out += CliText::tr("\nBuffers (%1)\n").arg(s.buffers.size());
    if (!s.buffers.isEmpty())
        out += tensorRows(s.buffers, bufferStats);

    out += CliText::tr("\nAttributes (%1)\n").arg(s.attributes.size());
    rows.clear();
    for (const auto& attr : s.attributes)
        rows << QStringList { attr.module.isEmpty() ? attr.name : attr.module + QLatin1Char('.') + attr.name, attr.type,
                              attr.preview };
    out += table(rows);

    out += CliText::tr("\nMethods (%1)\n").arg(s.methods.size());
    rows.clear();
    for (const auto& m : s.methods)
        rows << QStringList { modulePathText(m.module), m.schema };
    out += table(rows);
    return out;
}

} // namespace jitscope
