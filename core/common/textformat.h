// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace jitscope {

// Numbers as the CLI and JSON print them (the C locale, the default) or as the window shows
// them (QLocale(): "25.557.032" and "1,50 MiB" in German).
// "1.5 MiB", "812 B".
QString formatBytes(qint64 bytes, const QLocale& locale = QLocale::c());
// "25,557,032": element counts with thousands separators.
QString formatCount(qint64 count, const QLocale& locale = QLocale::c());
// "1.82 G", "118.01 M", "512.00 K", "96": multiply-accumulates as torchinfo prints them.
QString formatMacs(qint64 macs, const QLocale& locale = QLocale::c());

// The locale of the numbers in messages core builds for a person (a refusal, a checkpoint
// tensor's problem): the C locale, unless the window installed a translation and set its own,
// so that a German window reads "3,00 TiB" in German sentences. Safe to call from any thread.
QLocale messageLocale();
void setMessageLocale(const QLocale& locale);

} // namespace jitscope
