// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace jitscope {

// The most recently opened archives, newest first, kept in QSettings.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject* parent = nullptr);

    QStringList files() const { return m_files; }
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    static constexpr int kMaxFiles = 10;

Q_SIGNALS:
    void changed();

private:
    void save();

    QStringList m_files;
};

} // namespace jitscope
