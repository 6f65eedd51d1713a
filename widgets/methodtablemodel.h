#pragma once

#include "modelsnapshot.h"

#include <QAbstractTableModel>

namespace jitscope {

// Every method of every module, with its schema as str(method.schema) prints it.
class MethodTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModuleColumn, NameColumn, SignatureColumn, ReturnsColumn, ColumnCount };

    explicit MethodTableModel(QObject* parent = nullptr);
    void setSnapshot(const SnapshotPtr& snapshot);
    const MethodInfo* methodAt(int row) const;
    int rowOf(const QString& module, const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "x: Tensor, top_k: int = 1": the arguments after self, in annotation syntax.
    static QString argumentText(const MethodInfo& method);

private:
    SnapshotPtr m_snapshot;
};

} // namespace jitscope
