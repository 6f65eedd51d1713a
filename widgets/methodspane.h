// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filteredtable.h"

namespace jitscope {

class Document;
class MethodTableModel;

// Every method of every module with its schema; picking one selects it in the whole window.
class MethodsPane : public FilteredTable
{
    Q_OBJECT
public:
    explicit MethodsPane(Document* document, QWidget* parent = nullptr);

private:
    void showSelection(const QString& module, const QString& method);

    Document* m_document;
    MethodTableModel* m_model;
};

} // namespace jitscope
