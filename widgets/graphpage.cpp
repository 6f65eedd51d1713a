// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpage.h"

#include "adaptivesplitter.h"
#include "document.h"
#include "elidedlabel.h"
#include "graphlegend.h"
#include "graphpainter.h"
#include "graphscene.h"
#include "graphview.h"
#include "modelsession.h"
#include "textformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace jitscope {

namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

GraphPage::GraphPage(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(document->session())
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_inspector(new QTextBrowser(this))
    , m_methodPicker(new QComboBox(this))
    , m_foldBox(new QCheckBox(tr("Fold"), this))
    , m_depthBox(new QSpinBox(this))
    , m_findEdit(new QLineEdit(this))
    , m_findLabel(new QLabel(this))
    , m_info(new ElidedLabel(this))
    , m_message(new QLabel(this))
    , m_runLabel(new QLabel(this))
    , m_heatButton(toolButton(tr("Time heat map"),
                              tr("Colour every node by the time it took in the observed run: "
                                 "yellow for little, red for the slowest"),
                              this))
{
    QToolBar* bar = createToolBar();

    QHBoxLayout* findRow = createFindRow();

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a03030; padding: 4px; }"));
    m_message->hide();

    m_inspector->setOpenLinks(false);
    m_inspector->setPlaceholderText(
        tr("Click a node to inspect it; click an edge to highlight its value's producer "
           "and consumers; double-click a call to expand it, a group's title to collapse it."));
    // Narrow, the inspector moves under the graph: the graph keeps the width it needs.
    auto* splitter = new AdaptiveSplitter(720, this);
    splitter->setFirstShare(0.7);
    splitter->setChildrenCollapsible(true);
    splitter->addWidget(m_view);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 700, 240 });
    m_inspector->setMinimumWidth(180);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addLayout(findRow);
    layout->addWidget(m_message);
    m_runBar = createRunBar();
    layout->addWidget(m_runBar);
    layout->addWidget(splitter, 1);

    connect(document, &Document::archiveChanged, this, &GraphPage::setSnapshot);
    connect(document, &Document::snapshotChanged, this, [this](const SnapshotPtr& s) { m_snapshot = s; });
    connect(document, &Document::selectionChanged, this, [this, document](const QString& module) {
        const QString method = document->shownMethod();
        if (!method.isEmpty())
            showMethod(module, method);
    });
    connect(m_scene, &GraphScene::nodeSelected, this, &GraphPage::showInspector);
    connect(m_scene, &GraphScene::nodeActivated, this, [this](int id) {
        const LaidOutGraphPtr g = m_scene->graph();
        if (g && !g->model.nodes[id].expandKey.isEmpty())
            toggleCall(g->model.nodes[id].expandKey);
    });
    connect(m_scene, &GraphScene::groupActivated, this, [this](int id) {
        const LaidOutGraphPtr g = m_scene->graph();
        if (g && !g->model.groups[id].expandKey.isEmpty())
            toggleCall(g->model.groups[id].expandKey);
    });
    connect(m_scene, &GraphScene::valueSelected, this, &GraphPage::showValueInspector);
    connect(document, &Document::observedRunChanged, this, &GraphPage::onObservedRun);
}

QWidget* GraphPage::createRunBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("observedRunBar"));
    bar->setStyleSheet(QStringLiteral("#observedRunBar { background: #eef4fb; border-bottom: 1px solid #c8d8ec; }"));
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 2, 4, 2);
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextFormat(Qt::RichText);
    m_heatButton->setCheckable(true);
    connect(m_heatButton, &QToolButton::toggled, m_scene, &GraphScene::setHeatMap);
    auto* clear = toolButton(tr("Clear"), tr("Take the observed run off the graph"), bar);
    connect(clear, &QToolButton::clicked, this, [this] { m_document->dropObservedRun(QString()); });
    row->addWidget(m_runLabel, 1);
    row->addWidget(m_heatButton);
    row->addWidget(clear);
    bar->hide();
    return bar;
}

