// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"
#include "filteredtable.h"
#include "session/documentpane.h"

namespace jitscope {

class TensorTableModel;

// Parameters and buffers of the selected module's subtree (or of all), with statistics: computed
// at once for small models, on selection or on request for large ones.
class TensorsPane : public FilteredTable, public DocumentPane
{
    Q_OBJECT
public:
    // Statistics of every tensor are computed at once up to this size and count (a job and a
    // delivery each); larger models wait to be asked.
    static constexpr qint64 kAutoStatsBytes = 64LL << 20;
    static constexpr qsizetype kAutoStatsTensors = 10'000;

    explicit TensorsPane(QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override;
    void onSnapshotChanged(const SnapshotPtr& snapshot) override { showTensors(snapshot); }
    void onWeightsChanged() override;
    void onSelectionChanged(const QString& module, const QString&) override { setModulePath(module); }

    // Statistics of the tensors listed (or of all) that have none yet.
    void computeStats(bool listedOnly);
    TensorTableModel* tensorModel() const { return m_model; }

Q_SIGNALS:
    void currentTensorChanged(const jitscope::TensorRef& ref);
    void tensorActivated(const jitscope::TensorRef& ref); // double-click or Enter: look inside it

private:
    void showTensors(const SnapshotPtr& snapshot); // keeps the current row
    bool currentRef(TensorRef* ref) const;
    void requestStats(const QString& name, bool isParameter, bool background);

    TensorTableModel* m_model;
    int m_generation = 0; // of the values shown: bumped when they change
};

} // namespace jitscope
