// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace jitscope {

// The parsed form of a value expression, the one small grammar behind argument fields and
// `jitscope-cli invoke` arguments: 3, -2.5, 1e-3, True, None, "text", (a, b), [1, 2],
// {"gain": 2.0}, randn(1, 3, dtype=float16), tensor([[1, 2]]), load("x.npy"), $0, $0[1], $0["gain"].
struct ValueExpr
{
    enum class Kind { Int, Float, Bool, None, String, Tuple, List, Dict, Call, History, Name };

    Kind kind = Kind::None;
    int column = 1; // 1-based, where the expression starts
    qint64 integer = 0; // Int; History: the result number
    double number = 0; // Float
    bool boolean = false; // Bool
    QString text; // String, Name, Call (the function's name)
    QList<ValueExpr> items; // Tuple, List, Call (positional); Dict: key, value, key, value, ...
    QList<QPair<QString, ValueExpr>> keywords; // Call
    // History: $0[1][-1] index tuples and lists, $0["gain"] and $0[3] look up dict keys.
    struct Index
    {
        qint64 position = 0;
        QString key;
        bool isKey = false; // a string key
    };
    QList<Index> indices;

    // Brackets may nest this deep (a tensor literal of 100 dimensions); deeper is refused.
    static constexpr int kMaxDepth = 100;

    // Parses `text`; throws UserError "column N: expected X, found Y".
    static ValueExpr parse(const QString& text);
    // "randn(1, 3), [1, 2], x=3" -> three expressions: commas inside brackets and strings stay.
    static QStringList splitList(const QString& text);
    // Back to text, normalised: for history lists and messages.
    QString toString() const;
    // A short value of a TorchScript type as a schema writes it, for a field's hint: "3" for
    // int, "[3, 3]" for List[int], "None" for Optional[...], "(3, randn(2))" for Tuple[int,
    // Tensor]. Empty where none is short (an object, a device, a deep container).
    static QString exampleOf(const QString& type);
};

} // namespace jitscope
