// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/scopefilterproxy.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLineEdit;
class QTableView;

namespace jitscope {

class ColumnFitter;
class FlowLayout;

// A sortable table with a filter box and a "selected module only" switch above it: the shape
// of the parameters, attributes and methods panes.
class FilteredTable : public QWidget
{
    Q_OBJECT
public:
    // `scoped` is the scope applied while the switch is on; off shows every module's rows.
    FilteredTable(QAbstractItemModel* source, const QString& filterHint, const QString& scopeLabel,
                  ScopeFilterProxy::Scope scoped, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    ScopeFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filter() const { return m_filter; }
    QCheckBox* scopeSwitch() const { return m_scopeSwitch; }
    void addToolWidget(QWidget* widget);
    void setModulePath(const QString& path);
    // The columns a reader needs first in the view and fitting its width (ColumnFitter): `flexible`
    // takes what the others leave; a path there shows its last parts when cut ("…conv1.weight").
    void setKeyColumns(const QList<int>& columns, int flexible, bool pathElided);
    // Sizes the columns to the rows shown now: after new data.
    void fitColumns();

private:
    void applyScope();

    ScopeFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_scopeSwitch;
    FlowLayout* m_toolRow;
    ScopeFilterProxy::Scope m_scoped;
    QString m_modulePath;
    ColumnFitter* m_fitter = nullptr;
};

} // namespace jitscope
