// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/observer.h"

#include "values/runfailure.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"
#include "engine/common/valuetext.h"
#include "engine/model/snapshotbuilder.h"
#include "engine/run/graphinstrumenter.h"
#include "engine/run/observedstats.h"
#include "engine/run/valueevaluator.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/runtime/custom_operator.h>
#include <torch/csrc/jit/runtime/interpreter.h>

#include <QElapsedTimer>

#include <algorithm>
#include <chrono>
#include <mutex>

namespace jitscope {

namespace {

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

qint64 product(const std::vector<int64_t>& dims, size_t from = 0)
{
    qint64 p = 1;
    for (size_t i = from; i < dims.size(); ++i)
        p *= dims[i];
    return p;
}

// One input of a counting node as enter saw it.
struct InputShape
{
    bool tensor = false;
    std::vector<int64_t> sizes;
    bool flag = false; // a bool argument (_convolution's `transposed`)
};

// Multiply-accumulates of one call, from its inputs and its first output's element count.
qint64 macsOf(const QString& kind, const std::vector<InputShape>& in, qint64 outputs)
{
    auto tensorAt = [&](size_t i) -> const std::vector<int64_t>* {
        return i < in.size() && in[i].tensor ? &in[i].sizes : nullptr;
    };
    const auto* a = tensorAt(0);
    if (kind.contains(QLatin1String("conv"))) {
        const auto* weight = tensorAt(1);
        if (!a || !weight || weight->size() < 2)
            return 0;
        const bool transposed
            = kind.contains(QLatin1String("transpose")) || (in.size() > 6 && !in[6].tensor && in[6].flag);
        // Every output element sums (in/groups) x kernel products; transposed, every input element
        // scatters (out/groups) x kernel of them.
        return transposed ? product(*a) * product(*weight, 1) : outputs * product(*weight, 1);
    }
    if (kind == QLatin1String("aten::addmm") || kind == QLatin1String("aten::baddbmm"))
        a = tensorAt(1);
    if (kind == QLatin1String("aten::addbmm")) {
        const auto* b = tensorAt(1);
        return b && b->size() == 3 ? outputs * (*b)[0] * (*b)[2] : 0;
    }
    if (!a || a->empty())
        return 0;
    return outputs * a->back();
}

// What one value recorded across its calls.
struct ValueRecord
{
    int order = -1; // when first computed
    int calls = 0;
    bool isTensor = false;
    QList<qint64> shape;
    QString firstShape; // the first call's, for the module summary
    bool shapeVaries = false;
    QString type, dtype, device, text;
    std::optional<TensorStats> stats;
    bool nonFinite = false;
    at::Tensor kept;
    bool overBudget = false;
};

struct NodeRecord
{
    int calls = 0;
    qint64 macs = 0;
    double total = 0, self = 0; // this run
    std::vector<double> totals, selves; // per timed run
};

// Receives the recording ops' calls while an observed graph runs on this thread.
class Recorder
{
public:
    enum class Mode { Record, Time };

    Recorder(const GraphInstrumenter& graph, qint64 keepBytes)
        : values(graph.values.size())
        , nodes(graph.nodes.size())
        , m_graph(graph)
        , m_keepBytes(keepBytes)
    { }

    void enter(int id, const torch::jit::Stack& stack, int64_t count)
    {
        Frame frame;
        frame.node = id;
        if (mode == Mode::Record && m_graph.nodes[size_t(id)].countsMacs) {
            for (int64_t i = 0; i < count; ++i) {
                const c10::IValue& v = stack[stack.size() - size_t(count - i)];
                InputShape in;
                in.tensor = v.isTensor() && v.toTensor().defined() && !v.toTensor().is_nested();
                if (in.tensor)
                    in.sizes = v.toTensor().sizes().vec();
                in.flag = v.isBool() && v.toBool();
                frame.inputs.push_back(std::move(in));
            }
        }
        frame.start = Clock::now();
        m_open.push_back(std::move(frame));
    }

    void leave(int id, const torch::jit::Stack& stack, int64_t count, int firstValue)
    {
        const Clock::time_point end = Clock::now();
        // An exception caught inside the graph could leave frames open; they end here. A node whose
        // enter was not recorded has no frame: nothing to end.
        size_t at = m_open.size();
        while (at > 0 && m_open[at - 1].node != id)
            --at;
        if (at == 0)
            return;
        const Frame frame = std::move(m_open[at - 1]);
        m_open.resize(at - 1);
        const double ms = msBetween(frame.start, end);
        NodeRecord& node = nodes[size_t(id)];
        node.total += ms;
        node.self += ms - frame.children;
        if (!m_open.empty())
            m_open.back().children += ms;
        if (mode != Mode::Record)
            return;
        ++node.calls;
        observe(firstValue, stack, count);
        if (m_graph.nodes[size_t(id)].countsMacs && count > 0) {
            const c10::IValue& out = stack[stack.size() - size_t(count)];
            if (out.isTensor())
                node.macs += macsOf(m_graph.nodes[size_t(id)].kind, frame.inputs, out.toTensor().numel());
        }
    }

