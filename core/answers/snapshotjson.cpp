// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/snapshotjson.h"

#include <QJsonArray>

namespace jitscope {

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject archiveToJson(const ArchiveInfo& a)
{
    QJsonArray entries;
    for (const auto& e : a.entries)
        entries.append(QJsonObject { { QStringLiteral("name"), e.name },
                                     { QStringLiteral("size"), e.size },
                                     { QStringLiteral("compressed_size"), e.compressedSize },
                                     { QStringLiteral("compressed"), e.compressed } });
    QJsonArray extra;
    for (qsizetype i = 0; i < a.extraFiles.size(); ++i)
        extra.append(QJsonObject { { QStringLiteral("name"), a.extraFiles[i] },
                                   { QStringLiteral("size"), a.extraFileSizes.value(i) } });
    return QJsonObject {
        { QStringLiteral("path"), a.path },
        { QStringLiteral("file_size"), a.fileSize },
        { QStringLiteral("format_version"), a.formatVersion },
        { QStringLiteral("max_format_version"), a.maxFormatVersion },
        { QStringLiteral("prefix"), a.prefix },
        { QStringLiteral("entries"), entries },
        { QStringLiteral("extra_files"), extra },
        { QStringLiteral("parameter_bytes"), a.parameterBytes },
        { QStringLiteral("parameter_count"), a.parameterCount },
        { QStringLiteral("buffer_bytes"), a.bufferBytes },
        { QStringLiteral("libtorch"), a.libtorchVersion },
        { QStringLiteral("saved_on"), QJsonArray::fromStringList(a.savedOn) },
        { QStringLiteral("opened_on"), a.openedOn.isEmpty() ? QJsonValue() : QJsonValue(a.openedOn) },
    };
}

QJsonObject tensorToJson(const TensorInfo& t)
{
    const QJsonArray shape = shapeToJson(t.shape);
    return QJsonObject {
        { QStringLiteral("name"), t.name },     { QStringLiteral("module"), t.module },
        { QStringLiteral("shape"), shape },     { QStringLiteral("dtype"), t.dtype },
        { QStringLiteral("device"), t.device }, { QStringLiteral("requires_grad"), t.requiresGrad },
        { QStringLiteral("numel"), t.numel },   { QStringLiteral("bytes"), t.bytes },
    };
}

QJsonObject methodToJson(const MethodInfo& m)
{
    QJsonArray arguments;
    for (const auto& a : m.arguments) {
        QJsonObject arg { { QStringLiteral("name"), a.name },
                          { QStringLiteral("type"), a.type },
                          { QStringLiteral("kwarg_only"), a.kwargOnly } };
        if (a.hasDefault)
            arg.insert(QStringLiteral("default"), a.defaultValue);
        if (!a.example.isEmpty()) {
            arg.insert(QStringLiteral("example"), a.example);
            arg.insert(QStringLiteral("example_layer"), a.exampleLayer);
        }
        arguments.append(arg);
    }
    return QJsonObject {
        { QStringLiteral("module"), m.module },
        { QStringLiteral("name"), m.name },
        { QStringLiteral("schema"), m.schema },
        { QStringLiteral("arguments"), arguments },
        { QStringLiteral("returns"), toArray(m.returns) },
        { QStringLiteral("return_type"), m.returnType },
    };
}

} // namespace

QJsonObject snapshotToJson(const ModelSnapshot& s)
{
    QJsonArray modules, parameters, buffers, attributes, methods;
    for (const auto& m : s.modules)
        modules.append(QJsonObject {
            { QStringLiteral("path"), m.path },
            { QStringLiteral("name"), m.name },
            { QStringLiteral("type"), m.type },
            { QStringLiteral("qualified_type"), m.qualifiedType },
            { QStringLiteral("parent"), m.path.isEmpty() ? QJsonValue() : QJsonValue(m.parentPath) },
            { QStringLiteral("children"), toArray(m.children) },
            { QStringLiteral("depth"), m.depth },
            { QStringLiteral("training"), m.training },
        });
    for (const auto& t : s.parameters)
        parameters.append(tensorToJson(t));
    for (const auto& t : s.buffers)
        buffers.append(tensorToJson(t));
    for (const auto& a : s.attributes)
        attributes.append(QJsonObject { { QStringLiteral("module"), a.module },
                                        { QStringLiteral("name"), a.name },
                                        { QStringLiteral("type"), a.type },
                                        { QStringLiteral("value"), a.preview } });
    for (const auto& m : s.methods)
        methods.append(methodToJson(m));
    return QJsonObject {
        { QStringLiteral("archive"), archiveToJson(s.archive) },
        { QStringLiteral("modules"), modules },
        { QStringLiteral("parameters"), parameters },
        { QStringLiteral("buffers"), buffers },
        { QStringLiteral("attributes"), attributes },
        { QStringLiteral("methods"), methods },
    };
}

QJsonObject tensorStatsToJson(const TensorStats& s)
{
    auto opt = [](const std::optional<double>& v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return QJsonObject {
        { QStringLiteral("numel"), s.numel },    { QStringLiteral("finite"), s.finiteCount },
        { QStringLiteral("nan"), s.nanCount },   { QStringLiteral("inf"), s.infCount },
        { QStringLiteral("min"), opt(s.min) },   { QStringLiteral("max"), opt(s.max) },
        { QStringLiteral("mean"), opt(s.mean) }, { QStringLiteral("std"), opt(s.std) },
    };
}

QJsonArray shapeToJson(const QList<qint64>& shape)
{
    QJsonArray out;
    for (const qint64 d : shape)
        out.append(d);
    return out;
}

} // namespace jitscope
