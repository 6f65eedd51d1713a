// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/invoker.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"
#include "engine/io/tensorio.h"
#include "engine/model/snapshotbuilder.h"
#include "engine/run/valueevaluator.h"
#include "values/valueexpr.h"

#include <torch/csrc/api/include/torch/jit.h>

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

namespace jitscope {

namespace {

QString schemaText(const c10::FunctionSchema& schema)
{
    return QString::fromStdString(c10::toString(schema));
}

} // namespace

torch::jit::Function* Invoker::compiledFunction(const QString& name) const
{
    if (!m_compiled)
        throw UserError(tr("Nothing is compiled yet: compile TorchScript source first."));
    const std::string wanted = name.toStdString();
    if (!m_compiled->find_function(wanted)) {
        QStringList names;
        for (auto* f : m_compiled->get_functions())
            names << QString::fromStdString(f->name());
        throw UserError(tr("No function '%1' in the compiled source. Its functions: %2.")
                            .arg(name, names.join(QLatin1String(", "))));
    }
    return &m_compiled->get_function(c10::QualifiedName(wanted));
}

BoundCall Invoker::bind(torch::jit::Module* root, const InvokeRequest& request) const
{
    BoundCall call;
    if (request.compiled) {
        call.function = compiledFunction(request.method);
        call.where = request.method;
    } else {
        if (!root)
            throw UserError(tr("No archive is open."));
        call.self = findSubmodule(*root, request.module);
        const torch::jit::Method method = findMethod(*call.self, request.module, request.method);
        call.function = &method.function();
        call.where = (request.module.isEmpty() ? QString() : request.module + QLatin1Char('.'))
            + QString::fromStdString(method.name());
    }

    const c10::FunctionSchema& schema = call.function->getSchema();
    const size_t first = call.self ? 1 : 0;
    const size_t count = schema.arguments().size() - first;
    std::vector<std::optional<ValueExpr>> bound(count);
    size_t positional = 0;
    static const QRegularExpression keyword(QStringLiteral(R"(^\s*([A-Za-z_]\w*)\s*=(?!=)(.*)$)"));
    for (const QString& text : request.arguments) {
        const auto m = keyword.match(text);
        if (m.hasMatch()) {
            size_t i = 0;
            while (i < count && QString::fromStdString(schema.arguments()[first + i].name()) != m.captured(1))
                ++i;
            if (i == count)
                throw UserError(
                    tr("%1 has no argument '%2'. Its schema: %3").arg(call.where, m.captured(1), schemaText(schema)));
            bound[i] = ValueExpr::parse(m.captured(2));
            continue;
        }
        if (positional >= count)
            throw UserError(tr("%1 takes %2 argument(s), %3 given. Its schema: %4")
                                .arg(call.where)
                                .arg(count)
                                .arg(request.arguments.size())
                                .arg(schemaText(schema)));
        try {
            bound[positional] = ValueExpr::parse(text);
        } catch (const UserError& e) {
            throw UserError(
                tr("argument '%1': %2")
                    .arg(QString::fromStdString(schema.arguments()[first + positional].name()), e.message()));
        }
        ++positional;
    }

    // Inputs are made where the module's tensors are, in their floating-point type.
    ValueEvaluator evaluator(m_history, call.self ? moduleDevice(*call.self) : c10::Device(c10::kCPU),
                             call.self ? moduleFloatingType(*call.self) : std::nullopt);
    for (size_t i = 0; i < count; ++i) {
        const c10::Argument& arg = schema.arguments()[first + i];
        const QString name = QString::fromStdString(arg.name());
        if (!bound[i]) {
            if (!arg.default_value())
                throw UserError(tr("%1: argument '%2' (%3) has no value and no default.")
                                    .arg(call.where, name, QString::fromStdString(arg.type()->annotation_str())));
            call.stack.push_back(*arg.default_value());
            continue;
        }
        call.stack.push_back(evaluator.evaluate(*bound[i], arg.type(), tr("argument '%1'").arg(name)));
        call.understood << bound[i]->toString();
    }
    return call;
}

InvokeResult Invoker::invoke(torch::jit::Module* root, const InvokeRequest& request)
{
    const BoundCall call = bind(root, request);
    InvokeResult result;
    result.repeat = qMax(1, request.repeat);
    result.argumentsText = call.understood.join(QLatin1String(", "));
    std::vector<double> times;
    c10::IValue output;
    try {
        // Grad mode is per thread: set here, for this call.
        torch::NoGradGuard noGrad;
        for (int r = 0; r < result.repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            std::vector<c10::IValue> stack = call.stack;
            if (call.self)
                stack.insert(stack.begin(), call.self->_ivalue());
            output = (*call.function)(std::move(stack));
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
    } catch (const std::exception& e) {
        throw UserError(tr("%1 failed:\n%2").arg(call.where, cleanTorchMessage(e)));
    }
    result.latencyMs = times.front();
    std::sort(times.begin(), times.end());
    result.medianMs = times[times.size() / 2];
    result.p90Ms = times[std::min(times.size() - 1, size_t(0.9 * double(times.size())))];
    result.minMs = times.front();
    m_history.push_back(output);
    result.historyIndex = int(m_history.size()) - 1;
    result.outputs = describeValue(output, request.maxValues);
    if (!request.saveOutputs.isEmpty()) {
        const auto tensor = firstTensor(output);
        if (!tensor)
            throw UserError(tr("%1 returned no tensor to save.").arg(call.where));
        saveTensorFile(*tensor, request.saveOutputs);
    }
    return result;
}

QList<MethodInfo> Invoker::compile(const QString& source)
{
    std::shared_ptr<torch::jit::CompilationUnit> unit;
    try {
        unit = torch::jit::compile(source.toStdString());
    } catch (const std::exception& e) {
        throw UserError(tr("The source does not compile:\n%1").arg(cleanTorchMessage(e)));
    }
    m_compiled = unit;
    QList<MethodInfo> functions;
    for (auto* f : unit->get_functions())
        functions << describeSchema(QString(), f->getSchema());
    return functions;
}

} // namespace jitscope