    void observe(int firstValue, const torch::jit::Stack& stack, int64_t count)
    {
        if (mode != Mode::Record)
            return;
        for (int64_t i = 0; i < count; ++i)
            record(firstValue + int(i), stack[stack.size() - size_t(count - i)]);
    }

    // The nodes running when a call failed, outermost first: the calls and blocks around the one
    // it failed in.
    std::vector<int> openNodes() const
    {
        std::vector<int> open;
        for (const Frame& f : m_open)
            open.push_back(f.node);
        return open;
    }

    void endRun()
    {
        m_open.clear();
        m_cache.clear();
        if (mode != Mode::Time)
            return;
        for (NodeRecord& n : nodes) {
            n.totals.push_back(n.total);
            n.selves.push_back(n.self);
            n.total = n.self = 0;
        }
    }

    Mode mode = Mode::Record;
    std::vector<ValueRecord> values;
    std::vector<NodeRecord> nodes;
    qint64 keptBytes = 0;
    int notKept = 0;

private:
    struct Frame
    {
        int node = -1;
        Clock::time_point start;
        double children = 0;
        std::vector<InputShape> inputs;
    };

    void record(int id, const c10::IValue& v)
    {
        ValueRecord& r = values[size_t(id)];
        if (r.calls++ == 0)
            r.order = m_order++;
        if (!v.isTensor() || !v.toTensor().defined() || v.toTensor().is_nested()) {
            r.isTensor = false;
            r.type = m_graph.values[size_t(id)].type;
            try {
                r.text = !v.isTensor()       ? valuePreview(v, 60)
                    : v.toTensor().defined() ? QStringLiteral("nested tensor")
                                             : QStringLiteral("None");
            } catch (const std::exception&) {
                r.text = QString::fromStdString(v.tagKind()); // holds an undefined tensor
            }
            return;
        }
        const at::Tensor& t = v.toTensor();
        QList<qint64> shape = shapeOf(t);
        if (r.calls > 1 && shape != r.shape)
            r.shapeVaries = true;
        r.isTensor = true;
        r.shape = std::move(shape);
        if (r.calls == 1) {
            r.firstShape = dimsText(r.shape);
            r.type = QStringLiteral("Tensor");
            r.dtype = dtypeName(t.scalar_type());
            r.device = QString::fromStdString(t.device().str());
        }
        // Parameters read by attribute: their shape only; the parameter table has the rest.
        if (!m_graph.values[size_t(id)].statistics)
            return;
        r.stats = cachedStats(t);
        if (r.stats && (r.stats->nanCount > 0 || r.stats->infCount > 0))
            r.nonFinite = true;
        keep(r, t);
    }

    // A call's outputs are the callee's return values again: their statistics are not computed
    // twice while the tensor is unchanged.
    std::optional<TensorStats> cachedStats(const at::Tensor& t)
    {
        for (const CacheEntry& e : m_cache)
            if (!e.tensor.expired() && e.tensor._unsafe_get_target() == t.unsafeGetTensorImpl()
                && e.version == t._version())
                return e.stats;
        std::optional<TensorStats> stats = observedStats(t);
        if (m_cache.size() >= 8)
            m_cache.erase(m_cache.begin());
        m_cache.push_back(CacheEntry { Weak(t.getIntrusivePtr()), t._version(), stats });
        return stats;
    }

    void keep(ValueRecord& r, const at::Tensor& t)
    {
        if (m_keepBytes <= 0)
            return;
        const qint64 previous = r.kept.defined() ? qint64(r.kept.nbytes()) : 0;
        const qint64 bytes = qint64(t.nbytes());
        if (t.is_sparse() || t.is_mkldnn() || keptBytes - previous + bytes > m_keepBytes) {
            // A later iteration that does not fit: the earlier one's tensor would no longer be
            // the one the shape and statistics describe.
            if (r.kept.defined()) {
                r.kept.reset();
                keptBytes -= previous;
            }
            if (!r.overBudget)
                ++notKept;
            r.overBudget = true;
            return;
        }
        // A copy, on the CPU: in-place ops later in the graph (ReLU's) would change the tensor
        // itself, and what is kept must not take an accelerator's memory.
        r.kept = t.detach().to(at::kCPU, /*non_blocking=*/false, /*copy=*/true);
        keptBytes += bytes - previous;
    }

