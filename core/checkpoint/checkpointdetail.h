// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkpoint/checkpoint.h"

#include <QByteArray>
#include <QString>

// The three file formats Checkpoint::read() reads, for checkpoint.cpp alone: the restricted
// unpickler's structure tree for torch.save's zip and legacy files, the header for safetensors.
namespace jitscope::checkpointformat {

[[noreturn]] void fail(const QString& path, const QString& message); // UserError "PATH: MESSAGE"
QByteArray head(const QString& path, qint64 n); // the first n bytes; empty when unreadable
bool isLegacyHead(const QByteArray& bytes); // torch.save's legacy magic number
bool isSafetensorsHead(const QByteArray& bytes); // 8 bytes of header length, then '{'

// Each fills c.nodes, c.tensors (checked against their bytes) and, for zip, c.entries; throws UserError.
void readZip(Checkpoint& c);
void readLegacy(Checkpoint& c);
void readSafetensors(Checkpoint& c);

} // namespace jitscope::checkpointformat
