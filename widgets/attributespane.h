// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filteredtable.h"

namespace jitscope {

class Document;

// The selected module's attributes that are not submodules, parameters or buffers.
class AttributesPane : public FilteredTable
{
    Q_OBJECT
public:
    explicit AttributesPane(Document* document, QWidget* parent = nullptr);
};

} // namespace jitscope
