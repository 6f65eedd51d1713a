// ModelEngine's calls, mode, device and dtype: the part of the engine that runs code.
#include "modelengine.h"

#include "snapshotbuilder.h"
#include "tensorio.h"
#include "torcherror.h"
#include "torchvalues.h"
#include "usererror.h"
#include "valueevaluator.h"

#include <torch/csrc/api/include/torch/jit.h>
#include <torch/cuda.h>

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

namespace jitscope {

QString ModelEngine::cudaUnavailableReason()
{
    if (torch::cuda::is_available())
        return {};
    return tr("CUDA is not available: this libtorch build finds no CUDA device (Debian's libtorch is CPU-only; "
              "build JitScope against a CUDA libtorch through CMAKE_PREFIX_PATH to use a GPU).");
}

QStringList ModelEngine::availableDevices()
{
    QStringList devices { QStringLiteral("cpu") };
    if (torch::cuda::is_available())
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            devices << QStringLiteral("cuda:%1").arg(i);
    return devices;
}

ModelEngine::BoundCall ModelEngine::bindCall(const InvokeRequest& request)
{
    BoundCall call;
    torch::jit::Function*& function = call.function;
    std::optional<torch::jit::Module>& self = call.self;
    QString& where = call.where;
    if (request.compiled) {
        if (!m_compiled)
            throw UserError(tr("Nothing is compiled yet: compile TorchScript source first."));
        const std::string name = request.method.toStdString();
        if (!m_compiled->find_function(name)) {
            QStringList names;
            for (auto* f : m_compiled->get_functions())
                names << QString::fromStdString(f->name());
            throw UserError(tr("No function '%1' in the compiled source. Its functions: %2.")
                                .arg(request.method, names.join(QLatin1String(", "))));
        }
        function = &m_compiled->get_function(c10::QualifiedName(name));
        where = request.method;
    } else {
        self = findModule(request.module);
        const torch::jit::Method method = findMethod(*self, request.module, request.method);
        function = &method.function();
        where = (request.module.isEmpty() ? QString() : request.module + QLatin1Char('.'))
            + QString::fromStdString(method.name());
    }

    // Bind the arguments to the schema: positional first, then name=value, then defaults.
    const c10::FunctionSchema& schema = function->getSchema();
    const size_t first = self ? 1 : 0;
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
                throw UserError(tr("%1 has no argument '%2'. Its schema: %3")
                                    .arg(where, m.captured(1), QString::fromStdString(c10::toString(schema))));
            bound[i] = ValueExpr::parse(m.captured(2));
        } else {
            if (positional >= count)
                throw UserError(tr("%1 takes %2 argument(s), %3 given. Its schema: %4")
                                    .arg(where)
                                    .arg(count)
                                    .arg(request.arguments.size())
                                    .arg(QString::fromStdString(c10::toString(schema))));
            try {
                bound[positional] = ValueExpr::parse(text);
            } catch (const UserError& e) {
                throw UserError(
                    tr("argument '%1': %2")
                        .arg(QString::fromStdString(schema.arguments()[first + positional].name()), e.message()));
            }
            ++positional;
        }
    }
    const c10::Device device = self ? moduleDevice(*self) : c10::Device(c10::kCPU);
    ValueEvaluator evaluator(m_history, device);
    std::vector<c10::IValue>& stack = call.stack;
    QStringList& understood = call.understood;
    for (size_t i = 0; i < count; ++i) {
        const c10::Argument& arg = schema.arguments()[first + i];
        const QString name = QString::fromStdString(arg.name());
        if (!bound[i]) {
            if (!arg.default_value())
                throw UserError(tr("%1: argument '%2' (%3) has no value and no default.")
                                    .arg(where, name, QString::fromStdString(arg.type()->annotation_str())));
            stack.push_back(*arg.default_value());
            continue;
        }
        stack.push_back(evaluator.evaluate(*bound[i], arg.type(), tr("argument '%1'").arg(name)));
        understood << bound[i]->toString();
    }
    return call;
}

InvokeResult ModelEngine::invoke(const InvokeRequest& request)
{
    BoundCall call = bindCall(request);
    torch::jit::Function* function = call.function;
    const std::optional<torch::jit::Module>& self = call.self;
    const QString& where = call.where;
    const std::vector<c10::IValue>& stack = call.stack;
    const QStringList& understood = call.understood;

    InvokeResult result;
    result.repeat = qMax(1, request.repeat);
    result.argumentsText = understood.join(QLatin1String(", "));
    std::vector<double> times;
    c10::IValue output;
    try {
        // Grad mode is per thread: set here, for this call.
        torch::NoGradGuard noGrad;
        for (int r = 0; r < result.repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            std::vector<c10::IValue> callStack = stack;
            if (self)
                callStack.insert(callStack.begin(), self->_ivalue());
            output = (*function)(std::move(callStack));
            times.push_back(timer.nsecsElapsed() / 1e6);
        }
    } catch (const std::exception& e) {
        throw UserError(tr("%1 failed:\n%2").arg(where, cleanTorchMessage(e)));
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
            throw UserError(tr("%1 returned no tensor to save.").arg(where));
        saveTensorFile(*tensor, request.saveOutputs);
    }
    return result;
}

QStringList ModelEngine::compile(const QString& source)
{
    QStringList schemas;
    for (const MethodInfo& f : compileFunctions(source))
        schemas << f.schema;
    return schemas;
}

QList<MethodInfo> ModelEngine::compileFunctions(const QString& source)
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

SnapshotPtr ModelEngine::setTraining(bool training)
{
    module().train(training);
    m_snapshot = std::make_shared<const ModelSnapshot>(buildSnapshot(*m_module, m_archive));
    return m_snapshot;
}

SnapshotPtr ModelEngine::moveTo(const QString& device, const QString& dtype)
{
    torch::jit::Module& m = module();
    try {
        if (!device.isEmpty()) {
            c10::Device target(c10::kCPU);
            try {
                target = c10::Device(device.toStdString());
            } catch (const std::exception&) {
                throw UserError(tr("Unknown device '%1': use cpu or cuda:N.").arg(device));
            }
            if (target.is_cuda() && !torch::cuda::is_available())
                throw UserError(cudaUnavailableReason());
            if (target.is_cuda() && target.has_index() && target.index() >= int(torch::cuda::device_count()))
                throw UserError(tr("There is no %1: this machine has %2 CUDA device(s).")
                                    .arg(device)
                                    .arg(torch::cuda::device_count()));
            m.to(target);
        }
        if (!dtype.isEmpty()) {
            const c10::ScalarType type = parseDtype(dtype);
            if (!c10::isFloatingType(type))
                throw UserError(tr("A module moves to float32, float64, float16 or bfloat16, not %1.").arg(dtype));
            m.to(type);
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(tr("Moving the module failed: %1").arg(cleanTorchMessage(e)));
    }
    m_snapshot = std::make_shared<const ModelSnapshot>(buildSnapshot(*m_module, m_archive));
    return m_snapshot;
}

} // namespace jitscope
