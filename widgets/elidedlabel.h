// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QStatusBar;

namespace jitscope {

// A one-line label that shows as much of its text as fits, ending in "…", with the whole text
// as its tooltip: a status line in a narrow pane is cut where a reader sees it is cut. A list
// of facts joined by " · " loses whole facts from its end while the first one fits.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    void setFullText(const QString& text);
    QString fullText() const { return m_text; }
    void setElideMode(Qt::TextElideMode mode);
    // As wide as the whole text when there is room; as narrow as "…" when there is not.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // A permanent widget of `bar`: while a passing message shows, narrower, so that the message
    // reads whole at any width of the bar (this label cut, whole in its tooltip); its room back
    // when the message goes.
    void giveWayToMessages(QStatusBar* bar);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override; // the status bar's resizes

private:
    void elide();
    void fitBesideMessage();
    QStatusBar* m_bar = nullptr;
    QString m_text;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace jitscope
