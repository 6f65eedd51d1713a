// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/observation.h"

#include "answers/snapshotjson.h"

#include <QJsonArray>

namespace jitscope {

namespace {

QJsonValue optionalMs(const std::optional<double>& ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue();
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QString dimsText(const QList<qint64>& shape)
{
    if (shape.isEmpty())
        return QStringLiteral("[]");
    QStringList dims;
    for (const qint64 d : shape)
        dims << QString::number(d);
    return dims.join(QChar(0x00D7));
}

QString ObservedValue::shapeText() const
{
    if (!isTensor)
        return text.isEmpty() ? type : text;
    return dimsText(shape);
}

QJsonObject ObservedValue::toJson() const
{
    QJsonObject o { { QStringLiteral("key"), key },     { QStringLiteral("node"), node },
                    { QStringLiteral("value"), name },  { QStringLiteral("module"), module },
                    { QStringLiteral("kind"), kind },   { QStringLiteral("type"), type },
                    { QStringLiteral("calls"), calls }, { QStringLiteral("non_finite"), nonFinite },
                    { QStringLiteral("kept"), kept } };
    if (isTensor) {
        o.insert(QStringLiteral("shape"), shapeToJson(shape));
        o.insert(QStringLiteral("shape_varies"), shapeVaries);
        o.insert(QStringLiteral("dtype"), dtype);
        o.insert(QStringLiteral("device"), device);
    } else {
        o.insert(QStringLiteral("shape"), QJsonValue());
        o.insert(QStringLiteral("text"), text);
    }
    o.insert(QStringLiteral("stats"), stats ? QJsonValue(tensorStatsToJson(*stats)) : QJsonValue());
    return o;
}

QJsonObject ObservedNode::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), key },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("module"), module },
                         { QStringLiteral("callee"), optionalText(callee) },
                         { QStringLiteral("calls"), calls },
                         { QStringLiteral("time_ms"), optionalMs(timeMs) },
                         { QStringLiteral("self_ms"), optionalMs(selfMs) },
                         { QStringLiteral("macs"), macs } };
}

QJsonObject ObservedModule::toJson() const
{
    return QJsonObject { { QStringLiteral("path"), path },
                         { QStringLiteral("type"), type },
                         { QStringLiteral("depth"), depth },
                         { QStringLiteral("calls"), calls },
                         { QStringLiteral("output_shapes"), QJsonArray::fromStringList(outputShapes) },
                         { QStringLiteral("parameters"), parameters },
                         { QStringLiteral("macs"), macs },
                         { QStringLiteral("time_ms"), optionalMs(timeMs) } };
}

const ObservedValue* ObservedRun::value(const QString& key) const
{
    const auto it = m_values.constFind(key);
    return it == m_values.constEnd() ? nullptr : &values[*it];
}

const ObservedNode* ObservedRun::node(const QString& key) const
{
    const auto it = m_nodes.constFind(key);
    return it == m_nodes.constEnd() ? nullptr : &nodes[*it];
}

void ObservedRun::index()
{
    m_values.clear();
    m_nodes.clear();
    for (int i = 0; i < values.size(); ++i)
        m_values.insert(values[i].key, i);
    for (int i = 0; i < nodes.size(); ++i)
        m_nodes.insert(nodes[i].key, i);
}

QJsonObject ObservedRun::toJson() const
{
    QJsonArray valueArray, nodeArray, moduleArray;
    for (const ObservedValue& v : values)
        valueArray.append(v.toJson());
    for (const ObservedNode& n : nodes)
        nodeArray.append(n.toJson());
    for (const ObservedModule& m : modules)
        moduleArray.append(m.toJson());
    return QJsonObject {
        { QStringLiteral("module"), module },
        { QStringLiteral("method"), method },
        { QStringLiteral("arguments"), argumentsText },
        { QStringLiteral("repeat"), repeat },
        { QStringLiteral("values"), valueArray },
        { QStringLiteral("nodes"), nodeArray },
        { QStringLiteral("modules"), moduleArray },
        { QStringLiteral("totals"),
          QJsonObject { { QStringLiteral("parameters"), parameters },
                        { QStringLiteral("macs"), macs },
                        { QStringLiteral("time_ms"), optionalMs(timeMs) } } },
        { QStringLiteral("outputs"), result ? QJsonValue(result->outputs.toJson()) : QJsonValue() },
        { QStringLiteral("error"), optionalText(error) },
        { QStringLiteral("failed_node"), optionalText(failedNode) },
        { QStringLiteral("failed_path"), QJsonArray::fromStringList(failedPath) },
        { QStringLiteral("timing_note"), optionalText(timingNote) },
        { QStringLiteral("kept_bytes"), keptBytes },
        { QStringLiteral("not_kept"), notKept },
    };
}

} // namespace jitscope