void GraphPage::onObservedRun(const ObservedRunPtr& run, const QString& reason)
{
    m_scene->setObservedRun(run);
    if (!run) {
        m_heatButton->hide();
        m_runBar->setVisible(!reason.isEmpty());
        m_runLabel->setText(tr("<span style='color:#6a4a00'>The observed run is no longer drawn: %1. Observe the "
                               "call again in the Run dock.</span>")
                                .arg(escaped(reason)));
        return;
    }
    int nonFinite = 0;
    for (const ObservedValue& v : run->values)
        nonFinite += v.nonFinite ? 1 : 0;
    const QString call = (run->module.isEmpty() ? QString() : run->module + QLatin1Char('.')) + run->method;
    QString text = tr("<b>Observed</b> %1(%2): %n value(s)", nullptr, int(run->values.size()))
                       .arg(escaped(call), escaped(run->argumentsText));
    if (run->timeMs)
        text += tr(", %1 ms a call").arg(*run->timeMs, 0, 'f', 2);
    if (run->macs > 0)
        text += tr(", %1 MACs").arg(formatMacs(run->macs));
    if (nonFinite > 0)
        text += tr(", <span style='color:#c01818'>%n with NaN or Inf (red edges)</span>", nullptr, nonFinite);
    if (!run->failedNode.isEmpty())
        text += tr(", <span style='color:#c01818'>failed in the node outlined red</span>");
    if (run->notKept > 0)
        text += tr(", %n tensor(s) over the budget: statistics only", nullptr, run->notKept);
    if (!run->timingNote.isEmpty())
        text += QStringLiteral("; ") + escaped(run->timingNote);
    m_runLabel->setText(text);
    m_heatButton->setVisible(run->timeMs.has_value());
    m_runBar->show();
}

