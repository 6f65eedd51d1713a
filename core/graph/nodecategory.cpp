// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/nodecategory.h"

#include <QHash>

namespace jitscope {

namespace {

const QHash<QString, NodeCategory>& atenCategories()
{
    static const QHash<QString, NodeCategory> table = [] {
        QHash<QString, NodeCategory> t;
        auto put = [&t](NodeCategory c, std::initializer_list<const char*> names) {
            for (const char* n : names)
                t.insert(QString::fromLatin1(n), c);
        };
        put(NodeCategory::Compute,
            { "conv1d",
              "conv2d",
              "conv3d",
              "_convolution",
              "convolution",
              "conv_transpose1d",
              "conv_transpose2d",
              "conv_transpose3d",
              "linear",
              "matmul",
              "mm",
              "bmm",
              "addmm",
              "addmv",
              "addbmm",
              "baddbmm",
              "einsum",
              "bilinear",
              "embedding",
              "embedding_bag",
              "scaled_dot_product_attention",
              "_native_multi_head_attention",
              "lstm",
              "gru",
              "rnn_tanh",
              "rnn_relu",
              "lstm_cell",
              "gru_cell",
              "quantized::conv2d",
              "quantized::linear" });
        put(NodeCategory::Normalization,
            { "batch_norm", "layer_norm", "group_norm", "instance_norm", "native_batch_norm", "native_layer_norm",
              "_batch_norm_impl_index", "local_response_norm", "normalize", "rms_norm", "renorm" });
        put(NodeCategory::Activation, { "relu",          "relu6",
                                        "gelu",          "silu",
                                        "sigmoid",       "tanh",
                                        "hardtanh",      "hardswish",
                                        "hardsigmoid",   "leaky_relu",
                                        "elu",           "selu",
                                        "celu",          "mish",
                                        "softplus",      "softsign",
                                        "prelu",         "rrelu",
                                        "glu",           "threshold",
                                        "softmax",       "log_softmax",
                                        "_softmax",      "softmin",
                                        "dropout",       "feature_dropout",
                                        "alpha_dropout", "feature_alpha_dropout",
                                        "dropout1d",     "dropout2d",
                                        "dropout3d",     "logsigmoid",
                                        "tanhshrink",    "softshrink",
                                        "hardshrink" });
        put(NodeCategory::Pooling,
            { "max_pool1d",
              "max_pool2d",
              "max_pool3d",
              "avg_pool1d",
              "avg_pool2d",
              "avg_pool3d",
              "adaptive_avg_pool1d",
              "adaptive_avg_pool2d",
              "adaptive_avg_pool3d",
              "adaptive_max_pool1d",
              "adaptive_max_pool2d",
              "adaptive_max_pool3d",
              "max_pool1d_with_indices",
              "max_pool2d_with_indices",
              "lp_pool1d",
              "lp_pool2d",
              "fractional_max_pool2d",
              "upsample_nearest2d",
              "upsample_bilinear2d",
              "interpolate",
              "pixel_shuffle",
              "pixel_unshuffle" });
        put(NodeCategory::Shape,
            { "view",
              "reshape",
              "flatten",
              "unflatten",
              "permute",
              "transpose",
              "t",
              "squeeze",
              "unsqueeze",
              "cat",
              "concat",
              "stack",
              "hstack",
              "vstack",
              "split",
              "split_with_sizes",
              "chunk",
              "unbind",
              "size",
              "dim",
              "numel",
              "len",
              "expand",
              "expand_as",
              "repeat",
              "contiguous",
              "select",
              "slice",
              "index",
              "index_select",
              "narrow",
              "gather",
              "scatter",
              "__getitem__",
              "_set_item",
              "append",
              "view_as",
              "reshape_as",
              "movedim",
              "roll",
              "flip",
              "tile",
              "to",
              "type_as",
              "detach",
              "clone",
              "copy_",
              "masked_fill",
              "pad",
              "constant_pad_nd",
              "zeros",
              "ones",
              "zeros_like",
              "ones_like",
              "full",
              "empty",
              "arange",
              "tensor",
              "scalar_tensor",
              "Int",
              "Float",
              "Bool",
              "ScalarImplicit",
              "format",
              "list",
              "str",
              "__is__",
              "__isnot__",
              "warn",
              "device",
              "is_cuda",
              "layout" });
        put(NodeCategory::Arithmetic,
            { "add",          "sub",        "rsub",        "mul",         "div",        "floordiv", "true_divide",
              "floor_divide", "remainder",  "fmod",        "pow",         "sqrt",       "rsqrt",    "exp",
              "log",          "log2",       "log10",       "log1p",       "neg",        "abs",      "sign",
              "reciprocal",   "mean",       "sum",         "prod",        "max",        "min",      "amax",
              "amin",         "argmax",     "argmin",      "var",         "std",        "norm",     "clamp",
              "clamp_min",    "clamp_max",  "clip",        "where",       "eq",         "ne",       "lt",
              "gt",           "le",         "ge",          "__and__",     "__or__",     "__xor__",  "__not__",
              "logical_and",  "logical_or", "logical_not", "bitwise_and", "bitwise_or", "floor",    "ceil",
              "round",        "trunc",      "sin",         "cos",         "erf",        "square",   "cumsum",
              "addcmul",      "addcdiv",    "lerp",        "all",         "any",        "isnan",    "isinf",
              "isfinite",     "topk",       "sort",        "cross",       "dot",        "outer" });
        return t;
    }();
    return table;
}

} // namespace

NodeCategory nodeCategory(const QString& kind)
{
    const qsizetype sep = kind.indexOf(QLatin1String("::"));
    const QString ns = sep < 0 ? QString() : kind.left(sep);
    QString op = sep < 0 ? kind : kind.mid(sep + 2);
    if (ns == QLatin1String("prim")) {
        if (op == QLatin1String("Param") || op == QLatin1String("Return"))
            return NodeCategory::InputOutput;
        if (op == QLatin1String("If") || op == QLatin1String("Loop") || op == QLatin1String("EndIf")
            || op == QLatin1String("EndLoop") || op == QLatin1String("BlockReturn")
            || op == QLatin1String("RaiseException") || op == QLatin1String("Uninitialized"))
            return NodeCategory::ControlFlow;
        if (op == QLatin1String("CallMethod") || op == QLatin1String("CallFunction"))
            return NodeCategory::Call;
        if (op == QLatin1String("Constant") || op == QLatin1String("GetAttr") || op == QLatin1String("SetAttr"))
            return NodeCategory::Constant;
        return NodeCategory::Shape; // list and tuple packing, size queries, dtype/device reads
    }
    while (op.size() > 1 && op.endsWith(QLatin1Char('_')) && !op.startsWith(QLatin1String("__")))
        op.chop(1);
    const auto& table = atenCategories();
    auto it = table.constFind(op);
    if (it == table.cend() && !ns.isEmpty() && ns != QLatin1String("aten"))
        it = table.constFind(kind); // quantized::linear
    return it == table.cend() ? NodeCategory::Other : *it;
}

QString categoryName(NodeCategory category)
{
    switch (category) {
    case NodeCategory::Compute:
        return QStringLiteral("compute");
    case NodeCategory::Normalization:
        return QStringLiteral("normalization");
    case NodeCategory::Activation:
        return QStringLiteral("activation");
    case NodeCategory::Pooling:
        return QStringLiteral("pooling");
    case NodeCategory::Shape:
        return QStringLiteral("shape");
    case NodeCategory::Arithmetic:
        return QStringLiteral("arithmetic");
    case NodeCategory::ControlFlow:
        return QStringLiteral("control");
    case NodeCategory::Call:
        return QStringLiteral("call");
    case NodeCategory::Constant:
        return QStringLiteral("constant");
    case NodeCategory::InputOutput:
        return QStringLiteral("io");
    case NodeCategory::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace jitscope
