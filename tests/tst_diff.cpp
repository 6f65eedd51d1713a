// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two graphs: the alignment, the seed's traced/scripted MyCell, a one-constant change,
// ResNet-18 traced against scripted, code/parameter/output diffs, and the errors.
#include "diff/graphdiff.h"
#include "diff/sequencealign.h"
#include "diff/textdiff.h"
#include "session/comparisonsession.h"
#include "testutil.h"

#include "common/usererror.h"
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <QFileInfo>
#include <QTest>

using namespace jitscope;

class TestDiff : public QObject
{
    Q_OBJECT

    static ModelDiffPtr diff(const QString& left, const QString& right, const QStringList& inputs = {},
                             const QString& leftMethod = {}, const QString& rightMethod = {})
    {
        ComparisonSession session;
        DiffRequest r;
        r.left = { left, QString(), leftMethod };
        r.right = { right, QString(), rightMethod };
        r.inputs = inputs;
        r.layout = false;
        return session.diff(r).wait();
    }

    static const NodeDiff* findEntry(const ModelDiff& d, const QString& kind, const QString& module = QString())
    {
        for (const NodeDiff& e : d.graph.entries)
            if (e.kind == kind && (module.isNull() || e.module == module))
                return &e;
        return nullptr;
    }

private Q_SLOTS:
    void alignment()
    {
        // a b c d  against  a x c d: three pairs, in order.
        const QList<int> l { 1, 2, 3, 4 }, r { 1, 9, 3, 4 };
        auto key = [&](bool left, int i) { return quint64(left ? l[i] : r[i]); };
        auto weight = [&](int i, int j) { return l[i] == r[j] ? 1 : 0; };
        QCOMPARE(alignSequences(4, 4, key, weight), (QList<QPair<int, int>> { { 0, 0 }, { 2, 2 }, { 3, 3 } }));
        // The anchored path (tiny budget) finds the same pairs on a longer sequence with a move.
        QList<int> a, b;
        for (int i = 0; i < 300; ++i)
            a << i;
        b = a;
        b.move(10, 250);
        auto key2 = [&](bool left, int i) { return quint64(left ? a[i] : b[i]); };
        auto weight2 = [&](int i, int j) { return a[i] == b[j] ? 1 : 0; };
        QCOMPARE(alignSequences(300, 300, key2, weight2).size(), 299);
        QCOMPARE(alignSequences(300, 300, key2, weight2, 100).size(), 299);
    }

