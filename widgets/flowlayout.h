// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace jitscope {

// A row of widgets that wraps onto the next line where it is too narrow, as words do: a tool row
// (a switch and a button, Run and Observe) never makes a dock wider than its narrowest word.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    // A gap that grows: what follows it stands right, on the same line while it fits.
    void addStretch();
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const; // the height used
    QList<QLayoutItem*> m_items;
    QList<int> m_stretchAfter; // indices of items a stretch follows
};

} // namespace jitscope
