// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingplots.h"

#include "pathelidedelegate.h"

#include "adaptivesplitter.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace jitscope {

namespace {

constexpr int kNormRole = Qt::UserRole + 1; // the norm over the largest one, 0..1

// The norm column: a bar as long as the norm is against the largest, the number over it.
class NormBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* p, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const double share = index.data(kNormRole).toDouble();
        if (share > 0) {
            QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
            bar.setWidth(std::max(1.0, bar.width() * std::min(1.0, share)));
            p->fillRect(bar, QColor(0xe6, 0x95, 0x00, 150));
        }
        QStyledItemDelegate::paint(p, option, index);
    }
};

void styleAxisRect(QCPAxisRect* rect, const QString& yLabel)
{
    rect->axis(QCPAxis::atLeft)->setLabel(yLabel);
    // Few, readable ticks: labels never run into each other on a narrow page.
    for (QCPAxis* axis : { rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft) }) {
        axis->ticker()->setTickCount(4);
        axis->ticker()->setTickStepStrategy(QCPAxisTicker::tssReadability);
        axis->setNumberFormat(QStringLiteral("gb"));
    }
}

} // namespace

TrainingPlots::TrainingPlots(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_logScale(new QCheckBox(tr("Log scale"), this))
    , m_hint(new QLabel(tr("Start training in the Training dock: loss and gradient norms appear here."), this))
    , m_norms(new QTreeWidget(this))
    , m_replot(new QTimer(this))
{
    setObjectName(QStringLiteral("TrainingPlots"));
    // Loss above, gradient norm below, one step axis; the legend in a row of its own above both.
    m_plot->plotLayout()->clear();
    m_lossRect = new QCPAxisRect(m_plot);
    m_gradRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_lossRect);
    m_plot->plotLayout()->addElement(2, 0, m_gradRect);
    auto* margins = new QCPMarginGroup(m_plot);
    m_lossRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_gradRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    styleAxisRect(m_lossRect, tr("loss"));
    styleAxisRect(m_gradRect, tr("gradient norm"));
    m_gradRect->axis(QCPAxis::atBottom)->setLabel(tr("step"));
    connect(m_lossRect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
            m_gradRect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
    connect(m_gradRect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
            m_lossRect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));

    m_lossGraph = m_plot->addGraph(m_lossRect->axis(QCPAxis::atBottom), m_lossRect->axis(QCPAxis::atLeft));
    m_lossGraph->setName(tr("loss"));
    m_lossGraph->setPen(QPen(QColor(0x9e, 0xc5, 0xe8)));
    m_smoothGraph = m_plot->addGraph(m_lossRect->axis(QCPAxis::atBottom), m_lossRect->axis(QCPAxis::atLeft));
    m_smoothGraph->setName(tr("loss, smoothed"));
    m_smoothGraph->setPen(QPen(QColor(0x21, 0x66, 0xac), 2));
    m_gradGraph = m_plot->addGraph(m_gradRect->axis(QCPAxis::atBottom), m_gradRect->axis(QCPAxis::atLeft));
    m_gradGraph->setName(tr("gradient norm"));
    m_gradGraph->setPen(QPen(QColor(0xe6, 0x95, 0x00)));

    auto* legend = new QCPLegend;
    m_plot->plotLayout()->addElement(0, 0, legend);
    // Wraps to the next row rather than being cut in a narrow window.
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(2);
    legend->setBorderPen(Qt::NoPen);
    legend->setLayer(QStringLiteral("legend"));
    for (QCPGraph* g : { m_lossGraph, m_smoothGraph, m_gradGraph })
        g->addToLegend(legend);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_lossRect->setRangeDrag(Qt::Horizontal);
    m_lossRect->setRangeZoom(Qt::Horizontal);
    m_gradRect->setRangeDrag(Qt::Horizontal);
    m_gradRect->setRangeZoom(Qt::Horizontal);
    m_plot->setMinimumSize(240, 220);

    connect(m_logScale, &QCheckBox::toggled, this, [this](bool log) {
        for (QCPAxisRect* rect : { m_lossRect, m_gradRect }) {
            QCPAxis* axis = rect->axis(QCPAxis::atLeft);
            axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
            axis->setTicker(log ? QSharedPointer<QCPAxisTicker>(new QCPAxisTickerLog)
                                : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
            axis->ticker()->setTickCount(4);
        }
        replot();
    });
    m_replot->setInterval(100);
    m_replot->setSingleShot(true);
    connect(m_replot, &QTimer::timeout, this, &TrainingPlots::replot);

    m_norms->setHeaderLabels({ tr("Parameter"), tr("Gradient norm") });
    m_norms->setRootIsDecorated(false);
    m_norms->setSortingEnabled(false);
    m_norms->setItemDelegateForColumn(1, new NormBarDelegate(m_norms));
    // "…conv1.weight", not "layer3.1.conv…": the end of a name tells conv1 from conv2.
    m_norms->setItemDelegateForColumn(0, new PathElideDelegate(m_norms));
    m_norms->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_norms->setToolTip(tr("Each trained parameter's gradient norm at the latest step, largest first: the layers "
                           "that move. Zero means no gradient reaches it."));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_hint);
    leftLayout->addWidget(m_logScale);
    leftLayout->addWidget(m_plot, 1);
    // Narrow, the per-parameter table goes under the plots, each as wide as the page.
    auto* splitter = new AdaptiveSplitter(760, this);
    splitter->addWidget(left);
    splitter->addWidget(m_norms);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

void TrainingPlots::clear()
{
    for (QCPGraph* g : { m_lossGraph, m_smoothGraph, m_gradGraph })
        g->data()->clear();
    m_names.clear();
    m_values.clear();
    m_norms->clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingPlots::addStep(int step, double loss, double smoothed, double gradNorm)
{
    m_hint->hide();
    m_lossGraph->addData(step, loss);
    m_smoothGraph->addData(step, smoothed);
    m_gradGraph->addData(step, gradNorm);
}

void TrainingPlots::setParameterNorms(const QStringList& names, const QVector<double>& norms)
{
    if (!names.isEmpty())
        m_names = names;
    m_values = norms;
}

void TrainingPlots::replotLater()
{
    if (!m_replot->isActive())
        m_replot->start();
}

void TrainingPlots::replot()
{
    // Largest first; a bar each against the largest.
    QList<int> order;
    for (int i = 0; i < m_names.size() && i < m_values.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return m_values[a] > m_values[b]; });
    const double largest = order.isEmpty() ? 0.0 : m_values[order.first()];
    while (m_norms->topLevelItemCount() > order.size())
        delete m_norms->takeTopLevelItem(m_norms->topLevelItemCount() - 1);
    while (m_norms->topLevelItemCount() < order.size())
        new QTreeWidgetItem(m_norms);
    for (int row = 0; row < order.size(); ++row) {
        QTreeWidgetItem* item = m_norms->topLevelItem(row);
        const double value = m_values[order[row]];
        item->setText(0, m_names[order[row]]);
        item->setToolTip(0, m_names[order[row]]);
        item->setText(1, QLocale().toString(value, 'g', 4));
        item->setData(1, kNormRole, largest > 0 && std::isfinite(value) ? value / largest : 0.0);
    }
    // The names whole where the pane has room, else their last parts; the bars get the rest.
    int widest = 0;
    for (const QString& name : std::as_const(m_names))
        widest = qMax(widest, m_norms->fontMetrics().horizontalAdvance(name));
    if (!m_names.isEmpty())
        m_norms->setColumnWidth(0, qMin(widest + 16, m_norms->viewport()->width() * 3 / 5));
    m_lossGraph->rescaleAxes();
    m_smoothGraph->rescaleAxes(true);
    m_gradGraph->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace jitscope
