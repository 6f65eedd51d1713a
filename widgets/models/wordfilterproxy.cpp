// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/wordfilterproxy.h"

namespace jitscope {

void WordFilterProxy::setWords(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool WordFilterProxy::matches(const QString& text, const QStringList& words)
{
    for (const QString& word : words)
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    return true;
}

bool WordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    return m_words.isEmpty()
        || matches(sourceModel()->index(sourceRow, filterKeyColumn(), sourceParent).data().toString(), m_words);
}

} // namespace jitscope
