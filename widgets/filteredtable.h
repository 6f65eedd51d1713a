// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scopefilterproxy.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QHBoxLayout;
class QLineEdit;
class QTableView;

namespace jitscope {

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

private:
    void applyScope();

    ScopeFilterProxy* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_scopeSwitch;
    QHBoxLayout* m_toolRow;
    ScopeFilterProxy::Scope m_scoped;
    QString m_modulePath;
};

} // namespace jitscope
