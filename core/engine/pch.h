// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for every core translation unit: libtorch's headers dominate the build time.
#pragma once

#include <torch/csrc/jit/passes/inliner.h>
#include <torch/csrc/jit/serialization/python_print.h>
#include <torch/script.h>

#include <QList>
#include <QString>
#include <QStringList>
