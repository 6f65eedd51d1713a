// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/common/valuetext.h"

#include "common/usererror.h"

#include <ATen/core/Dict.h>
#include <ATen/core/List.h>
#include <ATen/core/ivalue_inl.h>
#include <c10/core/ScalarType.h>

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace jitscope {

QString dtypeName(c10::ScalarType type)
{
    switch (type) {
    case c10::ScalarType::Float:
        return QStringLiteral("float32");
    case c10::ScalarType::Double:
        return QStringLiteral("float64");
    case c10::ScalarType::Half:
        return QStringLiteral("float16");
    case c10::ScalarType::BFloat16:
        return QStringLiteral("bfloat16");
    case c10::ScalarType::ComplexHalf:
        return QStringLiteral("complex32");
    case c10::ScalarType::ComplexFloat:
        return QStringLiteral("complex64");
    case c10::ScalarType::ComplexDouble:
        return QStringLiteral("complex128");
    case c10::ScalarType::Byte:
        return QStringLiteral("uint8");
    case c10::ScalarType::Char:
        return QStringLiteral("int8");
    case c10::ScalarType::Short:
        return QStringLiteral("int16");
    case c10::ScalarType::Int:
        return QStringLiteral("int32");
    case c10::ScalarType::Long:
        return QStringLiteral("int64");
    case c10::ScalarType::Bool:
        return QStringLiteral("bool");
    case c10::ScalarType::QInt8:
        return QStringLiteral("qint8");
    case c10::ScalarType::QUInt8:
        return QStringLiteral("quint8");
    case c10::ScalarType::QInt32:
        return QStringLiteral("qint32");
    case c10::ScalarType::QUInt4x2:
        return QStringLiteral("quint4x2");
    case c10::ScalarType::QUInt2x4:
        return QStringLiteral("quint2x4");
    default:
        return QString::fromLatin1(c10::toString(type)).toLower();
    }
}

namespace {
struct EvalText
{
    Q_DECLARE_TR_FUNCTIONS(EvalText)
};
} // namespace

c10::ScalarType parseDtype(const QString& rawName)
{
    QString name = rawName;
    name.remove(QLatin1String("torch."));
    static const QList<QPair<QString, c10::ScalarType>> names {
        { QStringLiteral("float32"), c10::ScalarType::Float },
        { QStringLiteral("float"), c10::ScalarType::Float },
        { QStringLiteral("float64"), c10::ScalarType::Double },
        { QStringLiteral("double"), c10::ScalarType::Double },
        { QStringLiteral("float16"), c10::ScalarType::Half },
        { QStringLiteral("half"), c10::ScalarType::Half },
        { QStringLiteral("bfloat16"), c10::ScalarType::BFloat16 },
        { QStringLiteral("int64"), c10::ScalarType::Long },
        { QStringLiteral("long"), c10::ScalarType::Long },
        { QStringLiteral("int32"), c10::ScalarType::Int },
        { QStringLiteral("int"), c10::ScalarType::Int },
        { QStringLiteral("int16"), c10::ScalarType::Short },
        { QStringLiteral("int8"), c10::ScalarType::Char },
        { QStringLiteral("uint8"), c10::ScalarType::Byte },
        { QStringLiteral("bool"), c10::ScalarType::Bool },
        { QStringLiteral("complex64"), c10::ScalarType::ComplexFloat },
        { QStringLiteral("complex128"), c10::ScalarType::ComplexDouble },
    };
    for (const auto& n : names)
        if (n.first == name)
            return n.second;
    throw UserError(EvalText::tr("unknown dtype '%1': use float32, float64, float16, bfloat16, int64, int32, int16, "
                                 "int8, uint8, bool, complex64 or complex128")
                        .arg(rawName));
}

namespace {

QString pythonFloat(double d)
{
    if (std::isnan(d))
        return QStringLiteral("nan");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    QString s = QString::number(d, 'g', 16);
    // Shortest text that reads back the same value, as Python's repr does.
    for (int precision = 1; precision <= 17; ++precision) {
        const QString candidate = QString::number(d, 'g', precision);
        if (candidate.toDouble() == d) {
            s = candidate;
            break;
        }
    }
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
        s += QLatin1String(".0");
    return s;
}

QString quoted(const std::string& s, int budget)
{
    QString text = QString::fromStdString(s);
    if (text.size() > budget)
        text = text.left(qMax(0, budget - 1)) + QChar(0x2026);
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

class Printer
{
public:
    explicit Printer(int budget)
        : m_budget(budget)
    { }

    QString print(const c10::IValue& v)
    {
        if (v.isNone())
            return QStringLiteral("None");
        if (v.isBool())
            return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
        if (v.isInt())
            return QString::number(v.toInt());
        if (v.isDouble())
            return pythonFloat(v.toDouble());
        if (v.isString())
            return quoted(v.toStringRef(), m_budget);
        if (v.isTensor()) {
            const at::Tensor& t = v.toTensor();
            if (!t.defined())
                return QStringLiteral("Tensor(undefined)");
            QStringList dims;
            for (auto d : t.sizes())
                dims << QString::number(d);
            return QStringLiteral("Tensor[%1] %2").arg(dims.join(QLatin1String(", ")), dtypeName(t.scalar_type()));
        }
        if (v.isDevice())
            return QStringLiteral("device('%1')").arg(QString::fromStdString(v.toDevice().str()));
        if (v.isList()) {
            QStringList items;
            for (const c10::IValue& item : v.toListRef()) {
                if (!append(items, print(item)))
                    break;
            }
            return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        if (v.isTuple()) {
            QStringList items;
            for (const c10::IValue& item : v.toTupleRef().elements()) {
                if (!append(items, print(item)))
                    break;
            }
            const QString close = items.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")");
            return QLatin1Char('(') + items.join(QLatin1String(", ")) + close;
        }
        if (v.isGenericDict()) {
            QStringList items;
            for (const auto& entry : v.toGenericDict()) {
                if (!append(items, print(entry.key()) + QLatin1String(": ") + print(entry.value())))
                    break;
            }
            return QLatin1Char('{') + items.join(QLatin1String(", ")) + QLatin1Char('}');
        }
        if (v.isObject())
            return QStringLiteral("<%1 object>").arg(QString::fromStdString(v.type()->str()));
        return QStringLiteral("<%1>").arg(QString::fromLatin1(v.tagKind().c_str()));
    }

private:
    // Adds an item while the text stays within budget; adds "…" and says stop otherwise.
    bool append(QStringList& items, const QString& item)
    {
        m_used += item.size() + 2;
        if (m_used > m_budget && !items.isEmpty()) {
            items << QString(QChar(0x2026));
            return false;
        }
        items << item;
        return true;
    }

    int m_budget;
    int m_used = 0;
};

} // namespace

QString valuePreview(const c10::IValue& value, int budget)
{
    Printer printer(budget);
    return printer.print(value);
}

} // namespace jitscope
