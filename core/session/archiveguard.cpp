// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/archiveguard.h"

#include "checkpoint/checkpoint.h"

#include "common/operatorlibraries.h"
#include "common/usererror.h"
#include "engine/model/loadedarchive.h"
#include "session/helperprotocol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <utility>

namespace jitscope {

namespace {

const QString kSettingsKey = QStringLiteral("guard/passedCode");
constexpr qsizetype kRemembered = 500;

// The settings the window and jitscope-cli share: code checked by either passes in both (the
// window's organization, JitScope; jitscope-cli names none; tests name their own).
QSettings guardSettings()
{
    const QString organization = QCoreApplication::organizationName();
    return QSettings(QSettings::IniFormat, QSettings::UserScope,
                     organization.isEmpty() ? QStringLiteral("JitScope") : organization, QStringLiteral("guard"));
}

} // namespace

ArchiveGuard::ArchiveGuard(const QString& helper, QObject* parent)
    : QObject(parent)
    , m_helper(QFileInfo(helper).isExecutable() ? helper : QString())
    , m_timer(new QTimer(this))
{
    for (const QString& key : guardSettings().value(kSettingsKey).toStringList())
        m_passed.insert(key.toLatin1());
    m_timer->setSingleShot(true);
    m_timer->setInterval(kTimeoutMs);
    connect(m_timer, &QTimer::timeout, this,
            [this] { onHelperGone(tr("libtorch did not finish reading it within %1 s").arg(kTimeoutMs / 1000)); });
    // Warm for the next open, but not while the window draws its first one: libtorch's start-up
    // in the helper takes a core for half a second. An open that needs it starts it at once.
    if (isActive())
        QTimer::singleShot(kWarmUpDelayMs, this, [this] {
            if (!m_process)
                startHelper();
        });
}

ArchiveGuard::~ArchiveGuard()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->closeWriteChannel();
        if (!m_process->waitForFinished(1000))
            m_process->kill();
    }
}

void ArchiveGuard::checkCodeLoads(const QString& path)
{
    LoadedArchive::checkCodeLoads(path);
}

QByteArray ArchiveGuard::codeKey(const QString& path)
{
    return LoadedArchive::codeKey(path);
}

QString ArchiveGuard::defaultHelper()
{
    return helper::program();
}

void ArchiveGuard::check(const QString& path, QObject* context, Done done)
{
    QByteArray key;
    // A checkpoint is read by the restricted reader in this process (libtorch never sees it).
    if (isActive() && !Checkpoint::looksLikeCheckpoint(path)) {
        try {
            key = codeKey(path);
        } catch (const UserError&) {
            key.clear(); // not an archive the session could open either: it will say why
        }
    }
    if (key.isEmpty() || m_passed.contains(key)) {
        QTimer::singleShot(0, context, [done] { done(QString()); });
        return;
    }
    m_queue << Request { path, key, context, std::move(done) };
    if (!m_sent)
        sendNext();
}

void ArchiveGuard::startHelper()
{
    m_libraries = OperatorLibraries::loaded();
    const QStringList args = helper::checkArguments(m_libraries) << QStringLiteral("--serve");
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ArchiveGuard::onOutput);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onHelperGone(status == QProcess::CrashExit ? tr("libtorch crashed while reading it")
                                                   : tr("the checking process ended (exit status %1)").arg(code));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_helper.clear(); // no guard from now on rather than none at all working
            m_timer->stop();
            dropHelper();
            m_sent = false;
            const QList<Request> waiting = std::exchange(m_queue, {});
            for (const Request& r : waiting)
                if (r.context)
                    r.done(QString());
        }
    });
    m_process->start(m_helper, args);
}

void ArchiveGuard::dropHelper()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(1000);
    m_process->deleteLater();
    m_process = nullptr;
}

void ArchiveGuard::sendNext()
{
    if (m_queue.isEmpty() || m_sent)
        return;
    // The helper loads the libraries the window has loaded, or their operators would stop it.
    if (m_process && m_libraries != OperatorLibraries::loaded())
        dropHelper();
    if (!m_process)
        startHelper();
    if (m_queue.isEmpty() || !m_process)
        return; // the helper could not start: every request was answered
    m_sent = true;
    m_buffer.clear();
    ++m_serial;
    m_process->write(helper::request(m_serial, m_queue.first().path));
    m_timer->start();
}

void ArchiveGuard::onOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end = -1;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        const helper::Answer answer = helper::parseAnswer(line, m_serial);
        if (!m_sent || answer == helper::Answer::Other)
            continue; // not the answer to the request out now
        m_timer->stop();
        // A clean refusal is the session's to say, with its details.
        finish(QString(), answer == helper::Answer::Passed);
        return;
    }
}

void ArchiveGuard::onHelperGone(const QString& why)
{
    m_timer->stop();
    dropHelper();
    if (m_sent && !m_queue.isEmpty()) {
        const QString path = m_queue.first().path;
        finish(refusalText(path, why) + QLatin1Char(' ') + tr("What was open stays open."), false);
    } else {
        m_sent = false;
        sendNext();
    }
}

void ArchiveGuard::finish(const QString& refusal, bool passed)
{
    const Request request = m_queue.takeFirst();
    m_sent = false;
    if (passed && !m_passed.contains(request.key)) {
        m_passed.insert(request.key);
        rememberPassed(request.key);
    }
    sendNext();
    if (request.context)
        request.done(refusal);
}

void ArchiveGuard::forgetPassed()
{
    guardSettings().remove(kSettingsKey);
}

void ArchiveGuard::rememberPassed(const QByteArray& key)
{
    QSettings settings = guardSettings();
    QStringList remembered = settings.value(kSettingsKey).toStringList();
    if (remembered.contains(QString::fromLatin1(key)))
        return;
    remembered << QString::fromLatin1(key);
    while (remembered.size() > kRemembered)
        remembered.removeFirst();
    settings.setValue(kSettingsKey, remembered);
}

QString ArchiveGuard::refusalText(const QString& path, const QString& why)
{
    return tr("%1: refused, because %2. Nothing was opened. The file may be damaged or made to attack libtorch's "
              "reader.")
        .arg(path, why);
}

QString ArchiveGuard::checkOnce(const QString& helper, const QString& path)
{
    if (!QFileInfo(helper).isExecutable())
        return {};
    QByteArray key;
    try {
        key = codeKey(path);
    } catch (const UserError&) {
        return {}; // not an archive the session could open either: it will say why
    }
    if (guardSettings().value(kSettingsKey).toStringList().contains(QString::fromLatin1(key)))
        return {};
    QStringList args = helper::checkArguments(OperatorLibraries::loaded());
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice()); // the verdict is its exit
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(helper, args << QStringLiteral("--") << path);
    if (!process.waitForStarted())
        return {}; // no guard rather than none working
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return refusalText(path, tr("libtorch did not finish reading it within %1 s").arg(kTimeoutMs / 1000));
    }
    if (process.exitStatus() == QProcess::CrashExit)
        return refusalText(path, tr("libtorch crashed while reading it"));
    if (process.exitCode() == 0)
        rememberPassed(key);
    return {}; // a clean refusal is the session's to say, with its details
}

} // namespace jitscope
