// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace jitscope {

class FilterPopup;

// A combo box whose current text, when it does not fit, is cut in its middle with "…"
// ("roi_heads.post…_detections": the module it starts with and the method it ends with), not
// clipped at the edge ("roi_heads.postproce"); the whole text is in its tooltip then. Holding
// many entries, it opens a list with a filter field (FilterPopup), not one as tall as the screen.
class ElidedComboBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;

    // From this many entries on, the list opens with a filter field.
    static constexpr int kFilteredFrom = 20;

    // What the box shows of its current text at its present width.
    QString shownText() const;
    void showPopup() override;
    void hidePopup() override;
    // The filtered list while it is open, else null.
    FilterPopup* filterPopup() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    FilterPopup* m_filterPopup = nullptr;
};

} // namespace jitscope
