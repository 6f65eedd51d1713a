// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Observed runs against PyTorch's own numbers: every value recorded under the names the drawn
// graph gives its edges, module output shapes, parameters and MACs, an intermediate tensor, a
// NaN found at its node, a failing call, the tensor budget.
#include "clirun.h"
#include "session/comparisonsession.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace jitscope;

namespace {

ObservedRunPtr observe(ModelSession& session, const QStringList& arguments, const QString& method = QString(),
                       qint64 keepBytes = qint64(1) << 30, int repeat = 1)
{
    ObserveRequest request;
    request.call.method = method;
    request.call.arguments = arguments;
    request.keepBytes = keepBytes;
    request.repeat = repeat;
    return session.observe(request).wait();
}

QString loadInput(const QString& path)
{
    return QStringLiteral("load(\"%1\")").arg(path);
}

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The first value computed by an op of `kind` in `module`.
const ObservedValue* valueOf(const ObservedRun& run, const QString& kind, const QString& module)
{
    for (const ObservedValue& v : run.values)
        if (v.kind == kind && v.module == module)
            return &v;
    return nullptr;
}

QStringList shapeTexts(const QJsonArray& shape)
{
    QList<qint64> dims;
    for (const QJsonValue& d : shape)
        dims << d.toInteger();
    return { dimsText(dims) };
}

void compareModules(const ObservedRun& run, const QJsonObject& reference)
{
    const QJsonObject shapes = reference.value(QStringLiteral("module_output_shapes")).toObject();
    QHash<QString, const ObservedModule*> byPath;
    for (const ObservedModule& m : run.modules)
        byPath.insert(m.path, &m);
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        // Python's Dropout in eval mode is still called; so are activations without parameters.
        const ObservedModule* m = byPath.value(it.key());
        QVERIFY2(m, qPrintable(QStringLiteral("no summary row for module '%1'").arg(it.key())));
        QCOMPARE(m->outputShapes, shapeTexts(it.value().toArray()));
    }
    QCOMPARE(run.parameters, reference.value(QStringLiteral("parameters")).toInteger());
    QCOMPARE(run.macs, reference.value(QStringLiteral("macs")).toInteger());
}

} // namespace

