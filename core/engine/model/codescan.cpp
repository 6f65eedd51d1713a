// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/codescan.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"

#include <torch/csrc/jit/frontend/parser.h>
#include <torch/csrc/jit/frontend/source_range.h>

#include <utility>
#include <vector>

namespace jitscope {

namespace {

using torch::jit::Lexer;
using torch::jit::TreeRef;

// Depth and defs of one tree, walked without recursion (the tree may be deep).
void measure(const TreeRef& root, CodeShape& shape)
{
    std::vector<std::pair<TreeRef, int>> pending { { root, 1 } };
    while (!pending.empty()) {
        auto [tree, depth] = std::move(pending.back());
        pending.pop_back();
        shape.maxDepth = std::max(shape.maxDepth, depth);
        if (tree->kind() == torch::jit::TK_DEF)
            ++shape.functions;
        if (tree->isAtom())
            continue;
        for (const TreeRef& child : tree->trees())
            pending.emplace_back(child, depth + 1);
    }
}

} // namespace

void scanCode(const QString& name, const QByteArray& source, CodeShape& shape)
{
    ++shape.files;
    try {
        auto text = std::make_shared<torch::jit::Source>(std::string(source.constData(), size_t(source.size())),
                                                         name.toStdString(), 1);
        torch::jit::Parser parser(text);
        Lexer& lexer = parser.lexer();
        // What SourceImporterImpl::parseSourceIfNeeded accepts: an optional old version line,
        // import lines, then classes and functions.
        if (lexer.cur().kind == torch::jit::TK_IDENT && lexer.cur().text() == "op_version_set") {
            lexer.next();
            lexer.expect('=');
            lexer.expect(torch::jit::TK_NUMBER);
            lexer.expect(torch::jit::TK_NEWLINE);
        }
        while (lexer.cur().kind != torch::jit::TK_EOF) {
            while (lexer.nextIf(torch::jit::TK_IMPORT))
                while (!lexer.nextIf(torch::jit::TK_NEWLINE))
                    lexer.next();
            switch (lexer.cur().kind) {
            case torch::jit::TK_CLASS_DEF:
                measure(parser.parseClass(), shape);
                break;
            case torch::jit::TK_DEF:
                measure(parser.parseFunction(/*is_method=*/false), shape);
                break;
            default:
                throw torch::jit::ErrorReport(lexer.cur().range)
                    << "Unexpected token in code import: " << torch::jit::kindToString(lexer.cur().kind);
            }
        }
    } catch (const std::exception& e) {
        throw UserError(name + QLatin1String(": ") + cleanTorchMessage(e));
    }
}

} // namespace jitscope
