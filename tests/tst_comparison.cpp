// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison window as a person uses it: traced against scripted MyCell in colour, stepping
// through differences, partners selected together, zoom in step, code/parameter/output tabs.
#include "codeview.h"
#include "comparisonview.h"
#include "graphscene.h"
#include "graphview.h"
#include "models/parameterdiffmodel.h"
#include "testutil.h"
#include "values/valueexpr.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace jitscope;

// Each side of the comparison shows its graph's input (the top, where the data comes in).
void checkInputsShown(ComparisonView& view)
{
    for (GraphView* side : { view.leftView(), view.rightView() }) {
        const LaidOutGraph& g = *(side == view.leftView() ? view.leftScene() : view.rightScene())->graph();
        const QRectF shown = side->mapToScene(side->viewport()->rect()).boundingRect();
        int input = -1;
        for (const GraphNode& n : g.model.nodes)
            if (input < 0 && n.kind == QLatin1String("prim::Param"))
                input = n.id;
        QVERIFY(input >= 0);
        QVERIFY2(shown.contains(g.layout.nodes[input].center()),
                 qPrintable(QStringLiteral("input at %1, %2; shown %3..%4, %5..%6")
                                .arg(g.layout.nodes[input].center().x())
                                .arg(g.layout.nodes[input].center().y())
                                .arg(shown.left())
                                .arg(shown.right())
                                .arg(shown.top())
                                .arg(shown.bottom())));
    }
}

class TestComparison : public QObject
{
    Q_OBJECT

    static int nodeOfKind(const LaidOutGraph& g, const QString& kind)
    {
        for (const GraphNode& n : g.model.nodes)
            if (n.kind == kind)
                return n.id;
        return -1;
    }

private Q_SLOTS:
    void argumentsSplitAtTopLevelCommas()
    {
        QCOMPARE(ValueExpr::splitList(QStringLiteral("randn(1, 3), [1, 2], \"a,b\", x=3")),
                 QStringList({ QStringLiteral("randn(1, 3)"), QStringLiteral("[1, 2]"), QStringLiteral("\"a,b\""),
                               QStringLiteral("x=3") }));
        QVERIFY(ValueExpr::splitList(QStringLiteral("  ")).isEmpty());
    }

