// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/parameterdiffmodel.h"

class QSortFilterProxyModel;
class QTableView;

namespace jitscope {

class ColumnFitter;

// Sets `view` up to show `model` through `proxy` (sorting by SortRole) as the checkpoint dialogs
// show it: sortable, in the model's order until a header is clicked, whole rows, compact
// unwrapped rows; name, status, largest difference and both sides in view. Its columns are sized
// by the fitter it answers (fit() after new data).
ColumnFitter* showParameterTable(QTableView* view, QSortFilterProxyModel* proxy, ParameterDiffModel* model);

} // namespace jitscope
