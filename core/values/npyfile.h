// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace jitscope {

// A NumPy .npy array: its header facts and raw data, read and written without NumPy.
// Versions 1.0-3.0 are read; 1.0 is written (2.0 when the header needs it).
struct NpyArray
{
    QString descr; // "<f4", "|b1", ">i8", ...
    QList<qint64> shape;
    bool fortranOrder = false;
    QByteArray data;

    qint64 elementCount() const; // -1 when the shape's product overflows
    int itemSize() const; // from descr; 0 when unknown

    // Throws UserError naming `source` and what is wrong.
    static NpyArray parse(const QByteArray& bytes, const QString& source);
    QByteArray serialize() const;
};

} // namespace jitscope
