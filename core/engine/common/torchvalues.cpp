// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/common/torchvalues.h"

#include "common/usererror.h"

#include <QCoreApplication>

namespace jitscope {

namespace {

struct LookupText
{
    Q_DECLARE_TR_FUNCTIONS(LookupText)
};

QString where(const QString& modulePath)
{
    return modulePath.isEmpty() ? LookupText::tr("the root module")
                                : QLatin1Char('\'') + modulePath + QLatin1Char('\'');
}

QString listOrNone(const QStringList& names)
{
    return names.isEmpty() ? LookupText::tr("none") : names.join(QLatin1String(", "));
}

} // namespace

std::optional<at::Tensor> firstTensor(const c10::IValue& value)
{
    if (value.isTensor())
        return value.toTensor();
    if (value.isTuple())
        for (const auto& item : value.toTupleRef().elements())
            if (auto t = firstTensor(item))
                return t;
    if (value.isList())
        for (const auto& item : value.toListRef())
            if (auto t = firstTensor(item))
                return t;
    return std::nullopt;
}

c10::Device moduleDevice(const torch::jit::Module& module)
{
    for (const auto& p : module.parameters())
        return p.device();
    for (const auto& b : module.buffers())
        return b.device();
    return c10::Device(c10::kCPU);
}

std::optional<c10::ScalarType> moduleFloatingType(const torch::jit::Module& module)
{
    std::optional<c10::ScalarType> found;
    auto see = [&](const at::Tensor& t) {
        if (!t.is_floating_point())
            return true;
        if (found && *found != t.scalar_type())
            return false;
        found = t.scalar_type();
        return true;
    };
    for (const auto& p : module.parameters())
        if (!see(p))
            return std::nullopt;
    for (const auto& b : module.buffers())
        if (!see(b))
            return std::nullopt;
    return found;
}

QList<qint64> shapeOf(const at::Tensor& tensor)
{
    QList<qint64> shape;
    shape.reserve(tensor.dim());
    for (const int64_t d : tensor.sizes())
        shape << d;
    return shape;
}

} // namespace jitscope

namespace jitscope {

at::Tensor asDoubles(const at::Tensor& tensor)
{
    at::Tensor t = tensor.detach().to(at::kCPU);
    if (t.is_quantized())
        t = t.dequantize();
    if (t.is_complex())
        t = t.abs();
    return t.to(at::kDouble);
}

torch::jit::Module findSubmodule(const torch::jit::Module& root, const QString& path)
{
    torch::jit::Module current = root;
    if (path.isEmpty())
        return current;
    QString walked;
    for (const QString& part : path.split(QLatin1Char('.'))) {
        std::optional<torch::jit::Module> next;
        QStringList names;
        for (const auto& child : current.named_children()) {
            names << QString::fromStdString(child.name);
            if (names.last() == part)
                next = child.value;
        }
        if (!next)
            throw UserError(LookupText::tr("No submodule '%1' in %2. Its submodules: %3.")
                                .arg(part, where(walked), listOrNone(names)));
        current = *next;
        walked = walked.isEmpty() ? part : walked + QLatin1Char('.') + part;
    }
    return current;
}

torch::jit::Method findMethod(const torch::jit::Module& module, const QString& modulePath, const QString& name)
{
    const QString wanted = name.isEmpty() ? QStringLiteral("forward") : name;
    if (auto found = module.find_method(wanted.toStdString()))
        return *found;
    QStringList names;
    for (const auto& m : module.get_methods())
        names << QString::fromStdString(m.name());
    throw UserError(
        LookupText::tr("No method '%1' in %2. Its methods: %3.").arg(wanted, where(modulePath), listOrNone(names)));
}

} // namespace jitscope
