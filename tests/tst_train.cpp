// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Training steps on a loaded module: learning, freezing, the NaN guard, cancel, mode effects,
// saving safely (and a save that cannot happen), reverting, and the CLI.
#include "common/usererror.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <optional>

using namespace jitscope;

class TestTrain : public QObject
{
    Q_OBJECT

    static TrainRequest regression(int steps)
    {
        TrainRequest r;
        r.inputs = { QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_x.npy"))) };
        r.target = QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_y.npy")));
        r.loss = QStringLiteral("mse");
        r.optimizer = QStringLiteral("adam");
        r.lr = 0.01;
        r.steps = steps;
        return r;
    }

    // A tensor's values through the history grammar: invoke an identity-free read via slices.
    static QVector<double> values(ModelSession& s, const QString& parameter)
    {
        return s.tensorSlice({ TensorRef::parameter(parameter), {}, 4096, 4096 }).wait().values;
    }

    static QString errorOf(const std::function<void()>& f) { return testutil::errorOf(f); }

private Q_SLOTS:
    void learnsARegression()
    {
        ModelSession s;
        s.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
        QVERIFY(!s.isModified().wait());
        int seen = 0;
        const TrainResult result = s.train(regression(200)).onProgress([&](const TrainStep&) { ++seen; }).wait();
        QCOMPARE(result.steps.size(), 200);
        QCOMPARE(seen, 200);
        QVERIFY(!result.diverged && !result.cancelled);
        const double first = result.steps.first().loss, last = result.finalLoss();
        QVERIFY2(last * 10 <= first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
        QVERIFY(result.steps.first().gradNorm > 0);
        QCOMPARE(result.steps.first().parameterNorms.size(), 4); // hidden/out weight and bias
        QCOMPARE(result.trainedParameters, 4);
        QVERIFY(s.isModified().wait());
        // Mini-batches of 16 from the 64 rows, and the method that returns its own loss.
        TrainRequest batched = regression(20);
        batched.batchSize = 16;
        QCOMPARE(s.train(batched).wait().steps.size(), 20);
        TrainRequest own = regression(5);
        own.method = QStringLiteral("loss");
        own.inputs << own.target;
        own.target.clear();
        own.loss = QStringLiteral("method");
        own.optimizer = QStringLiteral("sgd");
        own.momentum = 0.9;
        own.nesterov = true;
        QCOMPARE(s.train(own).wait().steps.size(), 5);
    }

    void frozenParametersStayBitIdentical()
    {
        ModelSession s;
        s.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
        const QVector<double> hiddenBefore = values(s, QStringLiteral("hidden.weight"));
        const QVector<double> outBefore = values(s, QStringLiteral("out.weight"));
        TrainRequest r = regression(30);
        r.freeze = { QStringLiteral("hidden") };
        const TrainResult result = s.train(r).wait();
        QCOMPARE(result.frozenParameters, 2);
        QCOMPARE(result.trainedParameters, 2);
        QCOMPARE(values(s, QStringLiteral("hidden.weight")), hiddenBefore);
        QVERIFY(values(s, QStringLiteral("out.weight")) != outBefore);
        // Freezing everything leaves nothing to train: said, not attempted.
        r.freeze = { QStringLiteral("hidden"), QStringLiteral("out") };
        QVERIFY(errorOf([&] { s.train(r).wait(); }).contains(QLatin1String("Nothing to train")));
        // After training, frozen parameters ask for gradients again as before.
        QVERIFY(s.snapshot()->parameters.first().requiresGrad);
    }

    void divergenceStopsBeforeTheBadStep()
    {
        ModelSession s;
        s.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
        TrainRequest r = regression(50);
        r.optimizer = QStringLiteral("sgd");
        r.lr = 1e18;
        const TrainResult result = s.train(r).wait();
        QVERIFY(result.diverged);
        QVERIFY(result.steps.size() < 50);
        QVERIFY2(result.message.contains(QLatin1String("NaN")) || result.message.contains(QLatin1String("Inf")),
                 qPrintable(result.message));
        // The weights are those from before the failing step: the same as a run that stops
        // just before it (training is deterministic for the same seed and data).
        ModelSession again;
        again.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
        if (!result.steps.isEmpty()) {
            r.steps = int(result.steps.size());
            const TrainResult clean = again.train(r).wait();
            QVERIFY(!clean.diverged);
        }
        for (const QString& name : { QStringLiteral("hidden.weight"), QStringLiteral("out.bias") })
            QCOMPARE(values(s, name), values(again, name));
    }

    void cancelStopsAfterTheCurrentStep()
    {
        ModelSession s;
        s.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
        std::optional<TrainResult> done;
        s.train(regression(100000))
            .tag(QStringLiteral("train"))
            .onProgress([&](const TrainStep& step) {
                if (step.step == 3)
                    s.stop(this, QStringLiteral("train"));
            })
            .then(this, [&](const TrainResult& result) { done = result; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
        const TrainResult result = *done;
        QVERIFY(result.cancelled);
        QVERIFY(result.steps.size() >= 3 && result.steps.size() < 100000);
        QVERIFY(result.message.contains(QLatin1String("Stopped after")));
    }

    void closingTheSessionStopsTraining()
    {
        std::atomic<int> steps { 0 };
        {
            ModelSession s;
            s.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
            s.train(regression(100000))
                .onProgress([&](const TrainStep&) { ++steps; })
                .then(this, [](const TrainResult&) { QFAIL("a closed session answered"); });
            QTRY_VERIFY_WITH_TIMEOUT(steps.load() > 0, 60000);
        } // ~ModelSession: training stops after the current step, and the thread is joined
        QVERIFY(steps.load() < 100000);
        // The worker is joined: whatever it posted before is in the queue now, and is dropped.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    void trainAndEvalModes()
    {
        // conv_net has BatchNorm: training in train mode moves its running mean, in eval mode not.
        ModelSession s;
        s.open(testutil::example(QStringLiteral("conv_net"))).wait();
        TrainRequest r;
        r.inputs = { QStringLiteral("randn(4, 3, 16, 16)") };
        r.target = QStringLiteral("tensor([0, 1, 2, 1])");
        r.loss = QStringLiteral("cross_entropy");
        r.optimizer = QStringLiteral("sgd");
        r.lr = 0.1;
        r.steps = 2;
        auto runningMean = [&] {
            return s.tensorSlice({ TensorRef::buffer(QStringLiteral("features.1.running_mean")), {}, 64, 64 })
                .wait()
                .values;
        };
        s.setTraining(false).wait();
        const QVector<double> before = runningMean();
        s.train(r).wait();
        QCOMPARE(runningMean(), before);
        s.setTraining(true).wait();
        s.train(r).wait();
        QVERIFY(runningMean() != before);
    }

    void saveReloadAndRevert()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("mlp.pt"));
        QVERIFY(QFile::copy(testutil::fixture(QStringLiteral("mlp.pt")), copy));
        ModelSession s;
        s.open(copy).wait();
        const QVector<double> loaded = values(s, QStringLiteral("out.weight"));
        s.train(regression(20)).wait();
        const QVector<double> trained = values(s, QStringLiteral("out.weight"));
        // Never over the open archive without asking; elsewhere, with its extra files.
        QVERIFY(errorOf([&] { s.save(copy).wait(); }).contains(QLatin1String("needs your confirmation")));
        const QString saved = dir.filePath(QStringLiteral("trained.pt"));
        s.save(saved).wait();
        QVERIFY(!s.isModified().wait());
        ModelSession reloaded;
        const SnapshotPtr snapshot = reloaded.open(saved).wait();
        QCOMPARE(values(reloaded, QStringLiteral("out.weight")), trained);
        QVERIFY(snapshot->archive.extraFiles.contains(QStringLiteral("producer.txt")));
        QVERIFY(snapshot->method(QString(), QStringLiteral("loss")));
        // The same outputs from the saved archive as from the trained module.
        InvokeRequest call;
        call.method = QStringLiteral("forward");
        call.arguments = { QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_x.npy"))) };
        call.maxValues = -1;
        QCOMPARE(reloaded.invoke(call).wait().outputs.values, s.invoke(call).wait().outputs.values);
        // And Python's torch loads it with the trained weights and the same methods.
        if (QFile::exists(QStringLiteral("/usr/bin/python3"))) {
            QProcess python;
            python.start(QStringLiteral("/usr/bin/python3"),
                         { QStringLiteral("-c"),
                           QStringLiteral("import sys, torch\n"
                                          "m = torch.jit.load(sys.argv[1])\n"
                                          "print(hasattr(m, 'loss'), ' '.join(repr(v) for v in "
                                          "m.out.weight.detach().flatten().tolist()))\n"),
                           saved });
            QVERIFY(python.waitForFinished(120000));
            if (python.exitCode() == 0) {
                const QStringList words
                    = QString::fromUtf8(python.readAllStandardOutput()).split(u' ', Qt::SkipEmptyParts);
                QCOMPARE(words.value(0), QStringLiteral("True"));
                QCOMPARE(words.size() - 1, trained.size());
                for (int i = 0; i < trained.size(); ++i)
                    QCOMPARE(words[i + 1].trimmed().toDouble(), trained[i]);
            } else {
                qWarning("python3 cannot load torch here; the Python check is left out");
            }
        }
        // A save that cannot happen leaves the existing file intact and says why.
        const QByteArray original = [&] {
            QFile f(saved);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(errorOf([&] {
                    s.save(dir.filePath(QStringLiteral("missing/x.pt"))).wait();
                }).contains(QLatin1String("cannot be written")));
        QVERIFY(errorOf([&] {
                    s.save(QStringLiteral("/proc/jitscope.pt")).wait();
                }).contains(QLatin1String("cannot be written")));
        QFile check(saved);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), original);
        // Overwriting the open archive when asked to; then revert reads it back.
        s.save(copy, true).wait();
        s.train(regression(5)).wait();
        s.revert().wait();
        QCOMPARE(values(s, QStringLiteral("out.weight")), trained);
        QVERIFY(values(s, QStringLiteral("out.weight")) != loaded);
    }

    void badRequests()
    {
        ModelSession s;
        s.open(testutil::fixture(QStringLiteral("mlp.pt"))).wait();
        TrainRequest r = regression(1);
        r.loss = QStringLiteral("hinge");
        QVERIFY(errorOf([&] { s.train(r).wait(); }).contains(QLatin1String("Unknown loss 'hinge'")));
        r = regression(1);
        r.lr = -1;
        QVERIFY(errorOf([&] { s.train(r).wait(); }).contains(QLatin1String("learning rate")));
        r = regression(1);
        r.target = QStringLiteral("zeros(3)");
        QVERIFY(errorOf([&] { s.train(r).wait(); }).contains(QLatin1String("differs from the output's [64, 1]")));
        QCOMPARE(s.train(regression(2)).wait().steps.size(), 2); // still usable
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.pt"));
        const QStringList common {
            QStringLiteral("train"),
            testutil::fixture(QStringLiteral("mlp.pt")),
            QStringLiteral("--input"),
            QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_x.npy"))),
            QStringLiteral("--target"),
            QStringLiteral("load(\"%1\")").arg(testutil::fixture(QStringLiteral("regression_y.npy"))),
            QStringLiteral("--loss"),
            QStringLiteral("mse"),
            QStringLiteral("--optimizer")
        };
        QProcess p;
        p.start(QStringLiteral(JITSCOPE_CLI),
                common
                    + QStringList { QStringLiteral("adam"), QStringLiteral("--lr"), QStringLiteral("0.01"),
                                    QStringLiteral("--steps"), QStringLiteral("50"), QStringLiteral("--json"),
                                    QStringLiteral("-o"), out });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(json[QStringLiteral("steps")].toArray().size(), 50);
        QVERIFY(json[QStringLiteral("final_loss")].toDouble()
                < json[QStringLiteral("steps")][0][QStringLiteral("loss")].toDouble());
        QCOMPARE(json[QStringLiteral("saved")].toString(), out);
        QVERIFY(QFile::exists(out));
        // Diverging: exit 1, NaN or Inf named, nothing written.
        const QString bad = dir.filePath(QStringLiteral("bad.pt"));
        p.start(QStringLiteral(JITSCOPE_CLI),
                common
                    + QStringList { QStringLiteral("sgd"), QStringLiteral("--lr"), QStringLiteral("1e18"),
                                    QStringLiteral("--steps"), QStringLiteral("50"), QStringLiteral("-o"), bad });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("NaN")) || err.contains(QLatin1String("Inf")), qPrintable(err));
        QVERIFY(!QFile::exists(bad));
        // Usage errors.
        p.start(QStringLiteral(JITSCOPE_CLI), { QStringLiteral("train"), testutil::fixture(QStringLiteral("mlp.pt")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTrain)
#include "tst_train.moc"
