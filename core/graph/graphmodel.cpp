#include "graphmodel.h"

namespace jitscope {

QString groupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::Graph:
        return QStringLiteral("graph");
    case GroupKind::Module:
        return QStringLiteral("module");
    case GroupKind::Function:
        return QStringLiteral("function");
    case GroupKind::If:
        return QStringLiteral("if");
    case GroupKind::Loop:
        return QStringLiteral("loop");
    case GroupKind::Block:
        return QStringLiteral("block");
    }
    return {};
}

QString GraphGroup::title() const
{
    return calleeType.isEmpty() ? label : label + QStringLiteral(" · ") + calleeType;
}

} // namespace jitscope
