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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Scope m_scope = Scope::Everything;
    QString m_modulePath;
    QString m_text;
};

} // namespace jitscope
