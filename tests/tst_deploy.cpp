// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Ready to ship (README, "Deploy"): the transforms, the lite interpreter export, the operator
// report, the lints and the warm-up, against PyTorch's own answers (tests/fixtures/reference/
// deploy.json, written by generate_fixtures.py).
#include "clirun.h"
#include "hostilefiles.h"
#include "testutil.h"

#include "archive/litebytecode.h"
#include "common/usererror.h"
#include "session/modelsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace jitscope;
using namespace testutil;

namespace {

QString input()
{
    return QStringLiteral("load(\"%1\")").arg(fixture(QStringLiteral("conv_input.npy")));
}

QJsonObject answers()
{
    return reference(QStringLiteral("deploy"));
}

// The values `path`'s forward gives on conv_input.npy.
QList<double> forwardOf(const QString& path)
{
    ModelSession session;
    session.open(path).wait();
    InvokeRequest request;
    request.method = QStringLiteral("forward");
    request.arguments = { input() };
    return session.invoke(request).wait().outputs.values;
}

void compareValues(const QList<double>& got, const QJsonArray& expected, double tolerance)
{
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QVERIFY2(
            std::abs(got[i] - expected[i].toDouble()) <= tolerance,
            qPrintable(
                QStringLiteral("value %1: %2 against PyTorch's %3").arg(i).arg(got[i]).arg(expected[i].toDouble())));
}

QStringList rulesOf(const LintReport& report)
{
    QStringList rules;
    for (const LintFinding& f : report.findings)
        if (!rules.contains(f.rule))
            rules << f.rule;
    rules.sort();
    return rules;
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!answers().isEmpty(),
                 "tests/fixtures/reference/deploy.json is missing: run generate_fixtures.py --deploy");
    }

    void transformsGivePythonsOutputs_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("kept");
        QTest::newRow("freeze") << int(DeployTransform::Freeze) << true;
        // libtorch 1.13 saves optimize_for_inference's MKLDNN constants but cannot load them again.
        QTest::newRow("inference") << int(DeployTransform::Inference) << false;
        QTest::newRow("mobile") << int(DeployTransform::Mobile) << true;
    }

    void transformsGivePythonsOutputs()
    {
        QFETCH(int, kind);
        QFETCH(bool, kept);
        QTemporaryDir dir;
        ModelSession session;
        session.open(example(QStringLiteral("conv_net"))).wait();
        TransformRequest request;
        request.kind = DeployTransform(kind);
        request.output = dir.filePath(QStringLiteral("out.pt"));
        request.inputs = { input() };
        request.calls = 3;
        const TransformResult r = session.transform(request).wait();
        QVERIFY(r.timed);
        QVERIFY2(r.outputsMatch, qPrintable(r.outputNote));
        QCOMPARE(r.original.ms.size(), 3);
        QCOMPARE(r.transformed.ms.size(), 3);
        QCOMPARE(r.parametersBefore, 6);
        QCOMPARE(r.parametersAfter, 0); // frozen: every parameter a constant
        QVERIFY(r.nodesAfter < r.nodesBefore);
        QVERIFY(!r.changedOps.isEmpty());
        QCOMPARE(r.output.isEmpty(), !kept);
        QCOMPARE(QFile::exists(request.output), kept);
        if (kept)
            compareValues(forwardOf(r.output), answers().value(TransformRequest::name(request.kind)).toArray(), 1e-5);
        else
            QVERIFY(r.saveNote.contains(QLatin1String("MKLDNN")));
        // The open module is as it was: still its six parameters, still the original's outputs.
        QCOMPARE(session.snapshot()->parameters.size(), 6);
    }

    void freezeRefusesATrainingModule()
    {
        QTemporaryDir dir;
        ModelSession session;
        session.open(fixture(QStringLiteral("lint_train.pt"))).wait();
        TransformRequest request;
        request.output = dir.filePath(QStringLiteral("out.pt"));
        const QString error = errorOf([&] { session.transform(request).wait(); });
        QVERIFY2(error.contains(QLatin1String("eval mode")), qPrintable(error));
        QVERIFY(!QFile::exists(request.output));
        QVERIFY(!QFile::exists(request.output + QStringLiteral(".part")));
        session.setTraining(false).wait();
        QCOMPARE(session.transform(request).wait().output, request.output);
    }

    void opsEqualExportOpnames_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : answers().value(QStringLiteral("opnames")).toObject().keys())
            QTest::newRow(qPrintable(id)) << id;
    }

    void opsEqualExportOpnames()
    {
        QFETCH(QString, id);
        ModelSession session;
        session.open(example(id)).wait();
        const OpsReport r = session.operators().wait();
        QStringList names;
        for (const OperatorUse& op : r.operators)
            names << op.name;
        QStringList expected;
        for (const QJsonValue& v : answers().value(QStringLiteral("opnames")).toObject().value(id).toArray())
            expected << v.toString();
        QCOMPARE(names, expected);
        QCOMPARE(r.exportBytecodeVersion, answers().value(QStringLiteral("bytecode_version")).toInteger());
        QCOMPARE(r.yaml().count(QLatin1String("\n- ")) + 1, expected.size());
        QVERIFY(r.minimumRuntime.contains(QString::number(r.fileFormatVersion)));
    }

    void liteOutputsAgree_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("current") << 0;
        QTest::newRow("backported to 5") << 5;
    }

    void liteOutputsAgree()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        ModelSession session;
        session.open(example(QStringLiteral("conv_net"))).wait();
        LiteRequest request;
        request.output = dir.filePath(QStringLiteral("conv.ptl"));
        request.bytecodeVersion = version;
        request.inputs = { input() };
        const LiteResult r = session.exportLite(request).wait();
        QVERIFY(r.ran);
        QVERIFY2(r.outputsMatch, qPrintable(r.note));
        QCOMPARE(r.methods, QStringList { QStringLiteral("forward") });
        const qint64 expected = version ? answers().value(QStringLiteral("backported_bytecode_version")).toInteger()
                                        : answers().value(QStringLiteral("bytecode_version")).toInteger();
        QCOMPARE(r.bytecodeVersion, expected);
        QCOMPARE(r.backported, version != 0);
        // The .ptl opens as an archive too; its report reads the bytecode version it holds.
        session.open(r.output).wait();
        QCOMPARE(session.operators().wait().bytecodeVersion, expected);
    }

    void bytecodeReadWithoutLibtorch()
    {
        QTemporaryDir dir;
        ModelSession session;
        session.open(example(QStringLiteral("conv_net"))).wait();
        for (const int version : { 0, 5 }) {
            LiteRequest request;
            request.output = dir.filePath(QStringLiteral("conv_%1.ptl").arg(version));
            request.bytecodeVersion = version;
            session.exportLite(request).wait();
            const LiteBytecode code = LiteBytecode::read(request.output);
            QCOMPARE(code.version, version ? 5 : 8);
            QCOMPARE(code.methods.size(), 1);
            const BytecodeMethod& forward = code.methods.first();
            QCOMPARE(forward.name, QStringLiteral("__torch__.models.ConvNet.forward"));
            QCOMPARE(forward.arguments,
                     (QStringList { QStringLiteral("self: __torch__.models.ConvNet"), QStringLiteral("x: Tensor") }));
            // Its operators are those export_opnames lists (PyTorch's answer), each called.
            QStringList names;
            for (const BytecodeOperator& op : forward.operators)
                names << op.fullName();
            names.sort();
            names.removeDuplicates();
            QStringList expected;
            for (const QJsonValue& v :
                 answers().value(QStringLiteral("opnames")).toObject().value(QStringLiteral("conv_net")).toArray())
                expected << v.toString();
            // Bytecode 8 makes prim::RaiseException and aten::format instructions of their own; older
            // versions call them as operators.
            if (version == 0)
                QCOMPARE(names, expected);
            for (const QString& op : expected)
                QVERIFY2(names.contains(op), qPrintable(op));
            int calls = 0;
            for (const BytecodeInstruction& i : forward.instructions)
                calls += i.op == QLatin1String("OP") || i.op == QLatin1String("OPN") ? 1 : 0;
            QVERIFY(calls >= forward.operators.size());
            QCOMPARE(forward.operators.first().arguments >= 0, version == 0); // counts since bytecode 6
            QVERIFY(forward.registerSize > 0);
            const QString listing = code.listing();
            QVERIFY2(listing.contains(QLatin1String("# aten::conv2d")), qPrintable(listing.left(400)));
            QVERIFY(!code.listingFor(QStringLiteral("__torch__.models.ConvNet"), QStringLiteral("forward")).isEmpty());
            QVERIFY(code.listingFor(QStringLiteral("__torch__.models.Head"), QString()).isEmpty());
        }
        QCOMPARE(LiteBytecode::read(example(QStringLiteral("conv_net"))).version, 0);
        const Run r
            = cli({ QStringLiteral("code"), dir.filePath(QStringLiteral("conv_5.ptl")), QStringLiteral("--bytecode") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("LOADC")));
        const Run none
            = cli({ QStringLiteral("code"), example(QStringLiteral("conv_net")), QStringLiteral("--bytecode") });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QLatin1String("holds no bytecode")));
    }

    void hostileBytecodeIsRefusedWithinABudget()
    {
        // One instruction, its op name a 60 KB string, named 200,000 times by memo reference: a
        // 500 KB file that would make 12 GB of text if each reference were read anew.
        QByteArray p("\x80\x02(K\x08(", 6);
        p += hostile::shortString("__torch__.M.forward") + "((" + hostile::shortString("instructions") + "]((" + "X"
            + hostile::le(60000, 4) + QByteArray(60000, 'a') + QByteArray("q\x01K\x00K\x00tq\x02", 9);
        for (int i = 0; i < 200000; ++i)
            p += QByteArray("h\x02", 2);
        p += "etttt.";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("laughs.ptl"));
        QVERIFY(hostile::writeFile(path, hostile::zip({ { "laughs/bytecode.pkl", p } })));
        const QString error = errorOf([&] { LiteBytecode::read(path); });
        QVERIFY2(error.contains(QLatin1String("more often than any bytecode")), qPrintable(error));
        QCOMPARE(LiteBytecode::read(path, true).version, 8); // the version alone is cheap
        // Not at the archive's top: an extra file of that name is not bytecode.
        QVERIFY(!LiteBytecode::isBytecodeEntry(QStringLiteral("model/extra/bytecode.pkl")));
        QVERIFY(LiteBytecode::isBytecodeEntry(QStringLiteral("model/bytecode.pkl")));
    }

    void liteRefusesAVersionItCannotWrite()
    {
        QTemporaryDir dir;
        ModelSession session;
        session.open(example(QStringLiteral("conv_net"))).wait();
        LiteRequest request;
        request.output = dir.filePath(QStringLiteral("conv.ptl"));
        request.bytecodeVersion = 3;
        const QString error = errorOf([&] { session.exportLite(request).wait(); });
        QVERIFY2(error.contains(QLatin1String("backports to versions 4")), qPrintable(error));
        QVERIFY(!QFile::exists(request.output));
    }

    void targetCheck()
    {
        ModelSession session;
        session.open(example(QStringLiteral("conv_net"))).wait();
        const OpsReport r = session.operators().wait();
        DeployTarget target;
        target.bytecodeVersion = 5;
        TargetCheck check = checkTarget(r, target);
        QVERIFY(!check.ok);
        QVERIFY(check.problems.first().contains(QLatin1String("--bytecode-version 5")));
        target.bytecodeVersion = 8;
        for (const OperatorUse& op : r.operators)
            if (op.name != QLatin1String("aten::conv2d"))
                target.operators << op.name;
        check = checkTarget(r, target);
        QVERIFY(!check.ok);
        QCOMPARE(check.missingOperators, QStringList { QStringLiteral("aten::conv2d") });
        target.operators << QStringLiteral("aten::conv2d");
        QVERIFY(checkTarget(r, target).ok);
    }

    void operatorListFiles()
    {
        QTemporaryDir dir;
        auto written = [&](const QByteArray& text) {
            const QString path = dir.filePath(QStringLiteral("ops.yaml"));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return path;
        };
        const QStringList expected { QStringLiteral("aten::add.Tensor"), QStringLiteral("aten::conv2d") };
        QCOMPARE(DeployTarget::readOperatorList(written("- aten::add.Tensor\n- aten::conv2d # comment\n")), expected);
        QCOMPARE(DeployTarget::readOperatorList(
                     written("aten::add.Tensor:\n  is_used_for_training: false\n'aten::conv2d':\n  debug_info: []\n")),
                 expected);
        QCOMPARE(DeployTarget::readOperatorList(written("aten::add.Tensor\naten::conv2d\n")), expected);
        // PyTorch's selected_operators.yaml: the operators nested under "operators:", with options.
        QCOMPARE(DeployTarget::readOperatorList(
                     written("build_features: []\ninclude_all_operators: false\noperators:\n  aten::add.Tensor:\n"
                             "    is_root_operator: true\n    debug_info:\n    - aten::x.y\n  aten::conv2d:\n"
                             "    is_used_for_training: false\n")),
                 expected);
        QVERIFY(errorOf([&] {
                    DeployTarget::readOperatorList(written("hello world\n"));
                }).contains(QLatin1String("names no operator")));
        QVERIFY(!errorOf([&] { DeployTarget::readOperatorList(dir.filePath(QStringLiteral("missing"))); }).isEmpty());
    }

    void lintsFindWhatEachFixtureHas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("twin");
        QTest::addColumn<QStringList>("rules");
        QTest::newRow("training mode") << fixture(QStringLiteral("lint_train.pt")) << QString()
                                       << QStringList { QStringLiteral("requires-grad"),
                                                        QStringLiteral("training-mode") };
        QTest::newRow("traced") << fixture(QStringLiteral("lint_traced.pt")) << QString()
                                << QStringList { QStringLiteral("device-constant"), QStringLiteral("requires-grad"),
                                                 QStringLiteral("traced-size"), QStringLiteral("training-mode") };
        QTest::newRow("mkldnn") << fixture(QStringLiteral("lint_mkldnn.pt")) << QString()
                                << QStringList { QStringLiteral("mkldnn"), QStringLiteral("requires-grad") };
        QTest::newRow("trace with a scripted twin")
            << example(QStringLiteral("my_cell_traced")) << example(QStringLiteral("my_cell_scripted"))
            << QStringList { QStringLiteral("dropped-control-flow"), QStringLiteral("requires-grad") };
        QTest::newRow("clean: frozen, eval") << fixture(QStringLiteral("lint_clean.pt")) << QString() << QStringList();
        QTest::newRow("scripted with itself as twin")
            << example(QStringLiteral("my_cell_scripted")) << example(QStringLiteral("my_cell_scripted"))
            << QStringList { QStringLiteral("requires-grad") };
    }

    void lintsFindWhatEachFixtureHas()
    {
        QFETCH(QString, file);
        QFETCH(QString, twin);
        QFETCH(QStringList, rules);
        ModelSession session;
        session.open(file).wait();
        const LintReport r = session.lint(twin).wait();
        QCOMPARE(rulesOf(r), rules);
        for (const LintFinding& f : r.findings) {
            QVERIFY(!f.message.isEmpty());
            // Every finding about a node names it as the graph does: context#index in its method.
            if (!f.method.isEmpty())
                QVERIFY2(f.node.contains(QLatin1Char('#')), qPrintable(f.node));
            QCOMPARE(f.inTwin, f.rule == QLatin1String("dropped-control-flow"));
        }
    }

    void warmupShowsTheCallsAndTheExecutedGraph()
    {
        ModelSession session;
        session.open(example(QStringLiteral("conv_net"))).wait();
        WarmupRequest request;
        request.inputs = { input() };
        request.calls = 5;
        const WarmupResult r = session.warmup(request).wait();
        QCOMPARE(r.times.ms.size(), 5);
        for (const double t : r.times.ms)
            QVERIFY(t > 0);
        QVERIFY2(r.executedGraph.startsWith(QLatin1String("graph(")), qPrintable(r.executedGraph.left(80)));
        QVERIFY(r.executedNodes > 0);
        QVERIFY(r.savedNodes > 0);
        request.calls = 0;
        QVERIFY(!errorOf([&] { session.warmup(request).wait(); }).isEmpty());
    }

    void cliCommands()
    {
        QTemporaryDir dir;
        const QString conv = example(QStringLiteral("conv_net"));
        const QString out = dir.filePath(QStringLiteral("frozen.pt"));
        Run r = cli({ QStringLiteral("optimize"), conv, QStringLiteral("--freeze"), QStringLiteral("-o"), out, input(),
                      QStringLiteral("--calls"), QStringLiteral("3"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("outputs_match")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("output")).toString(), out);
        QVERIFY(QFile::exists(out));

        r = cli({ QStringLiteral("optimize"), conv, QStringLiteral("--freeze"), QStringLiteral("--mobile"),
                  QStringLiteral("-o"), out });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--freeze, --inference and --mobile")));

        const QString ptl = dir.filePath(QStringLiteral("conv.ptl"));
        r = cli({ QStringLiteral("lite"), conv, QStringLiteral("-o"), ptl, QStringLiteral("--bytecode-version"),
                  QStringLiteral("5"), input() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("agrees")), qPrintable(r.out));

        r = cli({ QStringLiteral("ops"), conv, QStringLiteral("--yaml") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("- aten::")));
        const QString yaml = dir.filePath(QStringLiteral("ops.yaml"));
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(r.out.toUtf8().replace("- aten::conv2d\n", ""));
        f.close();
        r = cli({ QStringLiteral("ops"), conv, QStringLiteral("--target-ops"), yaml, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("missing_operators")).toArray(),
                 QJsonArray { QStringLiteral("aten::conv2d") });

        r = cli({ QStringLiteral("lint"), fixture(QStringLiteral("lint_traced.pt")), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray().size(),
                 5);

        r = cli({ QStringLiteral("warmup"), conv, input(), QStringLiteral("--calls"), QStringLiteral("4"),
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("calls_ms")).toArray().size(),
                 4);

        r = cli({ QStringLiteral("ops"), fixture(QStringLiteral("not_torchscript.zip")) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeploy)
#include "tst_deploy.moc"
