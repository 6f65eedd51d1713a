// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/nodecategory.h"

#include <QList>
#include <QWidget>

namespace jitscope {

// The colour key of the node categories: a strip along the graph's bottom edge, outside the
// drawing so it never covers a node, naming only the categories the shown graph has, in as many
// lines as its width needs.
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    explicit GraphLegend(QWidget* parent = nullptr);

    // What a category is called in the legend and the inspector.
    static QString categoryLabel(NodeCategory category);
    // The categories listed, in the key's order; none until set.
    void setCategories(const QList<NodeCategory>& categories);
    QList<NodeCategory> categories() const { return m_categories; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int entryWidth(NodeCategory category) const;
    // Where each entry stands at `width`, left to right and line by line.
    QList<QRect> entryRects(int width) const;

    QList<NodeCategory> m_categories;
};

} // namespace jitscope
