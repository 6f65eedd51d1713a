// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/run/trainer.h"

#include "common/jobcontrol.h"
#include "common/textformat.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/common/torchvalues.h"
#include "engine/run/invoker.h"
#include "engine/run/valueevaluator.h"
#include "values/valueexpr.h"

#include <torch/csrc/api/include/torch/optim.h>
#include <torch/csrc/api/include/torch/utils.h>

#include <QElapsedTimer>

#include <cmath>

namespace jitscope {

namespace {

bool isFrozen(const QString& name, const QStringList& freeze)
{
    for (const QString& f : freeze)
        if (f.isEmpty() || name == f || name.startsWith(f + QLatin1Char('.')))
            return true;
    return false;
}

at::Tensor lossOf(const QString& loss, const at::Tensor& out, const at::Tensor& target)
{
    // Element-wise losses would broadcast a mismatched target silently (PyTorch only warns).
    const bool elementwise = loss == QLatin1String("mse") || loss == QLatin1String("l1")
        || loss == QLatin1String("smooth_l1") || loss == QLatin1String("bce_with_logits");
    if (elementwise && out.sizes() != target.sizes())
        throw UserError(Trainer::tr("The target's shape %1 differs from the output's %2: the %3 loss compares "
                                    "them element by element.")
                            .arg(shapeText(shapeOf(target)), shapeText(shapeOf(out)), loss));
    if (loss == QLatin1String("mse"))
        return at::mse_loss(out, target);
    if (loss == QLatin1String("l1"))
        return at::l1_loss(out, target);
    if (loss == QLatin1String("smooth_l1"))
        return at::smooth_l1_loss(out, target);
    if (loss == QLatin1String("cross_entropy"))
        return at::cross_entropy_loss(out, target);
    if (loss == QLatin1String("nll"))
        return at::nll_loss(out, target);
    if (loss == QLatin1String("bce_with_logits"))
        return at::binary_cross_entropy_with_logits(out, target);
    return out.numel() == 1 ? out.reshape({}) : out.mean(); // "method": the method returns the loss
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const TrainRequest& r, const std::vector<at::Tensor>& params)
{
    if (r.optimizer == QLatin1String("sgd"))
        return std::make_unique<torch::optim::SGD>(
            params,
            torch::optim::SGDOptions(r.lr).momentum(r.momentum).nesterov(r.nesterov).weight_decay(r.weightDecay));
    if (r.optimizer == QLatin1String("adam"))
        return std::make_unique<torch::optim::Adam>(params,
                                                    torch::optim::AdamOptions(r.lr).weight_decay(r.weightDecay));
    if (r.optimizer == QLatin1String("adamw"))
        return std::make_unique<torch::optim::AdamW>(params,
                                                     torch::optim::AdamWOptions(r.lr).weight_decay(r.weightDecay));
    return std::make_unique<torch::optim::RMSprop>(
        params, torch::optim::RMSpropOptions(r.lr).momentum(r.momentum).weight_decay(r.weightDecay));
}

// Gradient norms every step: small CPU tensors are summed in place (a kernel call per tensor
// would cost more than a tiny model's whole step), large ones by ATen.
double gradientNorm(const at::Tensor& g)
{
    if (!g.defined())
        return 0;
    if (g.device().is_cpu() && g.scalar_type() == at::kFloat && g.is_contiguous() && g.numel() <= 65536) {
        const float* v = g.data_ptr<float>();
        double sum = 0;
        for (int64_t k = 0, n = g.numel(); k < n; ++k)
            sum += double(v[k]) * double(v[k]);
        return std::sqrt(sum);
    }
    return g.detach().norm().item<double>();
}

} // namespace

// What one training run holds between steps.
struct Trainer::Run
{
    BoundCall bound;
    at::Tensor target;
    std::vector<at::Tensor> trained;
    QStringList trainedNames;
    std::vector<std::pair<at::Tensor, bool>> frozen; // with their requires_grad, restored at the end
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    int64_t rows = 0; // the dataset's length along the first dimension
    bool batching = false;
    at::Tensor order;
    int64_t cursor = 0;

