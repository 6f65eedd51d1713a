// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace jitscope {

// A method's result (or any TorchScript value) as plain data: what the results tree and
// `jitscope-cli invoke --json` show. Tensors carry their values, flat and row-major, up to a limit.
struct ValueInfo
{
    QString type; // "Tensor", "Tuple", "List", "Dict", "int", "float", "bool", "str", "None", or the type's name
    QVariant scalar; // int, float, bool, str
    QList<ValueInfo> items; // Tuple, List; Dict: key, value, key, value, ...
    QList<qint64> shape;
    QString dtype;
    QString device;
    qint64 numel = 0;
    QList<double> values; // real parts; empty when omitted
    bool valuesOmitted = false;

    QJsonObject toJson() const;
    static ValueInfo fromJson(const QJsonObject& json); // what toJson wrote
    QString summary() const; // "Tensor[3, 4] float32", "(Tensor, Tensor)", "1.5"
};

} // namespace jitscope
