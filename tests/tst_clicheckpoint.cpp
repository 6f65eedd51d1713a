// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// jitscope-cli on checkpoints: info, diff of two checkpoints or of an archive and a checkpoint,
// and load-weights, whose archive computes what Python's load_state_dict gives.
#include "clirun.h"
#include "hostilefiles.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using testutil::cli;
using testutil::Run;

class TestCliCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The attack files at full width through the CLI, under 3 GB of address space (jitscope-cli
    // itself takes about 1.5 GB: libtorch, and the engine thread's 256 MB stack): each refused or
    // read in one line or one answer, never std::bad_alloc.
    void hostileFilesWithinBudget()
    {
        QTemporaryDir dir;
        const qint64 budget = qint64(3) << 30;
        const QString shared = dir.filePath(QStringLiteral("shared.safetensors"));
        QVERIFY(hostile::writeFile(shared, hostile::sharedRangeSafetensors(1'000'000)));
        const QString many = dir.filePath(QStringLiteral("many.safetensors"));
        QVERIFY(hostile::writeFile(many, hostile::contiguousSafetensors(100'000)));
        const QString past = dir.filePath(QStringLiteral("past.safetensors"));
        QVERIFY(hostile::writeFile(past, hostile::le(1000, 8) + "{\"a\":1}"));
        const QString laughs = dir.filePath(QStringLiteral("laughs.pt"));
        QVERIFY(hostile::writeFile(laughs, hostile::checkpointZip(hostile::laughsPickle(30))));
        for (const QString& file : { shared, past }) {
            const Run r = cli({ QStringLiteral("info"), file }, budget);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("the safetensors file breaks its format")), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
        for (const QStringList& args :
             QList<QStringList> { { QStringLiteral("info"), many },
                                  { QStringLiteral("info"), many, QStringLiteral("--json") },
                                  { QStringLiteral("info"), many, QStringLiteral("--stats") },
                                  { QStringLiteral("diff"), many, many },
                                  { QStringLiteral("info"), laughs, QStringLiteral("--json") } }) {
            const Run r = cli(args, budget);
            QVERIFY2(r.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
        }
    }

    void checkpointInfo()
    {
        Run r = cli({ QStringLiteral("info"), testutil::fixture(QStringLiteral("checkpoint.pt")),
                      QStringLiteral("--json"), QStringLiteral("--stats") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("checkpoint")).toObject().value(QStringLiteral("format")).toString(),
                 QStringLiteral("zip"));
        const QJsonArray tensors = json.value(QStringLiteral("tensors")).toArray();
        QCOMPARE(tensors.size(), 31);
        const QJsonObject first = tensors[0].toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("model.features.0.weight"));
        QCOMPARE(first.value(QStringLiteral("stats")).toObject().value(QStringLiteral("numel")).toInt(), 216);
        QCOMPARE(json.value(QStringLiteral("structure")).toObject().value(QStringLiteral("children")).toArray().size(),
                 6);
        r = cli({ QStringLiteral("info"), testutil::fixture(QStringLiteral("weights.safetensors")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Format       safetensors")));
        QVERIFY(r.out.contains(QLatin1String("features.0.weight")));
        r = cli({ QStringLiteral("info"), testutil::fixture(QStringLiteral("checkpoint_legacy.pt")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("legacy pickle")));
        // diff of two checkpoints: their tensors by name.
        r = cli({ QStringLiteral("diff"), testutil::fixture(QStringLiteral("checkpoint.pt")),
                  testutil::fixture(QStringLiteral("checkpoint_legacy.pt")), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject diff = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(diff.value(QStringLiteral("kind")).toString(), QStringLiteral("checkpoints"));
        QCOMPARE(diff.value(QStringLiteral("summary")).toObject().value(QStringLiteral("same")).toInt(), 31);
        // A checkpoint against an archive: the archive's parameters and buffers matched by name.
        r = cli({ QStringLiteral("diff"), testutil::fixture(QStringLiteral("checkpoint.pt")),
                  testutil::example(QStringLiteral("conv_net")), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject mixed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(mixed.value(QStringLiteral("kind")).toString(), QStringLiteral("archive_and_checkpoint"));
        QVERIFY(mixed.value(QStringLiteral("left"))
                    .toObject()
                    .value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QLatin1String("checkpoint.pt")));
        QCOMPARE(mixed.value(QStringLiteral("weights")).toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("model"));
        // conv_net's weights are its seed's; the checkpoint's were trained one step: they differ.
        QCOMPARE(mixed.value(QStringLiteral("summary")).toObject().value(QStringLiteral("different")).toInt(), 9);
        r = cli({ QStringLiteral("diff"), testutil::example(QStringLiteral("conv_net")),
                  testutil::fixture(QStringLiteral("checkpoint.pt")), QStringLiteral("--inputs"),
                  QStringLiteral("randn(1, 3, 8, 8)") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no code to run")), qPrintable(r.err));
    }

    // load-weights gives what Python's load_state_dict gives: the same outputs on the same input.
    void loadWeightsMatchesPython()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("loaded.pt"));
        Run r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("conv_net")),
                      testutil::fixture(QStringLiteral("checkpoint.pt")), QStringLiteral("-o"), out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Weights from 'model': 10 matched, 0 missing, 0 unexpected, 0 shape "
                                              "mismatches")),
                 qPrintable(r.out));
        const QJsonObject ref = testutil::reference(QStringLiteral("conv_net_checkpoint"));
        r = cli({ QStringLiteral("invoke"), out, QStringLiteral("forward"),
                  QStringLiteral("load(\"%1\")").arg(testutil::fixture(ref.value(QStringLiteral("input")).toString())),
                  QStringLiteral("--eval"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray values = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("outputs"))
                                      .toObject()
                                      .value(QStringLiteral("values"))
                                      .toArray();
        QList<double> expected;
        for (const QJsonValue row : ref.value(QStringLiteral("output")).toArray())
            for (const QJsonValue v : row.toArray())
                expected << v.toDouble();
        QCOMPARE(values.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(values[i].toDouble() - expected[i]) < 1e-5, qPrintable(r.out));
        // The written archive now holds exactly the checkpoint's model.
        r = cli({ QStringLiteral("diff"), out, testutil::fixture(QStringLiteral("checkpoint.pt")),
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8())
                    .object()
                    .value(QStringLiteral("summary"))
                    .toObject()
                    .value(QStringLiteral("identical"))
                    .toBool());
    }

    // A strict load with keys missing, or a file with no matching key, exits 1 and writes nothing.
    void loadWeightsRefusals()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("loaded.pt"));
        Run r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("conv_net")),
                      testutil::fixture(QStringLiteral("weights.safetensors")), QStringLiteral("--strict"),
                      QStringLiteral("-o"), out, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
        QVERIFY2(r.err.contains(QLatin1String("strict")), qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("matched")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("missing")).toInt(), 9);
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("unexpected")).toInt(), 2);
        QVERIFY(json.value(QStringLiteral("written")).isNull());
        // Not strict: the one match is loaded.
        r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("conv_net")),
                  testutil::fixture(QStringLiteral("weights.safetensors")), QStringLiteral("-o"), out });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(out));
        // Nothing in common: refused.
        r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("my_module")),
                  testutil::fixture(QStringLiteral("checkpoint.pt")), QStringLiteral("-o"),
                  dir.filePath(QStringLiteral("none.pt")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("no tensor")), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pt"))));
        // A source that is not there names the ones that are.
        r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("conv_net")),
                  testutil::fixture(QStringLiteral("checkpoint.pt")), QStringLiteral("--source"),
                  QStringLiteral("state_dict"), QStringLiteral("-o"), out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("'model'")), qPrintable(r.err));
        // Arguments.
        r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("conv_net")),
                  testutil::fixture(QStringLiteral("checkpoint.pt")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("-o OUT.pt")));
        r = cli({ QStringLiteral("load-weights"), testutil::example(QStringLiteral("conv_net")),
                  testutil::example(QStringLiteral("my_module")), QStringLiteral("-o"), out });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("not a checkpoint")));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckpoint)
#include "tst_clicheckpoint.moc"
