// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/modelsnapshot.h"
#include "graph/graphmodel.h"
#include "session/documentpane.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace jitscope {

class CodeView;

// The Code tab or the IR Graph tab: the selected module's class code or method's code, or the
// shown method's graph or inlined graph, as text, with a title saying what it is.
class CodePage : public QWidget, public DocumentPane
{
    Q_OBJECT
public:
    enum class Kind { Code, Ir };
    CodePage(Kind kind, QWidget* parent = nullptr);

    void onArchiveChanged(const SnapshotPtr& snapshot) override;
    void onSelectionChanged(const QString&, const QString&) override { request(); }

    CodeView* view() const { return m_view; }
    // The IR page: the inlined graph instead of the graph.
    void setInlined(bool inlined);
    // The Code page: the line a graph node was written in, in the method that holds it, which may
    // be another module's than the one selected (a node inside an expanded call). Selecting a
    // module or method shows that again.
    void showNodeLine(const GraphNode& node);

Q_SIGNALS:
    void textShown();

private:
    void request();
    void requestText(const TextRequest& request, const QString& line = {});
    QString titleFor(const QString& method) const;

    Kind m_kind;
    QLabel* m_title;
    QComboBox* m_irKind = nullptr;
    CodeView* m_view;
    // What the view shows: the selection's code, or the method a node was picked in.
    QString m_shownModule;
    QString m_shownMethod;
};

} // namespace jitscope
