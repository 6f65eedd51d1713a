// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace jitscope {

// File > Operator Libraries: the shared libraries that define TorchScript operators from outside
// libtorch (torchvision's _C for torchvision::nms), loaded at every start. Adding one loads it at
// once; a library cannot be unloaded, so removing one takes effect at the next start.
class OperatorLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OperatorLibraryDialog(QWidget* parent = nullptr);

    // The list kept in the settings.
    static QStringList configured();
    // Loads every configured library; answers one line per library that failed, for the status bar.
    static QStringList loadConfigured();
    // Loads `path` and keeps it in the settings; throws UserError when it cannot be loaded.
    static void addAndLoad(const QString& path);

Q_SIGNALS:
    void libraryLoaded(const QString& path);

private:
    void add();
    void remove();
    void refresh();

    QListWidget* m_list;
    QLabel* m_status;
};

} // namespace jitscope
