// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace jitscope {

class WordFilterProxy;

// A combo box's list with a filter field above it, for pickers of many entries (Faster R-CNN's
// method picker holds 496): typing keeps the entries that hold every word typed, the
// arrow keys move in the list, Enter or a click picks, Escape closes with nothing picked.
class FilterPopup : public QFrame
{
    Q_OBJECT
public:
    explicit FilterPopup(QComboBox* combo);

    // Shows the popup under the combo box (above it where the screen has no room below), the
    // filter empty and the combo's current entry selected.
    void open();
    QLineEdit* field() const { return m_field; }
    QListView* list() const { return m_list; }

Q_SIGNALS:
    void picked(int row); // a row of the combo box's model

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);
    void pickCurrent();
    void place();

    QComboBox* m_combo;
    QLineEdit* m_field;
    QListView* m_list;
    QLabel* m_none;
    WordFilterProxy* m_proxy;
    bool m_below = true; // opened under the combo box
};

} // namespace jitscope
