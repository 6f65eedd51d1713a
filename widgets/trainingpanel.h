// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "answers/training.h"
#include "session/documentpane.h"
#include "trainingplots.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCPGraph;
class QCheckBox;
class QComboBox;
class QCustomPlot;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace jitscope {

class ModelSession;

// Quick training steps on the selected module: method, inputs, target, loss, optimizer and its
// settings, steps, batch size, frozen parameters; Start/Stop; progress with steps/s and time
// left. It feeds a TrainingPlots page: the live loss (raw and smoothed), the gradient norm and
// the per-parameter norms.
class TrainingPanel : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    explicit TrainingPanel(ModelSession* session, QWidget* parent = nullptr);
    ~TrainingPanel() override;
    // The plots page this panel feeds; the window shows it as a tab of its own.
    TrainingPlots* plots() const { return m_plots; }

    // Follows the document: its archive and selected module; trained weights mark it modified.
    void onArchiveChanged(const SnapshotPtr& snapshot) override { setSnapshot(snapshot); }
    // Mode, device and dtype changed: the same archive, its settings kept.
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { m_snapshot = snapshot; }
    void onSelectionChanged(const QString& module, const QString&) override { setModule(module); }
    void setSnapshot(const SnapshotPtr& snapshot);
    void setModule(const QString& module);
    TrainRequest request() const; // what Start would run
    bool start(); // false when the form is incomplete (the status says why)
    void stop();
    bool isRunning() const { return m_running; }

    // Its fields are named for tests and scripts: TrainingMethod, TrainingInputs, TrainingTarget,
    // TrainingLoss, TrainingOptimizer, TrainingLearningRate, TrainingSteps, TrainingBatchSize,
    // TrainingFreeze, TrainingStatus, TrainingProgress.

Q_SIGNALS:
    void finished(const jitscope::TrainResult& result);
    void plotsWanted(); // a run started, or the user asked: show the plots page

private:
    void explainFields(); // placeholders and tooltips of the form's fields
    void clearResults(); // plots, per-parameter norms and rate of the last run
    void onStep(const TrainStep& step);
    void onTrained(const TrainResult& result);
    void onFailed(const QString& message);
    bool m_running = false;
    void setRunning(bool running);
    void replot();

    ModelSession* m_session;
    SnapshotPtr m_snapshot;
    QString m_module;
    int m_total = 0;
    double m_smoothed = 0;
    QElapsedTimer m_clock;

    QLabel* m_title;
    QComboBox* m_method;
    QLineEdit* m_inputs;
    QLineEdit* m_target;
    QComboBox* m_loss;
    QComboBox* m_optimizer;
    QDoubleSpinBox* m_lr;
    QDoubleSpinBox* m_momentum;
    QDoubleSpinBox* m_weightDecay;
    QSpinBox* m_steps;
    QSpinBox* m_batchSize;
    QLineEdit* m_freeze;
    QPushButton* m_start;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_rate;
    QLabel* m_status;
    QPointer<TrainingPlots> m_plots;
};

} // namespace jitscope
