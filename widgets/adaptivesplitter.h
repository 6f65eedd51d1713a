// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSplitter>

namespace jitscope {

// Two panes side by side while there is room, one above the other when the splitter is narrower
// than `sideBySideWidth` (0: the two panes' minimum widths and a margin). Its minimum width is
// the wider pane's, so it never keeps a window from shrinking.
class AdaptiveSplitter : public QSplitter
{
    Q_OBJECT
public:
    explicit AdaptiveSplitter(int sideBySideWidth = 0, QWidget* parent = nullptr);

    // The share of the first pane whenever the orientation changes, in [0, 1].
    void setFirstShare(double share) { m_firstShare = share; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int sideBySideWidth() const;
    int m_sideBySideWidth;
    double m_firstShare = 0.6;
};

} // namespace jitscope
