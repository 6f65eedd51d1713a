// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The torchvision models that script in seconds (tests/fixtures/zoo.py, written at test time), each
// against PyTorch's own answers: its first view shows its top-level layers, forward computes
// PyTorch's output, an observed run counts the MACs forward hooks count, and the expanded graph is
// drawn as tightly as one flat dot run. The rest of the zoo is in bench_graph --zoo.
#include "graph/graphlayouter.h"
#include "session/modelsession.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace jitscope;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The output PyTorch's reference holds: the first tensor, a dict's "out".
const ValueInfo* firstTensor(const ValueInfo& v)
{
    if (v.type == QLatin1String("Tensor"))
        return &v;
    if (v.type == QLatin1String("Dict")) {
        for (qsizetype i = 0; i + 1 < v.items.size(); i += 2)
            if (v.items[i].scalar.toString() == QLatin1String("out"))
                return firstTensor(v.items[i + 1]);
        return v.items.size() > 1 ? firstTensor(v.items[1]) : nullptr;
    }
    for (const ValueInfo& item : v.items)
        if (const ValueInfo* t = firstTensor(item))
            return t;
    return nullptr;
}

// The submodules the first view calls, each once, in the order drawn.
QStringList firstViewCalls(const GraphModel& m)
{
    QStringList calls;
    for (const GraphNode& n : m.nodes)
        if (n.kind == QLatin1String("prim::CallMethod") && !calls.contains(n.label))
            calls << n.label;
    return calls;
}

} // namespace

class ZooTest : public QObject
{
    Q_OBJECT

    ModelSession m_session;
    QJsonObject m_reference;
    QString m_name;

    bool openModel(const QString& name)
    {
        m_name = name;
        const QString path = testutil::generated(QStringLiteral("zoo_%1.pt").arg(name));
        m_reference = readJson(testutil::generated(QStringLiteral("zoo_%1.json").arg(name)));
        if (!QFile::exists(path) || m_reference.isEmpty())
            return false;
        m_session.open(path).wait();
        return true;
    }

    QString input() const
    {
        return QStringLiteral("load(\"%1\")").arg(testutil::generated(QStringLiteral("zoo_%1_input.npy").arg(m_name)));
    }

    static void models()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : { "squeezenet1_1", "mobilenet_v3_small", "regnet_x_400mf", "efficientnet_b0",
                                  "lraspp_mobilenet_v3_large" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

private Q_SLOTS:
    void firstViewShowsTheTopLevelLayers_data() { models(); }
    void firstViewShowsTheTopLevelLayers()
    {
        QFETCH(QString, name);
        if (!openModel(name))
            SKIP_WITHOUT_FIXTURE("written by generate_fixtures.py --zoo (needs python3-torch, torchvision)");
        QStringList top;
        for (const QJsonValue& v : m_reference.value(QStringLiteral("top")).toArray())
            top << v.toString();
        const LaidOutGraphPtr first = m_session.graph({ QString(), QString(), GraphOptions() }).wait();
        QCOMPARE(firstViewCalls(first->model), top);
    }

    void forwardComputesPyTorchsOutputAndMacs_data() { models(); }
    void forwardComputesPyTorchsOutputAndMacs()
    {
        QFETCH(QString, name);
        if (!openModel(name))
            SKIP_WITHOUT_FIXTURE("written by generate_fixtures.py --zoo (needs python3-torch, torchvision)");
        ObserveRequest request;
        request.call.arguments = { input() };
        request.call.maxValues = m_reference.value(QStringLiteral("output_elements")).toInteger() + 1;
        request.repeat = 0;
        const ObservedRunPtr run = m_session.observe(request).wait();
        QVERIFY2(run->error.isEmpty(), qPrintable(run->error));
        QCOMPARE(run->parameters, m_reference.value(QStringLiteral("parameters")).toInteger());
        QCOMPARE(run->macs, m_reference.value(QStringLiteral("macs")).toInteger());
        QVERIFY(run->result);
        const ValueInfo* out = firstTensor(run->result->outputs);
        QVERIFY2(out, qPrintable(run->result->outputs.summary()));
        QList<qint64> shape;
        for (const QJsonValue& d : m_reference.value(QStringLiteral("output_shape")).toArray())
            shape << d.toInteger();
        QCOMPARE(out->shape, shape);
        const QJsonArray expected = m_reference.value(QStringLiteral("output")).toArray();
        QVERIFY(out->values.size() >= expected.size());
        double scale = 1e-6;
        for (const QJsonValue& e : expected)
            scale = std::max(scale, std::abs(e.toDouble()));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(out->values[i] - expected[i].toDouble()) <= 1e-4 * scale,
                     qPrintable(QStringLiteral("output %1: %2, PyTorch %3")
                                    .arg(i)
                                    .arg(out->values[i])
                                    .arg(expected[i].toDouble())));
    }

