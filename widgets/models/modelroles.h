// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace jitscope {

// Roles shared by the table models, so one proxy can scope and sort them all.
enum SharedRole {
    ModuleRole = Qt::UserRole + 100, // QString: the owning module's path
    SortRole, // a value that sorts right (numbers as numbers)
    NameRole, // QString: tensor name, attribute name or method name
};

} // namespace jitscope
