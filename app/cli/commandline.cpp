// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace jitscope {

namespace {

struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CommandLine)
};

CliOption withDefault(CliOption option, const QString& defaultValue)
{
    option.defaultValue = defaultValue;
    return option;
}

CliOption moduleOption()
{
    return valued(QStringLiteral("module"), CommandLineText::tr("PATH"),
                  CommandLineText::tr("Submodule path, as in named_modules() (features.0); default: the root module."));
}

CliOption methodOption()
{
    return valued(QStringLiteral("method"), CommandLineText::tr("M"),
                  CommandLineText::tr("Method name; default: forward."));
}

CliOption maxValuesOption()
{
    return valued(QStringLiteral("max-values"), CommandLineText::tr("N"),
                  CommandLineText::tr("Print the values of output tensors of at most N elements (default 1000; 0: "
                                      "none); larger ones show their shape and statistics."));
}

CliOption deviceOption()
{
    return valued(
        QStringLiteral("device"), CommandLineText::tr("D"),
        CommandLineText::tr("Move the module to device D (cpu, cuda, cuda:N) first. CUDA needs a libtorch built with "
                            "it and a GPU; otherwise the command says why it cannot."));
}

QList<CliOption> trainEvalOptions()
{
    return { flag(QStringLiteral("train"),
                  CommandLineText::tr("Switch the module to training mode first (module.train()).")),
             evalOption() };
}

QString valueExpressions()
{
    return CommandLineText::tr(
        "ARGs are value expressions, in the method's argument order, or NAME=VALUE:\n"
        "  3  -2.5  True  None  \"text\"  (a, b)  [1, 2]  {\"gain\": 2.0}\n"
        "  randn(1, 3, 224, 224)  zeros(10, dtype=float64)  full((2, 3), 7)  arange(10)  eye(3)\n"
        "  randint(0, 10, (4,))  tensor([[1, 2], [3, 4]], dtype=int64)  load(\"x.npy\")  load(\"t.pt\")");
}

