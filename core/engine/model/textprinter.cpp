// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/textprinter.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"

#include <torch/csrc/jit/passes/inliner.h>
#include <torch/csrc/jit/serialization/python_print.h>

#include <QCoreApplication>

namespace jitscope {

namespace {

struct PrinterText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::TextPrinter)
};

template <typename F> QString printWith(F print)
{
    std::vector<at::IValue> constants;
    torch::jit::PrintDepsTable deps;
    torch::jit::PythonPrint printer(constants, deps);
    print(printer);
    return QString::fromStdString(printer.str());
}

} // namespace

QString printText(const torch::jit::Module& root, const TextRequest& request)
{
    const torch::jit::Module module = findSubmodule(root, request.module);
    try {
        if (request.kind == TextKind::Code && request.method.isEmpty())
            return printWith([&](torch::jit::PythonPrint& p) { p.printNamedType(module.type()); });
        const torch::jit::Method method = findMethod(module, request.module, request.method);
        switch (request.kind) {
        case TextKind::Code:
            return printWith([&](torch::jit::PythonPrint& p) { p.printMethod(method.function()); });
        case TextKind::Graph:
            return QString::fromStdString(method.graph()->toString());
        case TextKind::InlinedGraph: {
            auto graph = method.graph()->copy();
            torch::jit::Inline(*graph);
            return QString::fromStdString(graph->toString());
        }
        case TextKind::Bytecode:
            break; // not libtorch's to print: ModelSession reads it from the archive
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(PrinterText::tr("Printing '%1' failed: %2").arg(request.method, cleanTorchMessage(e)));
    }
    return {};
}

} // namespace jitscope
