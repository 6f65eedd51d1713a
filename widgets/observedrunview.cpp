// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "observedrunview.h"

#include "common/textformat.h"
#include "filteredtable.h"
#include "models/observedrunmodels.h"
#include "session/document.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace jitscope {

ObservedRunView::ObservedRunView(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_budget(new QSpinBox(this))
    , m_moduleModel(new ObservedModuleModel(this))
    , m_opModel(new ObservedOpModel(this))
    , m_modules(new FilteredTable(m_moduleModel, tr("Filter modules"), tr("Selected module's subtree"),
                                  ScopeFilterProxy::Scope::Subtree, this))
    , m_ops(new FilteredTable(m_opModel, tr("Filter ops, e.g. conv"), tr("Selected module's subtree"),
                              ScopeFilterProxy::Scope::Subtree, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setContentsMargins(4, 4, 4, 4);
    for (FilteredTable* table : { m_modules, m_ops }) {
        table->scopeSwitch()->setChecked(false);
        table->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    }
    m_ops->view()->sortByColumn(ObservedOpModel::Self, Qt::DescendingOrder);
    m_tabs->addTab(m_modules, tr("Modules"));
    m_tabs->addTab(m_ops, tr("Ops"));
    m_budget->setRange(0, 1 << 20);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setPrefix(tr("Keep tensors up to "));
    m_budget->setToolTip(tr("How much of its tensors an observed run keeps for the tensor viewer; past it, "
                            "statistics only. Applies to the next run."));
    m_budget->setValue(QSettings().value(QLatin1String(kObserveBudgetSetting), 1024).toInt());
    connect(m_budget, &QSpinBox::valueChanged, this,
            [](int mib) { QSettings().setValue(QLatin1String(kObserveBudgetSetting), mib); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_budget, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    setRun(nullptr);
}

void ObservedRunView::onSelectionChanged(const QString& module, const QString&)
{
    m_modules->setModulePath(module);
    m_ops->setModulePath(module);
}

void ObservedRunView::setRun(const ObservedRunPtr& run, const QString& reason)
{
    m_moduleModel->setRun(run);
    m_opModel->setRun(run);
    m_tabs->setEnabled(run != nullptr);
    if (!run) {
        m_summary->setText(reason.isEmpty()
                               ? tr("<i>Observe a call in the Run dock to see every module's output shape, "
                                    "parameters, multiply-accumulates and time, and every op's time.</i>")
                               : tr("<i>The observed run was dropped: %1.</i>").arg(reason.toHtmlEscaped()));
        return;
    }
    const QString call = (run->module.isEmpty() ? QString() : run->module + QLatin1Char('.')) + run->method;
    QString text
        = tr("<b>%1</b>: %2 parameters, %3 MACs")
              .arg(call.toHtmlEscaped(), formatCount(run->parameters, QLocale()), formatMacs(run->macs, QLocale()));
    if (run->timeMs)
        text += tr(", %1 ms a call (median of %2 after a warm-up)")
                    .arg(QLocale().toString(*run->timeMs, 'f', 2))
                    .arg(run->repeat);
    if (!run->error.isEmpty())
        text += tr("<br><span style='color:#c01818'>The call failed: what ran before is shown.</span>");
    if (!run->timingNote.isEmpty())
        text += QStringLiteral("<br>") + run->timingNote.toHtmlEscaped();
    m_summary->setText(text);
    for (FilteredTable* table : { m_modules, m_ops })
        table->view()->resizeColumnsToContents();
}

} // namespace jitscope