QList<CliCommand> makeCommands()
{
    QList<CliCommand> commands;
    commands << CliCommand {
        QStringLiteral("info"),
        CommandLineText::tr("FILE"),
        CommandLineText::tr("modules, parameters, buffers, attributes, methods and archive facts"),
        CommandLineText::tr("Prints the archive's facts (format version, entries, sizes, the device it was saved "
                            "on), its modules, parameters, buffers, attributes and methods as aligned text, or as "
                            "JSON with --json."),
        { jsonOption(),
          flag(QStringLiteral("stats"),
               CommandLineText::tr("Add min, max, mean, std and NaN/Inf counts of every tensor.")) },
        {}
    };
    commands << CliCommand {
        QStringLiteral("code"),
        CommandLineText::tr("FILE"),
        CommandLineText::tr("TorchScript code, as Python's module.code"),
        CommandLineText::tr("Prints exactly what print(module.code) prints in Python (forward's code), "
                            "print(module.M.code) with --method M, or the class's whole code with --class. "
                            "--bytecode prints a .ptl's lite interpreter bytecode instead."),
        { moduleOption(), methodOption(),
          flag(QStringLiteral("class"),
               CommandLineText::tr("Print the module class's whole code (excludes --method).")),
          flag(QStringLiteral("bytecode"),
               CommandLineText::tr("Print the lite interpreter's bytecode of a .ptl (its bytecode.pkl, read "
                                   "without libtorch): per method its instructions with the operator, constant "
                                   "or type each names, its operators, constants, types and registers.")) },
        {}
    };
    commands << CliCommand {
        QStringLiteral("ir"),
        CommandLineText::tr("FILE"),
        CommandLineText::tr("IR graph, as Python's module.M.graph"),
        CommandLineText::tr("Prints exactly what print(module.M.graph) prints in Python (forward by default), or "
                            "print(module.M.inlined_graph) with --inlined."),
        { moduleOption(), methodOption(),
          flag(QStringLiteral("inlined"), CommandLineText::tr("Print the inlined graph (module.M.inlined_graph).")) },
        {}
    };
    commands << CliCommand {
        QStringLiteral("graph"),
        CommandLineText::tr("FILE"),
        CommandLineText::tr("the method's graph, laid out: JSON, DOT, SVG or PNG"),
        CommandLineText::tr(
            "Lays out the method's graph as the window's Graph tab does and writes it as JSON (the default, to "
            "standard output), Graphviz DOT (groups as clusters), SVG or PNG. Calls that only pass the work on "
            "(forward -> _forward_impl) open by themselves, as in the window's first view."),
        { moduleOption(), methodOption(),
          withDefault(
              valued(QStringLiteral("expand"), CommandLineText::tr("WHAT"),
                     CommandLineText::tr(
                         "Calls to expand in place: none (the default), all, depth:N, or expand keys separated by "
                         "commas, as the JSON's \"expandable\" lists them (features:forward,head:forward).")),
              QStringLiteral("none")),
          valued(QStringLiteral("collapse"), CommandLineText::tr("WHAT"),
                 CommandLineText::tr(
                     "Calls to keep as one box although they only pass the work on: expand keys separated by "
                     "commas, or all.")),
          flag(QStringLiteral("no-fold"),
               CommandLineText::tr("Keep constants, attribute reads, input checks and selects as nodes of their own.")),
          valued(QStringLiteral("format"), CommandLineText::tr("FORMAT"),
                 CommandLineText::tr("svg, png, dot or json; default: from OUT's extension, else json.")),
          makeOption({ QStringLiteral("o"), QStringLiteral("output") }, CommandLineText::tr("OUT"),
                     CommandLineText::tr("Write to OUT; default: standard output (dot and json only).")),
          withDefault(valued(QStringLiteral("scale"), CommandLineText::tr("S"),
                             CommandLineText::tr("PNG pixels per point; default 2.")),
                      QStringLiteral("2")) },
        {}
    };
    QList<CliOption> invokeOptions { moduleOption(), deviceOption(),
                                     valued(QStringLiteral("dtype"), CommandLineText::tr("T"),
                                            CommandLineText::tr(
                                                "Convert the module's floating-point parameters and buffers to T "
                                                "(float32, float64, float16, bfloat16) first, as Module.to(dtype).")) };
    invokeOptions << trainEvalOptions();
    invokeOptions << valued(QStringLiteral("repeat"), CommandLineText::tr("N"),
                            CommandLineText::tr("Run N times and print the median, 90th percentile and minimum time."))
                  << jsonOption() << maxValuesOption()
                  << valued(QStringLiteral("save-outputs"), CommandLineText::tr("OUT"),
                            CommandLineText::tr(
                                "Save the first output tensor to OUT: a NumPy file when OUT ends in .npy, else a "
                                "tensor archive that torch.load reads (OUT.pt)."));
    commands << CliCommand { QStringLiteral("invoke"),
                             CommandLineText::tr("FILE METHOD [ARG...]"),
                             CommandLineText::tr("run a method with value-expression arguments"),
                             CommandLineText::tr(
                                 "Runs METHOD (forward or any @torch.jit.export method) of the root module or of "
                                 "--module PATH and prints the result and its latency.\n\n")
                                 + valueExpressions(),
                             invokeOptions,
                             {} };
    QList<CliOption> observeOptions { moduleOption(), deviceOption(), invokeOptions[2] };
    observeOptions << trainEvalOptions();
    observeOptions << valued(QStringLiteral("repeat"), CommandLineText::tr("N"),
                             CommandLineText::tr("Time every node over N runs after a warm-up, and print medians "
                                                 "(default 3; 0: record values only)."))
                   << jsonOption() << maxValuesOption()
                   << valued(QStringLiteral("keep-tensors"), CommandLineText::tr("DIR"),
                             CommandLineText::tr("Write every tensor the call computed to DIR as a NumPy file named "
                                                 "by its value (up to --keep-budget)."))
                   << valued(QStringLiteral("keep-budget"), CommandLineText::tr("MIB"),
                             CommandLineText::tr("With --keep-tensors: keep tensors up to MIB mebibytes (default "
                                                 "1024); past it, statistics only."));
    commands << CliCommand { QStringLiteral("observe"),
                             CommandLineText::tr("FILE [METHOD] [ARG...]"),
                             CommandLineText::tr("run a method observed: every value's shape and statistics, time "
                                                 "per node, a module summary"),
                             CommandLineText::tr(
                                 "Runs METHOD (default forward) of the root module or of --module PATH once with "
                                 "every value its graph computes recorded (type, shape, dtype, device, min, max, mean, "
                                 "std, NaN and Inf counts; in every call it makes, in the branches taken and each "
                                 "loop iteration), then times every node. Prints the module summary (output shapes, "
                                 "parameters, multiply-accumulates of convolutions, linear layers and matrix "
                                 "products, time) and the slowest ops. The outputs are exactly those of invoke. A "
                                 "call that fails prints what it recorded up to the node that failed, and exits 1."
                                 "\n\n")
                                 + valueExpressions(),
                             observeOptions,
                             {} };
    commands << CliCommand { QStringLiteral("compile"),
                             CommandLineText::tr("SOURCE FUNCTION [ARG...]"),
                             CommandLineText::tr("compile TorchScript source and run one of its functions"),
                             CommandLineText::tr(
                                 "SOURCE is a file of TorchScript functions (or the source text itself); FUNCTION is "
                                 "called with ARGs, value expressions as for invoke."),
                             { jsonOption(), maxValuesOption() },
                             {} };
    commands << CliCommand {
        QStringLiteral("diff"),
        CommandLineText::tr("A.pt B.pt"),
        CommandLineText::tr("structural graph, code, parameter and output diff"),
        CommandLineText::tr(
            "Compares a method of two archives (or, with --right-method or --right-module and A = B, two methods of "
            "one): the structural graph diff with module calls expanded, the code diff, the parameter diff, and "
            "with --inputs the outputs of both sides on the same value expressions (random factories give both "
            "sides the same numbers) and where the two part ways: both sides are run observed and the first pair "
            "of matched nodes, in program order, whose outputs differ beyond --atol and --rtol is reported. Exit "
            "status 0 whether or not they differ, 1 when a side cannot be used.\n\n"
            "Either side may be a checkpoint (torch.save or safetensors): two checkpoints are compared tensor by "
            "tensor, an archive and a checkpoint by the archive's parameters and buffers matched to the "
            "checkpoint's tensors as load-weights matches them."),
        { moduleOption(), methodOption(),
          valued(QStringLiteral("right-module"), CommandLineText::tr("PATH"),
                 CommandLineText::tr("B's submodule; default: the same as --module.")),
          valued(QStringLiteral("right-method"), CommandLineText::tr("M"),
                 CommandLineText::tr("B's method; default: the same as --method.")),
          flag(QStringLiteral("no-expand"), CommandLineText::tr("Keep module calls as single nodes.")), jsonOption(),
          valued(QStringLiteral("atol"), CommandLineText::tr("X"),
                 CommandLineText::tr("With --inputs: absolute tolerance of the divergence search (default 1e-5).")),
          valued(QStringLiteral("rtol"), CommandLineText::tr("X"),
                 CommandLineText::tr("With --inputs: relative tolerance of the divergence search (default 1e-4).")),
          valued(QStringLiteral("inputs"), CommandLineText::tr("ARG..."),
                 CommandLineText::tr(
                     "Run both sides on these value expressions and compare their outputs; everything after "
                     "--inputs is an input.")) },
        QStringLiteral("inputs")
    };
    QList<CliOption> trainOptions {
        valued(QStringLiteral("input"), CommandLineText::tr("EXPR"),
               CommandLineText::tr(
                   "A value expression for the method's next argument (load(\"x.npy\"), randn(8, 4)); repeat it for "
                   "each argument."),
               true),
        valued(QStringLiteral("target"), CommandLineText::tr("EXPR"),
               CommandLineText::tr("The target the loss compares the output with (not with --loss method).")),
        valued(QStringLiteral("loss"), CommandLineText::tr("L"),
               CommandLineText::tr(
                   "mse (the default), l1, smooth_l1, cross_entropy, nll, bce_with_logits, or method (the method "
                   "returns its loss).")),
        valued(QStringLiteral("optimizer"), CommandLineText::tr("O"),
               CommandLineText::tr("sgd, adam (the default), adamw or rmsprop.")),
        valued(QStringLiteral("lr"), CommandLineText::tr("X"), CommandLineText::tr("Learning rate; default 0.001.")),
        valued(QStringLiteral("steps"), CommandLineText::tr("N"),
               CommandLineText::tr("Number of optimizer steps; default 100.")),
        methodOption(),
        moduleOption(),
        valued(QStringLiteral("batch-size"), CommandLineText::tr("B"),
               CommandLineText::tr(
                   "Cut the tensors whose first dimension is the dataset's into shuffled mini-batches of B.")),
        valued(QStringLiteral("freeze"), CommandLineText::tr("PATH"),
               CommandLineText::tr("Keep the parameters under PATH fixed; repeatable."), true),
        valued(QStringLiteral("momentum"), CommandLineText::tr("M"),
               CommandLineText::tr("Momentum (sgd, rmsprop); default 0.")),
        flag(QStringLiteral("nesterov"), CommandLineText::tr("Nesterov momentum (sgd).")),
        valued(QStringLiteral("weight-decay"), CommandLineText::tr("W"),
               CommandLineText::tr("Weight decay; default 0.")),
        flag(QStringLiteral("no-shuffle"), CommandLineText::tr("Take the mini-batches in order.")),
        valued(QStringLiteral("seed"), CommandLineText::tr("S"),
               CommandLineText::tr("Random seed for shuffling and random factories.")),
        deviceOption(),
    };
    trainOptions << trainEvalOptions();
    trainOptions << jsonOption()
                 << makeOption({ QStringLiteral("o"), QStringLiteral("output") }, CommandLineText::tr("OUT.pt"),
                               CommandLineText::tr("Where to save the trained module (required)."));
    commands << CliCommand { QStringLiteral("train"),
                             CommandLineText::tr("FILE --input EXPR... -o OUT.pt"),
                             CommandLineText::tr("training steps, then the trained module saved"),
                             CommandLineText::tr(
                                 "Runs training steps on the module and prints each step's loss, gradient norm and "
                                 "time. The module is saved to OUT.pt (with the archive's extra files) only when "
                                 "every step was finite: a NaN or Inf loss or gradient exits 1 and writes nothing."),
                             trainOptions,
                             {} };
    commands << CliCommand {
        QStringLiteral("load-weights"),
        CommandLineText::tr("ARCHIVE CHECKPOINT -o OUT.pt"),
        CommandLineText::tr("the archive with a checkpoint's weights, saved"),
        CommandLineText::tr(
            "Matches the tensors of CHECKPOINT (a torch.save state dict or checkpoint, or a safetensors file, read "
            "without running anything from it) to the parameters and buffers of ARCHIVE by name, as "
            "load_state_dict does, prints the matching (matched, missing, unexpected, shape mismatch, and how much "
            "each matched tensor changes), copies the matched tensors in and saves the archive, with its code and "
            "extra files, to OUT.pt. Without --source the dict whose keys match best is taken (\"model\", "
            "\"state_dict\", or the whole file); without --prefix a common first key component such as "
            "\"module.\" is stripped when that makes more keys match. A shape mismatch, no match at all, or with "
            "--strict a missing or unexpected key, exits 1 and writes nothing."),
        { valued(QStringLiteral("prefix"), CommandLineText::tr("P"),
                 CommandLineText::tr("Strip P from the front of the checkpoint's keys (\"module.\"); \"\" strips "
                                     "nothing. Default: found.")),
          valued(QStringLiteral("source"), CommandLineText::tr("KEY"),
                 CommandLineText::tr("The dict in the checkpoint that holds the weights, by its path (\"model\", "
                                     "\"checkpoint.state_dict\"); \"\" is the whole file. Default: found.")),
          flag(QStringLiteral("strict"),
               CommandLineText::tr("Refuse unless every parameter and buffer is matched and no key is left over.")),
          jsonOption(),
          makeOption({ QStringLiteral("o"), QStringLiteral("output") }, CommandLineText::tr("OUT.pt"),
                     CommandLineText::tr("Where to save the archive with the new weights (required).")) },
        {}
    };
    commands << deployCommands();
    commands << CliCommand {
        QStringLiteral("check"),
        CommandLineText::tr("FILE..."),
        CommandLineText::tr("load each archive's code in this process and say ok or why not"),
        CommandLineText::tr("Loads each archive's code with its tensors left empty and prints \"ok\" or the "
                            "refusal. The window runs it as its crash guard (check --serve, which answers "
                            "numbered paths on standard input), so that an archive that crashes libtorch ends "
                            "this process and not the window."),
        { flag(QStringLiteral("serve"),
               CommandLineText::tr("Answer each line \"N PATH\" of standard input with \"N ok\" or \"N refused: "
                                   "MESSAGE\" until the input ends.")) },
        {}
    };
    return commands;
}

} // namespace

