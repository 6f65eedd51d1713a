// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/tensorslice.h"
#include "filteredtable.h"

namespace jitscope {

class Document;
class TensorTableModel;

// Parameters and buffers of the selected module's subtree (or of all), with statistics: computed
// at once for small models, on selection or on request for large ones.
class TensorsPane : public FilteredTable
{
    Q_OBJECT
public:
    // Statistics of every tensor are computed at once up to this size; larger models wait to be asked.
    static constexpr qint64 kAutoStatsBytes = 64LL << 20;

    explicit TensorsPane(Document* document, QWidget* parent = nullptr);

    // Statistics of the tensors listed (or of all) that have none yet.
    void computeStats(bool listedOnly);
    TensorTableModel* tensorModel() const { return m_model; }

Q_SIGNALS:
    void currentTensorChanged(const jitscope::TensorRef& ref);
    void tensorActivated(const jitscope::TensorRef& ref); // double-click or Enter: look inside it

private:
    void show(const SnapshotPtr& snapshot); // keeps the current row
    bool currentRef(TensorRef* ref) const;
    void requestStats(const QString& name, bool isParameter, bool background);

    Document* m_document;
    TensorTableModel* m_model;
    int m_generation = 0; // of the values shown: bumped when they change
};

} // namespace jitscope
