// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpage.h"

#include "adaptivesplitter.h"
#include "common/textformat.h"
#include "elidedcombobox.h"
#include "elidedlabel.h"
#include "graphinspector.h"
#include "graphlegend.h"
#include "graphpainter.h"
#include "graphscene.h"
#include "graphview.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleHints>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

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

GraphPage::GraphPage(ModelSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scene(new GraphScene(this))
    , m_view(new GraphView(m_scene, this))
    , m_inspector(new GraphInspector(m_scene, this))
    , m_methodPicker(new ElidedComboBox(this))
    , m_foldBox(new QCheckBox(tr("Fold"), this))
    , m_depthBox(new QSpinBox(this))
    , m_findEdit(new QLineEdit(this))
    , m_findLabel(new QLabel(this))
    , m_info(new ElidedLabel(this))
    , m_message(new QLabel(this))
    , m_runLabel(new QLabel(this))
    , m_heatScale(new QLabel(this))
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

    // The inspector stands beside the graph while something is selected, and only then; narrow, it
    // moves under the graph, which keeps the width it needs.
    m_splitter = new AdaptiveSplitter(640, this);
    m_splitter->setFirstShare(0.6);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_inspectorLater = new QTimer(this);
    m_inspectorLater->setSingleShot(true);
    connect(m_inspectorLater, &QTimer::timeout, this, &GraphPage::openInspector);
    connect(m_inspector, &GraphInspector::wanted, this, &GraphPage::showInspector);
    connect(m_inspector, &GraphInspector::closeRequested, m_scene, &GraphScene::deselect);
    connect(m_inspector, &GraphInspector::statusMessage, this, &GraphPage::statusMessage);
    connect(m_inspector, &GraphInspector::tensorActivated, this, &GraphPage::tensorActivated);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addLayout(findRow);
    layout->addWidget(m_message);
    m_runBar = createRunBar();
    layout->addWidget(m_runBar);
    layout->addWidget(m_splitter, 1);

    connect(m_scene, &GraphScene::nodeSelected, m_inspector, &GraphInspector::showNode);
    connect(m_scene, &GraphScene::selectionCleared, m_inspector, &GraphInspector::clear);
    connect(m_scene, &GraphScene::nodeActivated, this, [this](int id) {
        const LaidOutGraphPtr g = m_scene->graph();
        if (g && !g->model.nodes[id].expandKey.isEmpty())
            toggleCall(g->model.nodes[id].expandKey);
        else if (g && !g->model.nodes[id].callKey.isEmpty())
            toggleCall(g->model.nodes[id].callKey); // an expanded call of one node
    });
    connect(m_scene, &GraphScene::groupActivated, this, [this](int id) {
        const LaidOutGraphPtr g = m_scene->graph();
        if (g && !g->model.groups[id].expandKey.isEmpty())
            toggleCall(g->model.groups[id].expandKey);
    });
    connect(m_scene, &GraphScene::valueSelected, m_inspector, &GraphInspector::showValue);
}

void GraphPage::onSelectionChanged(const QString& module, const QString&)
{
    const QString method = document()->shownMethod();
    if (!method.isEmpty())
        showMethod(module, method);
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
    m_heatScale->setObjectName(QStringLiteral("heatScale"));
    m_heatScale->setTextFormat(Qt::RichText);
    m_heatScale->hide();
    connect(m_heatButton, &QToolButton::toggled, this, [this](bool on) {
        m_scene->setHeatMap(on);
        showHeatScale();
    });
    auto* clear = toolButton(tr("Clear"), tr("Take the observed run off the graph"), bar);
    connect(clear, &QToolButton::clicked, this, [this] {
        if (document())
            document()->dropObservedRun(QString());
    });
    row->addWidget(m_runLabel, 1);
    row->addWidget(m_heatScale);
    row->addWidget(m_heatButton);
    row->addWidget(clear);
    bar->hide();
    return bar;
}

void GraphPage::showInspector(bool shown)
{
    if (!shown) {
        m_inspectorLater->stop();
        m_inspector->hide();
        return;
    }
    // Opening it narrows the view and moves the drawing: a double-click's second click would land
    // beside the box its first one selected. So it opens once the double-click time has passed.
    if (m_inspector->isHidden() && !m_inspectorLater->isActive())
        m_inspectorLater->start(QGuiApplication::styleHints()->mouseDoubleClickInterval());
}