    void lineDiff()
    {
        const auto lines = diffLines(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\nd\n"));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[1].kind, DiffLine::Kind::Removed);
        QCOMPARE(lines[2].kind, DiffLine::Kind::Added);
        QCOMPARE(lines[4].rightLine, 4);
        QCOMPARE(unifiedDiff(lines, QStringLiteral("l"), QStringLiteral("r")),
                 QStringLiteral("--- l\n+++ r\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n"));
        QVERIFY(unifiedDiff(diffLines(QStringLiteral("x\n"), QStringLiteral("x\n")), {}, {}).isEmpty());
    }

    void archiveAgainstItself()
    {
        for (const QString& id : { QStringLiteral("conv_net"), QStringLiteral("my_cell_scripted") }) {
            const QString path = testutil::example(id);
            const QStringList inputs = id == QLatin1String("conv_net")
                ? QStringList { QStringLiteral("randn(1, 3, 16, 16)") }
                : QStringList { QStringLiteral("randn(3, 4)"), QStringLiteral("randn(3, 4)") };
            const ModelDiffPtr d = diff(path, path, inputs);
            QVERIFY2(d->graph.identical(), qPrintable(id));
            QCOMPARE(d->graph.matched, d->left.model.nodes.size());
            QVERIFY(d->codeDiff.isEmpty());
            for (const ParameterDiff& p : d->parameters)
                QCOMPARE(p.status, ParameterDiff::Status::Same);
            QVERIFY(!d->outputs.isEmpty());
            for (const OutputDiff& o : d->outputs) {
                QVERIFY(o.compared);
                QCOMPARE(o.maxAbs, 0.0); // randn() seeded alike for both sides
            }
        }
    }

    void tracedAgainstScriptedCell()
    {
        const ModelDiffPtr d = diff(testutil::example(QStringLiteral("my_cell_traced")),
                                    testutil::example(QStringLiteral("my_cell_scripted")),
                                    { QStringLiteral("rand(3, 4)"), QStringLiteral("rand(3, 4)") });
        // The trace lost MyDecisionGate's `if`: it and everything of the condition are right-only.
        const NodeDiff* ifNode = findEntry(*d, QStringLiteral("prim::If"));
        QVERIFY(ifNode);
        QCOMPARE(ifNode->diffClass, DiffClass::OnlyRight);
        QCOMPARE(ifNode->module, QStringLiteral("dg"));
        QCOMPARE(findEntry(*d, QStringLiteral("prim::EndIf"))->diffClass, DiffClass::OnlyRight);
        QCOMPARE(findEntry(*d, QStringLiteral("aten::gt"))->diffClass, DiffClass::OnlyRight);
        // The branch the trace kept pairs with the else branch's negation.
        const NodeDiff* neg = findEntry(*d, QStringLiteral("aten::neg"));
        QVERIFY(neg && neg->left >= 0 && neg->right >= 0);
        // linear, add and tanh are matched; nothing exists only in the trace.
        for (const QString& kind :
             { QStringLiteral("aten::linear"), QStringLiteral("aten::add"), QStringLiteral("aten::tanh") }) {
            const NodeDiff* e = findEntry(*d, kind);
            QVERIFY2(e, qPrintable(kind));
            QVERIFY2(e->diffClass == DiffClass::Matched, qPrintable(kind + QLatin1Char(' ') + e->changes.join(u';')));
        }
        QCOMPARE(d->graph.onlyLeft, 0);
        QCOMPARE(d->graph.changed, 0);
        QVERIFY(d->graph.onlyRight >= 4);
        // Partners point at each other.
        QCOMPARE(d->graph.partnerOfRight(neg->right), neg->left);
        QCOMPARE(d->graph.partnerOfLeft(neg->left), neg->right);
        QVERIFY(d->codeDiff.contains(QLatin1String("+  new_h = torch.tanh(_0)")));
        QCOMPARE(d->outputs.size(), 2); // (new_h, new_h)
    }

    void oneConstantChanged()
    {
        const ModelDiffPtr d
            = diff(testutil::fixture(QStringLiteral("scaled_2.pt")), testutil::fixture(QStringLiteral("scaled_3.pt")),
                   { QStringLiteral("tensor([[1.0, 2.0]])") });
        QCOMPARE(d->graph.changed, 1);
        QCOMPARE(d->graph.onlyLeft, 0);
        QCOMPARE(d->graph.onlyRight, 0);
        const NodeDiff& changed = d->graph.entries[d->graph.differences().first()];
        QCOMPARE(changed.kind, QStringLiteral("aten::mul"));
        QCOMPARE(changed.changes, QStringList { QStringLiteral("other: 2.0 → 3.0") });
        // Parameters: the weight differs by 0.5 in one place, the bias is the same.
        QCOMPARE(d->parameters.size(), 2);
        QCOMPARE(d->parameters[0].name, QStringLiteral("linear.weight"));
        QCOMPARE(d->parameters[0].status, ParameterDiff::Status::ValuesDiffer);
        QCOMPARE(*d->parameters[0].maxAbsDiff, 0.5);
        QCOMPARE(d->parameters[1].status, ParameterDiff::Status::Same);
        // Outputs on [1, 2]: left [3, 5], right [7, 7].
        QCOMPARE(d->outputs.size(), 1);
        QCOMPARE(d->outputs[0].maxAbs, 4.0);
        QVERIFY(qAbs(d->outputs[0].maxRel - 4.0 / 7.0) < 1e-6);
        QVERIFY(d->codeDiff.contains(QLatin1String("-  _0 = torch.add(torch.mul((linear).forward(x, ), 2.), 1.)")));
    }

    void keepsBothArchivesOpen()
    {
        // The comparison session opens each side once: a copy that is deleted after the first
        // comparison still compares and runs; a file changed on disk is read again.
        QTemporaryDir dir;
        const QString left = dir.filePath(QStringLiteral("left.pt"));
        const QString right = dir.filePath(QStringLiteral("right.pt"));
        QVERIFY(QFile::copy(testutil::fixture(QStringLiteral("scaled_2.pt")), left));
        QVERIFY(QFile::copy(testutil::fixture(QStringLiteral("scaled_3.pt")), right));
        ComparisonSession session;
        DiffRequest r;
        r.left = { left, QString(), QString() };
        r.right = { right, QString(), QString() };
        r.layout = false;
        QCOMPARE(session.diff(r).wait()->graph.changed, 1);
        QVERIFY(QFile::remove(left));
        QCOMPARE(session.diff(r).wait()->graph.changed, 1);
        const QList<OutputDiff> outputs = session.outputs(r, { QStringLiteral("tensor([[1.0, 2.0]])") }).wait().outputs;
        QCOMPARE(outputs.size(), 1);
        QCOMPARE(outputs[0].maxAbs, 4.0);

        // The right side replaced on disk by the left's archive: no differences any more.
        QVERIFY(QFile::copy(testutil::fixture(QStringLiteral("scaled_2.pt")), left));
        QVERIFY(QFile::remove(right));
        QVERIFY(QFile::copy(testutil::fixture(QStringLiteral("scaled_2.pt")), right));
        QFile touched(right);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        touched.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        touched.close();
        QVERIFY(session.diff(r).wait()->graph.identical());
    }

    void methodsOfOneArchive()
    {
        const QString path = testutil::example(QStringLiteral("my_module"));
        const ModelDiffPtr d = diff(path, path, {}, QStringLiteral("forward"), QStringLiteral("predict"));
        QVERIFY(!d->graph.identical());
        QVERIFY(!d->codeDiff.isEmpty());
    }

    void tracedAgainstScriptedResNet18()
    {
        const QString traced = testutil::generated(QStringLiteral("resnet18_traced.pt"));
        const QString scripted = testutil::generated(QStringLiteral("resnet18_scripted.pt"));
        if (!QFileInfo::exists(traced) || !QFileInfo::exists(scripted))
            SKIP_WITHOUT_FIXTURE(
                "resnet18_*.pt are written by generate_fixtures.py --resnet18 (needs python3-torch, torchvision)");
        const ModelDiffPtr d = diff(traced, scripted, { QStringLiteral("randn(1, 3, 64, 64)") });
        // The script holds the library's checks and branches a trace never records, so the
        // measure is the trace's side: nearly every traced node has its partner.
        const int tracedNodes = d->graph.matched + d->graph.changed + d->graph.onlyLeft;
        QVERIFY2(d->graph.onlyLeft * 20 <= tracedNodes,
                 qPrintable(QStringLiteral("%1 of %2 traced nodes unpaired").arg(d->graph.onlyLeft).arg(tracedNodes)));
        QVERIFY(!d->graph.differences().isEmpty()); // scripting keeps checks a trace drops
        // A trace records BatchNorm's mode as the constant it had (eval); the script reads the
        // module's `training` flag: the diff says so for every one of the 20.
        int modes = 0;
        for (const NodeDiff& e : d->graph.entries)
            if (e.kind == QLatin1String("aten::batch_norm") && e.left >= 0 && e.right >= 0) {
                const QString right = d->right.model.nodes[e.right].module;
                modes += e.changes.contains(QStringLiteral("training: False → %1.training").arg(right));
            }
        QCOMPARE(modes, 20);
        // Every convolution of the trace has its partner.
        int convs = 0;
        for (const NodeDiff& e : d->graph.entries)
            if (e.kind == QLatin1String("aten::conv2d") && e.left >= 0) {
                QCOMPARE(d->left.model.nodes[e.left].kind, QStringLiteral("aten::_convolution"));
                QVERIFY(e.changes.contains(QStringLiteral("op: aten::_convolution → aten::conv2d")));
                ++convs;
            }
        QVERIFY(convs >= 20);
        for (const ParameterDiff& p : d->parameters)
            QCOMPARE(p.status, ParameterDiff::Status::Same); // one model, traced and scripted
        QCOMPARE(d->outputs.size(), 1);
        QVERIFY2(d->outputs[0].maxAbs < 1e-4, qPrintable(QString::number(d->outputs[0].maxAbs)));
    }

    void errors()
    {
        const QString cell = testutil::example(QStringLiteral("my_cell_scripted"));
        const auto message = testutil::errorOf;
        QString m = message(
            [&] { diff(cell, testutil::example(QStringLiteral("my_module")), {}, QStringLiteral("predict")); });
        QVERIFY2(m.contains(QLatin1String("left side")) && m.contains(QLatin1String("predict")), qPrintable(m));
        m = message([&] { diff(cell, QStringLiteral("/nonexistent/b.pt")); });
        QVERIFY2(m.contains(QLatin1String("right side cannot be opened")), qPrintable(m));
        m = message([&] { diff(cell, cell, { QStringLiteral("zeros(2)") }); });
        QVERIFY2(m.contains(QLatin1String("Running the left side")), qPrintable(m));
    }
};

QTEST_MAIN(TestDiff)
#include "tst_diff.moc"
