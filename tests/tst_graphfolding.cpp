// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Folding: constants, attributes, checks and updates drawn as what the code does, no more.
#include "graphtests.h"

using namespace jitscope;
using namespace jitscope::graphtests;

class TestGraphFolding : public GraphTestBase
{
    Q_OBJECT

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

    // A loop's folded inputs read as the IR names them (conv_net's `for _ in range(self.repeats)`
    // read `arg0 = repeats`, `arg1 = True`), and so does the body's go-on condition.
    void loopsNameTheirInputs()
    {
        const auto g = graph(QStringLiteral("conv_net"), GraphOptions());
        int loops = 0, bodies = 0;
        for (const GraphNode& n : g->model.nodes) {
            if (n.kind == QLatin1String("prim::Loop")) {
                ++loops;
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("max_trip_count"), QStringLiteral("repeats"))));
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("condition"), QStringLiteral("True"))));
            } else if (n.kind == QLatin1String("prim::BlockReturn") && n.label.endsWith(QLatin1String(" next"))) {
                ++bodies;
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("condition"), QStringLiteral("True"))));
            }
        }
        QCOMPARE(loops, 1);
        QCOMPARE(bodies, 1);
    }

    void biaslessConvolutionReadsNone()
    {
        const QString path = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        if (!QFile::exists(path))
            SKIP_WITHOUT_FIXTURE("written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)");
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

        // A list packed for a check is part of what it asserts, not a value named by a number.
        const auto shaped = m_session.graph({ QString(), QStringLiteral("shaped"), expandAll() }).wait();
        QStringList checks;
        for (const GraphNode& n : shaped->model.nodes)
            if (n.label == QLatin1String("check"))
                checks << n.sublabel;
        QCOMPARE(checks, QStringList { QStringLiteral("size(x) == [h, 2]") });
        QCOMPARE(kindCounts(shaped->model).value(QStringLiteral("prim::ListConstruct")), 0);
        // A list comprehension the code leaves unnamed reads as a list (Faster R-CNN's check read
        // `all(21)`, an IR value's number).
        const auto comprehended = m_session.graph({ QString(), QStringLiteral("comprehended"), expandAll() }).wait();
        checks.clear();
        for (const GraphNode& n : comprehended->model.nodes)
            if (n.label == QLatin1String("check"))
                checks << n.sublabel;
        QCOMPARE(checks, QStringList { QStringLiteral("all([…])") });
        // `if targets is None: raise`, which refines `targets` in its other branch (Faster R-CNN's
        // RPN and ROI heads), is a check too: it was an if with a raise in it.
        const auto refined = m_session.graph({ QString(), QStringLiteral("refined"), expandAll() }).wait();
        QVERIFY(!findGroup(refined->model, GroupKind::If));
        checks.clear();
        for (const GraphNode& n : refined->model.nodes)
            if (n.label == QLatin1String("check"))
                checks << n.sublabel;
        QCOMPARE(checks, QStringList { QStringLiteral("targets is not None") });
        // It hands `targets` on: what reads it after the check reads it from the check, beside it
        // (read from where it was made, it ran from Faster R-CNN's transform deep into rpn).
        int fromCheck = 0;
        for (const GraphEdge& e : refined->model.edges)
            fromCheck += refined->model.nodes[e.from].label == QLatin1String("check")
                && refined->model.nodes[e.to].kind == QLatin1String("aten::len");
        QCOMPARE(fromCheck, 1);

        // An attribute that is None, a bool or a number and that no method assigns is a literal,
        // as torch.jit.freeze takes it: its `is None` and its `if` show the branch taken. One that
        // a method assigns (`reset`) keeps its if, and so does `training` (eval() changes it).
        const auto biased = m_session.graph({ QString(), QStringLiteral("biased"), expandAll() }).wait();
        QVERIFY(!findGroup(biased->model, GroupKind::If));
        QCOMPARE(kindCounts(biased->model).value(QStringLiteral("aten::add")), 0);
        const auto doubled = m_session.graph({ QString(), QStringLiteral("doubling"), expandAll() }).wait();
        QVERIFY(!findGroup(doubled->model, GroupKind::If));
        QCOMPARE(kindCounts(doubled->model).value(QStringLiteral("aten::mul")), 1);
        for (const char* method : { "biased_v", "trained" }) {
            const auto kept = m_session.graph({ QString(), QLatin1String(method), expandAll() }).wait();
            QVERIFY2(findGroup(kept->model, GroupKind::If), method);
        }

        // A validation that loops over an Optional list, asking a method of its own, is one check.
        const auto validated = m_session.graph({ QString(), QStringLiteral("validated"), expandAll() }).wait();
        QVERIFY(!findGroup(validated->model, GroupKind::If) && !findGroup(validated->model, GroupKind::Loop));
        int validations = 0;
        for (const GraphNode& n : validated->model.nodes)
            validations += n.label == QLatin1String("check");
        QCOMPARE(validations, 1);
    }

    // A method called on a TorchScript class object, not a module (Faster R-CNN's
    // `self.box_coder.decode(...)`, which read `CallMethod` with `name = "decode"`): the object's
    // method, the class under it, the arguments named, the object no node of its own.
    void objectCallsNameTheObjectAndMethod()
    {
        m_session.open(testutil::fixture(QStringLiteral("class_call.pt"))).wait();
        const auto g = m_session.graph({ QString(), QString(), GraphOptions() }).wait();
        const GraphNode* call = nullptr;
        for (const GraphNode& n : g->model.nodes)
            if (n.kind == QLatin1String("prim::CallMethod"))
                call = &n;
        QVERIFY(call);
        QCOMPARE(call->label, QStringLiteral("coder.decode"));
        QCOMPARE(call->sublabel, QStringLiteral("Coder"));
        QCOMPARE(call->inputNames, (QStringList { QStringLiteral("codes"), QStringLiteral("boxes") }));
        QCOMPARE(kindCounts(g->model).value(QStringLiteral("prim::GetAttr")), 0);
        QCOMPARE(g->model.nodes.size(), 4); // codes, boxes, the call, the output
    }

    void listsReadFromTheirLastChange()
    {
        m_session.open(testutil::generated(QStringLiteral("folds.pt"))).wait();
        // A list a loop appends to is read after the loop from the loop's end (the loop hands
        // its last change on), not as the empty list it was made.
        const auto collected = m_session.graph({ QString(), QStringLiteral("collected"), expandAll() }).wait();
        const GraphModel& c = collected->model;
        int viewFed = 0;
        for (const GraphEdge& e : c.edges)
            if (c.nodes[e.to].kind == QLatin1String("aten::view")
                && c.nodes[e.from].kind == QLatin1String("prim::EndLoop"))
                ++viewFed;
        QCOMPARE(viewFed, 1);
        for (const GraphNode& n : c.nodes)
            if (n.kind == QLatin1String("aten::view"))
                for (const GraphValue& in : n.inputs)
                    QVERIFY2(!in.folded || in.name != QLatin1String("[]"), "the list is no empty text");

        // A list appended to and returned is the list itself (its reader takes no values from
        // it): a node its appends read on from, the last one returned.
        const auto listed = m_session.graph({ QString(), QStringLiteral("listed"), expandAll() }).wait();
        const QMap<QString, int> l = kindCounts(listed->model);
        QCOMPARE(l.value(QStringLiteral("prim::ListConstruct")), 1);
        QCOMPARE(l.value(QStringLiteral("aten::append")), 2);
        bool returned = false;
        for (const GraphEdge& e : listed->model.edges)
            returned = returned
                || (listed->model.nodes[e.from].kind == QLatin1String("aten::append")
                    && listed->model.nodes[e.to].kind == QLatin1String("prim::Return"));
        QVERIFY(returned);
        // Appended to in both branches of an if, folded into an update: what reads the list
        // after it reads it from the update; opened, each branch hands its change on to the end.
        const auto branched = m_session.graph({ QString(), QStringLiteral("branched"), expandAll() }).wait();
        const GraphNode* update = nullptr;
        for (const GraphNode& n : branched->model.nodes)
            if (n.label == QLatin1String("update"))
                update = &n;
        QVERIFY(update);
        auto feeds = [](const GraphModel& m, const char* from, const char* to) {
            int count = 0;
            for (const GraphEdge& e : m.edges)
                count += m.nodes[e.from].kind == QLatin1String(from) && m.nodes[e.to].kind == QLatin1String(to);
            return count;
        };
        QCOMPARE(feeds(branched->model, "prim::If", "aten::cat"), 1);
        GraphOptions openIf = expandAll();
        openIf.expand = GraphOptions::Expand::Keys;
        openIf.keys = { update->expandKey };
        const auto opened = m_session.graph({ QString(), QStringLiteral("branched"), openIf }).wait();
        QCOMPARE(feeds(opened->model, "aten::append", "prim::BlockReturn"), 2);
        QCOMPARE(feeds(opened->model, "prim::EndIf", "aten::cat"), 1);
    }

    void collapsedCallsNameTheirArguments()
    {
        // A collapsed call's folded arguments are named as the callee names them, not arg3.
        GraphOptions o;
        o.expand = GraphOptions::Expand::Depth;
        o.depth = 3;
        const auto g = generatedGraph(QStringLiteral("vit_tiny_scripted.pt"), o);
        if (!g)
            SKIP_WITHOUT_FIXTURE(kNotGenerated);
        int calls = 0;
        for (const GraphNode& n : g->model.nodes)
            if (n.label == QLatin1String("self_attention")) {
                ++calls;
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("need_weights"), QStringLiteral("False"))));
                QVERIFY(n.attributes.contains(qMakePair(QStringLiteral("attn_mask"), QStringLiteral("None"))));
            }
        QVERIFY(calls >= 1);
    }

    void attentionShowsWhatItsCallerDecides()
    {
        // ViT's encoder block calls its attention as (x, x, x) without masks. Expanded there,
        // `query is key` is True and the masks are None wherever they are handed on (through
        // ifs that refine or copy them): no identity test on a mask or on one value against
        // itself is left, nor a placeholder a raising branch gives, nor a type refinement.
        // F.multi_head_attention_forward's unbatched path unsqueezes query, key and value into
        // three tensors, so `k is v` in _in_projection_packed stays a question.
        if (!generatedGraph(QStringLiteral("vit_tiny_scripted.pt"), GraphOptions()))
            SKIP_WITHOUT_FIXTURE(kNotGenerated);
        const auto g
            = m_session.graph({ QStringLiteral("encoder.layers.encoder_layer_0"), QString(), expandAll() }).wait();
        const QMap<QString, int> kinds = kindCounts(g->model);
        for (const char* folded : { "prim::Uninitialized", "prim::unchecked_cast", "aten::__isnot__" })
            QVERIFY2(!kinds.contains(QLatin1String(folded)), folded);
        QCOMPARE(kinds.value(QStringLiteral("aten::__is__")), 2); // _in_projection_packed's k is v, q is k
        for (const GraphNode& n : g->model.nodes) {
            if (n.kind != QLatin1String("aten::__is__"))
                continue;
            QCOMPARE(n.inputs.size(), 2);
            QVERIFY(n.inputs[0].name != n.inputs[1].name);
        }
        // The fast path's reasons (each tensor on a CUDA or CPU device, gradients) are selects,
        // its kernel one node; the dropout that a dropout_p of 0.0 skips is not drawn.
        QCOMPARE(kinds.value(QStringLiteral("aten::_native_multi_head_attention")), 1);
        QCOMPARE(kinds.value(QStringLiteral("aten::find")), 0);
        // `all([x.is_cuda or "cpu" in str(x.device) for x in tensor_args])`, unrolled into seven
        // appends to an empty list: `all` reads the seven values, no append or list is drawn.
        QCOMPARE(kinds.value(QStringLiteral("aten::append")), 0);
        QCOMPARE(kinds.value(QStringLiteral("aten::all")), 1);
        for (const GraphNode& n : g->model.nodes)
            if (n.kind == QLatin1String("aten::all")) {
                QCOMPARE(n.inputs.size(), 7);
                QVERIFY(n.inputNames.value(6).endsWith(QLatin1String("[6]")));
            }
        QCOMPARE(kinds.value(QStringLiteral("aten::dropout")), 3); // the block's and its MLP's two
        int ifs = 0;
        for (const GraphGroup& group : g->model.groups)
            ifs += group.kind == GroupKind::If;
        QVERIFY2(ifs <= 12, qPrintable(QString::number(ifs))); // 44 before these folds
        checkGeometry(*g);
    }
};

QTEST_GUILESS_MAIN(TestGraphFolding)
#include "tst_graphfolding.moc"
