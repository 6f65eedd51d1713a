// ModelEngine's training side: quick training steps with a NaN/Inf guard, freezing, cancel,
// reverting to the weights as loaded, and saving the module safely.
#include "modelengine.h"

#include "torcherror.h"
#include "torchvalues.h"
#include "usererror.h"
#include "valueevaluator.h"
#include "valueexpr.h"

#include <torch/csrc/api/include/torch/optim.h>
#include <torch/csrc/api/include/torch/utils.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <sstream>

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
        throw UserError(ModelEngine::tr("The target's shape %1 differs from the output's %2: the %3 loss compares "
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

} // namespace

QStringList TrainRequest::losses()
{
    return { QStringLiteral("mse"),           QStringLiteral("l1"),  QStringLiteral("smooth_l1"),
             QStringLiteral("cross_entropy"), QStringLiteral("nll"), QStringLiteral("bce_with_logits"),
             QStringLiteral("method") };
}

QStringList TrainRequest::optimizers()
{
    return { QStringLiteral("sgd"), QStringLiteral("adam"), QStringLiteral("adamw"), QStringLiteral("rmsprop") };
}

TrainResult ModelEngine::train(const TrainRequest& r, const std::function<void(const TrainStep&)>& onStep,
                               const std::atomic<bool>* cancel)
{
    if (!TrainRequest::losses().contains(r.loss))
        throw UserError(tr("Unknown loss '%1': use %2.").arg(r.loss, TrainRequest::losses().join(QLatin1String(", "))));
    if (!TrainRequest::optimizers().contains(r.optimizer))
        throw UserError(tr("Unknown optimizer '%1': use %2.")
                            .arg(r.optimizer, TrainRequest::optimizers().join(QLatin1String(", "))));
    if (!(r.lr > 0) || !std::isfinite(r.lr))
        throw UserError(tr("The learning rate must be a positive number, not %1.").arg(r.lr));
    if (r.steps < 1)
        throw UserError(tr("Train for at least one step."));
    if (r.loss != QLatin1String("method") && r.target.trimmed().isEmpty())
        throw UserError(tr("The %1 loss needs a target.").arg(r.loss));

    torch::manual_seed(r.seed);
    InvokeRequest call;
    call.module = r.module;
    call.method = r.method;
    call.arguments = r.inputs;
    BoundCall bound = bindCall(call);
    torch::jit::Module& self = *bound.self;
    at::Tensor target;
    if (r.loss != QLatin1String("method")) {
        ValueEvaluator evaluator(m_history, moduleDevice(self)); // the target goes where inputs go
        const c10::IValue t = evaluator.evaluate(ValueExpr::parse(r.target), nullptr, tr("the target"));
        if (!t.isTensor())
            throw UserError(tr("The target must be a tensor."));
        target = t.toTensor();
    }

    // What trains: every parameter under the module but the frozen ones.
    TrainResult result;
    std::vector<at::Tensor> trained;
    QStringList trainedNames;
    std::vector<std::pair<at::Tensor, bool>> frozen; // with their requires_grad, to restore
    for (const auto& p : self.named_parameters(true)) {
        const QString name = QString::fromStdString(p.name);
        if (isFrozen(name, r.freeze)) {
            frozen.emplace_back(p.value, p.value.requires_grad());
            p.value.requires_grad_(false);
            ++result.frozenParameters;
        } else {
            trained.push_back(p.value);
            trainedNames << name;
        }
    }
    struct Restore
    {
        std::vector<std::pair<at::Tensor, bool>>& list;
        ~Restore()
        {
            for (auto& [t, requires] : list)
                t.requires_grad_(requires);
        }
    } restore { frozen };
    result.trainedParameters = int(trained.size());
    result.parameters = trainedNames;
    if (trained.empty())
        throw UserError(tr("Nothing to train: %1 has no parameters that are not frozen.").arg(bound.where));
    for (at::Tensor& t : trained)
        t.requires_grad_(true);

    // Mini-batches along the first dimension of the target (or of the first input tensor).
    int64_t n = 0;
    if (target.defined() && target.dim() > 0)
        n = target.size(0);
    else
        for (const auto& v : bound.stack)
            if (v.isTensor() && v.toTensor().dim() > 0) {
                n = v.toTensor().size(0);
                break;
            }
    const bool batching = r.batchSize > 0 && n > r.batchSize;
    at::Tensor order;
    int64_t cursor = n;

    std::unique_ptr<torch::optim::Optimizer> optimizer;
    try {
        optimizer = makeOptimizer(r, trained);
        torch::AutoGradMode gradients(true); // grad mode is per thread: on, for this request
        for (int step = 1; step <= r.steps; ++step) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                result.message = tr("Stopped after %n step(s).", nullptr, step - 1);
                break;
            }
            QElapsedTimer timer;
            timer.start();
            std::vector<c10::IValue> stack = bound.stack;
            at::Tensor batchTarget = target;
            if (batching) {
                if (cursor + r.batchSize > n) {
                    order = r.shuffle ? torch::randperm(n, at::TensorOptions().dtype(at::kLong))
                                      : torch::arange(n, at::TensorOptions().dtype(at::kLong));
                    cursor = 0;
                }
                const at::Tensor rows = order.slice(0, cursor, cursor + r.batchSize);
                cursor += r.batchSize;
                for (auto& v : stack)
                    if (v.isTensor() && v.toTensor().dim() > 0 && v.toTensor().size(0) == n)
                        v = v.toTensor().index_select(0, rows.to(v.toTensor().device()));
                if (batchTarget.defined())
                    batchTarget = batchTarget.index_select(0, rows.to(batchTarget.device()));
            }
            stack.insert(stack.begin(), self._ivalue());
            optimizer->zero_grad();
            const c10::IValue out = (*bound.function)(std::move(stack));
            const auto prediction = firstTensor(out);
            if (!prediction)
                throw UserError(tr("%1 returned no tensor to compute a loss from.").arg(bound.where));
            at::Tensor loss = lossOf(r.loss, *prediction, batchTarget);
            loss.backward();
            TrainStep s;
            s.step = step;
            s.loss = loss.item<double>();
            // Gradient norms every step: small CPU tensors are summed in place (a kernel call
            // per tensor would cost more than a tiny model's whole step), large ones by ATen.
            double squares = 0;
            s.parameterNorms.resize(qsizetype(trained.size()));
            for (size_t i = 0; i < trained.size(); ++i) {
                const at::Tensor& g = trained[i].grad();
                double norm = 0;
                if (g.defined() && g.device().is_cpu() && g.scalar_type() == at::kFloat && g.is_contiguous()
                    && g.numel() <= 65536) {
                    const float* v = g.data_ptr<float>();
                    double sum = 0;
                    for (int64_t k = 0, n = g.numel(); k < n; ++k)
                        sum += double(v[k]) * double(v[k]);
                    norm = std::sqrt(sum);
                } else if (g.defined()) {
                    norm = g.detach().norm().item<double>();
                }
                s.parameterNorms[qsizetype(i)] = norm;
                squares += norm * norm;
            }
            s.gradNorm = std::sqrt(squares);
            if (step == 1)
                s.parameters = trainedNames;
            if (!std::isfinite(s.loss) || !std::isfinite(s.gradNorm)) {
                // The step is not applied: the weights stay those from before it.
                optimizer->zero_grad();
                result.diverged = true;
                const QString what
                    = std::isnan(s.loss) || std::isnan(s.gradNorm) ? QStringLiteral("NaN") : QStringLiteral("Inf");
                result.message = tr("Step %1: the %2 is %3, so training stopped; the weights are those from "
                                    "before this step. A smaller learning rate may help.")
                                     .arg(step)
                                     .arg(std::isfinite(s.loss) ? tr("gradient") : tr("loss"), what);
                break;
            }
            optimizer->step();
            s.ms = timer.nsecsElapsed() / 1e6;
            m_modified = true;
            result.steps << s;
            if (onStep)
                onStep(s);
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(tr("Training %1 failed: %2").arg(bound.where, cleanTorchMessage(e)));
    }
    return result;
}

void ModelEngine::saveArchive(const QString& path, bool overwriteOpened)
{
    torch::jit::Module& m = module();
    const QFileInfo target(path);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_archive.path).canonicalFilePath()
        && !overwriteOpened)
        throw UserError(tr("%1 is the archive that is open: saving over it needs your confirmation.").arg(path));
    std::ostringstream out;
    try {
        torch::jit::ExtraFilesMap extras(m_extraFiles.begin(), m_extraFiles.end());
        m.save(out, extras);
    } catch (const std::exception& e) {
        throw UserError(tr("Saving the module failed: %1").arg(cleanTorchMessage(e)));
    }
    const std::string bytes = out.str();
    // Written aside in the target folder and renamed: a failure leaves every existing file intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw UserError(tr("%1: cannot be written: %2.").arg(path, file.errorString()));
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.commit())
        throw UserError(tr("%1: cannot be written: %2. Nothing was changed.").arg(path, file.errorString()));
    m_modified = false;
}

SnapshotPtr ModelEngine::revertToLoaded()
{
    if (!m_module)
        throw UserError(tr("No archive is open."));
    return open(m_archive.path);
}

} // namespace jitscope