    // Weak: holding the tensors would keep memory the interpreter frees at once (and make every
    // later activation a fresh allocation).
    using Weak = c10::weak_intrusive_ptr<c10::TensorImpl, c10::UndefinedTensorImpl>;
    struct CacheEntry
    {
        Weak tensor;
        int64_t version = 0;
        std::optional<TensorStats> stats;
    };

    const GraphInstrumenter& m_graph;
    qint64 m_keepBytes = 0;
    int m_order = 0;
    std::vector<Frame> m_open;
    std::vector<CacheEntry> m_cache;
};

thread_local Recorder* t_recorder = nullptr;

struct RecorderScope
{
    explicit RecorderScope(Recorder* r) { t_recorder = r; }
    ~RecorderScope() { t_recorder = nullptr; }
};

// Recording must never fail the user's call: what cannot be recorded is left out.
template <typename F> void guarded(F record)
{
    try {
        record();
    } catch (const std::exception&) { }
}

// The recording ops are variadic; made per node (an OperationCreator), so the interpreter pushes
// only their inputs, whose count the node gives.
torch::jit::Operation enterOperation(const torch::jit::Node* node)
{
    const int id = int(node->i(nodeIdAttribute()));
    const int64_t count = int64_t(node->inputs().size());
    return [id, count](torch::jit::Stack& stack) {
        if (t_recorder)
            guarded([&] { t_recorder->enter(id, stack, count); });
        torch::jit::drop(stack, size_t(count));
    };
}

torch::jit::Operation leaveOperation(const torch::jit::Node* node)
{
    const int id = int(node->i(nodeIdAttribute()));
    const int first = int(node->i(valueIdAttribute()));
    const int64_t count = int64_t(node->inputs().size());
    return [id, first, count](torch::jit::Stack& stack) {
        if (t_recorder)
            guarded([&] { t_recorder->leave(id, stack, count, first); });
        torch::jit::drop(stack, size_t(count));
    };
}

torch::jit::Operation observeOperation(const torch::jit::Node* node)
{
    const int first = int(node->i(valueIdAttribute()));
    const int64_t count = int64_t(node->inputs().size());
    return [first, count](torch::jit::Stack& stack) {
        if (t_recorder)
            guarded([&] { t_recorder->observe(first, stack, count); });
        torch::jit::drop(stack, size_t(count));
    };
}

qint64 parameterCount(const torch::jit::Module& module)
{
    qint64 count = 0;
    for (const at::Tensor& p : module.parameters(true))
        count += p.numel();
    return count;
}

bool isWithin(const QString& module, const QString& path)
{
    return path.isEmpty() || module == path || module.startsWith(path + QLatin1Char('.'));
}

// The values the run computed, in the order they were first computed; the kept tensors move to
// `kept`.
void collectValues(Recorder& recorder, const GraphInstrumenter& instrumenter, ObservedRun& run,
                   QHash<QString, at::Tensor>& kept)
{
    std::vector<int> order;
    for (size_t i = 0; i < recorder.values.size(); ++i)
        if (recorder.values[i].calls > 0)
            order.push_back(int(i));
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return recorder.values[size_t(a)].order < recorder.values[size_t(b)].order; });
    for (const int i : order) {
        const InstrumentedValue& info = instrumenter.values[size_t(i)];
        ValueRecord& r = recorder.values[size_t(i)];
        ObservedValue v;
        v.key = info.key;
        v.node = info.node;
        v.name = info.name;
        v.module = info.module;
        v.kind = info.kind;
        v.type = r.type;
        v.isTensor = r.isTensor;
        v.shape = r.shape;
        v.shapeVaries = r.shapeVaries;
        v.dtype = r.dtype;
        v.device = r.device;
        v.text = r.text;
        v.stats = r.stats;
        v.nonFinite = r.nonFinite;
        v.calls = r.calls;
        v.kept = r.kept.defined();
        if (v.kept)
            kept.insert(v.key, std::move(r.kept));
        run.values << v;
    }
    run.keptBytes = recorder.keptBytes;
    run.notKept = recorder.notKept;
}

