// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Graph models and layouts of the examples: folding, control flow, expansion, geometry.
#include "graphexport.h"
#include "graphlayouter.h"
#include "modelsession.h"
#include "testutil.h"
#include "usererror.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace jitscope;

namespace {

QMap<QString, int> kindCounts(const GraphModel& m)
{
    QMap<QString, int> counts;
    for (const GraphNode& n : m.nodes)
        ++counts[n.kind];
    return counts;
}

// "kind label" per node and "from->to value" per edge: what a person sees, without ids' order.
QStringList fingerprint(const GraphModel& m)
{
    QStringList out;
    for (const GraphNode& n : m.nodes)
        out << n.kind + QLatin1Char(' ') + n.label;
    for (const GraphEdge& e : m.edges)
        out << m.nodes[e.from].label + QStringLiteral("->") + m.nodes[e.to].label + QLatin1Char(' ') + e.value;
    out.sort();
    return out;
}

const GraphGroup* findGroup(const GraphModel& m, GroupKind kind, const QString& title = QString())
{
    for (const GraphGroup& g : m.groups)
        if (g.kind == kind && (title.isEmpty() || g.title() == title))
            return &g;
    return nullptr;
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

    ModelSession m_session;

    LaidOutGraphPtr graph(const QString& example, GraphOptions options, const QString& module = QString(),
                          const QString& method = QString())
    {
        m_session.open(testutil::archive(example)).wait();
        return m_session.graph({ module, method, options }).wait();
    }

    // The graph of an archive generate_fixtures.py --resnet18 writes at test time; null when it
    // is not there (no python3-torch), for the test to skip.
    LaidOutGraphPtr generatedGraph(const QString& file, GraphOptions options)
    {
        const QString path = testutil::generated(file);
        if (!QFile::exists(path))
            return nullptr;
        m_session.open(path).wait();
        return m_session.graph({ QString(), QString(), options }).wait();
    }
    static constexpr const char* kNotGenerated
        = "written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)";

    static GraphOptions expandAll(bool fold = true)
    {
        GraphOptions o;
        o.fold = fold;
        o.expand = GraphOptions::Expand::All;
        return o;
    }

    static void checkGeometry(const LaidOutGraph& g)
    {
        const GraphModel& m = g.model;
        const GraphLayout& l = g.layout;
        QCOMPARE(l.nodes.size(), m.nodes.size());
        QCOMPARE(l.groups.size(), m.groups.size());
        QCOMPARE(l.edges.size(), m.edges.size());
        for (int a = 0; a < m.nodes.size(); ++a) {
            QVERIFY(l.nodes[a].width() > 0 && l.nodes[a].height() > 0);
            QVERIFY(l.bounds.contains(l.nodes[a]));
            for (int b = a + 1; b < m.nodes.size(); ++b)
                QVERIFY2(!l.nodes[a].intersects(l.nodes[b]),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(m.nodes[a].label, m.nodes[b].label)));
        }
        for (const GraphGroup& group : m.groups) {
            for (int n : group.nodes)
                QVERIFY(l.groups[group.id].contains(l.nodes[n]));
            for (int c : group.groups)
                QVERIFY(l.groups[group.id].contains(l.groups[c]));
        }
        for (int e = 0; e < m.edges.size(); ++e) {
            const QList<QPointF>& points = l.edges[e];
            QVERIFY2(points.size() >= 2, qPrintable(QString::number(e)));
            const QRectF from = l.nodes[m.edges[e].from].adjusted(-3, -3, 3, 3);
            const QRectF to = l.nodes[m.edges[e].to].adjusted(-3, -3, 3, 3);
            QVERIFY2(from.contains(points.first()), qPrintable(m.nodes[m.edges[e].from].label));
            QVERIFY2(to.contains(points.last()), qPrintable(m.nodes[m.edges[e].to].label));
        }
    }

private Q_SLOTS:
    void foldingCounts()
    {
        const auto folded = graph(QStringLiteral("my_cell_scripted"), GraphOptions());
        const QMap<QString, int> f = kindCounts(folded->model);
        QCOMPARE(folded->model.nodes.size(), 8);
        QCOMPARE(f.value(QStringLiteral("prim::Param")), 2); // x, h: self is folded away
        QCOMPARE(f.value(QStringLiteral("prim::CallMethod")), 2);
        QCOMPARE(f.value(QStringLiteral("prim::Constant")), 0);
        QCOMPARE(f.value(QStringLiteral("prim::GetAttr")), 0);
        QCOMPARE(f.value(QStringLiteral("aten::add")), 1);
        // The folded constant became an attribute of add.
        for (const GraphNode& n : folded->model.nodes)
            if (n.kind == QLatin1String("aten::add"))
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("alpha"), QStringLiteral("1"))));

        GraphOptions noFold;
        noFold.fold = false;
        const auto plain = graph(QStringLiteral("my_cell_scripted"), noFold);
        const QMap<QString, int> p = kindCounts(plain->model);
        QCOMPARE(plain->model.nodes.size(), 12);
        QCOMPARE(p.value(QStringLiteral("prim::Param")), 3);
        QCOMPARE(p.value(QStringLiteral("prim::Constant")), 1);
        QCOMPARE(p.value(QStringLiteral("prim::GetAttr")), 2);
        QCOMPARE(p.value(QStringLiteral("prim::CallMethod")), 2);
    }

    void parameterReadsBecomeNamedInputs()
    {
        const auto g = graph(QStringLiteral("my_cell_scripted"), expandAll());
        bool found = false;
        for (const GraphNode& n : g->model.nodes) {
            if (n.kind == QLatin1String("aten::linear")) {
                found = true;
                // A parameter named as its argument shows its shape; the input keeps the path.
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("weight"), QStringLiteral("[4, 4]"))));
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("bias"), QStringLiteral("[4]"))));
                QCOMPARE(n.inputs[1].name, QStringLiteral("linear.weight"));
                QCOMPARE(n.module, QStringLiteral("linear"));
            }
        }
        QVERIFY(found);
    }

    void scriptedCellKeepsBothBranches()
    {
        const auto g = graph(QStringLiteral("my_cell_scripted"), expandAll());
        const GraphModel& m = g->model;
        const GraphGroup* ifGroup = findGroup(m, GroupKind::If);
        QVERIFY(ifGroup);
        QCOMPARE(ifGroup->groups.size(), 2);
        QCOMPARE(m.groups[ifGroup->groups[0]].label, QStringLiteral("then"));
        QCOMPARE(m.groups[ifGroup->groups[1]].label, QStringLiteral("else"));
        // The else branch holds the neg; the then branch returns x unchanged.
        bool negInElse = false;
        for (int n : m.groups[ifGroup->groups[1]].nodes)
            negInElse = negInElse || m.nodes[n].kind == QLatin1String("aten::neg");
        QVERIFY(negInElse);
        const GraphGroup* gate = findGroup(m, GroupKind::Module, QStringLiteral("dg · MyDecisionGate"));
        QVERIFY(gate);
        QCOMPARE(gate->label, QStringLiteral("dg"));
        QCOMPARE(gate->calleeType, QStringLiteral("MyDecisionGate"));
        QCOMPARE(kindCounts(m).value(QStringLiteral("prim::CallMethod")), 0);
        checkGeometry(*g);
    }

    void tracedCellLostTheBranch()
    {
        const auto g = graph(QStringLiteral("my_cell_traced"), expandAll());
        QVERIFY(!findGroup(g->model, GroupKind::If));
        QCOMPARE(kindCounts(g->model).value(QStringLiteral("aten::neg")), 1);
        checkGeometry(*g);
    }

    void callMethodBoxesExpandOnDemand()
    {
        const auto collapsed = graph(QStringLiteral("conv_net"), GraphOptions());
        QStringList calls;
        for (const GraphNode& n : collapsed->model.nodes)
            if (n.kind == QLatin1String("prim::CallMethod"))
                calls << n.label + QLatin1Char('/') + n.sublabel + QLatin1Char('/') + n.expandKey;
        QCOMPARE(calls,
                 QStringList({ QStringLiteral("features/Sequential/features:forward"),
                               QStringLiteral("dropout/Dropout/dropout:forward"),
                               QStringLiteral("head/Head/head:forward") }));

        GraphOptions one;
        one.expand = GraphOptions::Expand::Keys;
        one.keys = { QStringLiteral("features:forward") };
        const auto expanded = graph(QStringLiteral("conv_net"), one);
        const GraphGroup* features
            = findGroup(expanded->model, GroupKind::Module, QStringLiteral("features · Sequential"));
        QVERIFY(features);
        QStringList inner;
        for (int n : features->nodes)
            if (expanded->model.nodes[n].kind == QLatin1String("prim::CallMethod"))
                inner << expanded->model.nodes[n].label;
        QCOMPARE(inner,
                 QStringList({ QStringLiteral("features.0"), QStringLiteral("features.1"), QStringLiteral("features.2"),
                               QStringLiteral("features.3") }));
        QCOMPARE(features->expandKey, QStringLiteral("features:forward"));
        checkGeometry(*expanded);

        GraphOptions depth;
        depth.expand = GraphOptions::Expand::Depth;
        depth.depth = 1;
        const auto depth1 = graph(QStringLiteral("conv_net"), depth);
        QVERIFY(findGroup(depth1->model, GroupKind::Module, QStringLiteral("features · Sequential")));
        QVERIFY(!findGroup(depth1->model, GroupKind::Module, QStringLiteral("features.0 · Conv2d")));

        // Collapsing again gives the same model as before.
        GraphOptions none;
        none.expand = GraphOptions::Expand::Keys;
        const auto again = graph(QStringLiteral("conv_net"), none);
        QCOMPARE(fingerprint(again->model), fingerprint(collapsed->model));
    }

    // Expanding every call shows every op of PyTorch's inlined_graph. It may show more: the Inline
    // pass splices in optimized callees, where constant propagation already removed branches
    // that the call site decides (F.dropout's `if inplace:`); models without such calls match exactly.
    void expandAllMatchesTheInlinedGraph_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString& id : testutil::referenceIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    void expandAllMatchesTheInlinedGraph()
    {
        QFETCH(QString, id);
        // Unfolded: checks, selections and constant branches drawn as PyTorch holds them.
        const auto g = graph(id, expandAll(false));
        QMap<QString, int> mine;
        for (const GraphNode& n : g->model.nodes)
            if (n.kind.startsWith(QLatin1String("aten::")))
                ++mine[n.kind];
        // PyTorch's own inlined graph of forward, from the reference file.
        QString inlined;
        for (const QJsonValue& v : testutil::reference(id).value(QStringLiteral("methods")).toArray())
            if (v[QStringLiteral("module")].toString().isEmpty()
                && v[QStringLiteral("name")] == QLatin1String("forward"))
                inlined = v[QStringLiteral("inlined_graph")].toString();
        QVERIFY(!inlined.isEmpty());
        QMap<QString, int> theirs;
        static const QRegularExpression op(QStringLiteral(R"(= (aten::\w+)\()"));
        auto it = op.globalMatch(inlined);
        while (it.hasNext())
            ++theirs[it.next().captured(1)];
        if (id.startsWith(QLatin1String("my_")))
            QCOMPARE(mine, theirs);
        for (auto kind = theirs.cbegin(); kind != theirs.cend(); ++kind)
            QVERIFY2(mine.value(kind.key()) >= kind.value(), qPrintable(kind.key()));
        checkGeometry(*g);
    }

    void cachedLayoutsAreReused()
    {
        GraphOptions none;
        const auto first = graph(QStringLiteral("conv_net"), none);
        GraphOptions one;
        one.expand = GraphOptions::Expand::Keys;
        one.keys = { QStringLiteral("head:forward") };
        const auto expanded = graph(QStringLiteral("conv_net"), one);
        // Only the new group and the root are laid out anew; head's content is new, the rest cached.
        QVERIFY2(expanded->layout.dotRuns <= 2, qPrintable(QString::number(expanded->layout.dotRuns)));
        const auto back = graph(QStringLiteral("conv_net"), none);
        QCOMPARE(back->layout.dotRuns, 0);
        QCOMPARE(back->layout.bounds, first->layout.bounds);
    }

    void thousandsOfDotRunsInOneProcess()
    {
        // Graphviz 2.42's component counter wraps every 255 calls and then can crash dot (seen
        // with ViT-B/16 after 330 runs); the layouter steps it past the wrap. The guard must
        // have found dot's `decompose`, and thousands of runs in a row must all succeed.
        QVERIFY(GraphLayouter::crashGuardActive());
        const auto g = graph(QStringLiteral("my_cell_scripted"), expandAll());
        GraphLayouter layouter;
        int runs = 0;
        for (int i = 0; i < 2000 && runs < 2000; ++i) {
            layouter.clearCache();
            runs += layouter.layout(g->model).dotRuns + layouter.layoutFlat(g->model).dotRuns;
        }
        QVERIFY(runs >= 2000);
    }

    void missingMethodOrModule()
    {
        m_session.open(testutil::example(QStringLiteral("my_module"))).wait();
        try {
            m_session.graph({ QString(), QStringLiteral("nope"), {} }).wait();
            QFAIL("no error");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("No method 'nope'")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("predict")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(UserError, m_session.graph({ QStringLiteral("ghost"), QString(), {} }).wait());
        // Exported methods have graphs too.
        QVERIFY(m_session.graph({ QString(), QStringLiteral("add_scalar"), {} }).wait()->model.nodes.size() >= 3);
    }

    void newerRequestMakesOlderStale()
    {
        ModelSession session;
        session.open(testutil::example(QStringLiteral("conv_net"))).wait();
        // Same asker, same tag: only the newer answer arrives.
        QObject asker;
        QList<LaidOutGraphPtr> ready;
        auto keep = [&](const LaidOutGraphPtr& g) { ready << g; };
        session.graph({ QString(), QString(), expandAll() }).tag(QStringLiteral("graph")).then(&asker, keep);
        session.graph({ QString(), QString(), GraphOptions() }).tag(QStringLiteral("graph")).then(&asker, keep);
        // A third one without a tag (or another asker's) is not affected.
        QObject other;
        session.graph({ QString(), QString(), expandAll() }).tag(QStringLiteral("graph")).then(&other, keep);
        // The worker answers in order: once this returns, the answers above are on their way.
        session.text({ QString(), QString(), TextKind::Code }).wait();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 30000);
        QTest::qWait(50);
        QCOMPARE(ready.size(), 2);
        // The collapsed graph is the second request's; the expanded one the other asker's.
        QVERIFY(ready[0]->model.nodes.size() < ready[1]->model.nodes.size());
    }

    void findMatchesKindsLabelsModulesAndValues()
    {
        const auto g = graph(QStringLiteral("conv_net"), GraphOptions());
        const GraphModel& m = g->model;
        const QList<int> calls = findNodes(m, QStringLiteral("CALLMETHOD")); // any case
        QVERIFY(!calls.isEmpty());
        for (int id : calls)
            QCOMPARE(m.nodes[id].kind, QStringLiteral("prim::CallMethod"));
        QCOMPARE(findNodes(m, QStringLiteral("head")).size(), 1); // the head call, by label and module
        QVERIFY(findNodes(m, QStringLiteral("no-such-op")).isEmpty());
        QVERIFY(findNodes(m, QString()).isEmpty());
        // A value name finds the node that makes it.
        const GraphNode& first = m.nodes[calls.first()];
        QVERIFY(findNodes(m, first.outputs.first().name).contains(first.id));
    }

    void firstViewOpensWrappers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("calls");
        QTest::addColumn<QString>("wrapper");
        // forward only calls self._forward_impl: the first view shows the network's layers.
        QTest::newRow("resnet18") << QStringLiteral("resnet18_scripted.pt")
                                  << QStringList { QStringLiteral("conv1"),   QStringLiteral("bn1"),
                                                   QStringLiteral("relu"),    QStringLiteral("maxpool"),
                                                   QStringLiteral("layer1"),  QStringLiteral("layer2"),
                                                   QStringLiteral("layer3"),  QStringLiteral("layer4"),
                                                   QStringLiteral("avgpool"), QStringLiteral("fc") }
                                  << QStringLiteral(":_forward_impl");
        // torchvision's ViT: the input processing opens, then the encoder and the heads.
        QTest::newRow("vit") << QStringLiteral("vit_tiny_scripted.pt")
                             << QStringList { QStringLiteral("conv_proj"), QStringLiteral("encoder"),
                                              QStringLiteral("heads") }
                             << QStringLiteral(":_process_input");
    }

    void firstViewOpensWrappers()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, calls);
        QFETCH(QString, wrapper);
        const QString path = testutil::generated(file);
        if (!QFile::exists(path))
            QSKIP("written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)");
        m_session.open(path).wait();
        auto callsOf = [](const GraphModel& m) {
            QStringList labels;
            for (const GraphNode& n : m.nodes)
                if (n.kind == QLatin1String("prim::CallMethod"))
                    labels << n.label;
            return labels;
        };
        const auto first = m_session.graph({ QString(), QString(), GraphOptions() }).wait();
        QCOMPARE(callsOf(first->model), calls);
        // A message formatted only for a folded check (ViT's torch._assert) is drawn inside it,
        // and what the message reads feeds the check once: no node of the first view is left
        // with a result nothing uses, and no two edges join the same two nodes.
        QSet<QPair<int, int>> joined;
        for (const GraphEdge& e : first->model.edges) {
            QVERIFY2(!joined.contains({ e.from, e.to }), qPrintable(first->model.nodes[e.to].label));
            joined.insert({ e.from, e.to });
        }
        for (const GraphNode& n : first->model.nodes) {
            QVERIFY(n.kind != QLatin1String("aten::format"));
            if (n.label != QLatin1String("check") || !file.startsWith(QLatin1String("vit")))
                continue;
            bool message = false;
            for (const auto& a : n.attributes)
                message = message
                    || (a.first == QLatin1String("message") && a.second.startsWith(QLatin1String("Wrong image")));
            QVERIFY2(message, qPrintable(n.sublabel));
            // Opened, the check draws its message's format again, feeding the raise.
            GraphOptions opened;
            opened.expand = GraphOptions::Expand::Keys;
            opened.keys = { n.expandKey };
            const auto open = m_session.graph({ QString(), QString(), opened }).wait();
            int formats = 0;
            for (const GraphNode& m : open->model.nodes)
                if (m.kind == QLatin1String("aten::format"))
                    for (const GraphEdge& e : open->model.edges)
                        formats += e.from == m.id;
            QVERIFY(formats >= 1);
        }
        // The wrapper adds no box of its own: its nodes are the graph's.
        QVERIFY(first->model.expandableKeys.contains(wrapper));
        for (const GraphGroup& g : first->model.groups)
            QVERIFY(g.expandKey != wrapper);

        // Collapsed by the user, the wrapper stays one box; "collapse all" closes every call.
        GraphOptions collapsed;
        collapsed.collapsed = { wrapper };
        const auto shut = m_session.graph({ QString(), QString(), collapsed }).wait();
        bool wrapperNode = false;
        for (const GraphNode& n : shut->model.nodes)
            wrapperNode = wrapperNode || n.expandKey == wrapper;
        QVERIFY(wrapperNode);
        QVERIFY(callsOf(shut->model) != calls);
        GraphOptions closed;
        closed.expandWrappers = false;
        QVERIFY(callsOf(m_session.graph({ QString(), QString(), closed }).wait()->model) != calls);
        // Depth 1 opens the layers themselves: the wrapper counts no level.
        GraphOptions depth;
        depth.expand = GraphOptions::Expand::Depth;
        depth.depth = 1;
        const auto deeper = m_session.graph({ QString(), QString(), depth }).wait();
        QSet<QString> open;
        for (const GraphGroup& g : deeper->model.groups)
            open << g.label;
        for (const QString& call : calls)
            QVERIFY2(open.contains(call), qPrintable(call));
    }

    void biaslessConvolutionReadsNone()
    {
        const QString path = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        if (!QFile::exists(path))
            QSKIP("written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)");
        m_session.open(path).wait();
        GraphOptions o;
        o.keys = { QStringLiteral("conv1:forward") };
        o.expand = GraphOptions::Expand::Keys;
        const auto g = m_session.graph({ QString(), QString(), o }).wait();
        int convs = 0;
        for (const GraphNode& n : g->model.nodes) {
            if (n.kind != QLatin1String("aten::conv2d"))
                continue;
            ++convs;
            QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("weight"), QStringLiteral("[64, 3, 7, 7]"))));
            QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("bias"), QStringLiteral("None"))));
            QCOMPARE(n.category, NodeCategory::Compute);
        }
        QCOMPARE(convs, 1);
    }

    void foldedIfsReadAsOneNode()
    {
        // conv_net's BatchNorm: `if input.dim() != 4: raise ValueError(...)` is one check node
        // that computes its own condition and reads as what it asserts (dim(input) == 4),
        // F.batch_norm's `if training: _verify_batch_size(...)` another, guarded by training, `if training:
        // num_batches_tracked.add_(1)` one update; `bn_training = True if training else False` is `training` itself.
        // ReLU's `if inplace:` on a constant shows only the branch it takes; so do ifs on operations of constants
        // (MaxPool's `stride is None`, Dropout's `p < 0.0 or p > 1.0`).
        const auto g = graph(QStringLiteral("conv_net"), expandAll());
        QStringList checks, updates;
        for (const GraphNode& n : g->model.nodes) {
            if (n.label == QLatin1String("check") || n.label == QLatin1String("update")) {
                QCOMPARE(n.kind, QStringLiteral("prim::If"));
                QCOMPARE(n.category, NodeCategory::ControlFlow);
                QVERIFY(!n.expandKey.isEmpty());
                QVERIFY(n.brief);
                QVERIFY2(QStringList({ QStringLiteral("condition"), QStringLiteral("when") })
                             .contains(n.inputNames.value(0)),
                         qPrintable(n.inputNames.value(0)));
            }
            if (n.label == QLatin1String("check")) {
                checks << n.sublabel;
                for (const auto& a : n.attributes)
                    if (a.first == QLatin1String("raises") || a.first == QLatin1String("message"))
                        checks.last() += QLatin1String(": ") + a.second;
            }
            if (n.label == QLatin1String("update"))
                updates << n.sublabel;
        }
        QVERIFY2(checks.contains(QStringLiteral("dim(input) == 4: ValueError: expected 4D input (got {}D input)")),
                 qPrintable(checks.join(QLatin1String(" | "))));
        QCOMPARE(updates, QStringList { QStringLiteral("num_batches_tracked.add_") });
        const QMap<QString, int> kinds = kindCounts(g->model);
        QCOMPARE(kinds.value(QStringLiteral("prim::RaiseException")), 0);
        QCOMPARE(kinds.value(QStringLiteral("aten::relu_")), 0); // ReLU(inplace=False): relu only
        QVERIFY(kinds.value(QStringLiteral("aten::relu")) >= 1);
        for (const char* folded : { "aten::dim", "aten::ne", "aten::__is__", "aten::lt", "prim::unchecked_cast" })
            QVERIFY2(!kinds.contains(QLatin1String(folded)), folded);
        for (const GraphNode& n : g->model.nodes)
            QVERIFY2(n.label != QLatin1String("select"), "bn_training is the training flag itself");
        // F.batch_norm only checks and calls one op: it opens without a box of its own.
        for (const GraphGroup& group : g->model.groups)
            QVERIFY2(group.label != QLatin1String("batch_norm()"), qPrintable(group.label));
        checkGeometry(*g);

        // Opened by the user, a check is an if group again, which folds back on its key.
        const GraphNode* check = nullptr;
        for (const GraphNode& n : g->model.nodes)
            if (n.label == QLatin1String("check") && !check)
                check = &n;
        GraphOptions opened = expandAll();
        opened.expand = GraphOptions::Expand::Keys;
        opened.keys = QSet<QString>(g->model.expandableKeys.cbegin(), g->model.expandableKeys.cend());
        opened.keys.insert(check->expandKey);
        const auto open = graph(QStringLiteral("conv_net"), opened);
        const GraphGroup* ifGroup = nullptr;
        for (const GraphGroup& group : open->model.groups)
            if (group.expandKey == check->expandKey)
                ifGroup = &group;
        QVERIFY(ifGroup);
        QCOMPARE(ifGroup->kind, GroupKind::If);
        QCOMPARE(kindCounts(open->model).value(QStringLiteral("prim::RaiseException")), 1);
        // Opened, the check's condition is drawn as the nodes that compute it (and the message's
        // format takes the dim a second time).
        QCOMPARE(kindCounts(open->model).value(QStringLiteral("aten::dim")), 2);
        QCOMPARE(kindCounts(open->model).value(QStringLiteral("aten::ne")), 1);
        checkGeometry(*open);
    }

    void expandedResNetStaysAColumn()
    {
        // Side chains that end in nothing (checks, `if training:` buffer updates) must not push
        // the groups after them sideways: expanded ResNet-18 once came out as a staircase
        // 23,000 pt wide and 9,000 tall.
        const auto g = generatedGraph(QStringLiteral("resnet18_scripted.pt"), expandAll());
        if (!g)
            QSKIP(kNotGenerated);
        const QRectF b = g->layout.bounds;
        QVERIFY2(b.width() * 4 < b.height(), qPrintable(QStringLiteral("%1 x %2").arg(b.width()).arg(b.height())));
        checkGeometry(*g);
    }

    void layoutsAreAsTightAsFlatDot_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<double>("bound");
        QTest::newRow("my_cell_scripted") << QStringLiteral("my_cell_scripted") << 1.5;
        QTest::newRow("my_cell_traced") << QStringLiteral("my_cell_traced") << 1.5;
        QTest::newRow("my_module") << QStringLiteral("my_module") << 1.5;
        // Loops, ifs and the input checks and updates of BatchNorm (folded): 1.29 measured.
        QTest::newRow("conv_net") << QStringLiteral("conv_net") << 1.5;
        // Written by generate_fixtures.py --resnet18: traced 1.37 measured. Scripted 1.83 to 1.89:
        // three checks and an update beside each of 20 BatchNorms, with residual edges passing
        // them; above the 1.5 aimed at, kept from growing.
        QTest::newRow("resnet18_traced") << QStringLiteral("generated:resnet18_traced.pt") << 1.5;
        QTest::newRow("resnet18_scripted") << QStringLiteral("generated:resnet18_scripted.pt") << 2.0;
    }

    void layoutsAreAsTightAsFlatDot()
    {
        // With its groups drawn, the expanded graph's edges are at most 1.5 times as long in total
        // as in one plain dot run over the same nodes and edges without groups.
        QFETCH(QString, example);
        QFETCH(double, bound);
        const bool generated = example.startsWith(QLatin1String("generated:"));
        const LaidOutGraphPtr g
            = generated ? generatedGraph(example.mid(10), expandAll()) : graph(example, expandAll());
        if (!g)
            QSKIP(kNotGenerated);
        GraphLayouter flat;
        const double grouped = totalEdgeLength(g->layout), plain = totalEdgeLength(flat.layoutFlat(g->model));
        QVERIFY(plain > 0);
        QVERIFY2(grouped <= bound * plain, qPrintable(QStringLiteral("%1 vs %2").arg(grouped).arg(plain)));
        checkGeometry(*g);
    }

    void foldingKeepsWhatTheCodeDoes()
    {
        // folds.pt (written by the fixture writer): folding must not claim what the code does not.
        m_session.open(testutil::generated(QStringLiteral("folds.pt"))).wait();
        const auto g = m_session.graph({ QString(), QString(), expandAll() }).wait();
        QString lenCheck;
        int updates = 0;
        for (const GraphNode& n : g->model.nodes) {
            // A list appended to after it is made is no literal: `len(outs) != 0` stays a check.
            if (n.label == QLatin1String("check"))
                lenCheck = n.sublabel;
            // A tensor changed in place under `if self.training` is an input of the update.
            if (n.label == QLatin1String("update")) {
                ++updates;
                QCOMPARE(n.inputNames.value(1), QStringLiteral("updates"));
                bool fed = false;
                for (const GraphEdge& e : g->model.edges)
                    fed = fed || e.to == n.id;
                QVERIFY(fed);
            }
        }
        QVERIFY2(lenCheck.contains(QLatin1String("len(")), qPrintable(lenCheck));
        QCOMPARE(updates, 1);
        // `flag == True` on two bools folds (it once failed the whole graph): only its branch.
        QVERIFY(kindCounts(g->model).value(QStringLiteral("aten::add")) >= 1);
        for (const GraphGroup& group : g->model.groups)
            QVERIFY(group.kind != GroupKind::If);

        // A check whose constant condition raises shows the raise in line, and the message
        // formatted for it is drawn and used (assert adds its prefix before the raise).
        const auto strict = m_session.graph({ QString(), QStringLiteral("strict"), expandAll() }).wait();
        int raises = 0, formatUsed = 0;
        for (const GraphNode& n : strict->model.nodes)
            raises += n.kind == QLatin1String("prim::RaiseException");
        for (const GraphEdge& e : strict->model.edges)
            formatUsed += strict->model.nodes[e.from].kind == QLatin1String("aten::format");
        QCOMPARE(raises, 1);
        QCOMPARE(formatUsed, 1);
    }

    void collapsedCallsNameTheirArguments()
    {
        // A collapsed call's folded arguments are named as the callee names them, not arg3.
        GraphOptions o;
        o.expand = GraphOptions::Expand::Depth;
        o.depth = 3;
        const auto g = generatedGraph(QStringLiteral("vit_tiny_scripted.pt"), o);
        if (!g)
            QSKIP(kNotGenerated);
        int calls = 0;
        for (const GraphNode& n : g->model.nodes)
            if (n.label == QLatin1String("self_attention")) {
                ++calls;
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("need_weights"), QStringLiteral("False"))));
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("attn_mask"), QStringLiteral("None"))));
            }
        QVERIFY(calls >= 1);
    }

    void oneGraphIsOneDrawing()
    {
        // cgraph orders clusters by where the heap put their names; numbered names make the same
        // graph come out the same however many layouts ran before it in the process.
        const auto g = generatedGraph(QStringLiteral("resnet18_scripted.pt"), expandAll());
        if (!g)
            QSKIP(kNotGenerated);
        GraphLayouter first, second;
        const GraphLayout a = first.layout(g->model);
        for (int i = 0; i < 3; ++i) {
            QByteArray noise(1 << 12, 'x'); // a different heap for the next run
            const GraphLayout b = second.layout(g->model);
            second.clearCache();
            QCOMPARE(b.nodes, a.nodes);
            QCOMPARE(b.groups, a.groups);
            QCOMPARE(b.edges, a.edges);
        }
    }

    void categoriesOfOps()
    {
        QCOMPARE(nodeCategory(QStringLiteral("aten::conv2d")), NodeCategory::Compute);
        QCOMPARE(nodeCategory(QStringLiteral("aten::linear")), NodeCategory::Compute);
        QCOMPARE(nodeCategory(QStringLiteral("aten::batch_norm")), NodeCategory::Normalization);
        QCOMPARE(nodeCategory(QStringLiteral("aten::relu_")), NodeCategory::Activation); // in place
        QCOMPARE(nodeCategory(QStringLiteral("aten::max_pool2d")), NodeCategory::Pooling);
        QCOMPARE(nodeCategory(QStringLiteral("aten::flatten")), NodeCategory::Shape);
        QCOMPARE(nodeCategory(QStringLiteral("aten::__getitem__")), NodeCategory::Shape);
        QCOMPARE(nodeCategory(QStringLiteral("aten::add_")), NodeCategory::Arithmetic);
        QCOMPARE(nodeCategory(QStringLiteral("aten::__and__")), NodeCategory::Arithmetic);
        QCOMPARE(nodeCategory(QStringLiteral("prim::If")), NodeCategory::ControlFlow);
        QCOMPARE(nodeCategory(QStringLiteral("prim::RaiseException")), NodeCategory::ControlFlow);
        QCOMPARE(nodeCategory(QStringLiteral("prim::CallMethod")), NodeCategory::Call);
        QCOMPARE(nodeCategory(QStringLiteral("prim::Constant")), NodeCategory::Constant);
        QCOMPARE(nodeCategory(QStringLiteral("prim::Param")), NodeCategory::InputOutput);
        QCOMPARE(nodeCategory(QStringLiteral("prim::ListConstruct")), NodeCategory::Shape);
        QCOMPARE(nodeCategory(QStringLiteral("quantized::linear")), NodeCategory::Compute);
        QCOMPARE(nodeCategory(QStringLiteral("foo::bar")), NodeCategory::Other);
        QCOMPARE(categoryName(NodeCategory::ControlFlow), QStringLiteral("control"));
    }

    void jsonAndDot()
    {
        const auto g = graph(QStringLiteral("my_cell_scripted"), expandAll());
        const QJsonObject json = graphToJson(*g);
        const QJsonArray nodes = json[QStringLiteral("nodes")].toArray();
        QCOMPARE(nodes.size(), g->model.nodes.size());
        for (const char* key : { "id", "kind", "category", "label", "module", "x", "y", "width", "height" })
            QVERIFY2(nodes[0].toObject().contains(QLatin1String(key)), key);
        QSet<QString> categories;
        for (const QJsonValue& n : nodes)
            categories << n[QStringLiteral("category")].toString();
        QCOMPARE(categories,
                 (QSet<QString> { QStringLiteral("io"), QStringLiteral("compute"), QStringLiteral("arithmetic"),
                                  QStringLiteral("activation"), QStringLiteral("control"), QStringLiteral("shape") }));
        const QJsonObject edge = json[QStringLiteral("edges")].toArray()[0].toObject();
        for (const char* key : { "from", "to", "type", "points" })
            QVERIFY2(edge.contains(QLatin1String(key)), key);
        const QJsonArray groups = json[QStringLiteral("groups")].toArray();
        QCOMPARE(groups.size(), g->model.groups.size());
        for (const char* key : { "kind", "x", "y", "width", "height", "members" })
            QVERIFY2(groups[1].toObject().contains(QLatin1String(key)), key);
        const QByteArray dot = graphToDot(g->model);
        QVERIFY(dot.startsWith("digraph"));
        QVERIFY(dot.contains("subgraph cluster_"));
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