    // What folding makes of the zoo's code: a one-op call is that op, named by the call;
    // F.interpolate's elif chain shows the caller's mode only (the nearest modes' ops and their
    // dim() tests gone); the backbone's result dict is read from the update that filled it.
    void foldingShowsWhatRuns()
    {
        if (!openModel(QStringLiteral("lraspp_mobilenet_v3_large")))
            SKIP_WITHOUT_FIXTURE("written by generate_fixtures.py --zoo (needs python3-torch, torchvision)");
        GraphOptions all;
        all.expand = GraphOptions::Expand::All;
        const GraphModel m = m_session.graph({ QString(), QString(), all }).wait()->model;
        QHash<QString, int> kinds;
        for (const GraphNode& n : m.nodes)
            ++kinds[n.kind];
        QCOMPARE(kinds.value(QStringLiteral("aten::upsample_bilinear2d")), 2);
        QCOMPARE(kinds.value(QStringLiteral("aten::upsample_nearest1d")), 0);
        QCOMPARE(kinds.value(QStringLiteral("aten::__contains__")), 0); // `name in self.return_layers`
        QCOMPARE(kinds.value(QStringLiteral("aten::_set_item")), 3); // the backbone's two, forward's one
        const GraphNode* relu = nullptr;
        for (const GraphNode& n : m.nodes)
            if (n.call == QStringLiteral("0.2 · Hardswish") && !relu)
                relu = &n;
        QVERIFY(relu);
        QCOMPARE(relu->callKey, QStringLiteral("backbone.0.2:forward"));
        QCOMPARE(m.groups[relu->group].title(), QStringLiteral("backbone.0 · Conv2dNormActivation"));
        for (const GraphGroup& g : m.groups)
            QVERIFY2(g.kind != GroupKind::Module || g.nodes.size() != 1 || !g.groups.isEmpty(), qPrintable(g.title()));
        // The classifier reads the dict's entries from the second update, not from where it was made.
        for (const GraphEdge& e : m.edges)
            if (m.nodes[e.to].kind == QLatin1String("aten::__getitem__")
                && m.nodes[e.to].module == QLatin1String("classifier"))
                QCOMPARE(m.nodes[e.from].kind, QStringLiteral("aten::_set_item"));
        // Collapsing the one-op call by its key brings its call node back.
        GraphOptions shut = all;
        shut.expand = GraphOptions::Expand::Keys;
        shut.keys = expandedCalls(m);
        shut.keys.remove(relu->callKey);
        bool callNode = false;
        const LaidOutGraphPtr collapsed
            = m_session.graph({ QString(), QString(), shut }).wait(); // held: the loop reads into it
        for (const GraphNode& n : collapsed->model.nodes)
            callNode = callNode || n.expandKey == relu->callKey;
        QVERIFY(callNode);
    }

    void expandedAsTightAsFlatDot_data() { models(); }
    void expandedAsTightAsFlatDot()
    {
        QFETCH(QString, name);
        if (!openModel(name))
            SKIP_WITHOUT_FIXTURE("written by generate_fixtures.py --zoo (needs python3-torch, torchvision)");
        GraphOptions all;
        all.expand = GraphOptions::Expand::All;
        const LaidOutGraphPtr g = m_session.graph({ QString(), QString(), all }).wait();
        QVERIFY(g->model.nodes.size() > 50);
        GraphLayouter flat;
        const double grouped = totalEdgeLength(g->layout), plain = totalEdgeLength(flat.layoutFlat(g->model));
        QVERIFY(plain > 0);
        qInfo("%s: %lld nodes, edge length %.2fx a flat dot run", qPrintable(name),
              static_cast<long long>(g->model.nodes.size()), grouped / plain);
        QVERIFY2(grouped <= 1.5 * plain,
                 qPrintable(QStringLiteral("%1 vs %2: %3x").arg(grouped).arg(plain).arg(grouped / plain)));
    }

    // A small torchvision ViT (two encoder layers) expanded: its attention's ifs were 4.4x a flat
    // run before the caller's arguments decided them and its unrolled comprehensions were read
    // by their consumers; 1.40x now (ViT-B/16 1.62x, in the bench).
    void transformerExpandedKeepsTight()
    {
        const QString path = testutil::generated(QStringLiteral("vit_tiny_scripted.pt"));
        if (!QFile::exists(path))
            SKIP_WITHOUT_FIXTURE("written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)");
        m_session.open(path).wait();
        GraphOptions all;
        all.expand = GraphOptions::Expand::All;
        const LaidOutGraphPtr g = m_session.graph({ QString(), QString(), all }).wait();
        GraphLayouter flat;
        const double grouped = totalEdgeLength(g->layout), plain = totalEdgeLength(flat.layoutFlat(g->model));
        QVERIFY2(g->model.nodes.size() < 500, qPrintable(QString::number(g->model.nodes.size()))); // 954 before
        QVERIFY2(grouped <= 1.5 * plain,
                 qPrintable(QStringLiteral("%1 vs %2: %3x").arg(grouped).arg(plain).arg(grouped / plain)));
    }
};

QTEST_GUILESS_MAIN(ZooTest)
#include "tst_zoo.moc"