    ~Run()
    {
        for (auto& [t, requires] : frozen)
            t.requires_grad_(requires);
    }
};

Trainer::Trainer(torch::jit::Module& root, const Invoker& invoker)
    : m_root(root)
    , m_invoker(invoker)
{ }

void Trainer::validate(const TrainRequest& r) const
{
    if (!TrainRequest::losses().contains(r.loss))
        throw UserError(tr("Unknown loss '%1': use %2.").arg(r.loss, TrainRequest::losses().join(QLatin1String(", "))));
    if (!TrainRequest::optimizers().contains(r.optimizer))
        throw UserError(tr("Unknown optimizer '%1': use %2.")
                            .arg(r.optimizer, TrainRequest::optimizers().join(QLatin1String(", "))));
    if (!(r.lr > 0) || !std::isfinite(r.lr))
        throw UserError(tr("The learning rate must be a positive number, not %1.").arg(messageLocale().toString(r.lr)));
    if (r.steps < 1)
        throw UserError(tr("Train for at least one step."));
    if (r.loss != QLatin1String("method") && r.target.trimmed().isEmpty())
        throw UserError(tr("The %1 loss needs a target.").arg(r.loss));
}

void Trainer::prepare(const TrainRequest& r, Run& run, TrainResult& result)
{
    InvokeRequest call;
    call.module = r.module;
    call.method = r.method;
    call.arguments = r.inputs;
    run.bound = m_invoker.bind(&m_root, call);
    torch::jit::Module& self = *run.bound.self;
    if (r.loss != QLatin1String("method")) {
        // The target goes where inputs go, in the type they take.
        ValueEvaluator evaluator(m_invoker.history(), moduleDevice(self), moduleFloatingType(self));
        const c10::IValue t = evaluator.evaluate(ValueExpr::parse(r.target), nullptr, tr("the target"));
        if (!t.isTensor())
            throw UserError(tr("The target must be a tensor."));
        run.target = t.toTensor();
    }

    // What trains: every parameter under the module but the frozen ones.
    for (const auto& p : self.named_parameters(true)) {
        const QString name = QString::fromStdString(p.name);
        if (isFrozen(name, r.freeze)) {
            run.frozen.emplace_back(p.value, p.value.requires_grad());
            p.value.requires_grad_(false);
            ++result.frozenParameters;
        } else {
            run.trained.push_back(p.value);
            run.trainedNames << name;
        }
    }
    result.trainedParameters = int(run.trained.size());
    result.parameters = run.trainedNames;
    if (run.trained.empty())
        throw UserError(tr("Nothing to train: %1 has no parameters that are not frozen.").arg(run.bound.where));
    for (at::Tensor& t : run.trained)
        t.requires_grad_(true);

    // Mini-batches along the first dimension of the target (or of the first input tensor).
    if (run.target.defined() && run.target.dim() > 0)
        run.rows = run.target.size(0);
    else
        for (const auto& v : run.bound.stack)
            if (v.isTensor() && v.toTensor().dim() > 0) {
                run.rows = v.toTensor().size(0);
                break;
            }
    run.batching = r.batchSize > 0 && run.rows > r.batchSize;
    run.cursor = run.rows;
    run.optimizer = makeOptimizer(r, run.trained);
}

// One step; false when it must not be applied (NaN or Inf), with the reason in `result`.
bool Trainer::step(const TrainRequest& r, Run& run, int step, TrainResult& result)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<c10::IValue> stack = run.bound.stack;
    at::Tensor target = run.target;
    if (run.batching) {
        if (run.cursor + r.batchSize > run.rows) {
            const auto longs = at::TensorOptions().dtype(at::kLong);
            run.order = r.shuffle ? torch::randperm(run.rows, longs) : torch::arange(run.rows, longs);
            run.cursor = 0;
        }
        const at::Tensor rows = run.order.slice(0, run.cursor, run.cursor + r.batchSize);
        run.cursor += r.batchSize;
        for (auto& v : stack)
            if (v.isTensor() && v.toTensor().dim() > 0 && v.toTensor().size(0) == run.rows)
                v = v.toTensor().index_select(0, rows.to(v.toTensor().device()));
        if (target.defined())
            target = target.index_select(0, rows.to(target.device()));
    }
    stack.insert(stack.begin(), run.bound.self->_ivalue());
    run.optimizer->zero_grad();
    const c10::IValue out = (*run.bound.function)(std::move(stack));
    const auto prediction = firstTensor(out);
    if (!prediction)
        throw UserError(tr("%1 returned no tensor to compute a loss from.").arg(run.bound.where));
    at::Tensor loss = lossOf(r.loss, *prediction, target);
    loss.backward();

    TrainStep s;
    s.step = step;
    s.loss = loss.item<double>();
    double squares = 0;
    s.parameterNorms.resize(qsizetype(run.trained.size()));
    for (size_t i = 0; i < run.trained.size(); ++i) {
        const double norm = gradientNorm(run.trained[i].grad());
        s.parameterNorms[qsizetype(i)] = norm;
        squares += norm * norm;
    }
    s.gradNorm = std::sqrt(squares);
    if (step == 1)
        s.parameters = run.trainedNames;
    if (!std::isfinite(s.loss) || !std::isfinite(s.gradNorm)) {
        // The step is not applied: the weights stay those from before it.
        run.optimizer->zero_grad();
        result.diverged = true;
        const QString what
            = std::isnan(s.loss) || std::isnan(s.gradNorm) ? QStringLiteral("NaN") : QStringLiteral("Inf");
        result.message = tr("Step %1: the %2 is %3, so training stopped; the weights are those from before this "
                            "step. A smaller learning rate may help.")
                             .arg(step)
                             .arg(std::isfinite(s.loss) ? tr("gradient") : tr("loss"), what);
        return false;
    }
    run.optimizer->step();
    s.ms = timer.nsecsElapsed() / 1e6;
    result.steps << s;
    return true;
}

TrainResult Trainer::train(const TrainRequest& r, const std::function<void(const TrainStep&)>& onStep,
                           const JobControl* control)
{
    validate(r);
    torch::manual_seed(r.seed);
    TrainResult result;
    Run run;
    try {
        prepare(r, run, result);
        torch::AutoGradMode gradients(true); // grad mode is per thread: on, for this request
        for (int step = 1; step <= r.steps; ++step) {
            if (control && control->stopRequested()) {
                result.cancelled = true;
                result.message = tr("Stopped after %n step(s).", nullptr, step - 1);
                break;
            }
            if (!this->step(r, run, step, result))
                break;
            if (onStep)
                onStep(result.steps.last());
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(tr("Training %1 failed: %2").arg(run.bound.where, cleanTorchMessage(e)));
    }
    return result;
}

} // namespace jitscope
