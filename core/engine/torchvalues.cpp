#include "torchvalues.h"

namespace jitscope {

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

QList<qint64> shapeOf(const at::Tensor& tensor)
{
    QList<qint64> shape;
    shape.reserve(tensor.dim());
    for (const int64_t d : tensor.sizes())
        shape << d;
    return shape;
}

} // namespace jitscope
