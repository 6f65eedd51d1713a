// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/valueinfo.h"

#include <QJsonArray>

namespace jitscope {

QJsonObject ValueInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("type"), type } };
    if (type == QLatin1String("Tensor")) {
        QJsonArray dims;
        for (qint64 d : shape)
            dims.append(d);
        o.insert(QStringLiteral("shape"), dims);
        o.insert(QStringLiteral("dtype"), dtype);
        o.insert(QStringLiteral("device"), device);
        if (!valuesOmitted) {
            QJsonArray flat;
            for (double v : values)
                flat.append(v);
            o.insert(QStringLiteral("values"), flat);
        }
    } else if (type == QLatin1String("Tuple") || type == QLatin1String("List")) {
        QJsonArray array;
        for (const ValueInfo& item : items)
            array.append(item.toJson());
        o.insert(QStringLiteral("items"), array);
    } else if (type == QLatin1String("Dict")) {
        QJsonArray pairs;
        for (qsizetype i = 0; i + 1 < items.size(); i += 2)
            pairs.append(QJsonArray { items[i].toJson(), items[i + 1].toJson() });
        o.insert(QStringLiteral("items"), pairs);
    } else if (scalar.isValid()) {
        o.insert(QStringLiteral("value"), QJsonValue::fromVariant(scalar));
    }
    return o;
}

ValueInfo ValueInfo::fromJson(const QJsonObject& o)
{
    ValueInfo v;
    v.type = o.value(QStringLiteral("type")).toString();
    if (v.type == QLatin1String("Tensor")) {
        v.numel = 1;
        for (const QJsonValue& d : o.value(QStringLiteral("shape")).toArray()) {
            v.shape << qint64(d.toDouble());
            v.numel *= v.shape.last();
        }
        v.dtype = o.value(QStringLiteral("dtype")).toString();
        v.device = o.value(QStringLiteral("device")).toString();
        v.valuesOmitted = !o.contains(QStringLiteral("values"));
        for (const QJsonValue& x : o.value(QStringLiteral("values")).toArray())
            v.values << x.toDouble();
    } else if (v.type == QLatin1String("Tuple") || v.type == QLatin1String("List")) {
        for (const QJsonValue& item : o.value(QStringLiteral("items")).toArray())
            v.items << fromJson(item.toObject());
    } else if (v.type == QLatin1String("Dict")) {
        for (const QJsonValue& pair : o.value(QStringLiteral("items")).toArray())
            v.items << fromJson(pair.toArray().at(0).toObject()) << fromJson(pair.toArray().at(1).toObject());
    } else if (o.contains(QStringLiteral("value"))) {
        v.scalar = o.value(QStringLiteral("value")).toVariant();
    }
    return v;
}

QString ValueInfo::summary() const
{
    if (type == QLatin1String("Tensor")) {
        QStringList dims;
        for (qint64 d : shape)
            dims << QString::number(d);
        return QStringLiteral("Tensor[%1] %2").arg(dims.join(QLatin1String(", ")), dtype);
    }
    if (type == QLatin1String("Tuple") || type == QLatin1String("List") || type == QLatin1String("Dict"))
        return QStringLiteral("%1 of %2")
            .arg(type)
            .arg(type == QLatin1String("Dict") ? items.size() / 2 : items.size());
    if (type == QLatin1String("None"))
        return QStringLiteral("None");
    return scalar.toString();
}

} // namespace jitscope
