// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/opsreport.h"

#include "archive/litebytecode.h"
#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/deploy/deploycommon.h"
#include "engine/deploy/liteexport.h"
#include "engine/deploy/mobilecompat.h"

#include <caffe2/serialize/versions.h>
#include <torch/csrc/jit/serialization/export.h>
#include <torch/csrc/jit/serialization/export_bytecode.h>

#include <algorithm>

#include <QCoreApplication>
#include <map>
#include <sstream>

namespace jitscope {

namespace {

// Why a file format version was introduced (caffe2/serialize/versions.h): what an archive of
// that version needs its reader to know.
QString formatReason(qint64 version)
{
    switch (version) {
    case 4:
        return DeployText::tr("aten::div no longer divides integers by truncation");
    case 5:
        return DeployText::tr("aten::full no longer infers a floating-point dtype from an integer or bool value");
    case 6:
        return DeployText::tr("the version is kept in .data/version (torch.package)");
    case 7:
        return DeployText::tr("the operator upgrader design");
    case 8:
        return DeployText::tr("aten::linspace requires steps");
    case 9:
        return DeployText::tr("aten::logspace requires steps");
    case 10:
        return DeployText::tr("aten::gelu takes approximate");
    default:
        return {};
    }
}

QString operatorName(const c10::OperatorName& op)
{
    return QString::fromStdString(op.overload_name.empty() ? op.name : op.name + "." + op.overload_name);
}

// How many instructions of the lite bytecode call each operator, over every method.
std::map<QString, int> instructionCounts(const torch::jit::mobile::Module& lite, QStringList& methods)
{
    std::map<QString, int> counts;
    for (const auto& function : lite.compilation_unit().methods()) {
        methods << QString::fromStdString(function->qualname().name());
        const torch::jit::mobile::Code& code = function->get_code();
        for (const torch::jit::Instruction& i : code.instructions_)
            if ((i.op == torch::jit::OP || i.op == torch::jit::OPN) && i.X >= 0 && size_t(i.X) < code.op_names_.size())
                ++counts[operatorName(code.op_names_[size_t(i.X)])];
    }
    return counts;
}

void readBytecode(const torch::jit::Module& module, const ArchiveInfo& archive, OpsReport& report)
{
    // Read by JitScope's restricted unpickler: libtorch's would unpickle bytecode.pkl in this
    // process, outside the crash guard.
    report.bytecodeVersion = LiteBytecode::read(archive.path, true).version;
    std::stringstream lite;
    module._save_for_mobile(lite);
    lite.seekg(0);
    for (const std::string& type : torch::jit::_get_mobile_model_contained_types(lite))
        report.types << QString::fromStdString(type);
    report.types.sort();
}

} // namespace

OpsReport operatorsReport(const torch::jit::Module& module, const ArchiveInfo& archive)
{
    OpsReport report;
    report.file = archive.path;
    report.fileFormatVersion = archive.formatVersion;
    report.fileFormatReason = formatReason(archive.formatVersion);
    report.exportBytecodeVersion = producedBytecodeVersion();
    report.minBytecodeVersion = oldestBackportVersion();
    report.maxBytecodeVersion = qint64(caffe2::serialize::kMaxSupportedBytecodeVersion);
    try {
        readBytecode(module, archive, report);
        const torch::jit::mobile::Module lite = torch::jit::jitModuleToMobile(module, torch::jit::CompilationOptions());
        const std::map<QString, int> counts = instructionCounts(lite, report.methods);
        for (const std::string& name : torch::jit::export_opnames(module)) {
            const QString op = QString::fromStdString(name);
            const auto it = counts.find(op);
            report.operators << OperatorUse { op, it == counts.end() ? 0 : it->second };
        }
    } catch (const UserError&) {
        throw;
    } catch (const std::exception& e) {
        throw UserError(DeployText::tr("The module cannot be compiled for the lite interpreter, so its operators "
                                       "cannot be listed:\n%1")
                            .arg(cleanTorchMessage(e)));
    }
    std::sort(report.operators.begin(), report.operators.end(),
              [](const OperatorUse& a, const OperatorUse& b) { return a.name < b.name; });
    const qint64 bytecode = report.bytecodeVersion > 0 ? report.bytecodeVersion : report.exportBytecodeVersion;
    report.minimumRuntime
        = DeployText::tr("torch.jit.load needs a runtime that reads file format version %1%2; the lite interpreter "
                         "needs bytecode version %3 (this libtorch can backport it to version %4).")
              .arg(report.fileFormatVersion)
              .arg(report.fileFormatReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(report.fileFormatReason))
              .arg(bytecode)
              .arg(report.minBytecodeVersion);
    return report;
}

} // namespace jitscope
