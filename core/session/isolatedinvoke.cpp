// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/isolatedinvoke.h"

#include "common/operatorlibraries.h"
#include "common/usererror.h"
#include "session/helperprotocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace jitscope {

namespace {

struct IsolatedText
{
    Q_DECLARE_TR_FUNCTIONS(IsolatedInvoke)
};

// Values shown for an isolated result: enough for the result tree, small enough to read back.
constexpr int kMaxValues = 4096;
constexpr int kTimeoutMs = 10 * 60 * 1000;

} // namespace

QString IsolatedInvoke::unsupported(const QStringList& arguments)
{
    for (const QString& a : arguments)
        if (a.contains(QLatin1Char('$')))
            return IsolatedText::tr("An isolated run cannot use earlier results ($N): they live in this window's "
                                    "process.");
    return {};
}

void IsolatedInvoke::run(const IsolatedRequest& request, QObject* context, Done done, Failed failed)
{
    const QString program = helper::program();
    if (!QFileInfo(program).isExecutable()) {
        failed(IsolatedText::tr("An isolated run needs jitscope-cli beside this program (%1).").arg(program));
        return;
    }
    QStringList args { QStringLiteral("invoke"), request.path, request.method };
    args << request.arguments;
    if (!request.module.isEmpty())
        args << QStringLiteral("--module") << request.module;
    if (!request.device.isEmpty())
        args << QStringLiteral("--device") << request.device;
    if (!request.dtype.isEmpty())
        args << QStringLiteral("--dtype") << request.dtype;
    args << (request.training ? QStringLiteral("--train") : QStringLiteral("--eval"));
    args << QStringLiteral("--json") << QStringLiteral("--max-values") << QString::number(kMaxValues);
    args << helper::libraryArguments(OperatorLibraries::loaded());

    auto* process = new QProcess(context);
    QPointer<QObject> guard(context);
    QObject::connect(
        process, &QProcess::finished, context, [process, done, failed, guard](int code, QProcess::ExitStatus status) {
            process->deleteLater();
            if (!guard)
                return;
            if (status == QProcess::CrashExit) {
                failed(IsolatedText::tr("The call crashed its process (libtorch failed inside it); "
                                        "the window and its module are untouched."));
                return;
            }
            if (code != 0) {
                // The refusal comes last, after anything the method printed.
                QString message = QString::fromUtf8(process->readAllStandardError()).trimmed();
                const qsizetype at = message.lastIndexOf(QLatin1String("jitscope-cli: "));
                if (at >= 0)
                    message = message.mid(at + 14);
                failed(message);
                return;
            }
            // Only the JSON: what the method print()s goes to standard error.
            QJsonParseError error;
            const QJsonObject json = QJsonDocument::fromJson(process->readAllStandardOutput(), &error).object();
            if (error.error != QJsonParseError::NoError || !json.contains(QStringLiteral("outputs"))) {
                failed(IsolatedText::tr("The separate process's answer could not be read."));
                return;
            }
            InvokeResult result;
            result.historyIndex = -1;
            result.outputs = ValueInfo::fromJson(json.value(QStringLiteral("outputs")).toObject());
            result.latencyMs = json.value(QStringLiteral("latency_ms")).toDouble();
            done(result);
        });
    QObject::connect(process, &QProcess::errorOccurred, context, [process, failed, guard](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !guard)
            return;
        process->deleteLater();
        failed(IsolatedText::tr("jitscope-cli could not be started: %1").arg(process->errorString()));
    });
    // A call that hangs in the other process is ended after a while, not waited for forever.
    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [process, failed, guard] {
        process->disconnect();
        process->kill();
        process->waitForFinished(1000);
        process->deleteLater();
        if (guard)
            failed(IsolatedText::tr("The call did not finish within %1 minutes; its process was ended.")
                       .arg(kTimeoutMs / 60000));
    });
    timer->start(kTimeoutMs);
    process->start(program, args);
}

} // namespace jitscope
