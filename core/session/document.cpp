// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/document.h"

namespace jitscope {

Document::Document(ModelSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

Document::~Document()
{
    for (DocumentPane* pane : std::as_const(m_panes))
        pane->m_document = nullptr;
}

void Document::attach(DocumentPane* pane)
{
    if (!pane || m_panes.contains(pane))
        return;
    if (Document* other = pane->document())
        other->detach(pane);
    pane->m_document = this;
    m_panes << pane;
    pane->onArchiveChanged(m_snapshot);
    if (m_snapshot)
        pane->onSelectionChanged(m_module, m_method);
    pane->onModifiedChanged(m_modified);
    if (m_observedRun)
        pane->onObservedRunChanged(m_observedRun, QString());
}

void Document::detach(DocumentPane* pane)
{
    if (m_panes.removeOne(pane))
        pane->m_document = nullptr;
}

Document* DocumentPane::document() const
{
    return m_document.data();
}

DocumentPane::~DocumentPane()
{
    if (Document* document = m_document.data())
        document->detach(this);
}

QString Document::path() const
{
    return m_snapshot ? m_snapshot->archive.path : QString();
}

QString Document::shownMethod() const
{
    if (!m_method.isEmpty() || !m_snapshot)
        return m_method;
    const QList<MethodInfo> methods = m_snapshot->methodsOf(m_module);
    for (const MethodInfo& m : methods)
        if (m.name == QLatin1String("forward"))
            return m.name;
    return methods.isEmpty() ? QString() : methods.first().name;
}

void Document::setArchive(const SnapshotPtr& snapshot, const QString& displayName)
{
    m_snapshot = snapshot;
    m_displayName = snapshot ? displayName : QString();
    m_module.clear();
    m_method.clear();
    m_modified = false;
    m_observedRun.reset();
    tellPanes([&](DocumentPane* p) { p->onArchiveChanged(snapshot); });
    Q_EMIT archiveChanged(snapshot);
    tellPanes([&](DocumentPane* p) { p->onObservedRunChanged(nullptr, QString()); });
    Q_EMIT observedRunChanged(nullptr, QString());
    tellPanes([&](DocumentPane* p) { p->onModifiedChanged(false); });
    Q_EMIT modifiedChanged(false);
    Q_EMIT displayNameChanged(m_displayName);
    if (snapshot) {
        tellPanes([&](DocumentPane* p) { p->onSelectionChanged(m_module, m_method); });
        Q_EMIT selectionChanged(m_module, m_method);
    }
}

void Document::updateSnapshot(const SnapshotPtr& snapshot)
{
    if (!m_snapshot || !snapshot)
        return;
    m_snapshot = snapshot;
    dropObservedRun(tr("the module changed (mode, device, dtype or weights)"));
    tellPanes([&](DocumentPane* p) { p->onSnapshotChanged(snapshot); });
    Q_EMIT snapshotChanged(snapshot);
    if (!snapshot->module(m_module) || (!m_method.isEmpty() && !snapshot->method(m_module, m_method)))
        select(QString());
}

void Document::notifyWeightsChanged()
{
    if (!m_snapshot)
        return;
    dropObservedRun(tr("the weights changed"));
    tellPanes([&](DocumentPane* p) { p->onWeightsChanged(); });
    Q_EMIT weightsChanged();
}

void Document::setObservedRun(const ObservedRunPtr& run)
{
    m_observedRun = run;
    tellPanes([&](DocumentPane* p) { p->onObservedRunChanged(run, QString()); });
    Q_EMIT observedRunChanged(run, QString());
}

void Document::dropObservedRun(const QString& reason)
{
    if (!m_observedRun)
        return;
    m_observedRun.reset();
    tellPanes([&](DocumentPane* p) { p->onObservedRunChanged(nullptr, reason); });
    Q_EMIT observedRunChanged(nullptr, reason);
}

void Document::select(const QString& module, const QString& method)
{
    if (!m_snapshot || !m_snapshot->module(module) || (!method.isEmpty() && !m_snapshot->method(module, method)))
        return;
    if (module == m_module && method == m_method)
        return;
    m_module = module;
    m_method = method;
    tellPanes([&](DocumentPane* p) { p->onSelectionChanged(module, method); });
    Q_EMIT selectionChanged(module, method);
}

void Document::revealNode(const QString& module, const QString& method, const QString& nodeKey)
{
    select(module, method);
    if (m_module != module || m_method != method || nodeKey.isEmpty())
        return;
    tellPanes([&](DocumentPane* p) { p->onNodeRevealed(nodeKey); });
    Q_EMIT nodeRevealed(nodeKey);
}

void Document::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    tellPanes([&](DocumentPane* p) { p->onModifiedChanged(modified); });
    Q_EMIT modifiedChanged(modified);
}

void Document::setDisplayName(const QString& name)
{
    if (name == m_displayName)
        return;
    m_displayName = name;
    Q_EMIT displayNameChanged(name);
}

} // namespace jitscope