CliOption jsonOption()
{
    return flag(QStringLiteral("json"), CommandLineText::tr("Print JSON instead of text."));
}

CliOption evalOption()
{
    return flag(QStringLiteral("eval"),
                CommandLineText::tr("Switch the module to evaluation mode first (module.eval())."));
}

CliOption flag(const QString& name, const QString& text)
{
    return makeOption({ name }, QString(), text);
}

CliOption valued(const QString& name, const QString& value, const QString& text, bool repeatable)
{
    CliOption option = makeOption({ name }, value, text);
    option.repeatable = repeatable;
    return option;
}

CliOption makeOption(const QStringList& names, const QString& value, const QString& text)
{
    CliOption option;
    option.names = names;
    option.value = value;
    option.text = text;
    return option;
}

QString CliOption::synopsis() const
{
    QStringList parts;
    for (const QString& name : names)
        parts << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString line = parts.join(QLatin1String(", "));
    if (!value.isEmpty())
        line += QLatin1Char(' ') + value;
    return line;
}

const CliOption* CliCommand::option(const QString& longName) const
{
    for (const CliOption& o : options)
        if (o.longName() == longName)
            return &o;
    return nullptr;
}

QSet<QString> CliCommand::valueOptions() const
{
    QSet<QString> names;
    for (const CliOption& o : options)
        if (!o.value.isEmpty() && o.longName() != restOption)
            names.insert(o.longName());
    return names;
}

