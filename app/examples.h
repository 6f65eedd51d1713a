// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jitscope {

// The example archives compiled into the app as Qt resources.
struct Example
{
    QString id; // "my_cell_scripted"
    QString title;
    QString description;
    QString resource; // ":/examples/my_cell_scripted.pt"
};

QList<Example> bundledExamples();
// libtorch loads from files, so an example is copied out of the resources first. Returns the
// copy's path, or an empty string (with `error` set) when it cannot be written.
QString materializeExample(const QString& id, QString* error);

} // namespace jitscope
