#include "modelsnapshot.h"

namespace jitscope {

QString shapeText(const QList<qint64>& shape)
{
    QStringList parts;
    parts.reserve(shape.size());
    for (qint64 d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
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

} // namespace jitscope
