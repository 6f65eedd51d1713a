// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace jitscope {

// The shape JitScope's tables share: fixed columns with translated headers, rows counted by the
// subclass, every change a reset on the GUI thread.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    RowTableModel(const QStringList& headers, QObject* parent);
    virtual int rows() const = 0;
    void setHeaders(const QStringList& headers); // the same number of columns
    // Runs `change` between beginResetModel() and endResetModel().
    template <typename F> void resetWith(F change)
    {
        beginResetModel();
        change();
        endResetModel();
    }

private:
    QStringList m_headers;
};

} // namespace jitscope