void GraphPage::openInspector()
{
    if (!m_inspector->isHidden())
        return;
    // A third of the page beside the graph, within what an inspector needs and no more.
    const bool beside = m_splitter->orientation() == Qt::Horizontal;
    const int total = beside ? m_splitter->width() : m_splitter->height();
    const int side = beside ? qBound(220, total * 3 / 10, 360) : qBound(120, total * 2 / 5, 320);
    m_inspector->show();
    m_splitter->setSizes({ qMax(0, total - side), side });
    // The node it describes stays in sight: it may have stood where the inspector now is.
    const LaidOutGraphPtr graph = m_scene->graph();
    const int node = m_scene->selectedNode();
    if (graph && node >= 0 && node < graph->layout.nodes.size())
        m_view->ensureVisible(graph->layout.nodes[node], 24, 24);
}

void GraphPage::showHeatScale()
{
    // What the colours mean: a node's time against the slowest node's in this graph.
    const double longest = m_scene->heatLongestMs();
    m_heatScale->setVisible(m_scene->heatMap() && longest > 0);
    if (longest <= 0)
        return;
    QString swatches;
    for (const double share : { GraphScene::kHeatFloor, 0.25, 0.5, 0.75, 1.0 })
        swatches += QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;</span>")
                        .arg(GraphScene::heatColor(share).name());
    m_heatScale->setText(tr("%1 ms %2 %3 ms")
                             .arg(QLocale().toString(longest * GraphScene::kHeatFloor, 'g', 2))
                             .arg(swatches)
                             .arg(QLocale().toString(longest, 'g', 3)));
    m_heatScale->setToolTip(tr("A node's time against the slowest node's (%1 ms); nodes under %2% of it are not "
                               "tinted")
                                .arg(QLocale().toString(longest, 'g', 3))
                                .arg(QLocale().toString(GraphScene::kHeatFloor * 100, 'g', 2)));
}

