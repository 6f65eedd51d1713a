// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "calltimesview.h"

#include "codeview.h"
#include "graphpainter.h"
#include "graphscene.h"
#include "graphview.h"
#include "models/parameterdiffmodel.h"
#include "screenfit.h"
#include "session/comparisonsession.h"
#include "values/valueexpr.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jitscope {

namespace {

QIcon swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(color.darker(130));
    p.setBrush(color.isValid() ? color : QColor(Qt::white));
    p.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QString legendEntry(const QColor& color, const QString& text, int count)
{
    return QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;</span>&nbsp;%2 <b>%3</b>&nbsp;&nbsp;&nbsp;")
        .arg(color.isValid() ? color.name() : QStringLiteral("#ffffff"), text)
        .arg(count);
}

QWidget* titled(QLabel* title, QWidget* content, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setTextFormat(Qt::RichText);
    layout->addWidget(title);
    layout->addWidget(content, 1);
    return box;
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_session(new ComparisonSession(this))
    , m_summary(new QLabel(this))
    , m_previous(new QPushButton(tr("Previous"), this))
    , m_next(new QPushButton(tr("Next"), this))
    , m_tabs(new QTabWidget(this))
    , m_differences(new QListWidget(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_leftScene(new GraphScene(this))
    , m_rightScene(new GraphScene(this))
    , m_leftView(new GraphView(m_leftScene, this))
    , m_rightView(new GraphView(m_rightScene, this))
    , m_leftCode(new CodeView(SyntaxHighlighter::Language::TorchScript, this))
    , m_rightCode(new CodeView(SyntaxHighlighter::Language::TorchScript, this))
    , m_parameterModel(new ParameterDiffModel(this))
    , m_parameterTable(new QTableView(this))
    , m_inputs(new QLineEdit(this))
    , m_runOutputs(new QPushButton(tr("Run Both"), this))
    , m_outputStatus(new QLabel(this))
    , m_outputs(new QTreeWidget(this))
{
    setWindowTitle(tr("Compare — JitScope"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(tr("<i>Comparing…</i>"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_next->setShortcut(QKeySequence(Qt::Key_F3));
    m_previous->setToolTip(tr("Previous difference (Shift+F3)"));
    m_next->setToolTip(tr("Next difference (F3)"));
    connect(m_previous, &QPushButton::clicked, this, &ComparisonView::previousDifference);
    connect(m_next, &QPushButton::clicked, this, &ComparisonView::nextDifference);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_previous);
    top->addWidget(m_next);

    // Code: the two texts line by line, kept in step.
    auto* code = new QSplitter(Qt::Horizontal, this);
    code->addWidget(m_leftCode);
    code->addWidget(m_rightCode);
    connect(m_leftCode->verticalScrollBar(), &QScrollBar::valueChanged, m_rightCode->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_rightCode->verticalScrollBar(), &QScrollBar::valueChanged, m_leftCode->verticalScrollBar(),
            &QScrollBar::setValue);

    // Parameters: sortable, numbers sort as numbers.
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_parameterModel);
    proxy->setSortRole(ParameterDiffModel::SortRole);
    m_parameterTable->setModel(proxy);
    m_parameterTable->setSortingEnabled(true);
    m_parameterTable->sortByColumn(ParameterDiffModel::MaxDiffColumn, Qt::DescendingOrder);
    m_parameterTable->horizontalHeader()->setStretchLastSection(true);
    m_parameterTable->verticalHeader()->hide();

    m_tabs->addTab(graphsPage(), tr("Graphs"));
    m_tabs->addTab(code, tr("Code"));
    m_tabs->addTab(m_parameterTable, tr("Parameters"));
    m_tabs->addTab(outputsPage(), tr("Outputs"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    fitToScreen(this, QSize(1280, 800));
    // A window of its own: closed as a document is.
    auto* close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
}

// Graphs: the differences on the left, then the two sides, scrolled and zoomed together.
QWidget* ComparisonView::graphsPage()
{
    m_differences->setObjectName(QStringLiteral("DifferenceList"));
    m_differences->setWordWrap(true);
    // A row is a difference; above them, once outputs were compared, where the models part ways.
    connect(m_differences, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_listOffset && m_divergence)
            showDivergence(*m_divergence);
        else
            showDifference(row - m_listOffset);
    });
    auto* graphs = new QSplitter(Qt::Horizontal, this);
    graphs->addWidget(m_differences);
    graphs->addWidget(titled(m_leftTitle, m_leftView, graphs));
    graphs->addWidget(titled(m_rightTitle, m_rightView, graphs));
    graphs->setStretchFactor(0, 1);
    graphs->setStretchFactor(1, 3);
    graphs->setStretchFactor(2, 3);
    // The list a quarter of the width: at 1024 px its rows ("Op: aten::conv2d → ...") wrapped
    // at 190 px, one difference in four lines.
    graphs->setSizes({ 300, 400, 400 });
    connect(m_leftScene, &GraphScene::nodeSelected, this, [this](int id) { syncSelection(true, id); });
    connect(m_rightScene, &GraphScene::nodeSelected, this, [this](int id) { syncSelection(false, id); });
    connect(m_leftView, &GraphView::zoomChanged, this, [this] { syncZoom(true); });
    connect(m_rightView, &GraphView::zoomChanged, this, [this] { syncZoom(false); });
    for (QScrollBar* bar : { m_leftView->horizontalScrollBar(), m_leftView->verticalScrollBar() })
        connect(bar, &QScrollBar::valueChanged, this, [this] { syncScroll(true); });
    for (QScrollBar* bar : { m_rightView->horizontalScrollBar(), m_rightView->verticalScrollBar() })
        connect(bar, &QScrollBar::valueChanged, this, [this] { syncScroll(false); });
    return graphs;
}

// Outputs: the same inputs into both sides.
QWidget* ComparisonView::outputsPage()
{
    auto* page = new QWidget(this);
    auto* outputsLayout = new QVBoxLayout(page);
    auto* inputsRow = new QHBoxLayout;
    m_inputs->setPlaceholderText(tr("Inputs for both sides, e.g. randn(1, 3, 224, 224) — random values agree"));
    connect(m_inputs, &QLineEdit::returnPressed, this, [this] { compareOutputs(m_inputs->text()); });
    connect(m_runOutputs, &QPushButton::clicked, this, [this] { compareOutputs(m_inputs->text()); });
    inputsRow->addWidget(new QLabel(tr("Inputs:"), page));
    inputsRow->addWidget(m_inputs, 1);
    inputsRow->addWidget(m_runOutputs);
    m_outputStatus->setWordWrap(true);
    m_outputStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outputs->setHeaderLabels(
        { tr("Output"), tr("Left"), tr("Right"), tr("Max abs diff"), tr("Max rel diff"), tr("Note") });
    m_outputs->setRootIsDecorated(false);
    outputsLayout->addLayout(inputsRow);
    outputsLayout->addWidget(m_outputStatus);
    outputsLayout->addWidget(m_outputs, 1);
    return page;
}

ComparisonView::~ComparisonView() = default;

QColor ComparisonView::classColor(DiffClass c)
{
    switch (c) {
    case DiffClass::Matched:
        return {};
    case DiffClass::Changed:
        return QColor(0xe6, 0x95, 0x00);
    case DiffClass::OnlyLeft:
        return QColor(0xd0, 0x30, 0x30);
    case DiffClass::OnlyRight:
        return QColor(0x2e, 0x9e, 0x44);
    }
    return {};
}

void ComparisonView::compare(const DiffRequest& request)
{
    m_request = request;
    m_request.layout = true;
    m_request.inputs.clear();
    m_summary->setText(
        tr("<i>Comparing %1 with %2…</i>")
            .arg(request.left.displayName().toHtmlEscaped(), request.right.displayName().toHtmlEscaped()));
    setWindowTitle(tr("%1 ⟷ %2 — JitScope").arg(request.left.displayName(), request.right.displayName()));
    m_session->diff(m_request)
        .tag(QStringLiteral("diff"))
        .then(
            this, [this](const ModelDiffPtr& diff) { onDiff(diff); },
            [this](const QString& message) { onFailed(message); });
}

void ComparisonView::showSpeed(const TransformResult& r)
{
    if (!m_speed) {
        m_speed = new CallTimesView(this);
        m_speed->setObjectName(QStringLiteral("SpeedTab"));
        m_tabs->addTab(m_speed, tr("Speed"));
    }
    if (!r.timed) {
        m_speed->showNote(tr("Not timed: give inputs when transforming to time both modules."));
        return;
    }
    m_speed->showComparison(tr("original"), r.original, r.transform, r.transformed);
    const QString outputs = !r.outputNote.isEmpty() ? r.outputNote
        : r.outputsMatch
        ? tr("Their outputs agree (largest difference %1).").arg(QLocale().toString(r.maxAbsDiff, 'g', 3))
        : tr("Their outputs differ by up to %1: the Outputs tab shows where they part ways.")
              .arg(QLocale().toString(r.maxAbsDiff, 'g', 3));
    m_speed->summary()->setText(m_speed->summary()->text() + QLatin1Char(' ') + outputs);
}

void ComparisonView::showDiff(const ModelDiffPtr& diff)
{
    m_request = diff->request;
    setWindowTitle(tr("%1 ⟷ %2 — JitScope").arg(m_request.leftName(), m_request.rightName()));
    for (int i = m_tabs->count() - 1; i >= 2; --i)
        m_tabs->removeTab(i); // Parameters, Outputs (and Speed): one archive, one method
    onDiff(diff);
}

void ComparisonView::compareOutputs(const QString& inputs)
{
    const QStringList arguments = ValueExpr::splitList(inputs);
    if (arguments.isEmpty() || m_request.left.path.isEmpty()) {
        m_outputStatus->setText(tr("Type the inputs first: the arguments of the compared method."));
        return;
    }
    if (m_inputs->text() != inputs)
        m_inputs->setText(inputs); // what they ran on, also when asked from outside
    m_outputStatus->setText(tr("Running both sides…"));
    m_runOutputs->setEnabled(false);
    unlistDivergence(); // of other inputs: gone until these answer
    // The archives stay open in the comparison session: only the two calls run.
    m_session->outputs(m_request, arguments)
        .tag(QStringLiteral("outputs"))
        .then(
            this,
            [this](const OutputComparison& outputs) {
                m_runOutputs->setEnabled(true);
                showOutputs(outputs);
                Q_EMIT outputsCompared(true);
            },
            [this](const QString& message) {
                m_runOutputs->setEnabled(true);
                m_outputStatus->setText(
                    QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
                Q_EMIT outputsCompared(false);
            });
}

void ComparisonView::onDiff(const ModelDiffPtr& diff)
{
    m_diff = diff;
    showGraphs();
    showCode();
    m_parameterModel->setParameters(diff->parameters);
    m_parameterTable->resizeColumnsToContents();
    Q_EMIT compared(true);
}

void ComparisonView::onFailed(const QString& message)
{
    m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    Q_EMIT compared(false);
}

void ComparisonView::showGraphs()
{
    const ModelDiff& d = *m_diff;
    const GraphDiff& g = d.graph;
    m_summary->setText(legendEntry(QColor(), tr("matched"), g.matched)
                       + legendEntry(classColor(DiffClass::Changed), tr("changed"), g.changed)
                       + legendEntry(classColor(DiffClass::OnlyLeft), tr("only left"), g.onlyLeft)
                       + legendEntry(classColor(DiffClass::OnlyRight), tr("only right"), g.onlyRight)
                       + (d.codeDiff.isEmpty() ? tr("· code the same") : tr("· code differs")));
    m_leftTitle->setText(tr("<b>Left</b> · %1").arg(d.request.leftName().toHtmlEscaped()));
    m_rightTitle->setText(tr("<b>Right</b> · %1").arg(d.request.rightName().toHtmlEscaped()));
    QHash<int, QColor> leftTints, rightTints;
    for (const NodeDiff& e : g.entries) {
        const QColor c = classColor(e.diffClass);
        if (!c.isValid())
            continue;
        if (e.left >= 0)
            leftTints.insert(e.left, c);
        if (e.right >= 0)
            rightTints.insert(e.right, c);
    }
    // Aliasing pointers: the scenes share the diff's graphs without copying them.
    m_leftScene->setGraph(LaidOutGraphPtr(m_diff, &m_diff->left));
    m_rightScene->setGraph(LaidOutGraphPtr(m_diff, &m_diff->right));
    m_leftScene->setNodeTints(leftTints);
    m_rightScene->setNodeTints(rightTints);
    // At a zoom where the nodes read, from the top, each at its own input (and again as the
    // window resizes: a view placing itself is not followed, see syncScroll); Fit in the tool bar
    // shows all of each.
    m_leftView->showTop();
    m_rightView->showTop();

    m_differences->clear();
    m_differenceEntries = g.differences();
    static const char* marks[] = { "=", "~", "−", "+" };
    for (const int i : std::as_const(m_differenceEntries)) {
        const NodeDiff& e = g.entries[i];
        // A check or update is named in the reader's language, as the graphs beside name it.
        const GraphNode* node = e.right >= 0 ? &d.right.model.nodes.at(e.right) : &d.left.model.nodes.at(e.left);
        const QString label
            = node->brief ? GraphPainter::shownLabel(*node) : (e.right >= 0 ? e.rightLabel : e.leftLabel);
        QString text = QStringLiteral("%1 %2").arg(QString::fromUtf8(marks[int(e.diffClass)]), label);
        if (!e.module.isEmpty())
            text += QStringLiteral("  · %1").arg(e.module);
        // What changed, in the list itself ("training: False → bn1.training"), not only on hover.
        for (const QString& change : e.changes)
            text += QStringLiteral("\n    ") + change;
        auto* item = new QListWidgetItem(swatch(classColor(e.diffClass)), text, m_differences);
        QString tip = e.kind;
        if (!e.changes.isEmpty())
            tip += QLatin1Char('\n') + e.changes.join(QLatin1Char('\n'));
        item->setToolTip(tip);
    }
    m_current = -1;
    m_listOffset = 0;
    m_divergence.reset();
    m_previous->setEnabled(!m_differenceEntries.isEmpty());
    m_next->setEnabled(!m_differenceEntries.isEmpty());
    if (m_differenceEntries.isEmpty())
        new QListWidgetItem(tr("No differences: the graphs match node for node."), m_differences);
}

void ComparisonView::showCode()
{
    QString left, right;
    QList<QTextEdit::ExtraSelection> leftMarks, rightMarks;
    int line = 0;
    QList<QPair<int, DiffLine::Kind>> marks;
    for (const DiffLine& l : m_diff->codeLines) {
        left += (l.kind == DiffLine::Kind::Added ? QString() : l.text) + QLatin1Char('\n');
        right += (l.kind == DiffLine::Kind::Removed ? QString() : l.text) + QLatin1Char('\n');
        if (l.kind != DiffLine::Kind::Same)
            marks << qMakePair(line, l.kind);
        ++line;
    }
    m_leftCode->setText(left);
    m_rightCode->setText(right);
    auto mark = [](CodeView* view, int at, const QColor& color) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(view->document()->findBlockByNumber(at));
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        return s;
    };
    const QColor removed(0xfd, 0xd8, 0xd8), added(0xd6, 0xf2, 0xdc), filler(0xee, 0xee, 0xee);
    for (const auto& m : std::as_const(marks)) {
        const bool isRemoved = m.second == DiffLine::Kind::Removed;
        leftMarks << mark(m_leftCode, m.first, isRemoved ? removed : filler);
        rightMarks << mark(m_rightCode, m.first, isRemoved ? filler : added);
    }
    m_leftCode->setExtraSelections(leftMarks);
    m_rightCode->setExtraSelections(rightMarks);
}

void ComparisonView::showOutputs(const OutputComparison& comparison)
{
    m_outputs->clear();
    double worst = 0;
    for (const OutputDiff& o : comparison.outputs) {
        auto* item = new QTreeWidgetItem(m_outputs);
        item->setText(0, o.path);
        item->setText(1, o.leftSummary);
        item->setText(2, o.rightSummary);
        if (o.compared) {
            item->setText(3, QLocale().toString(o.maxAbs, 'g', 6));
            item->setText(4, QLocale().toString(o.maxRel, 'g', 6));
            worst = std::max(worst, o.maxAbs);
        }
        item->setText(5, o.note);
        if (!o.compared || o.maxAbs > 0)
            for (int c = 0; c < 6; ++c)
                item->setBackground(c, o.compared ? QColor(0xfd, 0xf0, 0xd5) : QColor(0xfd, 0xe0, 0xe0));
    }
    for (int c = 0; c < 6; ++c)
        m_outputs->resizeColumnToContents(c);
    QString status = worst == 0
        ? tr("Both sides computed the same outputs.")
        : tr("The outputs differ: largest absolute difference %1.").arg(QLocale().toString(worst, 'g', 6));
    if (const std::optional<Divergence>& d = comparison.divergence) {
        status += QLatin1Char(' ')
            + tr("<b>The models part ways at %1</b> <code>%2</code>%3 (output %%4)%5 — selected in both graphs.")
                  .arg(d->rightLabel.toHtmlEscaped(), d->kind.toHtmlEscaped(),
                       d->module.isEmpty() ? QString() : tr(" in %1").arg(d->module.toHtmlEscaped()),
                       d->value.toHtmlEscaped(),
                       d->maxAbs ? tr(": max |Δ| %1").arg(QLocale().toString(*d->maxAbs, 'g', 4))
                                 : QLatin1String(": ") + d->note);
        listDivergence(*d);
        showDivergence(*d);
    } else if (comparison.divergenceChecked) {
        status += QLatin1Char(' ')
            + tr("Every matched node's outputs agree (%n node(s) compared).", nullptr, comparison.comparedNodes);
    }
    if (!comparison.note.isEmpty())
        status += QLatin1Char(' ') + comparison.note.toHtmlEscaped();
    m_outputStatus->setText(status);
}

void ComparisonView::unlistDivergence()
{
    if (m_listOffset == 0)
        return;
    const QSignalBlocker blocker(m_differences);
    delete m_differences->takeItem(0);
    m_listOffset = 0;
    m_divergence.reset();
    if (m_differenceEntries.isEmpty() && m_differences->count() > 0)
        m_differences->item(0)->setText(tr("No differences: the graphs match node for node."));
}

void ComparisonView::listDivergence(const Divergence& divergence)
{
    // First in the list of differences: the graphs may match node for node and still compute
    // different values there.
    unlistDivergence();
    const QSignalBlocker blocker(m_differences);
    m_divergence = divergence;
    m_listOffset = 1;
    auto* item = new QListWidgetItem(
        tr("≠ the outputs part ways at %1%2 (output %%3)")
            .arg(divergence.rightLabel, divergence.module.isEmpty() ? QString() : tr(" in %1").arg(divergence.module),
                 divergence.value));
    item->setForeground(QColor(0xb0, 0x20, 0x20));
    item->setToolTip(divergence.kind);
    m_differences->insertItem(0, item);
    m_differences->setCurrentRow(0);
    if (m_differenceEntries.isEmpty() && m_differences->count() > 1)
        m_differences->item(1)->setText(tr("No other differences: the graphs match node for node."));
}

void ComparisonView::showDivergence(const Divergence& divergence)
{
    if (!m_diff || divergence.left >= m_diff->left.model.nodes.size()
        || divergence.right >= m_diff->right.model.nodes.size())
        return;
    m_syncing = true;
    m_leftScene->selectNode(divergence.left);
    m_leftView->centerOnNode(divergence.left);
    m_rightScene->selectNode(divergence.right);
    m_rightView->centerOnNode(divergence.right);
    m_syncing = false;
}

void ComparisonView::showDifference(int index)
{
    if (index < 0 || index >= m_differenceEntries.size() || !m_diff)
        return;
    m_current = index;
    if (m_differences->currentRow() != index + m_listOffset)
        m_differences->setCurrentRow(index + m_listOffset);
    const NodeDiff& e = m_diff->graph.entries[m_differenceEntries[index]];
    m_syncing = true;
    if (e.left >= 0) {
        m_leftScene->selectNode(e.left);
        m_leftView->centerOnNode(e.left);
    }
    if (e.right >= 0) {
        m_rightScene->selectNode(e.right);
        m_rightView->centerOnNode(e.right);
    }
    m_syncing = false;
}

void ComparisonView::nextDifference()
{
    if (!m_differenceEntries.isEmpty())
        showDifference((m_current + 1) % int(m_differenceEntries.size()));
}

void ComparisonView::previousDifference()
{
    if (!m_differenceEntries.isEmpty())
        showDifference(m_current <= 0 ? int(m_differenceEntries.size()) - 1 : m_current - 1);
}

void ComparisonView::syncSelection(bool fromLeft, int node)
{
    if (m_syncing || !m_diff || node < 0)
        return;
    const int partner = fromLeft ? m_diff->graph.partnerOfLeft(node) : m_diff->graph.partnerOfRight(node);
    if (partner < 0)
        return;
    m_syncing = true;
    GraphScene* other = fromLeft ? m_rightScene : m_leftScene;
    other->selectNode(partner);
    (fromLeft ? m_rightView : m_leftView)->centerOnNode(partner);
    m_syncing = false;
}

void ComparisonView::syncZoom(bool fromLeft)
{
    GraphView* from = fromLeft ? m_leftView : m_rightView;
    GraphView* to = fromLeft ? m_rightView : m_leftView;
    if (m_syncing || from->placing() || qAbs(to->zoom() - from->zoom()) <= 1e-9)
        return;
    m_syncing = true;
    to->zoomBy(from->zoom() / to->zoom());
    m_syncing = false;
}

void ComparisonView::syncScroll(bool fromLeft)
{
    GraphView* from = fromLeft ? m_leftView : m_rightView;
    GraphView* to = fromLeft ? m_rightView : m_leftView;
    // A view placing itself at its top is not followed: the narrower side's place put on the
    // wider one showed empty room beside its graph.
    if (m_syncing || from->placing())
        return;
    // Pan together: the same fraction of each side's scroll range.
    m_syncing = true;
    for (int axis = 0; axis < 2; ++axis) {
        QScrollBar* a = axis ? from->verticalScrollBar() : from->horizontalScrollBar();
        QScrollBar* b = axis ? to->verticalScrollBar() : to->horizontalScrollBar();
        const int range = a->maximum() - a->minimum();
        if (range > 0)
            b->setValue(b->minimum() + int(double(a->value() - a->minimum()) / range * (b->maximum() - b->minimum())));
    }
    m_syncing = false;
}

} // namespace jitscope