// The nodes that ran (or failed), in program order, with their time when the run was timed.
void collectNodes(const Recorder& recorder, const GraphInstrumenter& instrumenter, ObservedRun& run, bool timed)
{
    for (size_t i = 0; i < instrumenter.nodes.size(); ++i) {
        const InstrumentedNode& info = instrumenter.nodes[i];
        const NodeRecord& r = recorder.nodes[i];
        if (r.calls == 0 && !run.failedPath.contains(info.key))
            continue;
        ObservedNode n;
        n.key = info.key;
        n.kind = info.kind;
        n.module = info.module;
        n.callee = info.callee;
        n.calls = r.calls;
        n.macs = r.macs;
        if (timed) {
            n.timeMs = median(r.totals);
            n.selfMs = median(r.selves);
        }
        run.macs += r.macs;
        run.nodes << n;
    }
}

// The module summary: the called module, then every module called, as first called.
void summarizeModules(const torch::jit::Module& root, const torch::jit::Module& self, const Recorder& recorder,
                      const GraphInstrumenter& instrumenter, ObservedRun& run, bool timed)
{
    ObservedModule top;
    top.path = run.module;
    top.type = shortTypeName(self);
    top.calls = 1;
    top.parameters = parameterCount(self);
    top.macs = run.macs;
    top.timeMs = run.timeMs;
    run.parameters = top.parameters;
    QHash<QString, int> rows;
    run.modules << top;
    rows.insert(top.path, 0);
    std::vector<std::vector<int>> callsOf(1);
    for (size_t i = 0; i < instrumenter.nodes.size(); ++i) {
        const InstrumentedNode& info = instrumenter.nodes[i];
        // A module calling its own other methods (Conv2d's forward -> _conv_forward) is one call.
        if (info.callee.isEmpty() || info.callee == info.module || recorder.nodes[i].calls == 0)
            continue;
        auto it = rows.constFind(info.callee);
        if (it == rows.constEnd()) {
            ObservedModule m;
            m.path = info.callee;
            const QString relative = relativeTo(run.module, m.path);
            m.depth = int(relative.count(QLatin1Char('.'))) + 1;
            try {
                const torch::jit::Module module = findSubmodule(root, m.path);
                m.type = shortTypeName(module);
                m.parameters = parameterCount(module);
            } catch (const UserError&) { }
            for (int k = 0; k < instrumenter.nodes[i].outputs; ++k)
                if (const ValueRecord& out = recorder.values[size_t(info.firstValue + k)]; out.calls > 0) {
                    m.outputShapes << (out.isTensor ? out.firstShape : out.text);
                }
            it = rows.insert(m.path, int(run.modules.size()));
            run.modules << m;
            callsOf.emplace_back();
        }
        if (*it == 0)
            continue; // another method of the called module: its time is the call's
        run.modules[*it].calls += recorder.nodes[i].calls;
        callsOf[size_t(*it)].push_back(int(i));
    }
    for (size_t i = 0; i < instrumenter.nodes.size(); ++i)
        for (int m = 1; m < run.modules.size(); ++m)
            if (isWithin(instrumenter.nodes[i].module, run.modules[m].path))
                run.modules[m].macs += recorder.nodes[i].macs;
    if (timed) {
        for (int m = 1; m < run.modules.size(); ++m) {
            std::vector<double> perRun(size_t(run.repeat), 0.0);
            for (const int node : callsOf[size_t(m)])
                for (size_t r = 0; r < perRun.size() && r < recorder.nodes[size_t(node)].totals.size(); ++r)
                    perRun[r] += recorder.nodes[size_t(node)].totals[r];
            run.modules[m].timeMs = median(perRun);
        }
    }
}

// The first run's result as Invoke shows it: the median time, the outputs' shapes.
void completeResult(ObservedRun& run)
{
    if (run.result) {
        InvokeResult& result = *run.result;
        result.repeat = std::max(1, run.repeat);
        if (run.timeMs)
            result.latencyMs = result.medianMs = result.minMs = result.p90Ms = *run.timeMs;
        const QList<ValueInfo> leaves = result.outputs.type == QLatin1String("Tuple")
            ? result.outputs.items
            : QList<ValueInfo> { result.outputs };
        for (const ValueInfo& leaf : leaves)
            run.modules[0].outputShapes << (leaf.type == QLatin1String("Tensor") ? dimsText(leaf.shape)
                                                                                 : leaf.summary());
    }
    run.index();
}

} // namespace

void registerRecordingOps()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Conservative: they have side effects, so no pass may drop or move them.
        const auto kind = c10::AliasAnalysisKind::CONSERVATIVE;
        torch::jit::registerOperator(torch::jit::Operator("jitscope::enter(...) -> ()", enterOperation, kind));
        torch::jit::registerOperator(torch::jit::Operator("jitscope::leave(...) -> ()", leaveOperation, kind));
        torch::jit::registerOperator(torch::jit::Operator("jitscope::observe(...) -> ()", observeOperation, kind));
    });
}

