// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What folding evaluates: operations on literals (`is None`, `not`, comparisons, arithmetic,
// `len`), and `is`/`is not` None decided by a value's type alone.
#include "engine/ir/irqueries.h"

#include <cmath>

namespace jitscope {

using torch::jit::Node;
using torch::jit::Value;

namespace {

bool isNone(const Literal& l)
{
    return l.items < 0 && l.value.isNone();
}

bool isNumber(const Literal& l)
{
    return l.items < 0 && (l.value.isInt() || l.value.isDouble() || l.value.isBool());
}

double numberOf(const Literal& l)
{
    return l.value.isDouble() ? l.value.toDouble() : double(l.value.isBool() ? l.value.toBool() : l.value.toInt());
}

} // namespace

std::optional<c10::IValue> identityByType(const Node* n)
{
    const auto k = n->kind();
    if ((k != c10::aten::__is__ && k != c10::aten::__isnot__) || n->inputs().size() != 2)
        return std::nullopt;
    auto none = [](const Value* v) { return v->type()->kind() == c10::TypeKind::NoneType; };
    auto neverNone = [](const Value* v) {
        const auto kind = v->type()->kind();
        return kind != c10::TypeKind::NoneType && kind != c10::TypeKind::OptionalType && kind != c10::TypeKind::AnyType
            && kind != c10::TypeKind::UnionType;
    };
    if (none(n->input(0)) && none(n->input(1)))
        return c10::IValue(k == c10::aten::__is__);
    if ((none(n->input(0)) && neverNone(n->input(1))) || (none(n->input(1)) && neverNone(n->input(0))))
        return c10::IValue(k == c10::aten::__isnot__);
    return std::nullopt;
}

std::optional<c10::IValue> evaluateOnLiterals(const Node* n, const std::vector<Literal>& in)
{
    const auto k = n->kind();
    if ((k == c10::aten::__is__ || k == c10::aten::__isnot__) && in.size() == 2) {
        if (!isNone(in[0]) && !isNone(in[1]))
            return std::nullopt; // identity of two values: not known from their texts
        const bool is = isNone(in[0]) && isNone(in[1]);
        return c10::IValue(k == c10::aten::__is__ ? is : !is);
    }
    if (k == c10::aten::__not__ && in.size() == 1 && in[0].items < 0 && in[0].value.isBool())
        return c10::IValue(!in[0].value.toBool());
    if (k == c10::aten::len && in.size() == 1 && in[0].items >= 0)
        return c10::IValue(int64_t(in[0].items));
    const bool compare = k == c10::aten::eq || k == c10::aten::ne || k == c10::aten::lt || k == c10::aten::gt
        || k == c10::aten::le || k == c10::aten::ge;
    // Arithmetic on numbers, as Python does it: `1.0 - p` for StochasticDepth's survival rate.
    const bool arithmetic = k == c10::aten::add || k == c10::aten::sub || k == c10::aten::mul;
    if (arithmetic && in.size() == 2 && isNumber(in[0]) && isNumber(in[1]) && !in[0].value.isBool()
        && !in[1].value.isBool()) {
        if (in[0].value.isInt() && in[1].value.isInt()) {
            const int64_t a = in[0].value.toInt(), b = in[1].value.toInt();
            int64_t r = 0;
            const bool overflow = k == c10::aten::add ? __builtin_add_overflow(a, b, &r)
                : k == c10::aten::sub                 ? __builtin_sub_overflow(a, b, &r)
                                                      : __builtin_mul_overflow(a, b, &r);
            return overflow ? std::nullopt : std::optional<c10::IValue>(c10::IValue(r));
        }
        const double a = numberOf(in[0]), b = numberOf(in[1]);
        return c10::IValue(k == c10::aten::add ? a + b : k == c10::aten::sub ? a - b : a * b);
    }
    // An item in a list of constants: `mode in ["nearest", "area"]`.
    if (k == c10::aten::__contains__ && in.size() == 2 && in[0].value.isList() && in[1].items < 0
        && (in[1].value.isString() || in[1].value.isInt())) {
        for (const c10::IValue& item : in[0].value.toListRef())
            if ((item.isString() && in[1].value.isString() && item.toStringRef() == in[1].value.toStringRef())
                || (item.isInt() && in[1].value.isInt() && item.toInt() == in[1].value.toInt()))
                return c10::IValue(true);
        return c10::IValue(false);
    }
    // A key in a dict: `name in self.return_layers`.
    if (k == c10::aten::__contains__ && in.size() == 2 && in[0].value.isGenericDict()
        && (in[1].value.isString() || in[1].value.isInt()))
        return c10::IValue(in[0].value.toGenericDict().contains(in[1].value));
    // Strings compare for (in)equality: `mode == "nearest"` on the mode a caller passed.
    if ((k == c10::aten::eq || k == c10::aten::ne) && in.size() == 2 && in[0].items < 0 && in[1].items < 0
        && in[0].value.isString() && in[1].value.isString())
        return c10::IValue((in[0].value.toStringRef() == in[1].value.toStringRef()) == (k == c10::aten::eq));
    if (!compare || in.size() != 2 || !isNumber(in[0]) || !isNumber(in[1]))
        return std::nullopt;
    const bool ints = !in[0].value.isDouble() && !in[1].value.isDouble();
    if (!ints && (std::isnan(numberOf(in[0])) || std::isnan(numberOf(in[1]))))
        return c10::IValue(k == c10::aten::ne); // NaN equals nothing and orders with nothing
    // Integers (and bools) compare exactly; a double and an integer as Python compares them, near
    // enough.
    auto integer = [](const Literal& l) { return l.value.isBool() ? int64_t(l.value.toBool()) : l.value.toInt(); };
    const int order = ints ? (integer(in[0]) < integer(in[1]) ? -1 : integer(in[0]) > integer(in[1]))
                           : (numberOf(in[0]) < numberOf(in[1]) ? -1 : numberOf(in[0]) > numberOf(in[1]));
    if (k == c10::aten::eq)
        return c10::IValue(order == 0);
    if (k == c10::aten::ne)
        return c10::IValue(order != 0);
    if (k == c10::aten::lt)
        return c10::IValue(order < 0);
    if (k == c10::aten::gt)
        return c10::IValue(order > 0);
    return c10::IValue(k == c10::aten::le ? order <= 0 : order >= 0);
}

} // namespace jitscope
