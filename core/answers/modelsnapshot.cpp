// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "answers/modelsnapshot.h"

namespace jitscope {

QString shapeText(const QList<qint64>& shape)
{
    QStringList parts;
    parts.reserve(shape.size());
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString joinModulePath(const QString& parent, const QString& name)
{
    if (parent.isEmpty())
        return name;
    return name.isEmpty() ? parent : parent + QLatin1Char('.') + name;
}

QString relativeTo(const QString& module, const QString& path)
{
    if (!module.isEmpty() && path.startsWith(module + QLatin1Char('.')))
        return path.mid(module.size() + 1);
    return path;
}

QString TensorInfo::shapeText() const
{
    return jitscope::shapeText(shape);
}

const ModuleInfo* ModelSnapshot::module(const QString& path) const
{
    for (const auto& m : modules) {
        if (m.path == path)
            return &m;
    }
    return nullptr;
}

const MethodInfo* ModelSnapshot::method(const QString& module, const QString& name) const
{
    for (const auto& m : methods) {
        if (m.module == module && m.name == name)
            return &m;
    }
    return nullptr;
}

QList<MethodInfo> ModelSnapshot::methodsOf(const QString& module) const
{
    QList<MethodInfo> result;
    for (const auto& m : methods) {
        if (m.module == module)
            result << m;
    }
    return result;
}

QString ModelSnapshot::device() const
{
    for (const QList<TensorInfo>* list : { &parameters, &buffers })
        if (!list->isEmpty())
            return list->first().device;
    return QStringLiteral("cpu");
}

QString ModelSnapshot::floatingDtype() const
{
    QString found;
    for (const QList<TensorInfo>* list : { &parameters, &buffers })
        for (const TensorInfo& t : *list) {
            if (!t.dtype.startsWith(QLatin1String("float")) && t.dtype != QLatin1String("bfloat16"))
                continue;
            if (found.isEmpty())
                found = t.dtype;
            else if (found != t.dtype)
                return QStringLiteral("mixed");
        }
    return found;
}

bool ModelSnapshot::hasBytecode() const
{
    // The archive's own "<top>/bytecode.pkl" (LiteBytecode::isBytecodeEntry), not an extra file.
    for (const ArchiveEntry& e : archive.entries)
        if (e.name.endsWith(QLatin1String("/bytecode.pkl")) && e.name.count(QLatin1Char('/')) == 1)
            return true;
    return false;
}

} // namespace jitscope
