// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensorspane.h"

#include "models/tensortablemodel.h"
#include "session/document.h"
#include "session/modelsession.h"

#include <QPushButton>
#include <QTableView>

namespace jitscope {

TensorsPane::TensorsPane(QWidget* parent)
    : FilteredTable(new TensorTableModel, tr("Filter by name, shape, dtype…"), tr("Selected module's subtree"),
                    ScopeFilterProxy::Scope::Subtree, parent)
    , m_model(qobject_cast<TensorTableModel*>(proxy()->sourceModel()))
{
    m_model->setParent(this);
    view()->setObjectName(QStringLiteral("TensorTable"));
    auto* statsButton = new QPushButton(tr("Compute Statistics"), this);
    statsButton->setToolTip(tr("Min, max, mean, std and NaN/Inf counts of every tensor listed"));
    connect(statsButton, &QPushButton::clicked, this, [this] { computeStats(true); });
    addToolWidget(statsButton);

    // Name, shape and dtype in the dock's default width; the rest a scroll away.
    // Names are paths whose ends say most ("…conv1.weight"); the whole one is the tooltip.
    setKeyColumns({ TensorTableModel::NameColumn, TensorTableModel::ShapeColumn, TensorTableModel::DtypeColumn },
                  TensorTableModel::NameColumn, true);
    // Below a selected module the names start where it does: "ln_1.weight", not "…weight".
    proxy()->setRelativePathColumn(TensorTableModel::NameColumn);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        TensorRef ref;
        if (!currentRef(&ref))
            return;
        const QModelIndex current = proxy()->mapToSource(view()->currentIndex());
        if (!current.siblingAtColumn(0).data(TensorTableModel::HasStatsRole).toBool())
            requestStats(ref.name, ref.kind == TensorRef::Kind::Parameter, false);
        Q_EMIT currentTensorChanged(ref);
    });
    connect(view(), &QAbstractItemView::activated, this, [this] {
        TensorRef ref;
        if (currentRef(&ref))
            Q_EMIT tensorActivated(ref);
    });
}

void TensorsPane::onArchiveChanged(const SnapshotPtr& snapshot)
{
    m_model->setSnapshot(snapshot);
    fitColumns();
    // Statistics arrive after this; leave room for them.
    const int statsWidth = view()->fontMetrics().horizontalAdvance(QStringLiteral("-0.00012345")) + 12;
    for (int c = TensorTableModel::MinColumn; c <= TensorTableModel::StdColumn; ++c)
        view()->setColumnWidth(c, qMax(view()->columnWidth(c), statsWidth));
    showTensors(snapshot);
}

void TensorsPane::onWeightsChanged()
{
    showTensors(document()->snapshot());
}

bool TensorsPane::currentRef(TensorRef* ref) const
{
    const TensorInfo* tensor = m_model->tensorAt(proxy()->mapToSource(view()->currentIndex()).row());
    if (!tensor)
        return false;
    *ref = tensor->isParameter ? TensorRef::parameter(tensor->name) : TensorRef::buffer(tensor->name);
    return true;
}

void TensorsPane::showTensors(const SnapshotPtr& snapshot)
{
    // The same rows in a new state (dtype, device, trained values): statistics start afresh and
    // the row in view stays.
    TensorRef current;
    const bool hadCurrent = currentRef(&current);
    ++m_generation;
    m_model->setSnapshot(snapshot);
    if (hadCurrent) {
        const int row = m_model->rowOf(current.name, current.kind == TensorRef::Kind::Parameter);
        view()->setCurrentIndex(proxy()->mapFromSource(m_model->index(row, 0)));
    }
    // Statistics of a small model cost little: fill them in at once. Large ones wait to be asked.
    if (snapshot && snapshot->archive.parameterBytes + snapshot->archive.bufferBytes <= kAutoStatsBytes
        && snapshot->parameters.size() + snapshot->buffers.size() <= kAutoStatsTensors)
        computeStats(false);
}

void TensorsPane::requestStats(const QString& name, bool isParameter, bool background)
{
    // Statistics asked for before the values changed describe values that are gone.
    if (!document())
        return;
    const int generation = m_generation;
    auto job = document()->session()->tensorStats(name, isParameter);
    if (background)
        job.background(); // filled in on their own: never ahead of the graph or a call
    job.then(this, [this, generation](const TensorStats& stats) {
        if (generation == m_generation)
            m_model->setStats(stats);
    });
}

void TensorsPane::computeStats(bool listedOnly)
{
    const int rows = listedOnly ? proxy()->rowCount() : m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = listedOnly ? proxy()->mapToSource(proxy()->index(row, 0)) : m_model->index(row, 0);
        if (source.data(TensorTableModel::HasStatsRole).toBool())
            continue;
        if (const TensorInfo* tensor = m_model->tensorAt(source.row()))
            requestStats(tensor->name, tensor->isParameter, !listedOnly);
    }
}

} // namespace jitscope
