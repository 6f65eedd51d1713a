// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace jitscope {

// A combo box whose current text, when it does not fit, is cut in its middle with "…"
// ("roi_heads.post…_detections": the module it starts with and the method it ends with), not
// clipped at the edge ("roi_heads.postproce"); the whole text is in its tooltip then.
class ElidedComboBox : public QComboBox
{
    Q_OBJECT
public:
    using QComboBox::QComboBox;

    // What the box shows of its current text at its present width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace jitscope
