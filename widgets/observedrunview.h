// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace jitscope {

class Document;
class FilteredTable;
class ObservedModuleModel;
class ObservedOpModel;

// The observed run's numbers: the module summary (torchinfo's table: output shapes, parameters,
// MACs, time) and every op with its calls and time, sortable and filtered by text or by the
// selected module's subtree.
class ObservedRunView : public QWidget
{
    Q_OBJECT
public:
    explicit ObservedRunView(Document* document, QWidget* parent = nullptr);
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
