// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensorviewer.h"

#include "session/document.h"

#include "common/textformat.h"
#include "elidedlabel.h"
#include "models/tensorslicemodel.h"
#include "session/modelsession.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace jitscope {

namespace {

constexpr int kHistogramBins = 50;

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 6) : QStringLiteral("–");
}

// Ticks on whole numbers only (indices, counts), thinned out as the range grows.
QSharedPointer<QCPAxisTicker> integerTicker()
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    return ticker;
}

QCPColorGradient gradientFor(double low, double high)
{
    QCPColorGradient g;
    g.clearColorStops();
    if (low < 0 && high > 0) {
        // Signed data (weights): blue below zero, white at zero, red above.
        g.setColorStopAt(0.0, QColor(0x21, 0x66, 0xac));
        g.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
        g.setColorStopAt(1.0, QColor(0xb2, 0x18, 0x2b));
    } else {
        g.setColorStopAt(0.0, QColor(0xf7, 0xfb, 0xff));
        g.setColorStopAt(0.5, QColor(0x6b, 0xae, 0xd6));
        g.setColorStopAt(1.0, QColor(0x08, 0x30, 0x6b));
    }
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(QColor(0xff, 0x00, 0xff));
    return g;
}

} // namespace

TensorViewer::TensorViewer(ModelSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_pickerRow(new QHBoxLayout)
    , m_sliceLabel(new ElidedLabel(this))
    , m_exportButton(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new TensorSliceModel(this))
    , m_table(new QTableView(this))
    , m_histogramPlot(new QCustomPlot(this))
    , m_heatmapPlot(new QCustomPlot(this))
{
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true); // a narrow dock wraps the title instead of widening the window
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save the whole tensor as .npy (NumPy) or .pt (torch.save)"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_exportButton, &QToolButton::clicked, this, &TensorViewer::chooseExportFile);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_exportButton);
    m_pickerRow->setContentsMargins(0, 0, 0, 0);
    m_pickerRow->addWidget(m_sliceLabel, 1); // cut with "…" in a narrow dock, the whole text its tooltip

    m_table->setModel(m_model);
    m_table->horizontalHeader()->setDefaultSectionSize(84);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAlternatingRowColors(true);

    m_bars = new QCPBars(m_histogramPlot->xAxis, m_histogramPlot->yAxis);
    m_bars->setPen(QPen(QColor(0x2b, 0x5f, 0x9e)));
    m_bars->setBrush(QColor(0x6b, 0xae, 0xd6));
    m_histogramPlot->xAxis->setLabel(tr("value"));
    m_histogramPlot->yAxis->setLabel(tr("count"));
    m_histogramPlot->yAxis->setTicker(integerTicker());
    m_histogramPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    m_colorMap = new QCPColorMap(m_heatmapPlot->xAxis, m_heatmapPlot->yAxis);
    m_colorScale = new QCPColorScale(m_heatmapPlot);
    m_heatmapPlot->plotLayout()->addElement(0, 1, m_colorScale);
    m_colorScale->setType(QCPAxis::atRight);
    m_colorMap->setColorScale(m_colorScale);
    m_colorMap->setInterpolate(false);
    auto* margins = new QCPMarginGroup(m_heatmapPlot);
    m_heatmapPlot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_colorScale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_heatmapPlot->xAxis->setLabel(tr("column"));
    m_heatmapPlot->yAxis->setLabel(tr("row"));
    m_heatmapPlot->xAxis->setTicker(integerTicker());
    m_heatmapPlot->yAxis->setTicker(integerTicker());
    m_heatmapPlot->yAxis->setRangeReversed(true); // row 0 on top, as in the table
    m_heatmapPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("Values"));
    m_tabs->addTab(m_histogramPlot, tr("Histogram"));
    m_tabs->addTab(m_heatmapPlot, tr("Heatmap"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addLayout(m_pickerRow);
    layout->addWidget(m_tabs, 1);

    clear();
}

void TensorViewer::refresh()
{
    if (hasTensor())
        showTensor(currentRef());
}

void TensorViewer::follow(const TensorRef& ref)
{
    // Following the selection costs a request per row: only while the viewer can be seen.
    if (visibleRegion().isEmpty() || (hasTensor() && currentRef() == ref))
        return;
    showTensor(ref);
}

void TensorViewer::clear()
{
    m_hasRef = false;
    m_ref = TensorRef();
    m_session->cancel(this, QStringLiteral("slice")); // an answer on its way is stale now
    m_shape.clear();
    m_model->clear();
    rebuildPickers(TensorSlice());
    m_title->setText(tr("<i>Double-click a parameter, a buffer or a tensor result to look inside it.</i>"));
    m_summary->clear();
    m_exportButton->setEnabled(false);
    updatePlots(TensorSlice());
}

void TensorViewer::showTensor(const TensorRef& ref)
{
    m_ref = ref;
    m_hasRef = true;
    m_shape.clear(); // pickers are rebuilt for the new tensor
    m_title->setText(tr("<b>%1</b> · loading…").arg(ref.name.toHtmlEscaped()));
    requestSlice();
}

void TensorViewer::setIndex(int dim, qint64 value)
{
    if (dim < 0 || dim >= m_pickers.size())
        return;
    m_pickers[dim]->setValue(int(value)); // valueChanged asks for the slice
}

void TensorViewer::requestSlice()
{
    if (!m_hasRef)
        return;
    TensorSliceRequest request;
    request.ref = m_ref;
    for (QSpinBox* picker : std::as_const(m_pickers))
        request.index << picker->value();
    // A newer request (another tensor, another index) wins.
    m_session->tensorSlice(request)
        .tag(QStringLiteral("slice"))
        .then(
            this, [this](const TensorSlice& slice) { onSlice(slice); },
            [this](const QString& message) {
                m_title->setText(tr("<b>%1</b>").arg(m_ref.name.toHtmlEscaped()));
                showFailure(message);
            });
}

void TensorViewer::onSlice(const TensorSlice& slice)
{
    if (slice.shape != m_shape)
        rebuildPickers(slice);
    m_model->setSlice(slice);
    m_table->resizeColumnsToContents();
    const SnapshotPtr open = m_session->snapshot();
    const bool observed = slice.ref.kind == TensorRef::Kind::Observed;
    // "layer1.0.relu:forward@7|x" was computed in layer1.0.relu.forward.
    QString call = slice.ref.name.section(QLatin1Char('|'), 0, 0).section(QLatin1Char('@'), 0, 0);
    call = call.section(QLatin1Char('/'), 0, 0).replace(QLatin1Char(':'), QLatin1Char('.'));
    if (call.startsWith(QLatin1Char('.')))
        call.remove(0, 1);
    const QString kind = observed ? tr("observed in %1").arg(call)
        : open && open->archive.isCheckpoint() && slice.ref.kind != TensorRef::Kind::History
        ? tr("tensor") // of a checkpoint: no module, so neither parameter nor buffer
        : slice.ref.kind == TensorRef::Kind::Parameter ? tr("parameter")
        : slice.ref.kind == TensorRef::Kind::Buffer    ? tr("buffer")
                                                       : tr("result");
    // An observed value reads by its name in the graph ("%x0.1"), its call after it.
    const QString name = observed ? QLatin1Char('%') + slice.ref.name.section(QLatin1Char('|'), -1) : slice.ref.name;
    m_title->setText(tr("<b>%1</b> · %2 · %3 %4 on %5%6")
                         .arg(name.toHtmlEscaped(), kind, slice.dtype, shapeText(slice.shape), slice.device,
                              slice.requiresGrad ? tr(" · requires grad") : QString()));
    const TensorStats& s = slice.stats;
    QString facts
        = tr("%1 elements · min %2 · max %3 · mean %4 · std %5")
              .arg(formatCount(s.numel, QLocale()), number(s.min), number(s.max), number(s.mean), number(s.std));
    if (s.nanCount || s.infCount)
        facts += tr(" · <span style='color:#b00020'><b>%1 NaN · %2 Inf</b></span>").arg(s.nanCount).arg(s.infCount);
    else
        facts += tr(" · no NaN or Inf");
    m_summary->setText(facts);
    QString sliceText = tr("Showing %1 × %2").arg(slice.rows).arg(slice.cols);
    if (slice.truncated())
        sliceText += tr(" of %1 × %2 (the first rows and columns)").arg(slice.totalRows).arg(slice.totalCols);
    m_sliceLabel->setFullText(m_pickers.isEmpty() ? sliceText : tr("Slice: ") + sliceText.section(QLatin1Char(' '), 1));
    m_exportButton->setEnabled(true);
    updatePlots(slice);
    Q_EMIT sliceShown();
}

void TensorViewer::showFailure(const QString& message)
{
    m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    Q_EMIT failed(message);
}

void TensorViewer::rebuildPickers(const TensorSlice& slice)
{
    qDeleteAll(m_pickers);
    m_pickers.clear();
    m_shape = slice.shape;
    // One spin box per leading dimension: tensor[i0, i1, :, :].
    for (int d = 0; d < slice.index.size(); ++d) {
        auto* picker = new QSpinBox(this);
        picker->setRange(0, int(qMax<qint64>(0, slice.shape[d] - 1)));
        picker->setValue(int(slice.index[d]));
        picker->setPrefix(tr("dim %1: ").arg(d));
        picker->setSuffix(tr(" / %1").arg(slice.shape[d]));
        picker->setToolTip(tr("Index into dimension %1 (size %2); the table shows the last two dimensions.")
                               .arg(d)
                               .arg(slice.shape[d]));
        picker->setKeyboardTracking(false);
        connect(picker, &QSpinBox::valueChanged, this, &TensorViewer::requestSlice);
        m_pickerRow->insertWidget(1 + d, picker);
        m_pickers << picker;
    }
}

void TensorViewer::updatePlots(const TensorSlice& slice)
{
    m_histogram = computeHistogram(slice.values, kHistogramBins);
    QVector<double> keys, counts;
    for (int i = 0; i < m_histogram.counts.size(); ++i) {
        keys << m_histogram.binCentre(i);
        counts << m_histogram.counts[i];
    }
    m_bars->setData(keys, counts, true);
    m_bars->setWidth(m_histogram.binWidth());
    if (!keys.isEmpty()) {
        // Half a bin of room each side: the first and last bars are drawn whole.
        const double pad = m_histogram.binWidth() / 2;
        m_histogramPlot->xAxis->setRange(m_histogram.low - pad, m_histogram.high + pad);
        m_histogramPlot->yAxis->setRange(0, *std::max_element(counts.begin(), counts.end()) * 1.08);
    }
    QString histogramTitle
        = tr("%1 finite values of the slice in %2 bins").arg(m_histogram.finiteCount).arg(counts.size());
    if (m_histogram.nanCount || m_histogram.infCount)
        histogramTitle += tr("; %1 NaN and %2 Inf left out").arg(m_histogram.nanCount).arg(m_histogram.infCount);
    m_histogramPlot->setToolTip(histogramTitle);
    // Said under the bars, not only in a tooltip: the histogram is of the slice shown, while the
    // statistics above are of the whole tensor.
    m_histogramPlot->xAxis->setLabel(histogramTitle);
    m_histogramPlot->replot(QCustomPlot::rpQueuedReplot);

    QCPColorMapData* cells = m_colorMap->data();
    const int cols = int(slice.cols), rows = int(slice.rows);
    cells->setSize(cols, rows);
    // The range runs from the first cell's centre to the last one's; a single row or column (a
    // [1, 1000] result) would be a line of no height: it spans its one cell instead.
    auto centres = [](int count) { return count > 1 ? QCPRange(0, count - 1) : QCPRange(-0.5, 0.5); };
    cells->setRange(centres(cols), centres(rows));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            cells->setCell(c, r, slice.values[qsizetype(r) * cols + c]);
    // Nothing shown, no scale: an old one would describe a tensor that is gone.
    m_colorScale->setVisible(rows > 0 && cols > 0);
    if (m_histogram.finiteCount > 0) {
        double low = m_histogram.low, high = m_histogram.high;
        if (low < 0 && high > 0) // symmetric, so white means zero
            low = -(high = std::max(-low, high));
        m_colorMap->setGradient(gradientFor(low, high));
        m_colorMap->setDataRange(QCPRange(low, high));
    }
    m_heatmapPlot->xAxis->setRange(-0.5, qMax(0, cols - 1) + 0.5);
    m_heatmapPlot->yAxis->setRange(-0.5, qMax(0, rows - 1) + 0.5);
    m_heatmapPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TensorViewer::chooseExportFile()
{
    if (!m_hasRef)
        return;
    QString suggested = m_ref.name;
    suggested.replace(QLatin1Char('$'), QLatin1String("result"))
        .replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tensor"), suggested + QLatin1String(".npy"),
                                                      tr("NumPy array (*.npy);;torch.save tensor (*.pt)"));
    if (!path.isEmpty())
        exportTo(path);
}

void TensorViewer::exportTo(const QString& path)
{
    if (m_hasRef)
        m_session->exportTensor(m_ref, path)
            .then(
                this, [this](const QString& written) { Q_EMIT exported(written); },
                [this](const QString& message) { showFailure(message); });
}

} // namespace jitscope
