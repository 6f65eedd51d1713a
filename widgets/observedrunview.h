// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"
#include "session/documentpane.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace jitscope {

class FilteredTable;
class ObservedModuleModel;
class ObservedOpModel;

// The observed run's numbers: the module summary (torchinfo's table: output shapes, parameters,
// MACs, time) and every op with its calls and time, sortable and filtered by text or by the
// selected module's subtree.
class ObservedRunView : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    explicit ObservedRunView(QWidget* parent = nullptr);

    void onObservedRunChanged(const ObservedRunPtr& run, const QString& reason) override { setRun(run, reason); }
    void onSelectionChanged(const QString& module, const QString& method) override;
    void setRun(const ObservedRunPtr& run, const QString& reason = QString());
    FilteredTable* modules() const { return m_modules; }
    FilteredTable* ops() const { return m_ops; }
    QLabel* summary() const { return m_summary; }
    // How much of the tensors the next observed run keeps, in MiB (QSettings kObserveBudgetSetting).
    QSpinBox* budget() const { return m_budget; }

private:
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QSpinBox* m_budget;
    ObservedModuleModel* m_moduleModel;
    ObservedOpModel* m_opModel;
    FilteredTable* m_modules;
    FilteredTable* m_ops;
};

} // namespace jitscope
