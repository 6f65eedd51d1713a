// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodecategory.h"

#include <QWidget>

namespace jitscope {

// The key to the graph's colours: one chip per op category, drawn over a corner of the view.
class GraphLegend : public QWidget
{
    Q_OBJECT
public:
    explicit GraphLegend(QWidget* parent = nullptr);

    // What a category is called in the legend and the inspector.
    static QString categoryLabel(NodeCategory category);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int kColumns = 1;
    int rowHeight() const;
    int columnWidth() const;
};

} // namespace jitscope
