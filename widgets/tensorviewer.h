// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"
#include "session/documentpane.h"
#include "values/histogram.h"

#include <QWidget>

class QCPBars;
class QCPColorMap;
class QCPColorScale;
class QCustomPlot;
class QHBoxLayout;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace jitscope {

class ElidedLabel;
class ModelSession;
class TensorSliceModel;

// Looks inside one tensor (a parameter, a buffer or a result): shape, dtype, device and the
// whole tensor's statistics; a 2-D slice of any N-D tensor picked with one index per leading
// dimension, as a table, a histogram and a heatmap with colour scale; export as .npy or .pt.
class TensorViewer : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    explicit TensorViewer(ModelSession* session, QWidget* parent = nullptr);

    void showTensor(const TensorRef& ref);
    // Follows the document: cleared for another archive, read again when the values change.
    void onArchiveChanged(const SnapshotPtr&) override { clear(); }
    void onSnapshotChanged(const SnapshotPtr&) override { refresh(); }
    void onWeightsChanged() override { refresh(); }
    // Shows `ref` unless the viewer is out of sight or shows it already (the table's selection).
    void follow(const TensorRef& ref);
    void clear();
    // Fixes leading dimension `dim` of the slice; asks for the new slice.
    void setIndex(int dim, qint64 value);
    // Writes the whole tensor; the format follows the suffix (.npy, else torch.save's .pt).
    void exportTo(const QString& path);

    bool hasTensor() const { return m_hasRef; }
    TensorRef currentRef() const { return m_ref; }
    TensorSliceModel* sliceModel() const { return m_model; }
    QList<QSpinBox*> indexPickers() const { return m_pickers; }
    QLabel* summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }
    QCPBars* histogramBars() const { return m_bars; }
    QCPColorMap* heatmap() const { return m_colorMap; }
    const Histogram& histogram() const { return m_histogram; }

Q_SIGNALS:
    void sliceShown();
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void refresh(); // the tensor shown read again
    void requestSlice();
    void onSlice(const TensorSlice& slice);
    void showFailure(const QString& message);
    void rebuildPickers(const TensorSlice& slice);
    void updatePlots(const TensorSlice& slice);
    void chooseExportFile();

    ModelSession* m_session;
    TensorRef m_ref;
    bool m_hasRef = false;
    QList<qint64> m_shape; // of the tensor the pickers were built for
    Histogram m_histogram;

    QLabel* m_title;
    QLabel* m_summary;
    QHBoxLayout* m_pickerRow;
    ElidedLabel* m_sliceLabel;
    QList<QSpinBox*> m_pickers;
    QToolButton* m_exportButton;
    QTabWidget* m_tabs;
    TensorSliceModel* m_model;
    QTableView* m_table;
    QCustomPlot* m_histogramPlot;
    QCPBars* m_bars;
    QCustomPlot* m_heatmapPlot;
    QCPColorMap* m_colorMap;
    QCPColorScale* m_colorScale;
};

} // namespace jitscope
