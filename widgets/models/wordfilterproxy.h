// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace jitscope {

// Keeps the rows whose text holds every word typed, case-insensitively and in any order:
// "roi post" finds `roi_heads.postprocess_detections` among Faster R-CNN's methods.
class WordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString& text);
    QStringList words() const { return m_words; }
    // Whether `text` holds every one of `words`.
    static bool matches(const QString& text, const QStringList& words);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace jitscope
