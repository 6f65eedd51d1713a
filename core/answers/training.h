// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace jitscope {

// A few training steps on the open module: inputs and target as value expressions (files with
// load("x.npy")); mini-batches along the first dimension when batchSize > 0.
struct TrainRequest
{
    QString module; // the submodule whose method is trained; "" for the root
    QString method = QStringLiteral("forward");
    QStringList inputs; // the method's arguments, as for invoke
    QString target; // empty with loss "method" (the method returns the loss)
    QString loss = QStringLiteral("mse"); // mse, l1, smooth_l1, cross_entropy, nll, bce_with_logits, method
    QString optimizer = QStringLiteral("adam"); // sgd, adam, adamw, rmsprop
    double lr = 1e-3;
    double momentum = 0; // sgd, rmsprop
    bool nesterov = false; // sgd
    double weightDecay = 0;
    int steps = 100;
    int batchSize = 0; // 0: the whole data every step
    bool shuffle = true;
    QStringList freeze; // parameter names or module paths (their subtree); frozen ones never change
    quint64 seed = 0; // shuffling and random inputs

    static QStringList losses();
    static QStringList optimizers();
};

struct TrainStep
{
    int step = 0; // 1-based
    double loss = 0;
    double gradNorm = 0; // over every trained parameter
    double ms = 0;
    QVector<double> parameterNorms; // gradient norm per trained parameter, as TrainResult::parameters
    QStringList parameters; // their names: on the first step only
};

struct TrainResult
{
    QList<TrainStep> steps;
    bool cancelled = false;
    bool diverged = false; // NaN or Inf: the step was not applied
    QString message; // why it stopped early, for a person
    QStringList parameters; // the trained parameters' names
    int trainedParameters = 0;
    int frozenParameters = 0;
    double finalLoss() const { return steps.isEmpty() ? 0 : steps.last().loss; }
};

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::TrainStep)
Q_DECLARE_METATYPE(jitscope::TrainResult)
