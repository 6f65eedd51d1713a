// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/observation.h"
#include "answers/tensorslice.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace jitscope {

class GraphScene;

// What the graph's selection is: a node's op, module, source, inputs, outputs and attributes,
// or a value's producer and consumers, with what an observed run saw of them. Shown beside the
// graph while something is selected, and only then; its close button (or Esc in the graph) clears
// the selection.
class GraphInspector : public QWidget
{
    Q_OBJECT
public:
    explicit GraphInspector(GraphScene* scene, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    void showNode(int id);
    void showValue(int edge);
    // Shows the selection again: an observed run came or went.
    void refresh();
    // Nothing selected: empty and hidden.
    void clear();
    bool isEmpty() const;

Q_SIGNALS:
    // The inspector is shown or hidden: the page makes room for it or takes the room back.
    void wanted(bool shown);
    void closeRequested();
    void statusMessage(const QString& message);
    // A clicked edge's value was kept by the observed run: show it in the tensor viewer.
    void tensorActivated(const jitscope::TensorRef& ref);

private:
    void setHtml(const QString& title, const QString& html);
    QString observedNodeHtml(int id) const;
    QString observedValueHtml(const ObservedValue& value) const;

    GraphScene* m_scene;
    QLabel* m_title;
    QTextBrowser* m_browser;
    int m_node = -1; // what is shown: a node, or a value by one of its edges
    int m_edge = -1;
};

} // namespace jitscope
