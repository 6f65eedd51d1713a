// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/invocation.h"
#include "answers/modelsnapshot.h"

#include <torch/script.h>

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace jitscope {

// A call's function (and self), its arguments evaluated and checked against the schema.
struct BoundCall
{
    torch::jit::Function* function = nullptr;
    std::optional<torch::jit::Module> self;
    QString where; // "head.classify", for messages
    std::vector<c10::IValue> stack; // without self
    QStringList understood; // the arguments as parsed, for the history
};

// Runs methods of a module and functions compiled from text, and keeps their results: `$N`
// in later value expressions names the N-th. Every libtorch error becomes a UserError and the
// module stays usable.
class Invoker
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::Invoker)

public:
    // `root` may be null when the request calls a compiled function.
    InvokeResult invoke(torch::jit::Module* root, const InvokeRequest& request);
    // Compiles TorchScript source into a compilation unit and describes its functions.
    QList<MethodInfo> compile(const QString& source);
    // Binds a call's arguments to its schema: positional, then name=value, then defaults.
    BoundCall bind(torch::jit::Module* root, const InvokeRequest& request) const;

    const std::vector<c10::IValue>& history() const { return m_history; }
    // Keeps a result made elsewhere (an observed call's) as the next $N; answers N.
    int remember(const c10::IValue& value)
    {
        m_history.push_back(value);
        return int(m_history.size()) - 1;
    }
    c10::IValue lastResult() const { return m_history.empty() ? c10::IValue() : m_history.back(); }
    void clearHistory() { m_history.clear(); }

private:
    torch::jit::Function* compiledFunction(const QString& name) const;

    std::vector<c10::IValue> m_history;
    std::shared_ptr<torch::jit::CompilationUnit> m_compiled;
};

} // namespace jitscope
