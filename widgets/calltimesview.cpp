// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calltimesview.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace jitscope {

namespace {

QString msText(double ms)
{
    return ms >= 100 ? QLocale().toString(ms, 'f', 0)
        : ms >= 1    ? QLocale().toString(ms, 'f', 2)
                     : QLocale().toString(ms, 'g', 3);
}

} // namespace

CallTimesView::CallTimesView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_plot(new QCustomPlot(this))
{
    m_summary->setObjectName(QStringLiteral("CallTimesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("CallTimesTable"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(false);
    m_plot->setObjectName(QStringLiteral("CallTimesPlot"));
    m_plot->setMinimumSize(220, 160);
    m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->yAxis->setLabel(tr("ms (log scale)"));
    m_plot->xAxis->setLabel(tr("call"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 0);
    row->addWidget(m_plot, 1);
    layout->addLayout(row, 1);
}

void CallTimesView::plotCalls(const QList<QPair<QString, CallTimes>>& sides)
{
    m_plot->clearGraphs();
    static const QColor colors[] = { QColor(0x4a, 0x6f, 0xa5), QColor(0xe0, 0x8a, 0x1e) };
    double low = 0, high = 0;
    int calls = 1;
    for (int s = 0; s < sides.size(); ++s) {
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(sides[s].first);
        graph->setPen(QPen(colors[s % 2], 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
        const QVector<double>& ms = sides[s].second.ms;
        for (int i = 0; i < ms.size(); ++i) {
            const double t = std::max(ms[i], 1e-6);
            graph->addData(i + 1, t);
            low = low > 0 ? std::min(low, t) : t;
            high = std::max(high, t);
        }
        calls = std::max(calls, int(ms.size()));
    }
    m_plot->xAxis->setRange(0.5, calls + 0.5);
    m_plot->yAxis->setRange(low > 0 ? low / 1.5 : 1e-3, high > 0 ? high * 1.5 : 1);
    m_plot->replot();
}

QString CallTimesView::ratioText(double ratio)
{
    return QStringLiteral("%1×").arg(QLocale().toString(ratio, 'f', ratio >= 10 ? 0 : 2));
}

void CallTimesView::addRow(const QString& label, const QList<double>& values, bool summaryRow)
{
    auto* item = new QTreeWidgetItem(m_table);
    item->setText(0, label);
    const bool single = values.size() == 2; // time, × steady
    for (int i = 0; i < values.size(); ++i) {
        const bool ratio = single ? i == 1 : i == 2;
        item->setText(i + 1, ratio ? ratioText(values[i]) : msText(values[i]));
        item->setTextAlignment(i + 1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (summaryRow) {
        QFont bold = item->font(0);
        bold.setBold(true);
        for (int c = 0; c < m_table->columnCount(); ++c)
            item->setFont(c, bold);
    }
}

void CallTimesView::showComparison(const QString& leftName, const CallTimes& left, const QString& rightName,
                                   const CallTimes& right)
{
    m_table->clear();
    m_table->setHeaderLabels({ tr("Calls"), tr("%1 (ms)").arg(leftName), tr("%1 (ms)").arg(rightName), tr("ratio") });
    m_table->headerItem()->setToolTip(3, tr("%1 / %2").arg(rightName, leftName));
    auto ratio = [](double r, double l) { return l > 0 ? r / l : 0.0; };
    addRow(tr("First call"), { left.first(), right.first(), ratio(right.first(), left.first()) }, true);
    addRow(tr("Calls 2–4 (median)"), { left.nextFew(), right.nextFew(), ratio(right.nextFew(), left.nextFew()) }, true);
    addRow(tr("Steady state (median, 2nd half)"),
           { left.steady(), right.steady(), ratio(right.steady(), left.steady()) }, true);
    for (int i = 0; i < std::min(left.ms.size(), right.ms.size()); ++i)
        addRow(tr("Call %1").arg(i + 1), { left.ms[i], right.ms[i], ratio(right.ms[i], left.ms[i]) }, false);
    plotCalls({ { leftName, left }, { rightName, right } });
    const double steady = ratio(right.steady(), left.steady());
    const QString how = tr("Each ran on a fresh copy, after one untimed call of another copy.");
    if (steady <= 0)
        m_summary->setText(how);
    else if (steady < 1)
        m_summary->setText(
            tr("After %1, the steady state takes %2 the time of the %3: %4% faster. %5")
                .arg(rightName, ratioText(steady), leftName, QString::number(qRound((1 - steady) * 100)), how));
    else
        m_summary->setText(
            tr("After %1, the steady state takes %2 the time of the %3: %4% slower. %5")
                .arg(rightName, ratioText(steady), leftName, QString::number(qRound((steady - 1) * 100)), how));
    fitColumns();
}

void CallTimesView::showSingle(const CallTimes& times)
{
    m_table->clear();
    m_table->setHeaderLabels({ tr("Calls"), tr("Time (ms)"), tr("× steady state") });
    plotCalls({ { tr("time"), times } });
    const double steady = times.steady();
    auto ratio = [steady](double t) { return steady > 0 ? t / steady : 0.0; };
    addRow(tr("First call"), { times.first(), ratio(times.first()) }, true);
    addRow(tr("Calls 2–4 (median)"), { times.nextFew(), ratio(times.nextFew()) }, true);
    addRow(tr("Steady state (median, 2nd half)"), { steady, 1.0 }, true);
    for (int i = 0; i < times.ms.size(); ++i)
        addRow(tr("Call %1").arg(i + 1), { times.ms[i], ratio(times.ms[i]) }, false);
    m_summary->setText(tr("The first call took %1 the steady state, calls 2–4 %2: the profiling executor "
                          "records shapes in its first calls, then optimizes the graph for them.")
                           .arg(ratioText(ratio(times.first())), ratioText(ratio(times.nextFew()))));
    fitColumns();
}

void CallTimesView::fitColumns()
{
    // The table shows every column whole (up to 520 px); the plot takes the rest.
    int total = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_table->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
        total += m_table->columnWidth(c);
    }
    m_table->setMinimumWidth(std::min(total, 520));
}

void CallTimesView::showNote(const QString& text)
{
    m_table->clear();
    m_plot->clearGraphs();
    m_plot->replot();
    m_summary->setText(text);
}

} // namespace jitscope