    void parameterModel()
    {
        ParameterDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ParameterDiff same { QStringLiteral("a"),       ParameterDiff::Status::Same, { 2 }, { 2 },
                             QStringLiteral("float32"), QStringLiteral("float32"),   0.0 };
        ParameterDiff gone {
            QStringLiteral("b"), ParameterDiff::Status::OnlyLeft, { 3 }, {}, QStringLiteral("int64"), QString(),
            std::nullopt
        };
        model.setParameters({ same, gone });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ParameterDiffModel::LeftColumn).data().toString(), QStringLiteral("[2] float32"));
        QCOMPARE(model.index(1, ParameterDiffModel::RightColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, ParameterDiffModel::StatusColumn).data().toString(), QStringLiteral("only left"));
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, ParameterDiffModel::MaxDiffColumn).data(ParameterDiffModel::SortRole).toDouble(), -1.0);
        model.setParameters({});
        QCOMPARE(model.rowCount(), 0);
    }

    void tracedAgainstScriptedCell()
    {
        ComparisonView view;
        view.show();
        QSignalSpy compared(&view, &ComparisonView::compared);
        DiffRequest request;
        request.left.path = testutil::example(QStringLiteral("my_cell_traced"));
        request.right.path = testutil::example(QStringLiteral("my_cell_scripted"));
        view.compare(request);
        QVERIFY(compared.wait(30000));
        QCOMPARE(compared.first().at(0).toBool(), true);
        const ModelDiffPtr d = view.diff();
        QVERIFY(view.summary()->text().contains(QStringLiteral("only right <b>%1</b>").arg(d->graph.onlyRight)));
        QCOMPARE(view.differenceList()->count(), d->graph.differences().size());

        // The lost `if` is green on the right; a matched node has no tint.
        const int ifNode = nodeOfKind(d->right, QStringLiteral("prim::If"));
        QCOMPARE(view.rightScene()->nodeTint(ifNode), ComparisonView::classColor(DiffClass::OnlyRight));
        const int tanhLeft = nodeOfKind(d->left, QStringLiteral("aten::tanh"));
        QVERIFY(!view.leftScene()->nodeTint(tanhLeft).isValid());

        // Selecting a node selects its partner.
        QTRY_VERIFY(view.leftScene()->isFilled() && view.rightScene()->isFilled());
        view.leftScene()->selectNode(tanhLeft);
        QCOMPARE(view.rightScene()->selectedNode(), d->graph.partnerOfLeft(tanhLeft));
        QCOMPARE(d->right.model.nodes[view.rightScene()->selectedNode()].kind, QStringLiteral("aten::tanh"));

        // Next/previous step through the list and select the difference's node.
        view.nextDifference();
        QCOMPARE(view.currentDifference(), 0);
        QCOMPARE(view.differenceList()->currentRow(), 0);
        const NodeDiff& first = d->graph.entries[d->graph.differences().first()];
        QCOMPARE(view.rightScene()->selectedNode(), first.right);
        view.previousDifference();
        QCOMPARE(view.currentDifference(), view.differenceList()->count() - 1); // wraps around

        // Zoom stays in step.
        view.leftView()->zoomBy(1.5);
        QVERIFY(qAbs(view.rightView()->zoom() - view.leftView()->zoom()) < 1e-6);

        // Code side by side, changed lines marked; parameters; outputs on the same inputs.
        QCOMPARE(view.leftCode()->document()->blockCount(), view.rightCode()->document()->blockCount());
        QVERIFY(!view.rightCode()->extraSelections().isEmpty());
        QCOMPARE(view.parameterTable()->model()->rowCount(), 2);
        QSignalSpy outputs(&view, &ComparisonView::outputsCompared);
        view.compareOutputs(QStringLiteral("rand(3, 4), rand(3, 4)"));
        QVERIFY(outputs.wait(30000));
        QCOMPARE(outputs.first().at(0).toBool(), true);
        QCOMPARE(view.outputTable()->topLevelItemCount(), 2);
        // A wrong input says so and the view stays usable.
        outputs.clear();
        view.compareOutputs(QStringLiteral("rand(2)"));
        QVERIFY(outputs.wait(30000));
        QCOMPARE(outputs.first().at(0).toBool(), false);
        // The differences, and above them where the models parted ways when their outputs did (the
        // status says so apart from the list).
        const bool parted = view.outputStatus()->text().contains(QLatin1String("part ways"));
        QCOMPARE(view.differenceList()->item(0)->text().startsWith(QStringLiteral("≠")), parted);
        QCOMPARE(view.differenceList()->count(), d->graph.differences().size() + (parted ? 1 : 0));
    }

    // A window of its own: it opens where nodes read and closes as a document does.
    void opensReadableAndClosesWithEscape()
    {
        DiffRequest request;
        request.left.path = testutil::example(QStringLiteral("my_cell_traced"));
        request.right.path = testutil::example(QStringLiteral("my_cell_scripted"));
        auto* view = new ComparisonView;
        view->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<ComparisonView> alive(view);
        QSignalSpy compared(view, &ComparisonView::compared);
        view->resize(700, 360); // the whole graph would be drawn too small to read here
        view->compare(request);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000); // it may come while the window is being exposed
        QVERIFY(view->leftView()->zoom() >= GraphView::kReadableZoom);
        // Esc in a graph with a node selected clears the selection; with none, it closes.
        view->leftScene()->selectNode(0);
        view->leftView()->setFocus();
        QTest::keyClick(view->leftView(), Qt::Key_Escape);
        QVERIFY(alive);
        QCOMPARE(view->leftScene()->selectedNode(), -1);
        QTest::keyClick(view->leftView(), Qt::Key_Escape);
        QTRY_VERIFY(!alive);
    }

    // Each side opens at its own input, although their graphs differ in width: panned together
    // at first, the wider side was put where the narrower one stood and showed empty room.
    void eachSideStartsAtItsInput()
    {
        DiffRequest request;
        request.left.path = testutil::example(QStringLiteral("conv_net"));
        request.right.path = testutil::example(QStringLiteral("my_cell_traced"));
        ComparisonView view;
        QSignalSpy compared(&view, &ComparisonView::compared);
        view.resize(900, 400);
        view.compare(request);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, 30000);
        checkInputsShown(view);
        if (QTest::currentTestFailed())
            return;
        // Resized, each view places itself at its top again, neither following the other there.
        view.resize(1100, 520);
        QTRY_COMPARE(view.leftView()->viewport()->width() > 300, true);
        checkInputsShown(view);
    }

    void identicalAndMissing()
    {
        ComparisonView view;
        QSignalSpy compared(&view, &ComparisonView::compared);
        const QString path = testutil::example(QStringLiteral("conv_net"));
        view.compare({ { path, {}, {} }, { path, {}, {} }, {}, true, true });
        QVERIFY(compared.wait(30000));
        QVERIFY(view.diff()->graph.identical());
        QCOMPARE(view.differenceList()->count(), 1); // "No differences"
        compared.clear();
        view.compare({ { path, {}, {} }, { QStringLiteral("/nonexistent.pt"), {}, {} }, {}, true, true });
        QVERIFY(compared.wait(30000));
        QCOMPARE(compared.first().at(0).toBool(), false);
        QVERIFY(view.summary()->text().contains(QLatin1String("cannot be opened")));
    }
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