QSet<QString> CliCommand::flagOptions() const
{
    QSet<QString> names { QStringLiteral("help") };
    for (const CliOption& o : options)
        if (o.value.isEmpty())
            names.insert(o.longName());
    return names;
}

const QList<CliCommand>& cliCommands()
{
    // Made on first use, after main() installed the translators.
    static const QList<CliCommand> commands = makeCommands();
    return commands;
}

const CliCommand* cliCommand(const QString& name)
{
    for (const CliCommand& c : cliCommands())
        if (c.name == name)
            return &c;
    return nullptr;
}

const QList<CliOption>& cliGlobalOptions()
{
    static const QList<CliOption> options {
        valued(QStringLiteral("map-location"), CommandLineText::tr("DEVICE"),
               CommandLineText::tr(
                   "Load the archive's tensors onto DEVICE (cpu, cuda:N). Without it, a model saved on a GPU this "
                   "machine lacks opens on the CPU.")),
        flag(QStringLiteral("verbose"), CommandLineText::tr("Print libtorch's whole message under a refusal.")),
        flag(QStringLiteral("no-guard"),
             CommandLineText::tr("Load archives without the crash guard: by default an archive whose code was not "
                                 "checked before is first loaded in a helper process, so that a file that crashes "
                                 "libtorch is refused. For trusted batch runs.")),
        valued(QStringLiteral("ops-library"), CommandLineText::tr("PATH"),
               CommandLineText::tr("Load an operator library first (torchvision's _C*.so for torchvision::nms), as "
                                   "torch.ops.load_library does; repeatable."),
               true),
    };
    return options;
}

