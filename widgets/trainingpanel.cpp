// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingpanel.h"

#include "session/document.h"

#include "session/modelsession.h"
#include "trainingplots.h"
#include "values/valueexpr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace jitscope {

namespace {

constexpr double kSmoothing = 0.9; // exponential moving average of the loss

QDoubleSpinBox* numberBox(double value, double max, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(6);
    box->setRange(0, max);
    box->setValue(value);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    return box;
}

} // namespace

TrainingPanel::TrainingPanel(ModelSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_inputs(new QLineEdit(this))
    , m_target(new QLineEdit(this))
    , m_loss(new QComboBox(this))
    , m_optimizer(new QComboBox(this))
    , m_lr(numberBox(1e-3, 10, this))
    , m_momentum(numberBox(0, 1, this))
    , m_weightDecay(numberBox(0, 10, this))
    , m_steps(new QSpinBox(this))
    , m_batchSize(new QSpinBox(this))
    , m_freeze(new QLineEdit(this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_rate(new QLabel(this))
    , m_status(new QLabel(this))
    , m_plots(new TrainingPlots)
{
    m_title->setTextFormat(Qt::RichText);
    explainFields();
    m_loss->addItems(TrainRequest::losses());
    m_loss->setItemText(TrainRequest::losses().indexOf(QStringLiteral("method")), tr("the method returns the loss"));
    m_optimizer->addItems(TrainRequest::optimizers());
    m_optimizer->setCurrentText(QStringLiteral("adam"));
    // Combos as narrow as a dock may be; their lists still show whole names.
    for (QComboBox* box : { m_method, m_loss, m_optimizer }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_steps->setRange(1, 10'000'000);
    m_steps->setValue(100);
    m_batchSize->setRange(0, 1'000'000);
    m_batchSize->setSpecialValueText(tr("all"));

    // Named, so that tests and scripts can fill the form in.
    const QList<QPair<QWidget*, const char*>> named {
        { m_method, "TrainingMethod" }, { m_inputs, "TrainingInputs" },       { m_target, "TrainingTarget" },
        { m_loss, "TrainingLoss" },     { m_optimizer, "TrainingOptimizer" }, { m_lr, "TrainingLearningRate" },
        { m_steps, "TrainingSteps" },   { m_batchSize, "TrainingBatchSize" }, { m_freeze, "TrainingFreeze" },
        { m_status, "TrainingStatus" }, { m_progress, "TrainingProgress" },
    };
    for (const auto& [widget, name] : named)
        widget->setObjectName(QLatin1String(name));

    auto* form = new QFormLayout;
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Inputs"), m_inputs);
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Loss"), m_loss);
    form->addRow(tr("Optimizer"), m_optimizer);
    form->addRow(tr("Learning rate"), m_lr);
    form->addRow(tr("Momentum"), m_momentum);
    form->addRow(tr("Weight decay"), m_weightDecay);
    form->addRow(tr("Steps"), m_steps);
    form->addRow(tr("Batch size"), m_batchSize);
    form->addRow(tr("Freeze"), m_freeze);

    m_start->setToolTip(tr("Train on the session's thread; the window stays usable"));
    m_stop->setToolTip(tr("Stop after the current step"));
    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_stop, &QPushButton::clicked, this, &TrainingPanel::stop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_status);
    auto* showPlots = new QPushButton(tr("Show the Plots"), this);
    showPlots->setToolTip(tr("Loss, gradient norm and per-parameter norms, on a page of their own"));
    connect(showPlots, &QPushButton::clicked, this, &TrainingPanel::plotsWanted);
    layout->addWidget(showPlots, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(this, &TrainingPanel::finished, this, [this](const TrainResult& result) {
        Document* d = document();
        if (!d || result.steps.isEmpty())
            return;
        // A step was applied: the weights are no longer those saved, and every view of them is stale.
        d->setModified(true);
        d->notifyWeightsChanged();
    });
    setSnapshot(nullptr);
}

TrainingPanel::~TrainingPanel()
{
    if (m_plots && !m_plots->parent())
        delete m_plots.data(); // nobody took the page
}

// Placeholders short enough for a narrow dock; the tooltips say them whole.
void TrainingPanel::explainFields()
{
    m_inputs->setPlaceholderText(tr("e.g. randn(32, 4)"));
    m_inputs->setToolTip(tr("The method's arguments, e.g. load(\"x.npy\") or randn(32, 4)"));
    m_target->setPlaceholderText(tr("e.g. load(\"y.npy\")"));
    m_target->setToolTip(tr("The target, e.g. load(\"y.npy\"); empty when the method returns its loss"));
    m_batchSize->setToolTip(tr("Rows per step along the first dimension, shuffled each epoch; all: the whole data"));
    m_freeze->setPlaceholderText(tr("e.g. features, fc.bias"));
    m_freeze->setToolTip(tr("Parameters or module paths, comma-separated. Frozen parameters keep their values; a "
                            "module path freezes its whole subtree"));
}

void TrainingPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    // Another archive: nothing of the last one's run is shown against it, and its inputs,
    // target and frozen names mean nothing here. Optimizer settings are kept, as preferences.
    m_snapshot = snapshot;
    m_inputs->clear();
    m_target->clear();
    m_freeze->clear();
    clearResults();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->clear();
    setModule(m_module);
    setRunning(false);
}

void TrainingPanel::clearResults()
{
    m_plots->clear();
    m_rate->clear();
}

void TrainingPanel::setModule(const QString& module)
{
    m_module = m_snapshot && m_snapshot->module(module) ? module : QString();
    const QString previous = m_method->currentText();
    m_method->clear();
    if (m_snapshot)
        for (const MethodInfo& m : m_snapshot->methodsOf(m_module))
            m_method->addItem(m.name);
    const int keep = m_method->findText(previous.isEmpty() ? QStringLiteral("forward") : previous);
    m_method->setCurrentIndex(keep >= 0 ? keep : m_method->findText(QStringLiteral("forward")));
    m_title->setText(
        m_snapshot ? tr("<b>Train %1</b>").arg(m_module.isEmpty() ? tr("the whole model") : m_module.toHtmlEscaped())
                   : tr("<i>Open an archive to train it.</i>"));
    m_start->setEnabled(m_snapshot && m_method->count() > 0 && !isRunning());
}

TrainRequest TrainingPanel::request() const
{
    TrainRequest r;
    r.module = m_module;
    r.method = m_method->currentText();
    r.inputs = ValueExpr::splitList(m_inputs->text());
    r.target = m_target->text().trimmed();
    r.loss = TrainRequest::losses().value(m_loss->currentIndex());
    r.optimizer = m_optimizer->currentText();
    r.lr = m_lr->value();
    r.momentum = m_momentum->value();
    r.weightDecay = m_weightDecay->value();
    r.steps = m_steps->value();
    r.batchSize = m_batchSize->value();
    for (const QString& f : m_freeze->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.freeze << f.trimmed();
    return r;
}

bool TrainingPanel::start()
{
    if (!m_snapshot || isRunning())
        return false;
    const TrainRequest r = request();
    if (r.method.isEmpty()) {
        m_status->setText(tr("Pick the method to train."));
        return false;
    }
    if (r.loss != QLatin1String("method") && r.target.isEmpty()) {
        m_status->setText(tr("The %1 loss needs a target.").arg(r.loss));
        return false;
    }
    clearResults();
    m_total = r.steps;
    m_progress->setRange(0, r.steps);
    m_progress->setValue(0);
    m_status->setText(tr("Training…"));
    m_clock.start();
    m_session->train(r)
        .tag(QStringLiteral("train"))
        .onProgress([this](const TrainStep& step) { onStep(step); })
        .then(
            this, [this](const TrainResult& result) { onTrained(result); },
            [this](const QString& message) { onFailed(message); });
    setRunning(true);
    Q_EMIT plotsWanted();
    return true;
}

void TrainingPanel::stop()
{
    if (isRunning()) {
        m_session->stop(this, QStringLiteral("train"));
        m_status->setText(tr("Stopping after the current step…"));
    }
}

void TrainingPanel::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running && m_snapshot && m_method->count() > 0);
    m_stop->setEnabled(running);
    for (QWidget* w : std::initializer_list<QWidget*> { m_method, m_inputs, m_target, m_loss, m_optimizer, m_lr,
                                                        m_momentum, m_weightDecay, m_steps, m_batchSize, m_freeze })
        w->setEnabled(!running);
}

void TrainingPanel::onStep(const TrainStep& step)
{
    m_smoothed = step.step == 1 ? step.loss : kSmoothing * m_smoothed + (1 - kSmoothing) * step.loss;
    m_plots->addStep(step.step, step.loss, m_smoothed, step.gradNorm);
    m_plots->setParameterNorms(step.parameters, step.parameterNorms);
    m_progress->setValue(step.step);
    const double seconds = m_clock.nsecsElapsed() / 1e9;
    const double rate = step.step / std::max(seconds, 1e-9);
    m_rate->setText(tr("%1 steps/s · %2 s left")
                        .arg(QLocale().toString(rate, 'f', rate < 10 ? 2 : 0))
                        .arg(QLocale().toString((m_total - step.step) / rate, 'f', 0)));
    m_plots->replotLater();
}

void TrainingPanel::onTrained(const TrainResult& result)
{
    setRunning(false);
    replot();
    if (result.diverged || result.cancelled)
        m_status->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                              .arg(result.diverged ? QStringLiteral("#b00020") : QStringLiteral("#555555"),
                                   result.message.toHtmlEscaped()));
    else
        m_status->setText(tr("Done: %n step(s), final loss %1.", nullptr, int(result.steps.size()))
                              .arg(QLocale().toString(result.finalLoss(), 'g', 6)));
    if (result.frozenParameters > 0)
        m_status->setText(m_status->text() + tr(" %n parameter(s) frozen.", nullptr, result.frozenParameters));
    // PyTorch trains in train mode; this module was not switched to it, and a reader should know.
    if (!result.steps.isEmpty() && m_snapshot && !m_snapshot->modules.isEmpty()
        && !m_snapshot->modules.first().training)
        m_status->setText(m_status->text() + QLatin1Char(' ')
                          + tr("It trained in eval mode: dropout was off and batch norm used its running "
                               "statistics. Mode → train trains as model.train() does."));
    Q_EMIT finished(result);
}

void TrainingPanel::onFailed(const QString& message)
{
    setRunning(false);
    m_status->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
    TrainResult failed;
    failed.message = message;
    Q_EMIT finished(failed);
}

void TrainingPanel::replot()
{
    m_plots->replot();
}

} // namespace jitscope
