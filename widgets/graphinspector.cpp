// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphinspector.h"

#include "common/textformat.h"
#include "graphlegend.h"
#include "graphpainter.h"
#include "graphscene.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace jitscope {

namespace {

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

GraphInspector::GraphInspector(GraphScene* scene, QWidget* parent)
    : QWidget(parent)
    , m_scene(scene)
    , m_title(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("graphInspector"));
    m_browser->setObjectName(QStringLiteral("graphInspectorText"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_title->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("graphInspectorClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the inspector and clear the selection (Esc in the graph)"));
    connect(close, &QToolButton::clicked, this, &GraphInspector::closeRequested);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 2, 0);
    header->addWidget(m_title, 1);
    header->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_browser, 1);
    setMinimumWidth(180);
    hide();
}

bool GraphInspector::isEmpty() const
{
    return m_browser->document()->isEmpty();
}

void GraphInspector::refresh()
{
    // What an observed run saw of the selection comes and goes with the run.
    if (m_node >= 0)
        showNode(m_node);
    else if (m_edge >= 0)
        showValue(m_edge);
}

void GraphInspector::clear()
{
    m_node = m_edge = -1;
    m_browser->clear();
    m_title->clear();
    Q_EMIT wanted(false); // hidden too: one about to open stays shut
}

void GraphInspector::setHtml(const QString& title, const QString& html)
{
    m_title->setText(title);
    m_browser->setHtml(html);
    if (isHidden())
        Q_EMIT wanted(true);
}

void GraphInspector::showNode(int id)
{
    const LaidOutGraphPtr g = m_scene->graph();
    if (!g || id < 0 || id >= g->model.nodes.size()) {
        clear();
        return;
    }
    m_node = id;
    m_edge = -1;
    const GraphNode& n = g->model.nodes[id];
    QString html = QStringLiteral("<h3 style='margin:0'>%1</h3><p style='margin-top:2px'><code>%2</code></p>")
                       .arg(escaped(GraphPainter::shownLabel(n)), escaped(n.kind));
    html += tr("<p><b>Category:</b> %1</p>").arg(GraphLegend::categoryLabel(n.category));
    html += tr("<p><b>Module:</b> %1</p>").arg(n.module.isEmpty() ? tr("(root)") : escaped(n.module));
    if (!n.source.isEmpty())
        html += tr("<p><b>Source:</b> %1</p>").arg(escaped(n.source));
    if (!n.sourceText.isEmpty())
        // Wrapped: a long line read to its end without scrolling the pane sideways.
        html += QStringLiteral("<pre style='background:#f4f4f4; white-space:pre-wrap'>%1</pre>")
                    .arg(escaped(n.sourceText));
    if (!n.expandKey.isEmpty() && n.kind == QLatin1String("prim::If")) // a folded check, select or update
        html += tr("<p><i>An if, folded: double-click to open it with its branches side by side.</i></p>");
    else if (!n.expandKey.isEmpty())
        html += tr("<p><b>Calls:</b> <code>%1</code><br><i>A call: double-click to expand it in place.</i></p>")
                    .arg(escaped(n.expandKey));
    if (!n.call.isEmpty())
        html += tr("<p><b>Call:</b> %1<br><i>The call's one node: double-click to collapse the call.</i></p>")
                    .arg(escaped(n.call));
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
    html += observedNodeHtml(id);
    if (!n.attributes.isEmpty()) {
        html += tr("<p><b>Attributes</b></p><ul style='margin-left:-20px'>");
        for (const auto& a : n.attributes)
            html += QStringLiteral("<li>%1 = <code>%2</code></li>").arg(escaped(a.first), escaped(a.second));
        html += QStringLiteral("</ul>");
    }
    setHtml(tr("Node"), html);
}

QString GraphInspector::observedNodeHtml(int id) const
{
    const ObservedRunPtr run = m_scene->observedRun();
    if (!run)
        return {};
    const GraphNode& n = m_scene->graph()->model.nodes[id];
    QString html;
    const ObservedNode* observed = run->node(n.observedKey());
    QString rows;
    if (observed) {
        rows += tr("<li>%n call(s)</li>", nullptr, observed->calls);
        if (observed->timeMs)
            rows += tr("<li>time %1 ms, own %2 ms (median of %3 runs)</li>")
                        .arg(QLocale().toString(*observed->timeMs, 'f', 3))
                        .arg(QLocale().toString(observed->selfMs.value_or(0), 'f', 3))
                        .arg(run->repeat);
        if (observed->macs > 0)
            rows += tr("<li>%1 multiply-accumulates</li>").arg(formatMacs(observed->macs, QLocale()));
    }
    if (!n.observedKey().isEmpty() && run->failedPath.contains(n.observedKey()))
        rows += tr("<li style='color:#c01818'>The call failed here: %1</li>")
                    .arg(escaped(run->error.section(QLatin1Char('\n'), -1)));
    auto observedRows = [&](const QList<GraphValue>& values, const QString& title) {
        QString list;
        for (const GraphValue& v : values)
            if (const ObservedValue* seen = v.key.isEmpty() ? nullptr : run->value(v.key))
                list += QStringLiteral("<li><code>%%1</code> %2</li>").arg(escaped(v.name), observedValueHtml(*seen));
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
    return html;
}

void GraphInspector::showValue(int edge)
{
    const bool fresh = edge != m_edge;
    const LaidOutGraphPtr g = m_scene->graph();
    if (!g || edge < 0 || edge >= g->model.edges.size()) {
        clear();
        return;
    }
    m_node = -1;
    m_edge = edge;
    const GraphModel& m = g->model;
    const GraphEdge& e = m.edges[edge];
    auto nodeText = [&](int id) {
        const GraphNode& n = m.nodes[id];
        return QStringLiteral("<b>%1</b> <code>%2</code>").arg(escaped(n.label), escaped(n.kind));
    };
    if (e.control) {
        setHtml(tr("Value"),
                tr("<h3 style='margin:0'>Control edge</h3><p>From %1 to %2: orders a block's "
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
            if (fresh)
                Q_EMIT tensorActivated(TensorRef::observed(seen->key));
        } else if (seen->isTensor) {
            html += tr("<p><i>Not kept (over the budget): statistics only.</i></p>");
        }
    } else if (run) {
        html += tr("<p><i>Not computed in the observed call (a branch not taken).</i></p>");
    }
    setHtml(tr("Value"), html);
    if (fresh)
        Q_EMIT statusMessage(
            tr("Value %%1 : %2 — producer and %n consumer(s) highlighted", nullptr, count).arg(e.value, e.type));
}

QString GraphInspector::observedValueHtml(const ObservedValue& v) const
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

} // namespace jitscope