CliOption cliHelpOption()
{
    return makeOption({ QStringLiteral("h"), QStringLiteral("help") }, QString(),
                      CommandLineText::tr("Show the options and exit."));
}

CliOption versionOption()
{
    return makeOption({ QStringLiteral("v"), QStringLiteral("version") }, QString(),
                      CommandLineText::tr("Print the version, the revision, the versions of libtorch, Qt and Graphviz, "
                                          "and the license."));
}

QString cliDescription()
{
    return CommandLineText::tr(
        "Inspects TorchScript archives (.pt files written by torch.jit.save) without Python: prints their "
        "modules, parameters, code and IR, lays out and draws their graphs, runs their methods, compares two "
        "archives and trains them. Standard output holds only the command's answer; what a model's code "
        "print()s goes to standard error, so --json output stays valid JSON.");
}

QString cliExitStatus()
{
    return CommandLineText::tr(
        "Exit status: 0 success, 1 the file or the request cannot be used (the message is on standard "
        "error), 2 a usage error.");
}

QString globalOptionList()
{
    QStringList names;
    for (const CliOption& o : cliGlobalOptions())
        names << o.synopsis();
    return names.join(QLatin1String(", "));
}

QString commandList()
{
    QStringList names;
    for (const CliCommand& c : cliCommands())
        names << c.name;
    return names.join(QLatin1String(", "));
}

