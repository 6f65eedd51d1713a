// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace jitscope {

// Shows the rows of one module (or its whole subtree) that match a free-text filter, and sorts
// by SortRole. Works on any model that provides ModuleRole and NameRole.
class ScopeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Scope { Everything, ModuleOnly, Subtree };

    explicit ScopeFilterProxy(QObject* parent = nullptr);

    void setScope(Scope scope, const QString& modulePath);
    Scope scope() const { return m_scope; }
    QString modulePath() const { return m_modulePath; }
    void setText(const QString& text);
    // Hides what every module has and nobody looks for: `training` and names starting with `_`
    // (`_is_full_backward_hook`). Off by default; the Attributes pane turns it on.
    void setHideInternal(bool hide);
    bool hidesInternal() const { return m_hideInternal; }
    static bool isInternalName(const QString& name);
    // Shows `column`'s paths below the module of a subtree scope as seen from that module
    // ("ln_1.weight" inside "encoder.layers.encoder_layer_0"): a narrow column keeps what tells
    // the rows apart. Filtering and sorting still read the whole path.
    void setRelativePathColumn(int column);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refreshColumn(int column); // every row's text in `column`, as views are told
    Scope m_scope = Scope::Everything;
    QString m_modulePath;
    QString m_text;
    bool m_hideInternal = false;
    int m_relativePathColumn = -1;
};

} // namespace jitscope
