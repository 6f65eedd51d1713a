// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QTimer;

namespace jitscope {

// Keeps a crash inside libtorch's deserializer or compiler out of the window. libtorch is not
// hardened against hostile files: code nested 100,000 deep overflows its parser's stack, and
// Python's torch.jit.load crashes on it too. Before the window loads an archive whose code it
// has not seen, a helper process (`jitscope-cli check --serve`, started once and kept warm)
// loads that code with every tensor record left empty; if the helper dies, the archive is
// refused and the window keeps what it had. Code that passed is remembered by its hash, so an
// archive opened again (or another with the same code) costs nothing.
class ArchiveGuard : public QObject
{
    Q_OBJECT
public:
    // `helper`: the jitscope-cli to run; empty or missing: no guard (every check passes).
    explicit ArchiveGuard(const QString& helper = defaultHelper(), QObject* parent = nullptr);
    ~ArchiveGuard() override;

    // $JITSCOPE_CLI, else jitscope-cli beside this program.
    static QString defaultHelper();
    bool isActive() const { return !m_helper.isEmpty(); }

    // Answers on this object's thread: `refusal` empty when the archive may be loaded (its code
    // loaded in the helper, or failed there cleanly, which the session will say again), else
    // why not (the helper crashed or hung on it).
    using Done = std::function<void(const QString& refusal)>;
    void check(const QString& path, QObject* context, Done done);
    // The same check, waited for, in a helper process of its own (jitscope-cli's guard, where
    // every command loads one or two archives): the refusal, or empty. Code that passed before,
    // here or in the window, passes at once.
    static QString checkOnce(const QString& helper, const QString& path);
    // Forgets the code that passed (a guard made after this checks everything again).
    static void forgetPassed();
    // The helper's side: loads the archive's code as libtorch would (LoadedArchive::checkCodeLoads),
    // in this process; throws UserError when it fails cleanly. A crash here is what the guard sees.
    static void checkCodeLoads(const QString& path);
    // What identifies the archive's code (its code records hashed), as remembered once passed.
    static QByteArray codeKey(const QString& path);

    // How long the helper may take for one archive before it counts as hung.
    static constexpr int kTimeoutMs = 60000;
    // How long after the guard is made its helper starts, unless an open needs it sooner.
    static constexpr int kWarmUpDelayMs = 3000;

private:
    struct Request
    {
        QString path;
        QByteArray key;
        QPointer<QObject> context; // gone: the answer is dropped
        Done done;
    };
    void startHelper();
    void dropHelper(); // ends the helper, if any, without hearing from it again
    void sendNext();
    void onOutput();
    void onHelperGone(const QString& why);
    void finish(const QString& refusal, bool passed);
    static QString refusalText(const QString& path, const QString& why);
    static void rememberPassed(const QByteArray& key); // in the settings, the newest kRemembered

    QString m_helper;
    QProcess* m_process = nullptr;
    QTimer* m_timer = nullptr;
    QList<Request> m_queue; // the first one is with the helper
    bool m_sent = false;
    QByteArray m_buffer;
    QSet<QByteArray> m_passed;
    QStringList m_libraries; // the operator libraries the helper was started with
    qint64 m_serial = 0; // numbers the requests, so that only the answer to the current one counts
};

} // namespace jitscope
