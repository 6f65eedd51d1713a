// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliobserve.h"

#include "cliinvoke.h"
#include "clioptions.h"

#include "common/textformat.h"
#include "common/usererror.h"
#include "session/modelsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace jitscope {

namespace {

struct CliObserveText
{
    Q_DECLARE_TR_FUNCTIONS(jitscope::CliObserve)
};

QString msText(const std::optional<double>& ms)
{
    return ms ? QStringLiteral("%1 ms").arg(*ms, 0, 'f', 3) : QStringLiteral("-");
}

QString padded(const QString& text, qsizetype width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

// The module summary, one row a module, indented by depth: torchinfo's table.
QString moduleTable(const ObservedRun& run)
{
    const QStringList head { CliObserveText::tr("Module"),     CliObserveText::tr("Type"), CliObserveText::tr("Output"),
                             CliObserveText::tr("Parameters"), CliObserveText::tr("MACs"), CliObserveText::tr("Time") };
    QList<QStringList> rows;
    for (const ObservedModule& m : run.modules) {
        const QString name = m.path.isEmpty() ? CliObserveText::tr("(root)") : m.path.section(QLatin1Char('.'), -1);
        rows << QStringList { QString(2 * m.depth, QLatin1Char(' '))
                                  + (m.depth == 0 && !m.path.isEmpty() ? m.path : name),
                              m.type + (m.calls > 1 ? QStringLiteral(" ×%1").arg(m.calls) : QString()),
                              m.outputShapes.join(QLatin1String(", ")),
                              formatCount(m.parameters),
                              formatMacs(m.macs),
                              msText(m.timeMs) };
    }
    QList<qsizetype> widths;
    for (const QString& h : head)
        widths << h.size();
    for (const QStringList& r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], std::min<qsizetype>(r[i].size(), 48));
    auto line = [&](const QStringList& cells) -> QString {
        QStringList out;
        for (int i = 0; i < cells.size(); ++i)
            out << padded(cells[i], widths[i], i >= 3);
        QString text = out.join(QLatin1String("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString t = line(head);
    for (const QStringList& r : rows)
        t += line(r);
    return t;
}

// The ops that took longest, by self time.
QString slowestOps(const ObservedRun& run, int count)
{
    QList<const ObservedNode*> ops;
    for (const ObservedNode& n : run.nodes)
        if (n.selfMs && n.callee.isEmpty())
            ops << &n;
    std::sort(ops.begin(), ops.end(),
              [](const ObservedNode* a, const ObservedNode* b) { return *a->selfMs > *b->selfMs; });
    const double total = run.timeMs.value_or(0);
    QString t;
    for (int i = 0; i < ops.size() && i < count; ++i) {
        const ObservedNode& n = *ops[i];
        t += QStringLiteral("  %1  %2  %3  %4\n")
                 .arg(padded(n.kind, 22), padded(n.module.isEmpty() ? CliObserveText::tr("(root)") : n.module, 28),
                      padded(msText(n.selfMs), 12, true),
                      total > 0 ? QStringLiteral("%1%").arg(100.0 * *n.selfMs / total, 5, 'f', 1) : QString());
    }
    return t;
}

QString summaryText(const ObservedRun& run)
{
    QString t = moduleTable(run);
    t += CliObserveText::tr("\nTotal: %1 parameters, %2 MACs").arg(formatCount(run.parameters), formatMacs(run.macs));
    if (run.timeMs)
        t += CliObserveText::tr(", %1 (median of %n timed run(s) after a warm-up)", nullptr, run.repeat)
                 .arg(msText(run.timeMs));
    t += QLatin1Char('\n');
    if (!run.timingNote.isEmpty())
        t += CliObserveText::tr("Time: %1.\n").arg(run.timingNote);
    if (run.repeat > 0) {
        t += CliObserveText::tr("\nSlowest ops (self time, share of the call):\n");
        t += slowestOps(run, 10);
    }
    QStringList nonFinite;
    for (const ObservedValue& v : run.values)
        if (v.nonFinite)
            nonFinite << QStringLiteral("  %1 (%2, %3)").arg(v.name, v.kind, v.node);
    if (!nonFinite.isEmpty())
        t += CliObserveText::tr("\nValues with NaN or Inf, in the order computed:\n")
            + nonFinite.join(QLatin1Char('\n')) + QLatin1Char('\n');
    t += CliObserveText::tr("\n%n value(s) recorded", nullptr, int(run.values.size()));
    if (run.keptBytes > 0 || run.notKept > 0)
        t += CliObserveText::tr(", %1 of tensors kept").arg(formatBytes(run.keptBytes));
    if (run.notKept > 0)
        t += CliObserveText::tr(", %n over the budget (statistics only)", nullptr, run.notKept);
    t += QStringLiteral(".\n");
    if (run.result)
        t += CliObserveText::tr("\nOutputs:\n") + valueText(run.result->outputs, 2);
    return t;
}

// "0042_layer1.0.conv1__input.3.npy": the order computed, the module and the value's name (a key
// holds the whole call path, too long for a file name).
QString fileNameFor(int index, const ObservedValue& v)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = (v.module.isEmpty() ? QStringLiteral("root") : v.module) + QStringLiteral("__") + v.name;
    name.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1_%2.npy").arg(index, 4, 10, QLatin1Char('0')).arg(name.left(180));
}

} // namespace

int runObserveCommand(const QStringList& args, FILE* out, FILE* err)
{
    const QString command = QStringLiteral("observe");
    Parsed p;
    if (const std::optional<int> done = parseCommand(command, args, out, err, p))
        return *done;
    if (p.positional.isEmpty())
        return usage(err, command, CliObserveText::tr("missing FILE."));
    ObserveRequest request;
    request.call.module = p.values.value(QStringLiteral("module"));
    bool ok = true;
    request.repeat
        = p.values.contains(QStringLiteral("repeat")) ? p.values.value(QStringLiteral("repeat")).toInt(&ok) : 3;
    if (!ok || request.repeat < 0)
        return usage(err, command, CliObserveText::tr("--repeat needs a whole number >= 0."));
    const QString keepDir = p.values.value(QStringLiteral("keep-tensors"));
    request.keepBytes = 0;
    if (!keepDir.isEmpty()) {
        const double mib = p.values.contains(QStringLiteral("keep-budget"))
            ? p.values.value(QStringLiteral("keep-budget")).toDouble(&ok)
            : 1024.0;
        if (!ok || mib < 0)
            return usage(err, command, CliObserveText::tr("--keep-budget needs a number of MiB >= 0."));
        request.keepBytes = qint64(mib * 1024 * 1024);
    }
    const bool json = p.flags.contains(QStringLiteral("json"));
    return reportErrors(err, [&]() -> int {
        ModelSession session;
        const SnapshotPtr snapshot = session.open(p.positional[0]).wait();
        // METHOD may be left out: a first argument that names a method of the module is one.
        QStringList arguments = p.positional.mid(1);
        if (!arguments.isEmpty() && snapshot->method(request.call.module, arguments.first())) {
            request.call.method = arguments.takeFirst();
        }
        request.call.arguments = arguments;
        if (p.flags.contains(QStringLiteral("train")) || p.flags.contains(QStringLiteral("eval")))
            session.setTraining(p.flags.contains(QStringLiteral("train"))).wait();
        if (p.values.contains(QStringLiteral("device")) || p.values.contains(QStringLiteral("dtype")))
            session.moveTo(p.values.value(QStringLiteral("device")), p.values.value(QStringLiteral("dtype"))).wait();
        const ObservedRunPtr run = session.observe(request).wait();
        if (!keepDir.isEmpty()) {
            if (!QDir().mkpath(keepDir))
                throw UserError(CliObserveText::tr("Cannot create the folder %1.").arg(keepDir));
            for (int i = 0; i < run->values.size(); ++i)
                if (run->values[i].kept)
                    session
                        .exportTensor(TensorRef::observed(run->values[i].key),
                                      QDir(keepDir).filePath(fileNameFor(i, run->values[i])))
                        .wait();
        }
        if (json)
            write(out, QString::fromUtf8(QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented)));
        else
            write(out, summaryText(*run));
        if (!run->error.isEmpty()) {
            write(err,
                  errorText(run->error,
                            run->failedNode.isEmpty()
                                ? QString()
                                : CliObserveText::tr("(in node %1; what ran before it is recorded above)")
                                      .arg(run->failedNode)));
            return 1;
        }
        return 0;
    });
}

} // namespace jitscope