class TestObserve : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convNetAgainstPython()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const QString x = loadInput(testutil::fixture(QStringLiteral("conv_input.npy")));
        const ObservedRunPtr run = observe(session, { x }, QString(), qint64(1) << 30, 2);
        QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
        QVERIFY(run->result);

        // The outputs are exactly a plain call's.
        InvokeRequest plain;
        plain.arguments = { x };
        const InvokeResult invoked = session.invoke(plain).wait();
        QCOMPARE(run->result->outputs.values, invoked.outputs.values);
        QCOMPARE(run->result->outputs.shape, invoked.outputs.shape);

        const QJsonObject reference = testutil::reference(QStringLiteral("conv_net_observed"));
        compareModules(*run, reference);

        // The first convolution's output, kept, equals what Python computes.
        const ObservedValue* conv = valueOf(*run, QStringLiteral("aten::conv2d"), QStringLiteral("features.0"));
        QVERIFY(conv);
        QVERIFY(conv->kept);
        QCOMPARE(conv->shape, (QList<qint64> { 2, 8, 8, 8 }));
        TensorSliceRequest slice;
        slice.ref = TensorRef::observed(conv->key);
        const TensorSlice first = session.tensorSlice(slice).wait();
        const QJsonArray expected = reference.value(QStringLiteral("features.0")).toArray();
        QCOMPARE(first.values.size(), 8 * 8);
        for (int i = 0; i < first.values.size(); ++i)
            QVERIFY2(std::abs(first.values[i] - expected[i].toDouble()) < 1e-5, qPrintable(QString::number(i)));
        QVERIFY(conv->stats);
        QCOMPARE(conv->stats->numel, qint64(2 * 8 * 8 * 8));
        // The one-pass statistics agree with the tensor viewer's (ATen's) on the whole tensor.
        auto close = [](const std::optional<double>& a, const std::optional<double>& b) {
            return a && b && std::abs(*a - *b) <= 1e-6 * std::max(1.0, std::abs(*b));
        };
        QVERIFY(close(conv->stats->min, first.stats.min));
        QVERIFY(close(conv->stats->max, first.stats.max));
        QVERIFY(close(conv->stats->mean, first.stats.mean));
        QVERIFY(close(conv->stats->std, first.stats.std));

        // The loop body's relu ran twice, once per iteration.
        const ObservedValue* relu = valueOf(*run, QStringLiteral("aten::relu"), QString());
        QVERIFY(relu);
        QCOMPARE(relu->calls, 2);
        // Every node ran was timed; the module summary has times.
        QVERIFY(run->timeMs);
        QCOMPARE(run->repeat, 2);
        for (const ObservedNode& n : run->nodes)
            QVERIFY2(n.timeMs && n.selfMs && *n.selfMs <= *n.timeMs + 1e-9, qPrintable(n.key));
    }

    // Every edge of the drawn graph, folded or expanded, finds what flowed on it.
    void keysMatchTheDrawnGraph_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("conv_net") << testutil::example(QStringLiteral("conv_net")) << QString()
                                  << QStringList { loadInput(testutil::fixture(QStringLiteral("conv_input.npy"))) };
        QTest::newRow("my_cell traced") << testutil::example(QStringLiteral("my_cell_traced")) << QString()
                                        << QStringList { QStringLiteral("rand(3, 4)"), QStringLiteral("rand(3, 4)") };
        QTest::newRow("my_module predict")
            << testutil::example(QStringLiteral("my_module")) << QStringLiteral("predict")
            << QStringList { QStringLiteral("rand(2, 10)") };
        QTest::newRow("vit_tiny") << testutil::generated(QStringLiteral("vit_tiny_scripted.pt")) << QString()
                                  << QStringList { QStringLiteral("rand(1, 3, 32, 32)") };
    }

    void keysMatchTheDrawnGraph()
    {
        QFETCH(QString, path);
        QFETCH(QString, method);
        QFETCH(QStringList, arguments);
        if (!QFile::exists(path))
            SKIP_WITHOUT_FIXTURE("written by the fixture script at test time");
        ModelSession session;
        session.open(path).wait();
        const ObservedRunPtr run = observe(session, arguments, method, 0, 0);
        QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
        for (const GraphOptions::Expand expand : { GraphOptions::Expand::None, GraphOptions::Expand::All }) {
            GraphRequest request;
            request.method = method;
            request.options.expand = expand;
            const LaidOutGraphPtr graph = session.graph(request).wait();
            int edges = 0;
            QStringList missing;
            for (const GraphEdge& e : graph->model.edges) {
                if (e.control)
                    continue;
                const GraphNode& producer = graph->model.nodes[e.from];
                // Values computed only in a branch not taken, or under a check that passed, never flowed.
                bool inBlock = false;
                for (int g = producer.group; g > 0; g = graph->model.groups[g].parent)
                    inBlock = inBlock || graph->model.groups[g].kind == GroupKind::Block;
                if (inBlock)
                    continue;
                ++edges;
                if (!run->value(e.key))
                    missing << e.key + QStringLiteral(" (") + e.value + QLatin1Char(')');
            }
            QVERIFY(edges > 0);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
            for (const GraphNode& n : graph->model.nodes)
                if (n.kind.startsWith(QLatin1String("aten::")) && n.group == 0)
                    QVERIFY2(run->node(n.observedKey()), qPrintable(n.observedKey()));
        }
    }

    void resnet18AgainstPython()
    {
        const QString path = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        const QJsonObject reference = readJson(testutil::generated(QStringLiteral("resnet18_observed.json")));
        if (!QFile::exists(path) || reference.isEmpty())
            SKIP_WITHOUT_FIXTURE("written by the fixture script at test time");
        ModelSession session;
        session.open(path).wait();
        const ObservedRunPtr run = observe(
            session, { loadInput(testutil::generated(QStringLiteral("resnet18_input224.npy"))) }, QString(), 0);
        QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
        compareModules(*run, reference);
        QCOMPARE(run->parameters, qint64(11689512));
        QVERIFY(run->macs > qint64(1.80e9) && run->macs < qint64(1.83e9));
        const QJsonArray output = reference.value(QStringLiteral("output")).toArray();
        QCOMPARE(run->result->outputs.values.size(), output.size());
        for (int i = 0; i < output.size(); ++i)
            QVERIFY(std::abs(run->result->outputs.values[i] - output[i].toDouble()) < 1e-3);
        // The top-level layers in order, as torchinfo lists them.
        QStringList top;
        for (const ObservedModule& m : run->modules)
            if (m.depth == 1)
                top << m.path;
        QCOMPARE(top,
                 (QStringList { QStringLiteral("conv1"), QStringLiteral("bn1"), QStringLiteral("relu"),
                                QStringLiteral("maxpool"), QStringLiteral("layer1"), QStringLiteral("layer2"),
                                QStringLiteral("layer3"), QStringLiteral("layer4"), QStringLiteral("avgpool"),
                                QStringLiteral("fc") }));
    }

    void nanFoundAtItsNode()
    {
        ModelSession session;
        session.open(testutil::fixture(QStringLiteral("nan_middle.pt"))).wait();
        const ObservedRunPtr run = observe(session, { QStringLiteral("zeros(3, 4)") });
        QVERIFY(run->result);
        const ObservedValue* first = nullptr;
        for (const ObservedValue& v : run->values)
            if (v.nonFinite && !first)
                first = &v;
        QVERIFY(first);
        QCOMPARE(first->kind, QStringLiteral("aten::sqrt"));
        QVERIFY(first->stats && first->stats->nanCount > 0);
        // Hidden again before the output.
        for (const double v : run->result->outputs.values)
            QVERIFY(std::isfinite(v));
    }

    // A broadcast view's statistics without materialising it; a spike that a one-pass variance
    // would cancel away.
    void statisticsOfHardValues()
    {
        ModelSession session;
        session.open(testutil::fixture(QStringLiteral("stats_edges.pt"))).wait();
        const ObservedRunPtr run = observe(session, { QStringLiteral("tensor([1.0, 2.0, 3.0, 4.0])") });
        QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
        const ObservedValue* wide = valueOf(*run, QStringLiteral("aten::expand"), QString());
        QVERIFY(wide && wide->stats);
        const qint64 n = 4 * 1024 * 1024;
        QCOMPARE(wide->stats->numel, n);
        QCOMPARE(*wide->stats->min, 1.0);
        QCOMPARE(*wide->stats->max, 4.0);
        QCOMPARE(*wide->stats->mean, 2.5);
        QVERIFY(std::abs(*wide->stats->std - std::sqrt(1.25 * double(n) / double(n - 1))) < 1e-9);

        const ObservedValue* spike = valueOf(*run, QStringLiteral("aten::cat"), QString());
        QVERIFY(spike && spike->stats);
        std::vector<double> values { 1.0e4 };
        for (int i = 0; i < 100000; ++i)
            values.push_back(double(float(-1.0e-3 + 2.0e-3 * i / 99999.0)));
        double mean = 0;
        for (const double v : values)
            mean += v;
        mean /= double(values.size());
        double m2 = 0;
        for (const double v : values)
            m2 += (v - mean) * (v - mean);
        const double std = std::sqrt(m2 / double(values.size() - 1));
        QVERIFY2(std::abs(*spike->stats->std - std) < 1e-6 * std,
                 qPrintable(QStringLiteral("%1 against %2").arg(*spike->stats->std).arg(std)));
        QVERIFY(std::abs(*spike->stats->mean - mean) < 1e-9 * 1e4);
    }

    void failureKeepsWhatRan()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const ObservedRunPtr run = observe(session, { QStringLiteral("rand(1, 1, 16, 16)") });
        QVERIFY(!run->error.isEmpty());
        QVERIFY(!run->result);
        QVERIFY2(run->failedNode.contains(QLatin1String("features.0:_conv_forward")), qPrintable(run->failedNode));
        QVERIFY(run->node(run->failedNode));
        QVERIFY(run->value(QStringLiteral(":forward|x.1")) || run->value(QStringLiteral(":forward|x")));
        // The session goes on.
        QVERIFY(observe(session, { QStringLiteral("rand(1, 3, 16, 16)") })->error.isEmpty());
    }

    void budgetAndStateChanges()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        const ObservedRunPtr small = observe(session, { QStringLiteral("rand(2, 3, 16, 16)") }, QString(), 4096);
        QVERIFY(small->notKept > 0);
        QVERIFY(small->keptBytes <= 4096);
        const ObservedRunPtr run = observe(session, { QStringLiteral("rand(2, 3, 16, 16)") });
        QCOMPARE(run->notKept, 0);
        const ObservedValue* conv = valueOf(*run, QStringLiteral("aten::conv2d"), QStringLiteral("features.0"));
        QVERIFY(conv && conv->kept);
        TensorSliceRequest slice;
        slice.ref = TensorRef::observed(conv->key);
        QCOMPARE(session.tensorSlice(slice).wait().shape, (QList<qint64> { 2, 8, 16, 16 }));
        // The module changed: what the run kept is gone, and reading it says why.
        session.setTraining(true).wait();
        const QString error = testutil::errorOf([&] { session.tensorSlice(slice).wait(); });
        QVERIFY2(error.contains(QLatin1String("observe the call again")), qPrintable(error));
        // A call that cannot be made at all is refused before anything runs.
        const QString refused = testutil::errorOf([&] {
            observe(session, { QStringLiteral("1"), QStringLiteral("2") });
        });
        QVERIFY2(refused.contains(QLatin1String("argument")), qPrintable(refused));
    }

    // One weight deep inside changed: the divergence is that layer's convolution, not the output.
    void divergenceFindsThePerturbedLayer()
    {
        const QString left = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        const QString right = testutil::generated(QStringLiteral("resnet18_perturbed.pt"));
        if (!QFile::exists(left) || !QFile::exists(right))
            SKIP_WITHOUT_FIXTURE("written by the fixture script at test time");
        ComparisonSession session;
        DiffRequest request;
        request.left = { left, QString(), QString() };
        request.right = { right, QString(), QString() };
        request.layout = false;
        request.inputs = { loadInput(testutil::generated(QStringLiteral("resnet18_input224.npy"))) };
        const ModelDiffPtr diff = session.diff(request).wait();
        QVERIFY(diff->divergenceChecked);
        QVERIFY(diff->divergence);
        const Divergence& d = *diff->divergence;
        QCOMPARE(d.kind, QStringLiteral("aten::conv2d"));
        QCOMPARE(d.module, QStringLiteral("layer3.1.conv2"));
        QCOMPARE(diff->right.model.nodes[d.right].module, QStringLiteral("layer3.1.conv2"));
        QVERIFY(d.maxAbs && *d.maxAbs > 0);
        QVERIFY(d.leftStats && d.rightStats);

        // The same through the window's job, and the CLI's JSON.
        const OutputComparison outputs = session.outputs(request, request.inputs).wait();
        QVERIFY(outputs.divergence);
        QCOMPARE(outputs.divergence->rightKey, d.rightKey);
        QStringList args { QStringLiteral("diff"), left, right, QStringLiteral("--json"), QStringLiteral("--inputs") };
        args << request.inputs;
        const testutil::Run r = testutil::cli(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject divergence
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("divergence")).toObject();
        for (const char* key : { "left", "right", "max_abs", "max_rel", "left_stats", "right_stats" })
            QVERIFY2(divergence.contains(QLatin1String(key)), key);
        QCOMPARE(divergence.value(QStringLiteral("right")).toObject().value(QStringLiteral("module")).toString(),
                 QStringLiteral("layer3.1.conv2"));
    }

    void noDivergenceBetweenEqualModels()
    {
        ComparisonSession session;
        DiffRequest request;
        request.left = { testutil::example(QStringLiteral("conv_net")), QString(), QString() };
        request.right = request.left;
        request.layout = false;
        request.inputs = { QStringLiteral("rand(1, 3, 16, 16)") };
        const ModelDiffPtr diff = session.diff(request).wait();
        QVERIFY(diff->divergenceChecked);
        QVERIFY(!diff->divergence);
        const OutputComparison outputs = session.outputs(request, request.inputs).wait();
        QVERIFY(outputs.comparedNodes > 5);
        const testutil::Run r
            = testutil::cli({ QStringLiteral("diff"), request.left.path, request.left.path, QStringLiteral("--json"),
                              QStringLiteral("--inputs"), QStringLiteral("rand(1, 3, 16, 16)") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(json.contains(QStringLiteral("divergence")));
        QVERIFY(json.value(QStringLiteral("divergence")).isNull());
    }

    void cli()
    {
        QTemporaryDir dir;
        const QString archive = testutil::example(QStringLiteral("conv_net"));
        const QString x = loadInput(testutil::fixture(QStringLiteral("conv_input.npy")));
        testutil::Run r = testutil::cli({ QStringLiteral("observe"), archive, x, QStringLiteral("--json"),
                                          QStringLiteral("--keep-tensors"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : { "values", "nodes", "modules", "totals", "outputs" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("parameters")).toInt(), 267);
        const QJsonObject value = json.value(QStringLiteral("values")).toArray().at(1).toObject();
        for (const char* key : { "node", "value", "module", "kind", "shape", "dtype", "device", "stats", "calls" })
            QVERIFY2(value.contains(QLatin1String(key)), key);
        const QJsonObject node = json.value(QStringLiteral("nodes")).toArray().at(0).toObject();
        for (const char* key : { "id", "kind", "module", "calls", "time_ms" })
            QVERIFY2(node.contains(QLatin1String(key)), key);
        const QJsonObject module = json.value(QStringLiteral("modules")).toArray().at(1).toObject();
        for (const char* key : { "path", "type", "output_shapes", "parameters", "macs", "time_ms" })
            QVERIFY2(module.contains(QLatin1String(key)), key);
        QVERIFY(json.value(QStringLiteral("outputs")).toObject().contains(QStringLiteral("shape")));
        QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*.npy") }).size() > 5);

        // METHOD may be given or left out; the text names the layers and the slowest ops.
        r = testutil::cli({ QStringLiteral("observe"), archive, QStringLiteral("forward"), x });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Conv2d")));
        QVERIFY(r.out.contains(QLatin1String("Slowest ops")));
        QVERIFY(r.out.contains(QLatin1String("267 parameters")));

        // A call that fails prints what ran and the node it failed in.
        r = testutil::cli({ QStringLiteral("observe"), archive, QStringLiteral("rand(1, 1, 16, 16)") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("features.0:")));
        QVERIFY(r.out.contains(QLatin1String("value(s) recorded")));
        r = testutil::cli({ QStringLiteral("observe"), archive, x, QStringLiteral("--repeat"), QStringLiteral("-1") });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestObserve)
#include "tst_observe.moc"
