// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What the window tests share: its widgets by their object names, and opening a file.
#pragma once

#include "archiveview.h"
#include "codepage.h"
#include "codeview.h"
#include "elidedlabel.h"
#include "graphpage.h"
#include "invokepanel.h"
#include "mainwindow.h"
#include "modelstatebar.h"
#include "scratchpad.h"
#include "startpage.h"
#include "tensorviewer.h"
#include "trainingpanel.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace jitscope;

// The window's widgets, found by their object names.
struct Ui
{
    const MainWindow& w;

    template <typename T> T* find(const char* name) const
    {
        T* child = w.findChild<T*>(QLatin1String(name));
        if (!child)
            qFatal("no widget named %s", name);
        return child;
    }
    QTreeView* moduleTree() const { return find<QTreeView>("ModuleTree"); }
    QTableView* tensorTable() const { return find<QTableView>("TensorTable"); }
    QTableView* attributeTable() const { return find<QTableView>("AttributeTable"); }
    QTableView* methodTable() const { return find<QTableView>("MethodTable"); }
    ArchiveView* archiveView() const { return find<ArchiveView>("ArchiveView"); }
    CodeView* codeView() const { return find<CodeView>("CodeView"); }
    CodeView* irView() const { return find<CodeView>("IrView"); }
    CodePage* irPage() const { return find<CodePage>("IrPage"); }
    GraphPage* graphPage() const { return find<GraphPage>("GraphPage"); }
    InvokePanel* invokePanel() const { return find<InvokePanel>("InvokePanel"); }
    TensorViewer* tensorViewer() const { return find<TensorViewer>("TensorViewer"); }
    ModelStateBar* stateBar() const { return find<ModelStateBar>("ModelStateToolBar"); }
    ScratchPad* scratchPad() const { return find<ScratchPad>("ScratchPad"); }
    TrainingPanel* trainingPanel() const { return find<TrainingPanel>("TrainingPanel"); }
    QTabWidget* tabs() const { return find<QTabWidget>("DocumentTabs"); }
    // The archive's facts in the status bar, whole (the label may show them cut).
    QString statusFacts() const { return find<ElidedLabel>("StatusFacts")->fullText(); }
    StartPage* startPage() const { return find<StartPage>("StartPage"); }
};

// The child of `parent` named `name` (a pane's field, found as a user's script would).
template <typename T> T* named(const QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    if (!child)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return child;
}

// Opens `path` in the window and waits until it is shown.
inline void openAndWait(MainWindow& w, const QString& path)
{
    QSignalSpy opened(&w, &MainWindow::archiveOpened);
    w.openPath(path);
    QVERIFY(opened.wait(60000));
}
