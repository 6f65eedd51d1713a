// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jitscope {

// The lite interpreter's bytecode of a .ptl (its bytecode.pkl), read by JitScope's restricted
// unpickler without libtorch: per method its instructions, the operators they call, constants,
// types, register count and schema.
struct BytecodeInstruction
{
    QString op; // "OP", "LOAD", "STOREN", ...
    qint64 x = 0, n = 0;
};

struct BytecodeOperator
{
    QString name, overload; // "aten::add", "Tensor"
    int arguments = -1; // arguments given (bytecode 6 and later); -1 when the file does not say
    QString fullName() const { return overload.isEmpty() ? name : name + QLatin1Char('.') + overload; }
};

struct BytecodeMethod
{
    QString name; // "__torch__.models.ConvNet.forward"
    QList<BytecodeInstruction> instructions;
    QList<BytecodeOperator> operators;
    QStringList constants; // each as text: "1", "True", "'text'", "Tensor[8] float32"
    QStringList types;
    qint64 registerSize = 0;
    QStringList arguments, returns; // "x: Tensor"
    // An assembly-like listing: the signature, then one line per instruction with what it names
    // (OP 3 → aten::relu, LOADC 2 → its constant).
    QString listing() const;
};

struct LiteBytecode
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::LiteBytecode)

public:
    qint64 version = 0;
    QList<BytecodeMethod> methods;

    // The bytecode of the archive at `path`, or an empty one (version 0) when it holds none.
    // Throws UserError when bytecode.pkl is there but damaged or not bytecode.
    // With `versionOnly`, only the version is read.
    static LiteBytecode read(const QString& path, bool versionOnly = false);
    static bool isBytecodeEntry(const QString& name); // "<top>/bytecode.pkl" inside the zip
    QString listing() const; // every method's listing
    // The listings of the methods of the class `qualifiedType` ("__torch__.models.ConvNet"): one
    // method, or all when `method` is empty; empty when the bytecode holds none (the lite
    // interpreter inlines submodules' methods into the root's).
    QString listingFor(const QString& qualifiedType, const QString& method) const;
    QJsonObject toJson() const;
};

} // namespace jitscope
