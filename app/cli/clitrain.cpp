// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitrain.h"

#include "clioptions.h"
#include "commandline.h"
#include "common/usererror.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jitscope {

namespace {

struct CliTrainText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliTrain)
};

bool number(const Parsed& p, const QString& name, double* value)
{
    if (!p.values.contains(name))
        return true;
    bool ok = false;
    *value = p.values.value(name).toDouble(&ok);
    return ok;
}

bool whole(const Parsed& p, const QString& name, int* value)
{
    if (!p.values.contains(name))
        return true;
    bool ok = false;
    *value = p.values.value(name).toInt(&ok);
    return ok;
}

} // namespace

namespace {

// The request the options ask for; an empty string, or what is wrong with them.
QString requestFrom(const Parsed& p, TrainRequest& r)
{
    if (p.positional.size() != 1)
        return CliTrainText::tr("train needs one FILE.");
    if (!p.values.contains(QStringLiteral("output")))
        return CliTrainText::tr("missing -o OUT.pt: where the trained module goes.");
    r.module = p.values.value(QStringLiteral("module"));
    r.method = p.values.value(QStringLiteral("method"), r.method);
    r.inputs = p.lists.value(QStringLiteral("input"));
    r.target = p.values.value(QStringLiteral("target"));
    r.loss = p.values.value(QStringLiteral("loss"), r.loss);
    r.optimizer = p.values.value(QStringLiteral("optimizer"), r.optimizer);
    r.freeze = p.lists.value(QStringLiteral("freeze"));
    r.nesterov = p.flags.contains(QStringLiteral("nesterov"));
    r.shuffle = !p.flags.contains(QStringLiteral("no-shuffle"));
    int seed = 0;
    if (!number(p, QStringLiteral("lr"), &r.lr) || !number(p, QStringLiteral("momentum"), &r.momentum)
        || !number(p, QStringLiteral("weight-decay"), &r.weightDecay))
        return CliTrainText::tr("--lr, --momentum and --weight-decay take numbers.");
    if (!whole(p, QStringLiteral("steps"), &r.steps) || !whole(p, QStringLiteral("batch-size"), &r.batchSize)
        || !whole(p, QStringLiteral("seed"), &seed) || r.batchSize < 0)
        return CliTrainText::tr("--steps, --batch-size and --seed take whole numbers.");
    r.seed = quint64(seed);
    if (p.flags.contains(QStringLiteral("train")) && p.flags.contains(QStringLiteral("eval")))
        return CliTrainText::tr("--train and --eval exclude each other.");
    return {};
}

void printResult(const TrainResult& result, const QString& output, bool json, FILE* out)
{
    if (!json) {
        write(out,
              CliTrainText::tr("final loss %1 after %2 step(s); saved %3\n")
                  .arg(result.finalLoss(), 0, 'g', 6)
                  .arg(result.steps.size())
                  .arg(output));
        return;
    }
    QJsonArray steps;
    for (const TrainStep& s : result.steps)
        steps << QJsonObject { { QStringLiteral("step"), s.step },
                               { QStringLiteral("loss"), s.loss },
                               { QStringLiteral("grad_norm"), s.gradNorm },
                               { QStringLiteral("ms"), s.ms } };
    const QJsonObject root { { QStringLiteral("steps"), steps },
                             { QStringLiteral("final_loss"), result.finalLoss() },
                             { QStringLiteral("trained_parameters"), result.trainedParameters },
                             { QStringLiteral("frozen_parameters"), result.frozenParameters },
                             { QStringLiteral("saved"), output } };
    write(out, QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
}

} // namespace

int runTrainCommand(const QStringList& rawArgs, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("train");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, rawArgs, out, err, p))
        return *done;
    TrainRequest r;
    const QString problem = requestFrom(p, r);
    if (!problem.isEmpty())
        return usage(err, command, problem);
    const bool json = p.flags.contains(QStringLiteral("json"));
    const QString output = p.values.value(QStringLiteral("output"));
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        session.open(p.positional[0]).wait();
        if (p.flags.contains(QStringLiteral("train")) || p.flags.contains(QStringLiteral("eval")))
            session.setTraining(p.flags.contains(QStringLiteral("train"))).wait();
        if (p.values.contains(QStringLiteral("device")))
            session.moveTo(p.values.value(QStringLiteral("device")), QString()).wait();
        auto printStep = [&](const TrainStep& s) {
            if (!json)
                write(out,
                      QStringLiteral("step %1  loss %2  grad norm %3  %4 ms\n")
                          .arg(s.step)
                          .arg(s.loss, 0, 'g', 6)
                          .arg(s.gradNorm, 0, 'g', 6)
                          .arg(s.ms, 0, 'f', 2));
        };
        const TrainResult result = session.train(r).onProgress(printStep).wait();
        if (result.diverged) {
            write(err, QStringLiteral("jitscope-cli: %1 Nothing was written.\n").arg(result.message));
            return 1;
        }
        session.save(output).wait();
        printResult(result, output, json, out);
        return 0;
    });
}

} // namespace jitscope
