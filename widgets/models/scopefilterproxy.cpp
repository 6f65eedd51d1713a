// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/scopefilterproxy.h"

#include "models/modelroles.h"

#include "answers/modelsnapshot.h"

#include <utility>

namespace jitscope {

ScopeFilterProxy::ScopeFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ScopeFilterProxy::setScope(Scope scope, const QString& modulePath)
{
    if (scope == m_scope && modulePath == m_modulePath)
        return;
    m_scope = scope;
    m_modulePath = modulePath;
    invalidateFilter();
    refreshColumn(m_relativePathColumn); // its names follow the module
}

void ScopeFilterProxy::refreshColumn(int column)
{
    if (column >= 0 && column < columnCount() && rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column), { Qt::DisplayRole });
}

void ScopeFilterProxy::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void ScopeFilterProxy::setHideInternal(bool hide)
{
    if (hide == m_hideInternal)
        return;
    m_hideInternal = hide;
    invalidateFilter();
}

void ScopeFilterProxy::setRelativePathColumn(int column)
{
    if (column == m_relativePathColumn)
        return;
    const int before = std::exchange(m_relativePathColumn, column);
    refreshColumn(before);
    refreshColumn(column);
}

QVariant ScopeFilterProxy::data(const QModelIndex& index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    if (role != Qt::DisplayRole || index.column() != m_relativePathColumn || m_scope != Scope::Subtree)
        return value;
    return relativeTo(m_modulePath, value.toString());
}

bool ScopeFilterProxy::isInternalName(const QString& name)
{
    return name == QLatin1String("training") || name.startsWith(QLatin1Char('_'));
}

bool ScopeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hideInternal && isInternalName(index.data(NameRole).toString()))
        return false;
    const QString module = index.data(ModuleRole).toString();
    switch (m_scope) {
    case Scope::Everything:
        break;
    case Scope::ModuleOnly:
        if (module != m_modulePath)
            return false;
        break;
    case Scope::Subtree:
        if (!m_modulePath.isEmpty() && module != m_modulePath && !module.startsWith(m_modulePath + QLatin1Char('.')))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    // The filter matches the name or any column's text, case-insensitively.
    for (int c = 0; c < sourceModel()->columnCount(sourceParent); ++c) {
        if (sourceModel()->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace jitscope
