// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpointdiffdialog.h"

#include "columnfitter.h"
#include "parametertable.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace jitscope {

namespace {

// Hides the rows whose status is "same" when asked.
class DifferencesProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setDifferencesOnly(bool on)
    {
        m_only = on;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_only)
            return true;
        const QModelIndex status = sourceModel()->index(row, ParameterDiffModel::StatusColumn, parent);
        return status.data(ParameterDiffModel::SortRole).toInt() != int(ParameterDiff::Status::Same);
    }

private:
    bool m_only = false;
};

} // namespace

CheckpointDiffDialog::CheckpointDiffDialog(Document* document, const QString& checkpoint, QWidget* parent)
    : QDialog(parent)
    , m_model(new ParameterDiffModel(this))
{
    setObjectName(QStringLiteral("CheckpointDiffDialog"));
    setWindowTitle(tr("Compare With Checkpoint"));
    const QString left = document->displayName(), right = QFileInfo(checkpoint).fileName();
    auto* title = new QLabel(tr("<b>%1</b> ⟷ <b>%2</b>").arg(left.toHtmlEscaped(), right.toHtmlEscaped()), this);
    title->setToolTip(checkpoint);
    m_summary = new QLabel(tr("Comparing…"), this);
    m_summary->setWordWrap(true);
    m_differencesOnly = new QCheckBox(tr("Differences only"), this);
    m_model->setSides(left, right, tr("only in %1").arg(left), tr("only in %1").arg(right));
    auto* proxy = new DifferencesProxy(this);
    connect(m_differencesOnly, &QCheckBox::toggled, proxy, &DifferencesProxy::setDifferencesOnly);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("CheckpointDiffTable"));
    m_fitter = showParameterTable(m_table, proxy, m_model); // the file's order until a header is clicked
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_differencesOnly);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 520);

    document->session()
        ->compareWithCheckpoint(checkpoint)
        .tag(QStringLiteral("compare-checkpoint"))
        .then(
            this, [this](const QList<ParameterDiff>& parameters) { showParameters(parameters); },
            [this](const QString& error) {
                m_summary->setText(
                    QStringLiteral("<span style=\"color:#b3261e\">%1</span>").arg(error.toHtmlEscaped()));
                Q_EMIT compared(false);
            });
}

void CheckpointDiffDialog::showParameters(const QList<ParameterDiff>& parameters)
{
    m_model->setParameters(parameters);
    m_fitter->fit();
    int same = 0;
    for (const ParameterDiff& p : parameters)
        same += p.status == ParameterDiff::Status::Same ? 1 : 0;
    m_summary->setText(same == parameters.size()
                           ? tr("All %n tensor(s) are the same.", nullptr, int(parameters.size()))
                           : tr("%1 the same, %2 different.").arg(same).arg(parameters.size() - same));
    Q_EMIT compared(true);
}

} // namespace jitscope