Observer::Prepared& Observer::prepare(torch::jit::Module& root, torch::jit::GraphFunction& function,
                                      const QString& module, const QString& where)
{
    const std::shared_ptr<torch::jit::Graph> original = function.graph();
    if (m_prepared && m_prepared->original == original && m_prepared->module == module)
        return *m_prepared;
    m_prepared.reset();
    auto prepared = std::make_unique<Prepared>();
    prepared->original = original;
    prepared->module = module;
    prepared->instrumenter = std::make_unique<GraphInstrumenter>(root);
    try {
        prepared->graph
            = prepared->instrumenter->instrument(*original, module, QString::fromStdString(function.name()));
        prepared->code.emplace(prepared->graph, kObservedCodeName);
    } catch (const std::exception& e) {
        throw UserError(tr("%1 could not be prepared for observing: %2").arg(where, cleanTorchMessage(e)));
    }
    m_prepared = std::move(prepared);
    return *m_prepared;
}

ObservedRun Observer::observe(torch::jit::Module& root, Invoker& invoker, const ObserveRequest& request)
{
    if (request.call.compiled)
        throw UserError(tr("Only a module's methods can be observed; call compiled functions with Invoke."));
    const BoundCall call = invoker.bind(&root, request.call);
    auto* function = dynamic_cast<torch::jit::GraphFunction*>(call.function);
    if (!function || !call.self)
        throw UserError(tr("%1 has no TorchScript graph to observe.").arg(call.where));
    m_kept.clear();

    ObservedRun run;
    run.module = request.call.module;
    run.method = QString::fromStdString(function->name());
    run.argumentsText = call.understood.join(QLatin1String(", "));
    run.keepBytes = std::max<qint64>(0, request.keepBytes);

    const Prepared& prepared = prepare(root, *function, run.module, call.where);
    const GraphInstrumenter& instrumenter = *prepared.instrumenter;
    const torch::jit::Code& code = *prepared.code;

    Recorder recorder(instrumenter, run.keepBytes);
    RecorderScope scope(&recorder);
    torch::NoGradGuard noGrad;
    auto runOnce = [&]() -> c10::IValue {
        torch::jit::Stack stack = call.stack;
        stack.insert(stack.begin(), call.self->_ivalue());
        torch::jit::InterpreterState state(code);
        state.run(stack);
        recorder.endRun();
        return stack.empty() ? c10::IValue() : stack.back();
    };

    try {
        const c10::IValue output = runOnce();
        // Described now: timing runs after it could change what an output aliases (a buffer).
        InvokeResult result;
        result.outputs = describeValue(output, request.call.maxValues);
        result.historyIndex = invoker.remember(output);
        result.argumentsText = run.argumentsText;
        run.result = result;
    } catch (const std::exception& e) {
        run.error = tr("%1 failed:\n%2").arg(call.where, cleanTorchMessage(e));
        for (const int node : recorder.openNodes())
            run.failedPath << instrumenter.nodes[size_t(node)].key;
        if (!run.failedPath.isEmpty())
            run.failedNode = run.failedPath.last();
        recorder.endRun();
    }

    std::vector<double> runTimes;
    // In training mode every run would move BatchNorm's statistics again: one run, not timed.
    const bool training = call.self->is_training();
    if (run.result && request.repeat > 0 && training)
        run.timingNote = tr("not timed: in training mode each run would update the module's buffers (BatchNorm "
                            "statistics) again; switch to eval to time it");
    if (run.result && request.repeat > 0 && !training) {
        recorder.mode = Recorder::Mode::Time;
        try {
            runOnce(); // warm-up
            for (NodeRecord& n : recorder.nodes)
                n.totals.clear(), n.selves.clear();
            for (int r = 0; r < request.repeat; ++r) {
                const Clock::time_point start = Clock::now();
                runOnce();
                runTimes.push_back(msBetween(start, Clock::now()));
            }
            run.repeat = request.repeat;
        } catch (const std::exception& e) {
            run.timingNote = tr("not timed: %1 failed when run again: %2").arg(call.where, cleanTorchMessage(e));
            runTimes.clear();
            run.repeat = 0;
        }
    }
    const bool timed = run.repeat > 0;
    if (timed)
        run.timeMs = median(runTimes);

    collectValues(recorder, instrumenter, run, m_kept);
    collectNodes(recorder, instrumenter, run, timed);
    summarizeModules(root, *call.self, recorder, instrumenter, run, timed);
    completeResult(run);
    return run;
}

} // namespace jitscope
