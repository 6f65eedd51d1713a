// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/jobcontrol.h"
#include "common/usererror.h"
#include "session/workerthread.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace jitscope {

// How far a long job is: a fraction in [0, 1] (or -1 while a phase of unknown length runs) and
// the phase's name, for a progress bar.
struct Progress
{
    double fraction = -1;
    QString phase;
};

// The channel a running job answers through, from whichever thread it runs on. Exactly one of
// finish() and fail() takes effect; a reply dropped unanswered fails, so no asker waits forever.
template <typename T, typename P> class Reply
{
public:
    struct Handlers
    {
        std::function<void(T)> onResult;
        std::function<void(const UserError&)> onError;
        std::function<void(const P&)> onProgress;
    };

    Reply(std::shared_ptr<JobControl> control, Handlers handlers)
        : m_control(std::move(control))
        , m_handlers(std::move(handlers))
    { }
    ~Reply()
    {
        if (!m_done.exchange(true) && m_handlers.onError)
            m_handlers.onError(UserError(QStringLiteral("The request ended without an answer.")));
    }
    Reply(const Reply&) = delete;
    Reply& operator=(const Reply&) = delete;

    const JobControl& control() const { return *m_control; }
    void progress(const P& p) const
    {
        if (m_handlers.onProgress && !m_done.load())
            m_handlers.onProgress(p);
    }
    void finish(T value)
    {
        if (!m_done.exchange(true) && m_handlers.onResult)
            m_handlers.onResult(std::move(value));
    }
    void fail(const QString& message) { fail(UserError(message)); }
    void fail(const UserError& error)
    {
        if (!m_done.exchange(true) && m_handlers.onError)
            m_handlers.onError(error);
    }

private:
    std::shared_ptr<JobControl> m_control;
    Handlers m_handlers;
    std::atomic<bool> m_done { false };
};

template <typename T, typename P> using ReplyPtr = std::shared_ptr<Reply<T, P>>;

// What runs jobs: a worker thread, and the bookkeeping that makes the newest job of a tag win.
// Lives on the thread it was made on (the GUI thread); answers are delivered there.
class JobHost : public QObject
{
    Q_OBJECT
public:
    explicit JobHost(const QString& threadName, QObject* parent = nullptr);
    ~JobHost() override;

    // Queues `work` on the worker thread; background work waits for every other item queued.
    void post(std::function<void()> work, WorkerThread::Priority priority = WorkerThread::Priority::Normal);
    bool isWorkerThread() const;

    // A control for a new job of `context`; with a tag, the previous job of the same context and
    // tag is cancelled (latest wins), and stop() finds this one.
    std::shared_ptr<JobControl> track(const QObject* context, const QString& tag);
    // Asks the newest job of `context` and `tag` to stop early; it still answers.
    void stop(const QObject* context, const QString& tag);
    // Cancels the newest job of `context` and `tag`: its answer, if any is still to come, is dropped.
    void cancel(const QObject* context, const QString& tag);
    // Cancels every job (the host is closing).
    void cancelAll();

    // Runs `f` on the host's thread, unless `context` is gone or the job was cancelled by then.
    void deliver(const QPointer<QObject>& context, const std::shared_ptr<JobControl>& control, std::function<void()> f);

protected:
    // Cancels every job and joins the worker thread. A derived host calls it first thing in its
    // destructor, while the state its jobs use still exists.
    void shutDown();

private:
    struct Tracked;
    std::shared_ptr<Tracked> m_tracked;
    std::unique_ptr<WorkerThread> m_worker;
};