void GraphPage::onObservedRunChanged(const ObservedRunPtr& run, const QString& reason)
{
    m_scene->setObservedRun(run);
    m_inspector->refresh(); // what the run saw of the selection, or no longer
    if (!run) {
        m_heatButton->hide();
        m_heatScale->hide();
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
        text += tr(", %1 ms a call").arg(QLocale().toString(*run->timeMs, 'f', 2));
    if (run->macs > 0)
        text += tr(", %1 MACs").arg(formatMacs(run->macs, QLocale()));
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
    showHeatScale();
    m_runBar->show();
}

QToolBar* GraphPage::createToolBar()
{
    m_methodPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_methodPicker->setMinimumContentsLength(12); // leaves room for the docks beside the graph
    m_methodPicker->setObjectName(QStringLiteral("graphMethodPicker"));
    m_methodPicker->setToolTip(tr("The method whose graph is shown"));
    connect(m_methodPicker, &QComboBox::activated, this, [this](int index) {
        const QStringList parts = m_methodPicker->itemData(index).toStringList();
        if (parts.size() != 2)
            return;
        // A method picked here is selected in the whole window, as in the Methods pane: the module
        // tree, parameters and attributes follow (they stayed on the module shown before).
        if (document())
            document()->select(parts[0], parts[1]);
        else
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
    // What a reader needs most first: the view (zoom, Fit, Top) before expanding and folding, so
    // that a narrow window moves the rarer actions into the » menu, not these.
    bar->addWidget(m_methodPicker);
    bar->addSeparator();
    add(QStringLiteral("−"), tr("Zoom out"), [this] { m_view->zoomBy(0.8); });
    add(QStringLiteral("+"), tr("Zoom in"), [this] { m_view->zoomBy(1.25); });
    add(tr("Fit"), tr("Show the whole graph in the window"), [this] { m_view->fitGraph(); });
    add(tr("Top"), tr("Back to the top of the graph at a readable zoom"), [this] { m_view->showTop(); });
    bar->addSeparator();
    add(tr("Expand All"), tr("Expand every module and function call: the fully inlined graph"),
        [this] { expandAll(); });
    add(tr("Collapse All"), tr("Show every call as one box"), [this] { collapseAll(); });
    bar->addWidget(m_depthBox);
    add(tr("Expand to Depth"), tr("Expand calls nested fewer levels deep than this"),
        [this] { expandToDepth(m_depthBox->value()); });
    bar->addWidget(m_foldBox);
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
    // The keys in the tooltip: the placeholder stays short enough for a 1024 px window in German.
    m_findEdit->setPlaceholderText(tr("Find op, value or module"));
    m_findEdit->setToolTip(tr("Find op, value or module (Enter: next, Shift+Enter: previous)"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setObjectName(QStringLiteral("graphFind"));
    // Wider than a search needs it would only cut the counts beside it (at 1024 px, "26 Kant…").
    m_findEdit->setMinimumWidth(120);
    m_findEdit->setMaximumWidth(300);
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

QTextBrowser* GraphPage::inspector() const
{
    return m_inspector->browser();
}

LaidOutGraphPtr GraphPage::graph() const
{
    return m_scene->graph();
}

void GraphPage::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    m_shownOptions.clear();
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
    // Each method's graph comes back as it was left (Expand All, the calls opened or closed).
    if (!m_method.isEmpty())
        m_shownOptions.insert(QStringList { m_module, m_method }, m_options);
    m_module = module;
    m_method = method;
    const bool fold = m_options.fold;
    m_options = m_shownOptions.value(QStringList { module, method }, GraphOptions {});
    m_options.fold = fold; // folding is the page's, not the method's
    if (!m_shownOptions.contains(QStringList { module, method }))
        m_options.expand = GraphOptions::Expand::Keys;
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
    m_depthBox->setValue(depth); // the box says what is shown, however it was asked for
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
            for (const QString& key : expandedCalls(g->model))
                m_options.keys.insert(key);
        m_options.expand = GraphOptions::Expand::Keys;
    }
    bool expanded = false;
    if (const LaidOutGraphPtr g = m_scene->graph())
        expanded = expandedCalls(g->model).contains(expandKey);
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
    m_info->setFullText(QStringList {
        tr("%Ln node(s)", nullptr, int(graph->model.nodes.size())),
        tr("%Ln edge(s)", nullptr, int(graph->model.edges.size())),
        tr("%Ln group(s)", nullptr, int(graph->model.groups.size() - 1)),
        tr("built in %1 ms, laid out in %2 ms (%Ln dot run(s))", nullptr, graph->layout.dotRuns)
            .arg(QLocale().toString(graph->buildMs, 'f', 0), QLocale().toString(graph->layoutMs, 'f', 0)) }
                            .join(QStringLiteral(" · ")));
    if (m_fitPending) {
        m_fitPending = false;
        m_view->showTop();
        // How to read it, said once a method's graph first shows (a tooltip would cover the graph).
        Q_EMIT statusMessage(tr("Click a node or an edge to inspect it; double-click a call to expand it."));
    } else if (!m_focusKey.isEmpty()) {
        // Keep the call that was toggled in view.
        for (const GraphGroup& g : graph->model.groups)
            if (g.expandKey == m_focusKey)
                m_view->centerOn(graph->layout.groups[g.id].topLeft()
                                 + QPointF(m_view->viewport()->width() / 2.0 / m_view->zoom() - 20,
                                           m_view->viewport()->height() / 2.0 / m_view->zoom() - 20));
        for (const GraphNode& n : graph->model.nodes)
            if (n.expandKey == m_focusKey || n.callKey == m_focusKey)
                m_view->centerOn(graph->layout.nodes[n.id].center());
    } else {
        m_view->centerOn(oldCenter);
    }
    m_focusKey.clear();
    showHeatScale(); // the slowest node of this graph sets the scale
    revealPendingNode();
    Q_EMIT graphShown();
}

void GraphPage::onNodeRevealed(const QString& nodeKey)
{
    m_revealKey = nodeKey;
    if (!m_waiting)
        revealPendingNode();
}

void GraphPage::revealPendingNode()
{
    const LaidOutGraphPtr graph = m_scene->graph();
    if (m_revealKey.isEmpty() || !graph)
        return;
    const QString key = std::exchange(m_revealKey, QString());
    for (const GraphNode& n : graph->model.nodes) {
        if (n.observedKey() == key) {
            m_scene->selectNode(n.id);
            m_view->centerOnNode(n.id);
            return;
        }
    }
    Q_EMIT statusMessage(tr("Node %1 is not drawn here: it is folded, or inside a call not expanded.").arg(key));
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
