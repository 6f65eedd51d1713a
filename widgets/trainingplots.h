// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>
#include <QWidget>

class QCPAxisRect;
class QCPGraph;
class QCheckBox;
class QCustomPlot;
class QLabel;
class QTimer;
class QTreeWidget;

namespace jitscope {

// A training run drawn with room: the loss (raw and smoothed) and the gradient norm in two
// panels over one step axis, the legend above them, and every trained parameter's gradient norm
// at the latest step as bars, largest first, so the layers that move stand out. A page of its
// own beside the graph; the Training dock holds the form that feeds it.
class TrainingPlots : public QWidget
{
    Q_OBJECT
public:
    explicit TrainingPlots(QWidget* parent = nullptr);

    void clear();
    void addStep(int step, double loss, double smoothed, double gradNorm);
    void setParameterNorms(const QStringList& names, const QVector<double>& norms);
    void replotLater(); // at most every 100 ms: steps may come thousands a second
    void replot();

    QCPGraph* lossGraph() const { return m_lossGraph; }
    QCPGraph* smoothedGraph() const { return m_smoothGraph; }
    QCPGraph* gradGraph() const { return m_gradGraph; }
    QCheckBox* logScale() const { return m_logScale; }
    QTreeWidget* gradientNorms() const { return m_norms; }
    QCustomPlot* plot() const { return m_plot; }

private:
    QCustomPlot* m_plot;
    QCPAxisRect* m_lossRect;
    QCPAxisRect* m_gradRect;
    QCPGraph* m_lossGraph;
    QCPGraph* m_smoothGraph;
    QCPGraph* m_gradGraph;
    QCheckBox* m_logScale;
    QLabel* m_hint;
    QTreeWidget* m_norms;
    QTimer* m_replot;
    QStringList m_names;
    QVector<double> m_values;
};

} // namespace jitscope