// A request to a session, not yet sent: the caller sends it with then() (answers delivered to a
// context object) or wait() (blocks; for the CLI and tests), after naming a tag or a progress
// callback if it wants them. The same job serves both, so the two can never disagree.
template <typename T, typename P = Progress> class [[nodiscard]] Job
{
public:
    using Work = std::function<void(const ReplyPtr<T, P>&)>; // runs on the host's worker thread

    Job(JobHost* host, Work work)
        : m_host(host)
        , m_work(std::move(work))
    { }

    // Latest wins: a newer job of the same context and tag makes this one's answer stale.
    Job& tag(const QString& tag)
    {
        m_tag = tag;
        return *this;
    }
    // Runs only when no other job waits: work nobody is looking at yet (statistics filled in on
    // their own) never delays a graph or a call.
    Job& background()
    {
        m_priority = WorkerThread::Priority::Background;
        return *this;
    }
    // With then(): called on the host's thread; with wait(): on the worker thread, as it happens.
    Job& onProgress(std::function<void(const P&)> f)
    {
        m_onProgress = std::move(f);
        return *this;
    }

    // Sends the job; onResult or onError runs later on the host's thread, unless `context` is
    // gone or a newer job of the same tag was sent meanwhile. `context` lives on the host's thread.
    // onError gets the message, or the whole UserError (its kind and subject) where it acts on it.
    void then(QObject* context, std::function<void(const T&)> onResult, std::function<void(const QString&)> onError)
    {
        std::function<void(const UserError&)> typed;
        if (onError)
            typed = [onError = std::move(onError)](const UserError& e) { onError(e.message()); };
        then(context, std::move(onResult), std::move(typed));
    }
    void then(QObject* context, std::function<void(const T&)> onResult,
              std::function<void(const UserError&)> onError = {})
    {
        Q_ASSERT(context && context->thread() == m_host->thread());
        JobHost* host = m_host;
        const QPointer<QObject> guard(context);
        const std::shared_ptr<JobControl> control = host->track(context, m_tag);
        typename Reply<T, P>::Handlers handlers;
        auto ok = std::make_shared<std::function<void(const T&)>>(std::move(onResult));
        auto error = std::make_shared<std::function<void(const UserError&)>>(std::move(onError));
        handlers.onResult = [host, guard, control, ok](T value) {
            host->deliver(guard, control, [ok, value = std::move(value)] {
                if (*ok)
                    (*ok)(value);
            });
        };
        handlers.onError = [host, guard, control, error](const UserError& e) {
            host->deliver(guard, control, [error, e] {
                if (*error)
                    (*error)(e);
            });
        };
        if (m_onProgress) {
            auto progress = std::make_shared<std::function<void(const P&)>>(std::move(m_onProgress));
            handlers.onProgress = [host, guard, control, progress](const P& p) {
                host->deliver(guard, control, [progress, p] { (*progress)(p); });
            };
        }
        send(std::make_shared<Reply<T, P>>(control, std::move(handlers)));
    }

    // Sends the job and waits for its answer. Throws the job's UserError. Never call it on the
    // host's worker thread.
    T wait()
    {
        Q_ASSERT(!m_host->isWorkerThread());
        // A std::mutex, not a QSemaphore: ThreadSanitizer sees the hand-over of the answer only
        // through synchronisation it instruments, and Qt's own is compiled without it.
        std::optional<T> value;
        std::optional<UserError> error;
        std::mutex mutex;
        std::condition_variable answered;
        bool done = false;
        auto answer = [&](auto store) {
            const std::lock_guard lock(mutex);
            store();
            done = true;
            answered.notify_one();
        };
        typename Reply<T, P>::Handlers handlers;
        handlers.onResult = [&](T v) { answer([&] { value = std::move(v); }); };
        handlers.onError = [&](const UserError& e) { answer([&] { error = e; }); };
        handlers.onProgress = m_onProgress;
        send(std::make_shared<Reply<T, P>>(m_host->track(nullptr, m_tag), std::move(handlers)));
        std::unique_lock lock(mutex);
        answered.wait(lock, [&] { return done; });
        if (!value)
            throw error ? *error : UserError(QStringLiteral("The request ended without an answer."));
        return std::move(*value);
    }

private:
    void send(ReplyPtr<T, P> reply)
    {
        m_host->post(
            [work = std::move(m_work), reply = std::move(reply)]() mutable {
                if (!reply->control().cancelled())
                    work(reply);
            },
            m_priority);
    }

    JobHost* m_host;
    Work m_work;
    QString m_tag;
    WorkerThread::Priority m_priority = WorkerThread::Priority::Normal;
    std::function<void(const P&)> m_onProgress;
};

// Runs `f()`; if it throws, fails `reply` with the message and returns false. UserError's message
// reaches the asker as it is; any other exception is a bug, but it still must not take the
// session down.
template <typename T, typename P, typename F> bool attempt(const ReplyPtr<T, P>& reply, F f)
{
    try {
        f();
        return true;
    } catch (const UserError& e) {
        reply->fail(e);
    } catch (const std::exception& e) {
        reply->fail(cleanErrorText(QString::fromLocal8Bit(e.what())));
    }
    return false;
}

// Answers `reply` with what `f()` returns, or with the message of what it throws.
template <typename T, typename P, typename F> void answer(const ReplyPtr<T, P>& reply, F f)
{
    attempt(reply, [&] { reply->finish(f()); });
}

// A job whose work is one synchronous call on the worker thread: `f(reply)` returns the answer.
template <typename T, typename P = Progress, typename F> Job<T, P> makeJob(JobHost* host, F f)
{
    return Job<T, P>(host,
                     [f = std::move(f)](const ReplyPtr<T, P>& reply) { answer(reply, [&] { return f(*reply); }); });
}

} // namespace jitscope
