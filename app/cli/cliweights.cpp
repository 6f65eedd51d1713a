// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliweights.h"

#include "answers/snapshotjson.h"
#include "clioptions.h"
#include "commandline.h"
#include "common/usererror.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace jitscope {

namespace {

struct CliWeightsText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliWeights)
};

} // namespace

QString weightMatchText(const WeightMatch& match)
{
    using S = WeightMatchEntry::Status;
    QString t
        = CliWeightsText::tr("Weights from %1%2: %3\n")
              .arg(match.sourceText(),
                   match.prefix.isEmpty() ? QString() : CliWeightsText::tr(", keys without '%1'").arg(match.prefix),
                   match.summary());
    int changed = 0;
    double most = 0;
    for (const WeightMatchEntry& e : match.entries) {
        switch (e.status) {
        case S::Matched:
            if (e.maxAbsDiff && *e.maxAbsDiff != 0) {
                ++changed;
                most = std::isnan(most) || std::isnan(*e.maxAbsDiff) ? qQNaN() : std::max(most, *e.maxAbsDiff);
            }
            break;
        case S::Missing:
            t += CliWeightsText::tr("  missing         %1  %2 %3\n")
                     .arg(e.name, shapeText(e.moduleShape), e.moduleDtype);
            break;
        case S::Unexpected:
            t += CliWeightsText::tr("  unexpected      %1  %2 %3\n")
                     .arg(e.key, shapeText(e.checkpointShape), e.checkpointDtype);
            break;
        case S::ShapeMismatch:
            t += CliWeightsText::tr("  shape mismatch  %1  module %2, checkpoint %3\n")
                     .arg(e.name, shapeText(e.moduleShape), shapeText(e.checkpointShape));
            break;
        }
    }
    if (match.count(S::Matched) > 0)
        t += changed == 0 ? CliWeightsText::tr("The matched tensors hold the module's values already.\n")
                          : CliWeightsText::tr("%1 of the %2 matched tensors differ from the module's (max |Δ| %3).\n")
                                .arg(changed)
                                .arg(match.count(S::Matched))
                                .arg(most, 0, 'g', 6);
    return t;
}

QJsonObject weightMatchJson(const WeightMatch& match)
{
    using S = WeightMatchEntry::Status;
    QJsonArray entries;
    for (const WeightMatchEntry& e : match.entries) {
        QJsonObject o { { QStringLiteral("status"), WeightMatchEntry::statusName(e.status) } };
        if (e.status != S::Unexpected) {
            o.insert(QStringLiteral("name"), e.name);
            o.insert(QStringLiteral("kind"), e.isParameter ? QStringLiteral("parameter") : QStringLiteral("buffer"));
            o.insert(QStringLiteral("module_shape"), shapeToJson(e.moduleShape));
            o.insert(QStringLiteral("module_dtype"), e.moduleDtype);
        }
        if (e.status != S::Missing) {
            o.insert(QStringLiteral("key"), e.key);
            o.insert(QStringLiteral("checkpoint_shape"), shapeToJson(e.checkpointShape));
            o.insert(QStringLiteral("checkpoint_dtype"), e.checkpointDtype);
        }
        if (e.maxAbsDiff)
            o.insert(QStringLiteral("max_abs_diff"),
                     std::isnan(*e.maxAbsDiff) ? QJsonValue(QStringLiteral("nan")) : QJsonValue(*e.maxAbsDiff));
        entries << o;
    }
    return { { QStringLiteral("source"), match.source },
             { QStringLiteral("prefix"), match.prefix },
             { QStringLiteral("sources"), QJsonArray::fromStringList(match.sources) },
             { QStringLiteral("summary"),
               QJsonObject { { QStringLiteral("matched"), match.count(S::Matched) },
                             { QStringLiteral("missing"), match.count(S::Missing) },
                             { QStringLiteral("unexpected"), match.count(S::Unexpected) },
                             { QStringLiteral("shape_mismatch"), match.count(S::ShapeMismatch) } } },
             { QStringLiteral("entries"), entries } };
}

int runLoadWeightsCommand(const QStringList& rawArgs, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("load-weights");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, rawArgs, out, err, p))
        return *done;
    if (p.positional.size() != 2)
        return usage(err, command, CliWeightsText::tr("load-weights needs an ARCHIVE and a CHECKPOINT."));
    if (!p.values.contains(QStringLiteral("output")))
        return usage(err, command,
                     CliWeightsText::tr("missing -o OUT.pt: where the archive with the new weights goes."));
    WeightMatchOptions options;
    if (p.values.contains(QStringLiteral("prefix")))
        options.prefix = p.values.value(QStringLiteral("prefix"));
    if (p.values.contains(QStringLiteral("source")))
        options.source = p.values.value(QStringLiteral("source"));
    const bool strict = p.flags.contains(QStringLiteral("strict"));
    const bool json = p.flags.contains(QStringLiteral("json"));
    const QString archive = p.positional[0], checkpoint = p.positional[1];
    const QString output = p.values.value(QStringLiteral("output"));
    return reportErrors(err, [&]() -> int {
        if (!Checkpoint::looksLikeCheckpoint(checkpoint))
            throw UserError(CliWeightsText::tr("%1 is not a checkpoint (a torch.save file or a safetensors file); "
                                               "load-weights takes its weights from one.")
                                .arg(checkpoint));
        ModelSession session;
        const SnapshotPtr opened = session.open(archive).wait();
        if (opened->archive.isCheckpoint())
            throw UserError(CliWeightsText::tr("%1 is a checkpoint, not a TorchScript archive: load-weights puts "
                                               "a checkpoint's weights into an archive's module.")
                                .arg(archive));
        const WeightMatch match = session.matchWeights(checkpoint, options).wait();
        const QString refusal = match.refusal(strict);
        if (refusal.isEmpty()) {
            session.loadWeights(checkpoint, options, strict).wait();
            session.save(output).wait();
        }
        if (json) {
            QJsonObject root = weightMatchJson(match);
            root.insert(QStringLiteral("archive"), QFileInfo(archive).absoluteFilePath());
            root.insert(QStringLiteral("checkpoint"), QFileInfo(checkpoint).absoluteFilePath());
            root.insert(QStringLiteral("strict"), strict);
            root.insert(QStringLiteral("refusal"), refusal.isEmpty() ? QJsonValue() : QJsonValue(refusal));
            root.insert(QStringLiteral("written"), refusal.isEmpty() ? QJsonValue(output) : QJsonValue());
            write(out, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        } else {
            write(out, weightMatchText(match));
            if (refusal.isEmpty())
                write(out, CliWeightsText::tr("Wrote %1\n").arg(output));
        }
        if (!refusal.isEmpty()) {
            write(err,
                  errorText(CliWeightsText::tr("the weights were not loaded: %1. Nothing was written.").arg(refusal)));
            return 1;
        }
        return 0;
    });
}

} // namespace jitscope
