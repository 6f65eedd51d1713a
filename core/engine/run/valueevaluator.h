// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/valueinfo.h"
#include "values/valueexpr.h"

#include <ATen/core/ivalue.h>

#include <optional>
#include <vector>

namespace jitscope {

// Turns value expressions into TorchScript values for a call: factories and literals make
// tensors on the module's device, `$N` reads earlier results, and a value is checked against
// the type the schema expects. Throws UserError naming the argument and what is wrong.
class ValueEvaluator
{
public:
    // With `floating`, floating-point tensors made without a dtype= (random, literal or loaded)
    // are made in that type: the module's, so that a float16 module takes randn(...) as it is.
    ValueEvaluator(const std::vector<c10::IValue>& history, c10::Device device,
                   std::optional<c10::ScalarType> floating = std::nullopt);

    // `expected` may be null (no check); `what` names the value in messages ("argument 'x'").
    c10::IValue evaluate(const ValueExpr& expr, const c10::TypePtr& expected, const QString& what);

private:
    c10::IValue eval(const ValueExpr& e, const c10::TypePtr& hint);
    // A tensor factory call: randn(2, 3, dtype=float16), tensor([1, 2]), load("x.npy"), ...
    c10::IValue call(const ValueExpr& e);
    struct Factory
    {
        torch::TensorOptions options;
        bool dtypeGiven = false;
        bool requiresGrad = false;
    };
    Factory factoryOptions(const ValueExpr& e); // from the keywords
    at::Tensor make(const ValueExpr& e, const std::vector<c10::IValue>& args, Factory& f);
    at::Tensor filled(const ValueExpr& e, const std::vector<c10::IValue>& args,
                      Factory& f); // full, arange, eye, randint
    c10::IValue history(const ValueExpr& e);
    at::Tensor inModuleType(const at::Tensor& t, const Factory& factory) const;

    const std::vector<c10::IValue>& m_history;
    c10::Device m_device;
    std::optional<c10::ScalarType> m_floating;
};

// A value as plain data, tensors with at most `maxValues` values (all of them when negative).
ValueInfo describeValue(const c10::IValue& value, qint64 maxValues = 1000);

} // namespace jitscope
