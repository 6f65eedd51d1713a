// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// libtorch exports the lite interpreter's compatibility API (torch/csrc/jit/mobile/compatibility/)
// but Debian's libtorch-dev does not ship its headers: these are the declarations of the functions
// JitScope calls, as libtorch 1.13 defines them (checked against its exported symbols). Another
// libtorch that ships the headers declares the same functions.

#include <ATen/core/ivalue.h>
#include <c10/macros/Export.h>

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace torch {
namespace jit {

struct OperatorInfo
{
    c10::optional<int> num_schema_args;
};

TORCH_API uint64_t _get_model_bytecode_version(const std::string& filename);
TORCH_API uint64_t _get_model_bytecode_version(std::istream& in);
TORCH_API uint64_t _get_model_operator_version(const std::string& filename);
TORCH_API std::unordered_map<std::string, OperatorInfo> _get_model_ops_and_info(std::istream& in);
TORCH_API std::unordered_set<std::string> _get_mobile_model_contained_types(std::istream& in);
TORCH_API uint64_t _get_runtime_bytecode_version();
TORCH_API bool _backport_for_mobile(const std::string& input_filename, const std::string& output_filename,
                                    const int64_t to_version);

} // namespace jit
} // namespace torch