QToolBar* GraphPage::createToolBar()
{
    m_methodPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_methodPicker->setMinimumContentsLength(12); // leaves room for the docks beside the graph
    m_methodPicker->setToolTip(tr("The method whose graph is shown"));
    connect(m_methodPicker, &QComboBox::activated, this, [this](int index) {
        const QStringList parts = m_methodPicker->itemData(index).toStringList();
        if (parts.size() == 2)
            showMethod(parts[0], parts[1]);
    });
    m_foldBox->setChecked(true);
    m_foldBox->setToolTip(
        tr("Show constants, constant lists and attribute reads as attributes of the nodes that use them, an "
           "input check (if …: raise) or a selection (a if c else b) as one node, and of an if on a "
           "constant only the branch it takes"));
    connect(m_foldBox, &QCheckBox::toggled, this, &GraphPage::setFolding);
    m_depthBox->setRange(1, 20);
    m_depthBox->setValue(1);
    m_depthBox->setPrefix(tr("depth "));

    // A tool bar, so that what does not fit a narrow window moves into its » menu.
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("graphToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    auto add = [this, bar](const QString& text, const QString& tip, auto slot) {
        QAction* a = bar->addAction(text);
        a->setToolTip(tip);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    bar->addWidget(m_methodPicker);
    bar->addWidget(m_foldBox);
    bar->addSeparator();
    add(tr("Expand All"), tr("Expand every module and function call: the fully inlined graph"),
        [this] { expandAll(); });
    add(tr("Collapse All"), tr("Show every call as one box"), [this] { collapseAll(); });
    bar->addWidget(m_depthBox);
    add(tr("Expand to Depth"), tr("Expand calls nested fewer levels deep than this"),
        [this] { expandToDepth(m_depthBox->value()); });
    bar->addSeparator();
    add(QStringLiteral("−"), tr("Zoom out"), [this] { m_view->zoomBy(0.8); });
    add(QStringLiteral("+"), tr("Zoom in"), [this] { m_view->zoomBy(1.25); });
    add(tr("Fit"), tr("Show the whole graph in the window"), [this] { m_view->fitGraph(); });
    add(tr("Top"), tr("Back to the top of the graph at a readable zoom"), [this] { m_view->showTop(); });
    bar->addSeparator();
    QAction* overview = add(tr("Overview"), tr("Show the overview of the whole graph in the corner"),
                            [this](bool on) { m_view->setMiniMapEnabled(on); });
    overview->setCheckable(true);
    overview->setChecked(true);
    QAction* legend = add(tr("Legend"), tr("Show what the colours of the ops mean"),
                          [this](bool on) { m_view->setLegendEnabled(on); });
    legend->setCheckable(true);
    legend->setChecked(true);
    m_view->setLegendEnabled(true);
    add(tr("Export…"), tr("Save the graph as SVG or PNG"), [this] { exportDialog(); });
    return bar;
}

QHBoxLayout* GraphPage::createFindRow()
{
    m_findEdit->setPlaceholderText(tr("Find op, value or module (Enter: next, Shift+Enter: previous)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setObjectName(QStringLiteral("graphFind"));
    m_findEdit->setMinimumWidth(120);
    auto* findKey = new QShortcut(QKeySequence::Find, this);
    findKey->setContext(Qt::WindowShortcut); // the page's shortcut while it is the visible tab
    connect(findKey, &QShortcut::activated, this, [this] {
        m_findEdit->setFocus(Qt::ShortcutFocusReason);
        m_findEdit->selectAll();
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this,
            [this] { find(m_findEdit->text(), QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    auto* prev = toolButton(tr("Previous"), tr("Previous match"), this);
    connect(prev, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), true); });
    auto* next = toolButton(tr("Next"), tr("Next match"), this);
    connect(next, &QToolButton::clicked, this, [this] { find(m_findEdit->text(), false); });
    auto* findRow = new QHBoxLayout;
    findRow->setContentsMargins(4, 0, 4, 2);
    findRow->addWidget(m_findEdit, 3);
    findRow->addWidget(prev);
    findRow->addWidget(next);
    findRow->addWidget(m_findLabel);
    findRow->addSpacing(8);
    findRow->addWidget(m_info, 1);
    // The counts line may be cut short rather than widen the window.
    m_info->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return findRow;
}

LaidOutGraphPtr GraphPage::graph() const
{
    return m_scene->graph();
}

void GraphPage::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_module.clear();
    m_method.clear();
    m_scene->setGraph(nullptr);
    m_inspector->clear();
    // Another archive: the last one's search means nothing here.
    m_findEdit->clear();
    m_findLabel->clear();
    m_lastFind.clear();
    m_hits.clear();
    m_hitIndex = -1;
    updateMethodPicker();
}

void GraphPage::updateMethodPicker()
{
    m_methodPicker->clear();
    if (!m_snapshot)
        return;
    for (const MethodInfo& m : m_snapshot->methods) {
        const QString label = (m.module.isEmpty() ? QString() : m.module + QLatin1Char('.')) + m.name;
        m_methodPicker->addItem(label, QStringList { m.module, m.name });
    }
}

void GraphPage::showMethod(const QString& module, const QString& method)
{
    if (module == m_module && method == m_method && (m_scene->graph() || m_waiting))
        return;
    m_module = module;
    m_method = method;
    m_options.expand = GraphOptions::Expand::Keys;
    m_options.keys.clear();
    m_options.collapsed.clear();
    m_options.expandWrappers = true;
    m_fitPending = true;
    for (int i = 0; i < m_methodPicker->count(); ++i) {
        if (m_methodPicker->itemData(i).toStringList() == QStringList { module, method })
            m_methodPicker->setCurrentIndex(i);
    }
    request();
}

void GraphPage::request()
{
    if (!m_snapshot || m_method.isEmpty())
        return;
    m_message->hide();
    m_info->setFullText(tr("Laying out…"));
    m_waiting = true;
    m_session->graph({ m_module, m_method, m_options })
        .tag(QStringLiteral("graph"))
        .then(
            this, [this](const LaidOutGraphPtr& graph) { onGraphReady(graph); },
            [this](const QString& message) { onRequestFailed(message); });
}

void GraphPage::expandAll()
{
    m_options.expand = GraphOptions::Expand::All;
    m_options.collapsed.clear();
    m_fitPending = true; // a different graph altogether: start from its top
    request();
}

void GraphPage::collapseAll()
{
    // Every call as one box, the wrappers that open on their own included.
    m_options.expand = GraphOptions::Expand::Keys;
    m_options.keys.clear();
    m_options.collapsed.clear();
    m_options.expandWrappers = false;
    m_fitPending = true;
    request();
}

void GraphPage::expandToDepth(int depth)
{
    m_options.expand = GraphOptions::Expand::Depth;
    m_options.depth = depth;
    m_options.collapsed.clear();
    m_options.expandWrappers = true;
    m_fitPending = true;
    request();
}

void GraphPage::toggleCall(const QString& expandKey)
{
    // Expanding or collapsing one call keeps every other call as it is shown now.
    if (m_options.expand != GraphOptions::Expand::Keys) {
        m_options.keys.clear();
        if (const LaidOutGraphPtr g = m_scene->graph())
            for (const GraphGroup& group : g->model.groups)
                if (!group.expandKey.isEmpty())
                    m_options.keys.insert(group.expandKey);
        m_options.expand = GraphOptions::Expand::Keys;
    }
    bool expanded = false;
    if (const LaidOutGraphPtr g = m_scene->graph())
        for (const GraphGroup& group : g->model.groups)
            expanded = expanded || group.expandKey == expandKey;
    if (expanded) {
        m_options.keys.remove(expandKey);
        m_options.collapsed.insert(expandKey); // a wrapper would open again on its own
    } else {
        m_options.keys.insert(expandKey);
        m_options.collapsed.remove(expandKey);
    }
    m_focusKey = expandKey;
    request();
}

void GraphPage::setFolding(bool fold)
{
    if (m_foldBox->isChecked() != fold)
        m_foldBox->setChecked(fold); // re-enters through toggled
    if (m_options.fold == fold)
        return;
    m_options.fold = fold;
    request();
}

void GraphPage::onGraphReady(const LaidOutGraphPtr& graph)
{
    m_waiting = false;
    const QPointF oldCenter = m_view->mapToScene(m_view->viewport()->rect().center());
    m_scene->setGraph(graph);
    m_inspector->clear();
    m_hits.clear();
    m_hitIndex = -1;
    m_findLabel->clear();
    m_info->setFullText(tr("%1 nodes · %2 edges · %3 groups · built in %4 ms, laid out in %5 ms (%6 dot runs)")
                            .arg(graph->model.nodes.size())
                            .arg(graph->model.edges.size())
                            .arg(graph->model.groups.size() - 1)
                            .arg(graph->buildMs, 0, 'f', 0)
                            .arg(graph->layoutMs, 0, 'f', 0)
                            .arg(graph->layout.dotRuns));
    if (m_fitPending) {
        m_fitPending = false;
        m_view->showTop();
    } else if (!m_focusKey.isEmpty()) {
        // Keep the call that was toggled in view.
        for (const GraphGroup& g : graph->model.groups)
            if (g.expandKey == m_focusKey)
                m_view->centerOn(graph->layout.groups[g.id].topLeft()
                                 + QPointF(m_view->viewport()->width() / 2.0 / m_view->zoom() - 20,
                                           m_view->viewport()->height() / 2.0 / m_view->zoom() - 20));
        for (const GraphNode& n : graph->model.nodes)
            if (n.expandKey == m_focusKey)
                m_view->centerOn(graph->layout.nodes[n.id].center());
    } else {
        m_view->centerOn(oldCenter);
    }
    m_focusKey.clear();
    Q_EMIT graphShown();
}

void GraphPage::onRequestFailed(const QString& message)
{
    m_waiting = false;
    m_info->setFullText(QString());
    m_message->setText(message);
    m_message->show();
    Q_EMIT statusMessage(message);
}

int GraphPage::find(const QString& text, bool backwards)
{
    const LaidOutGraphPtr g = m_scene->graph();
    if (!g || text.isEmpty()) {
        m_scene->setSearchHits({});
        m_findLabel->clear();
        return 0;
    }
    if (text != m_lastFind) {
        m_lastFind = text;
        m_hits = findNodes(g->model, text);
        m_hitIndex = -1;
        m_scene->setSearchHits(m_hits);
    }
    if (m_hits.isEmpty()) {
        m_findLabel->setText(tr("no match"));
        return 0;
    }
    m_hitIndex = backwards ? (m_hitIndex <= 0 ? int(m_hits.size()) - 1 : m_hitIndex - 1)
                           : (m_hitIndex + 1) % int(m_hits.size());
    const int node = m_hits[m_hitIndex];
    m_scene->selectNode(node);
    m_view->centerOnNode(node);
    m_findLabel->setText(tr("%1 of %2").arg(m_hitIndex + 1).arg(m_hits.size()));
    return int(m_hits.size());
}

void GraphPage::showInspector(int id)
{
    const LaidOutGraphPtr g = m_scene->graph();
    if (!g)
        return;
    const GraphNode& n = g->model.nodes[id];
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'><code>%2</code></p>")
                       .arg(escaped(n.label), escaped(n.kind));
    html += tr("<p><b>Category:</b> %1</p>").arg(GraphLegend::categoryLabel(n.category));
    html += tr("<p><b>Module:</b> %1</p>").arg(n.module.isEmpty() ? tr("(root)") : escaped(n.module));
    if (!n.source.isEmpty())
        html += tr("<p><b>Source:</b> %1</p>").arg(escaped(n.source));
    if (!n.sourceText.isEmpty())
        html += QStringLiteral("<pre style='background:#f4f4f4'>%1</pre>").arg(escaped(n.sourceText));
    if (!n.expandKey.isEmpty())
        html += tr("<p><b>Calls:</b> <code>%1</code><br><i>A call: double-click to expand it in place.</i></p>")
                    .arg(escaped(n.expandKey));
    auto valueRows = [&](const QList<GraphValue>& values, const QStringList& names) {
        QString rows;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const GraphValue& v = values[i];
            const QString arg
                = i < names.size() && !names[i].isEmpty() ? escaped(names[i]) + QStringLiteral(": ") : QString();
            rows += QStringLiteral("<li>%1<code>%2</code> <span style='color:#666'>%3</span>%4</li>")
                        .arg(arg, escaped(v.folded ? v.name : QLatin1Char('%') + v.name), escaped(v.type),
                             v.folded ? tr(" (folded)") : QString());
        }
        return rows.isEmpty() ? tr("<p>none</p>")
                              : QStringLiteral("<ul style='margin-left:-20px'>") + rows + QStringLiteral("</ul>");
    };
    html += tr("<p><b>Inputs</b></p>") + valueRows(n.inputs, n.inputNames);
    html += tr("<p><b>Outputs</b></p>") + valueRows(n.outputs, {});
    if (const ObservedRunPtr run = m_scene->observedRun()) {
        const ObservedNode* observed = run->node(n.observedKey());
        QString rows;
        if (observed) {
            rows += tr("<li>%n call(s)</li>", nullptr, observed->calls);
            if (observed->timeMs)
                rows += tr("<li>time %1 ms, own %2 ms (median of %3 runs)</li>")
                            .arg(*observed->timeMs, 0, 'f', 3)
                            .arg(observed->selfMs.value_or(0), 0, 'f', 3)
                            .arg(run->repeat);
            if (observed->macs > 0)
                rows += tr("<li>%1 multiply-accumulates</li>").arg(formatMacs(observed->macs));
        }
        if (!n.observedKey().isEmpty() && run->failedPath.contains(n.observedKey()))
            rows += tr("<li style='color:#c01818'>The call failed here: %1</li>")
                        .arg(escaped(run->error.section(QLatin1Char('\n'), -1)));
        auto observedRows = [&](const QList<GraphValue>& values, const QString& title) {
            QString list;
            for (const GraphValue& v : values)
                if (const ObservedValue* seen = v.key.isEmpty() ? nullptr : run->value(v.key))
                    list += QStringLiteral("<li><code>%%1</code> %2</li>")
                                .arg(escaped(v.name), observedValueHtml(*seen));
            return list.isEmpty()
                ? QString()
                : title + QStringLiteral("<ul style='margin-left:-20px'>") + list + QStringLiteral("</ul>");
        };
        const QString inputs = observedRows(n.inputs, tr("<p><b>Inputs seen</b></p>"));
        const QString outputs = observedRows(n.outputs, tr("<p><b>Outputs seen</b></p>"));
        if (!rows.isEmpty() || !inputs.isEmpty() || !outputs.isEmpty())
            html += tr("<p><b>In the observed run</b></p>") + QStringLiteral("<ul style='margin-left:-20px'>") + rows
                + QStringLiteral("</ul>") + inputs + outputs;
        else
            html += tr("<p><i>Not run in the observed call.</i></p>");
    }
    if (!n.attributes.isEmpty()) {
        html += tr("<p><b>Attributes</b></p><ul style='margin-left:-20px'>");
        for (const auto& a : n.attributes)
            html += QStringLiteral("<li>%1 = <code>%2</code></li>").arg(escaped(a.first), escaped(a.second));
        html += QStringLiteral("</ul>");
    }
    m_inspector->setHtml(html);
}

void GraphPage::showValueInspector(int edge)
{
    const LaidOutGraphPtr g = m_scene->graph();
    if (!g || edge < 0 || edge >= g->model.edges.size())
        return;
    const GraphModel& m = g->model;
    const GraphEdge& e = m.edges[edge];
    auto nodeText = [&](int id) {
        const GraphNode& n = m.nodes[id];
        return QStringLiteral("<b>%1</b> <code>%2</code>").arg(escaped(n.label), escaped(n.kind));
    };
    if (e.control) {
        m_inspector->setHtml(tr("<h3 style='margin:0'>Control edge</h3><p>From %1 to %2: orders a block's "
                                "steps and carries no value.</p>")
                                 .arg(nodeText(e.from), nodeText(e.to)));
        return;
    }
    QString consumers;
    int count = 0;
    for (int id : m_scene->highlightedNodes()) {
        if (id == e.from)
            continue;
        consumers += QStringLiteral("<li>") + nodeText(id) + QStringLiteral("</li>");
        ++count;
    }
    QString html = QStringLiteral("<h3 style='margin:0'>%%1</h3><p style='margin-top:2px'><code>%2</code></p>")
                       .arg(escaped(e.value), escaped(e.type));
    html += tr("<p><b>Produced by:</b> %1</p>").arg(nodeText(e.from));
    html += tr("<p><b>Consumed by</b> (%1)</p>").arg(count) + QStringLiteral("<ul style='margin-left:-20px'>")
        + consumers + QStringLiteral("</ul>");
    const ObservedRunPtr run = m_scene->observedRun();
    if (const ObservedValue* seen = run ? run->value(e.key) : nullptr) {
        html += tr("<p><b>In the observed run</b></p><p>%1</p>").arg(observedValueHtml(*seen));
        if (seen->kept) {
            html += tr("<p><i>Shown in the tensor viewer.</i></p>");
            Q_EMIT tensorActivated(TensorRef::observed(seen->key));
        } else if (seen->isTensor) {
            html += tr("<p><i>Not kept (over the budget): statistics only.</i></p>");
        }
    } else if (run) {
        html += tr("<p><i>Not computed in the observed call (a branch not taken).</i></p>");
    }
    m_inspector->setHtml(html);
    Q_EMIT statusMessage(
        tr("Value %%1 : %2 — producer and %n consumer(s) highlighted", nullptr, count).arg(e.value, e.type));
}

QString GraphPage::observedValueHtml(const ObservedValue& v) const
{
    QString html = QStringLiteral("<code>%1</code>").arg(escaped(v.shapeText()));
    if (v.isTensor)
        html += QStringLiteral(" %1 %2").arg(escaped(v.dtype), escaped(v.device));
    if (v.calls > 1)
        html += tr(" (%n call(s)%1)", nullptr, v.calls)
                    .arg(v.shapeVaries ? tr("; shapes vary, the last shown") : QString());
    if (v.stats && v.stats->min) {
        html += tr("<br>min %1, max %2, mean %3, std %4")
                    .arg(*v.stats->min, 0, 'g', 5)
                    .arg(*v.stats->max, 0, 'g', 5)
                    .arg(v.stats->mean.value_or(0), 0, 'g', 5)
                    .arg(v.stats->std.value_or(0), 0, 'g', 5);
    }
    if (v.stats && (v.stats->nanCount > 0 || v.stats->infCount > 0))
        html += tr("<br><span style='color:#c01818'>%1 NaN, %2 Inf</span>")
                    .arg(v.stats->nanCount)
                    .arg(v.stats->infCount);
    return html;
}

bool GraphPage::exportTo(const QString& path, QString* error) const
{
    const LaidOutGraphPtr g = m_scene->graph();
    if (!g) {
        if (error)
            *error = tr("No graph is shown.");
        return false;
    }
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return GraphPainter::exportSvg(*g, path, error);
    return GraphPainter::exportPng(*g, path, 2.0, error);
}

void GraphPage::exportDialog()
{
    if (!m_scene->graph())
        return;
    const QString base = (m_module.isEmpty() ? QString() : m_module + QLatin1Char('.')) + m_method;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Graph"), base + QStringLiteral(".svg"),
                                                      tr("SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
    else
        Q_EMIT statusMessage(tr("Saved %1").arg(path));
}

} // namespace jitscope
