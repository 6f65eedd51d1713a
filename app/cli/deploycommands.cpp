// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>

namespace jitscope {

namespace {

struct DeployCommandText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CommandLine)
};

CliOption calls(const QString& defaultCalls)
{
    return valued(QStringLiteral("calls"), DeployCommandText::tr("N"),
                  DeployCommandText::tr("Time N calls (default %1).").arg(defaultCalls));
}

CliCommand optimizeCommand()
{
    return { QStringLiteral("optimize"),
             DeployCommandText::tr("FILE (--freeze | --inference | --mobile) -o OUT.pt [ARG...]"),
             DeployCommandText::tr("freeze or optimize the module for inference or mobile, verified"),
             DeployCommandText::tr(
                 "Applies torch.jit.freeze, torch.jit.optimize_for_inference or optimize_for_mobile to a copy of "
                 "the module, writes the result to OUT.pt and prints what changed in forward (nodes, parameters, "
                 "the operations that folded, fused or vanished). With ARGs (value expressions for forward, as "
                 "for invoke) both modules are run on them from a cold start: the outputs are compared, and the "
                 "first call, calls 2 to 4 and the steady state are timed, each as a ratio to the original. When "
                 "the outputs differ, the first node where the two part ways is named (as diff --inputs does) "
                 "and the exit status is 1; OUT.pt is kept for a look."),
             { flag(QStringLiteral("freeze"), DeployCommandText::tr("torch.jit.freeze: attributes become constants.")),
               flag(QStringLiteral("inference"),
                    DeployCommandText::tr("torch.jit.optimize_for_inference: frozen, then fused for this CPU.")),
               flag(QStringLiteral("mobile"),
                    DeployCommandText::tr("optimize_for_mobile: frozen, prepacked for XNNPACK, dropout removed.")),
               valued(QStringLiteral("preserve"), DeployCommandText::tr("NAME"),
                      DeployCommandText::tr("An attribute or method to keep besides forward (freeze's "
                                            "preserved_attrs, the other methods to optimize); repeatable."),
                      true),
               flag(QStringLiteral("no-numerics"),
                    DeployCommandText::tr("--freeze: skip the folds that change numerics (optimize_numerics=False).")),
               valued(QStringLiteral("skip"), DeployCommandText::tr("PASS"),
                      DeployCommandText::tr("--mobile: a pass not to run (conv_bn_fusion, insert_fold_prepack_ops, "
                                            "remove_dropout, fuse_add_relu, hoist_conv_packed_params, "
                                            "conv_1d_to_2d); repeatable."),
                      true),
               evalOption(), calls(QStringLiteral("10")), jsonOption(),
               makeOption({ QStringLiteral("o"), QStringLiteral("output") }, DeployCommandText::tr("OUT.pt"),
                          DeployCommandText::tr("Where to write the transformed module (required).")) },
             {} };
}

CliCommand liteCommand()
{
    return { QStringLiteral("lite"),
             DeployCommandText::tr("FILE -o OUT.ptl [ARG...]"),
             DeployCommandText::tr("save for the lite interpreter, load it back and verify its outputs"),
             DeployCommandText::tr(
                 "Saves the module for PyTorch's lite interpreter (_save_for_lite_interpreter), backported to an "
                 "older bytecode version with --bytecode-version, then loads OUT.ptl with libtorch's lite "
                 "interpreter. With ARGs (value expressions for the method) it runs both the lite module and the "
                 "full one on them and says whether the outputs agree; exit status 1 when they do not."),
             { valued(QStringLiteral("bytecode-version"), DeployCommandText::tr("N"),
                      DeployCommandText::tr("Write bytecode version N (default: the newest this libtorch writes; "
                                            "older ones through _backport_for_mobile).")),
               valued(QStringLiteral("method"), DeployCommandText::tr("M"),
                      DeployCommandText::tr("The method the ARGs are for; default: forward.")),
               evalOption(), jsonOption(),
               makeOption({ QStringLiteral("o"), QStringLiteral("output") }, DeployCommandText::tr("OUT.ptl"),
                          DeployCommandText::tr("Where to write the lite interpreter file (required).")) },
             {} };
}

CliCommand opsCommand()
{
    return { QStringLiteral("ops"),
             DeployCommandText::tr("FILE [--yaml]"),
             DeployCommandText::tr("will it run there? versions, root operators, types, a selective-build list"),
             DeployCommandText::tr(
                 "Prints what a runtime needs to load and run the archive: its file format version and why, the "
                 "bytecode version it holds (a .ptl) or would be written with, the root operators with their "
                 "overloads as torch.jit.export_opnames lists them and how many bytecode instructions call each, "
                 "the types its bytecode holds, and the oldest runtime that loads it. --yaml prints only the "
                 "operator list in the form PyTorch's selective build reads (SELECTED_OP_LIST). With "
                 "--target-bytecode or --target-ops it checks the archive against that target and exits 1 when "
                 "it would not run there."),
             { flag(QStringLiteral("yaml"), DeployCommandText::tr("Print the selective-build operator list only.")),
               valued(QStringLiteral("target-bytecode"), DeployCommandText::tr("N"),
                      DeployCommandText::tr("The newest bytecode version the target's lite interpreter reads.")),
               valued(QStringLiteral("target-ops"), DeployCommandText::tr("FILE"),
                      DeployCommandText::tr("The operators the target's build has: a YAML list or map as PyTorch's "
                                            "selective build takes, or one name per line.")),
               jsonOption() },
             {} };
}

CliCommand lintCommand()
{
    return { QStringLiteral("lint"),
             DeployCommandText::tr("FILE [--twin SCRIPTED.pt]"),
             DeployCommandText::tr("what would go wrong in deployment, each at its node"),
             DeployCommandText::tr(
                 "Lists what would go wrong where the model is shipped for inference, each with the module, "
                 "method and node it points to: Dropout or BatchNorm in training mode (the module's flag, or a "
                 "trace's constant), parameters that still require grad, devices baked in as constants, size "
                 "lists a trace made constant, MKLDNN operations (from optimize_for_inference), and with --twin "
                 "(a scripted twin of a traced FILE) the branches and loops the trace dropped. Exit status 0 "
                 "whatever it finds."),
             { valued(QStringLiteral("twin"), DeployCommandText::tr("SCRIPTED.pt"),
                      DeployCommandText::tr("The same model scripted, to find the control flow a trace dropped.")),
               jsonOption() },
             {} };
}

CliCommand warmupCommand()
{
    return { QStringLiteral("warmup"),
             DeployCommandText::tr("FILE [METHOD] [ARG...]"),
             DeployCommandText::tr("calls 1..N timed from a cold start, and the graph the executor ran"),
             DeployCommandText::tr(
                 "Loads a fresh copy of the module (nothing of it has run) and calls METHOD (default forward) N "
                 "times on the ARGs, timing each: the profiling executor records shapes in the first calls and "
                 "optimizes after them, so the first calls are slower. Prints each call's time as a ratio to the "
                 "steady state, and with --graph the optimized graph the executor ran for the last call."),
             { valued(QStringLiteral("module"), DeployCommandText::tr("PATH"),
                      DeployCommandText::tr("Submodule path; default: the root module.")),
               calls(QStringLiteral("10")),
               flag(QStringLiteral("graph"), DeployCommandText::tr("Also print the executed graph.")), evalOption(),
               jsonOption() },
             {} };
}

} // namespace

QList<CliCommand> deployCommands()
{
    return { optimizeCommand(), liteCommand(), opsCommand(), lintCommand(), warmupCommand() };
}

} // namespace jitscope
