#pragma once

#include "modelsnapshot.h"

#include <QAbstractTableModel>

namespace jitscope {

// Module attributes that are neither submodules, parameters nor buffers: name, type, value.
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModuleColumn, NameColumn, TypeColumn, ValueColumn, ColumnCount };

    explicit AttributeTableModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SnapshotPtr m_snapshot;
};

} // namespace jitscope
