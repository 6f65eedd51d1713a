// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deploy/liteexport.h"

#include "common/usererror.h"
#include "engine/common/torcherror.h"
#include "engine/deploy/deploycommon.h"
#include "engine/deploy/mobilecompat.h"
#include "engine/run/valueevaluator.h"

#include <caffe2/serialize/versions.h>
#include <torch/csrc/jit/mobile/import.h>
#include <torch/csrc/jit/mobile/module.h>

#include <QCoreApplication>
#include <QFile>

namespace jitscope {

qint64 producedBytecodeVersion()
{
    return qint64(caffe2::serialize::kProducedBytecodeVersion);
}

qint64 oldestBackportVersion()
{
    return qint64(caffe2::serialize::kMinSupportedBytecodeVersion);
}

namespace {

void writeLite(const torch::jit::Module& module, const LiteRequest& request, LiteResult& result)
{
    const qint64 produced = producedBytecodeVersion();
    const qint64 wanted = request.bytecodeVersion > 0 ? request.bytecodeVersion : produced;
    if (wanted > produced || wanted < oldestBackportVersion())
        throw UserError(DeployText::tr("Bytecode version %1 cannot be written: this libtorch writes version %2 and "
                                       "backports to versions %3 to %2.")
                            .arg(wanted)
                            .arg(produced)
                            .arg(oldestBackportVersion()));
    result.producedVersion = produced;
    result.backported = wanted < produced;
    writeAtomically(request.output, [&](const std::string& temporary) {
        if (!result.backported) {
            module._save_for_mobile(temporary);
            return;
        }
        const std::string current = temporary + ".current";
        try {
            module._save_for_mobile(current);
            const bool done = torch::jit::_backport_for_mobile(current, temporary, wanted);
            QFile::remove(QString::fromStdString(current));
            if (!done)
                throw UserError(DeployText::tr("Backporting to bytecode version %1 failed: the model uses what "
                                               "that version cannot express.")
                                    .arg(wanted));
        } catch (...) {
            QFile::remove(QString::fromStdString(current));
            throw;
        }
    });
}

void runBoth(const torch::jit::Module& module, const Invoker& invoker, torch::jit::mobile::Module& lite,
             const LiteRequest& request, LiteResult& result)
{
    torch::jit::Module full = freshCopy(module);
    c10::IValue expected;
    const BoundCall call = bindSeeded(invoker, full, request.method, request.inputs);
    timeCalls(call, 1, &expected);
    const BoundCall again = bindSeeded(invoker, full, request.method, request.inputs);
    c10::IValue got;
    try {
        torch::NoGradGuard noGrad;
        got = lite.get_method(request.method.toStdString())(again.stack);
    } catch (const std::exception& e) {
        throw UserError(DeployText::tr("The lite interpreter loaded %1 but running %2 failed:\n%3")
                            .arg(request.output, request.method, cleanTorchMessage(e)));
    }
    const Agreement a = agree(expected, got);
    result.ran = true;
    result.outputsMatch = a.match;
    result.maxAbsDiff = a.maxAbs;
    result.outputSummary = describeValue(got, 0).summary();
    if (!a.note.isEmpty())
        result.note = a.note;
}

} // namespace

LiteResult exportLite(const torch::jit::Module& module, const Invoker& invoker, const LiteRequest& request)
{
    if (request.output.isEmpty())
        throw UserError(DeployText::tr("Where should the lite interpreter file go? Give an output file (.ptl)."));
    LiteResult result;
    result.output = request.output;
    writeLite(module, request, result);
    const std::string path = QFile::encodeName(request.output).toStdString();
    torch::jit::mobile::Module lite;
    try {
        result.bytecodeVersion = qint64(torch::jit::_get_model_bytecode_version(path));
        lite = torch::jit::_load_for_mobile(path);
    } catch (const std::exception& e) {
        throw UserError(DeployText::tr("The lite interpreter cannot load the file it was given, %1:\n%2")
                            .arg(request.output, cleanTorchMessage(e)));
    }
    for (const torch::jit::mobile::Method& m : lite.get_methods())
        result.methods << QString::fromStdString(m.function().qualname().name());
    if (!request.inputs.isEmpty())
        runBoth(module, invoker, lite, request, result);
    else
        result.note = DeployText::tr("Loaded back with the lite interpreter; give inputs to compare its outputs "
                                     "with the full module's.");
    return result;
}

} // namespace jitscope
