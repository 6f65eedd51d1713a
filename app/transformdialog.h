// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/deploy.h"
#include "answers/modelsnapshot.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace jitscope {

// What Freeze, Optimize for Inference and Optimize for Mobile take (README, "Deploy"): the methods
// and attributes kept besides forward, Freeze's numerics switch, the mobile passes to run, the
// inputs both modules are compared and timed on, and where the result is written.
class TransformDialog : public QDialog
{
    Q_OBJECT
public:
    TransformDialog(DeployTransform kind, const ModelSnapshot& snapshot, const QString& output, const QString& inputs,
                    QWidget* parent = nullptr);

    TransformRequest request() const;
    // Sets what the fields hold (tests and scripting): the request's own kind is ignored.
    void setRequest(const TransformRequest& request);
    QString inputsText() const;

    QListWidget* preservedList() const { return m_preserved; }
    QListWidget* passList() const { return m_passes; }

private:
    void browse();

    DeployTransform m_kind;
    QListWidget* m_preserved;
    QCheckBox* m_numerics = nullptr;
    QListWidget* m_passes = nullptr;
    QLineEdit* m_inputs;
    QSpinBox* m_calls;
    QLineEdit* m_output;
};

} // namespace jitscope
