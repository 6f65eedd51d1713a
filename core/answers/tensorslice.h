// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace jitscope {

// Names one tensor the tensor viewer can show: a parameter or buffer by its qualified name, or
// a value from the call history by a value expression such as "$0" or "$2[1]", or a value the
// latest observed run kept, by its key (ObservedValue::key).
struct TensorRef
{
    enum class Kind { Parameter, Buffer, History, Observed };
    Kind kind = Kind::Parameter;
    QString name;

    static TensorRef parameter(const QString& name) { return { Kind::Parameter, name }; }
    static TensorRef buffer(const QString& name) { return { Kind::Buffer, name }; }
    static TensorRef history(const QString& expression) { return { Kind::History, expression }; }
    static TensorRef observed(const QString& key) { return { Kind::Observed, key }; }
    bool operator==(const TensorRef& other) const { return kind == other.kind && name == other.name; }
};

// A 2-D slice of an N-D tensor: the last two dimensions, the leading ones fixed by `index`
// (missing entries are 0). A 1-D tensor is one row, a 0-D tensor one cell.
struct TensorSliceRequest
{
    TensorRef ref;
    QList<qint64> index;
    qint64 maxRows = 1024;
    qint64 maxCols = 1024;
};

struct TensorSlice
{
    TensorRef ref;
    QList<qint64> shape;
    QString dtype;
    QString device;
    bool requiresGrad = false;
    TensorStats stats; // of the whole tensor
    QList<qint64> index; // the leading indices actually used (clamped into range)
    qint64 totalRows = 0, totalCols = 0; // size of the whole slice
    qint64 rows = 0, cols = 0; // what `values` holds: at most maxRows x maxCols
    QVector<double> values; // rows * cols, row-major; NaN and Inf kept; bool as 0/1
    bool truncated() const { return rows < totalRows || cols < totalCols; }
};

} // namespace jitscope

Q_DECLARE_METATYPE(jitscope::TensorRef)
Q_DECLARE_METATYPE(jitscope::TensorSlice)
