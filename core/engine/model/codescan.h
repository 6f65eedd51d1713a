// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace jitscope {

// How an archive's TorchScript code is shaped, as libtorch's own parser reads it: the crash
// guard's first look (LoadedArchive::checkCodeLoads). Code that parses and is ordinary -- nests
// no deeper and defines no more functions than real models do -- holds none of the shapes that
// crash libtorch (its parser and compiler recurse per nesting level and per call), so it needs
// no trial compile; anything else is compiled in the guard's helper first.
struct CodeShape
{
    int files = 0;
    int functions = 0; // defs, methods included
    int maxDepth = 0; // of the syntax trees

    // The bounds of "ordinary": scripted torchvision models stay far below them (ViT-B/16:
    // depth 17, 259 functions).
    static constexpr int kOrdinaryDepth = 200;
    static constexpr int kOrdinaryFunctions = 2000;
    bool isOrdinary() const { return maxDepth <= kOrdinaryDepth && functions <= kOrdinaryFunctions; }
};

// Parses one code file (code/__torch__/....py) as libtorch's importer does and adds its shape.
// Throws UserError with the parser's message (file and line) when it does not parse. The parser
// recurses per nesting level: deeply nested code overflows the stack here, as it would in
// torch::jit::load, so this runs only where a crash is contained (the guard's helper).
void scanCode(const QString& name, const QByteArray& source, CodeShape& shape);

} // namespace jitscope
