// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace jitscope {

// What a request or a file may ask of this machine, checked before anything is allocated or
// opened: sizes are multiplied without overflow, and nothing larger than the machine's memory
// is attempted (the kernel's OOM killer would end the session, not refuse the request).

// The product of `dims` times `itemSize`, or nothing on a negative dimension or an overflow.
std::optional<qint64> checkedBytes(const QList<qint64>& dims, qint64 itemSize);

// Physical memory of this machine, in bytes.
qint64 physicalMemoryBytes();

// Throws UserError "`what` asks for N (E elements of S bytes), more than this machine's M of
// memory" when `dims` x `itemSize` overflows or exceeds physical memory.
void requireAllocatable(const QList<qint64>& dims, qint64 itemSize, const QString& what);

// Throws UserError unless `path` names an existing regular file: a named pipe would block the
// read forever, a device would never end.
void requireRegularFile(const QString& path);

} // namespace jitscope
