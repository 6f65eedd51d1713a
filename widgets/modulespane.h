// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "session/documentpane.h"

#include <QTreeView>

namespace jitscope {

class ModuleTreeModel;

// The module tree of the open archive; picking a module selects it in the whole window.
class ModulesPane : public QTreeView, public DocumentPane
{
    Q_OBJECT
public:
    explicit ModulesPane(QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override;
    void onSnapshotChanged(const SnapshotPtr& snapshot) override;
    void onSelectionChanged(const QString&, const QString&) override { showSelection(); }

    ModuleTreeModel* treeModel() const { return m_model; }

    // What a row of the tree shows of a module's name and type in `width` pixels: both whole; the
    // type cut ("Enc…", at least three letters) or left out; the name cut in its middle last.
    // `typeX`: where the type starts.
    struct NameAndType
    {
        QString name;
        QString type;
        int typeX = 0;
    };
    static NameAndType fitNameAndType(const QString& name, const QString& type, const QFontMetrics& metrics, int width);
    static int typeGap(const QFontMetrics& metrics);

private:
    void showSelection();
    void showModeColumn(const SnapshotPtr& snapshot);

    ModuleTreeModel* m_model;
};

} // namespace jitscope
