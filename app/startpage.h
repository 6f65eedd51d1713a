// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace jitscope {

class RecentFiles;

// Shown while no archive is open: open a file, pick a bundled example or a recent file.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    StartPage(RecentFiles* recent, QWidget* parent = nullptr);

    QListWidget* examplesList() const { return m_examples; }
    QListWidget* recentList() const { return m_recent; }

Q_SIGNALS:
    void openFileRequested();
    void openPathRequested(const QString& path);
    void openExampleRequested(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override; // the lists' resizes

private:
    void updateRecent();

    RecentFiles* m_recentFiles;
    QListWidget* m_examples;
    QListWidget* m_recent;
};

} // namespace jitscope
