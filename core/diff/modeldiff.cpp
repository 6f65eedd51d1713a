// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/modeldiff.h"

#include <QFileInfo>

namespace jitscope {

QString DiffSide::displayName() const
{
    const QString m = method.isEmpty() ? QStringLiteral("forward") : method;
    return QFileInfo(path).fileName() + QLatin1String(": ") + (module.isEmpty() ? m : module + QLatin1Char('.') + m);
}

QString ParameterDiff::statusName(Status s)
{
    switch (s) {
    case Status::Same:
        return QStringLiteral("same");
    case Status::ValuesDiffer:
        return QStringLiteral("values_differ");
    case Status::ShapeDiffers:
        return QStringLiteral("shape_differs");
    case Status::DtypeDiffers:
        return QStringLiteral("dtype_differs");
    case Status::OnlyLeft:
        return QStringLiteral("only_left");
    case Status::OnlyRight:
        return QStringLiteral("only_right");
    }
    return {};
}

} // namespace jitscope