QString cliOverviewHelp()
{
    constexpr int kColumn = 30;
    QString text = CommandLineText::tr("Usage: jitscope-cli COMMAND ARGUMENTS [OPTIONS]") + QStringLiteral("\n\n")
        + wrapText(cliDescription(), 100, 0, 0) + QStringLiteral("\n\n") + CommandLineText::tr("Commands:")
        + QLatin1Char('\n');
    for (const CliCommand& c : cliCommands()) {
        QString head = QStringLiteral("  %1 %2").arg(c.name, c.arguments);
        head += head.size() < kColumn ? QString(kColumn - head.size(), QLatin1Char(' '))
                                      : QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        text += head + c.summary + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + CommandLineText::tr("Every command also takes:") + QLatin1Char('\n');
    for (const CliOption& o : cliGlobalOptions()) {
        QString head = QStringLiteral("  ") + o.synopsis();
        head += QString(qMax(1, kColumn - int(head.size())), QLatin1Char(' '));
        text += head + wrapText(o.text, 100, kColumn, int(head.size())) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + CommandLineText::tr("Run 'jitscope-cli COMMAND --help' for a command's options,")
        + QLatin1Char('\n') + CommandLineText::tr("'jitscope-cli --version' for the version and the license.")
        + QLatin1Char('\n') + wrapText(cliExitStatus(), 100, 0, 0) + QLatin1Char('\n');
    return text;
}

QString cliCommandHelp(const CliCommand& command)
{
    QString text = CommandLineText::tr("Usage: jitscope-cli %1 %2 [OPTIONS]").arg(command.name, command.arguments)
        + QStringLiteral("\n\n") + wrapText(command.description, 100, 0, 0) + QStringLiteral("\n\n")
        + CommandLineText::tr("Options:") + QLatin1Char('\n');
    QList<CliOption> options = command.options;
    options << cliHelpOption();
    int column = 0;
    for (const CliOption& o : std::as_const(options))
        column = qMax(column, int(o.synopsis().size()) + 4);
    column = qMin(column, 28);
    for (const CliOption& o : std::as_const(options)) {
        QString head = QStringLiteral("  ") + o.synopsis();
        head += head.size() + 2 <= column ? QString(column - head.size(), QLatin1Char(' '))
                                          : QLatin1Char('\n') + QString(column, QLatin1Char(' '));
        const int written = int(head.size() - head.lastIndexOf(QLatin1Char('\n')) - 1);
        text += head + wrapText(o.text, 100, column, written) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + wrapText(CommandLineText::tr("Every command also takes %1 (jitscope-cli --help).").arg(globalOptionList()),
                   100, 0, 0)
        + QLatin1Char('\n');
    return text;
}

WindowCommandLine windowCommandLine(const QStringList& examples)
{
    WindowCommandLine w;
    w.description = CommandLineText::tr(
        "Desktop explorer for TorchScript archives: the module tree, parameters, methods, code and "
        "IR graphs, drawn; runs methods, compares two graphs and trains.");
    w.arguments = CommandLineText::tr("[FILE...]");
    w.argumentsText = CommandLineText::tr("TorchScript archives to open, one window each.");
    w.options << valued(QStringLiteral("example"), CommandLineText::tr("NAME"),
                        CommandLineText::tr("Open a bundled example: %1.").arg(examples.join(QLatin1String(", "))))
              << valued(QStringLiteral("diff"), CommandLineText::tr("A.pt"),
                        CommandLineText::tr("Compare the forward methods of two archives: --diff A.pt B.pt."));
    return w;
}

QCommandLineOption toCommandLineOption(const CliOption& option)
{
    return QCommandLineOption(option.names, option.text, option.value, option.defaultValue);
}

QString wrapText(const QString& text, int width, int indent, int firstIndent)
{
    QString out;
    int column = firstIndent;
    const QString pad(indent, QLatin1Char(' '));
    bool firstLine = true;
    auto newLine = [&] {
        out += QLatin1Char('\n') + pad;
        column = indent;
    };
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!firstLine)
            newLine();
        firstLine = false;
        if (line.startsWith(QLatin1String("  ")) || line.isEmpty()) {
            out += line;
            column += int(line.size());
            continue;
        }
        bool lineStart = true;
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lineStart && column + 1 + word.size() > width)
                newLine(), lineStart = true;
            if (!lineStart)
                out += QLatin1Char(' '), ++column;
            out += word;
            column += int(word.size());
            lineStart = false;
        }
    }
    // Blank lines keep no trailing indentation.
    while (out.contains(QLatin1Char('\n') + pad + QLatin1Char('\n')) && indent > 0)
        out.replace(QLatin1Char('\n') + pad + QLatin1Char('\n'), QStringLiteral("\n\n"));
    return out;
}

} // namespace jitscope
