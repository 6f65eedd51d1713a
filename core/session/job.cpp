// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/job.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <vector>

namespace jitscope {

struct JobHost::Tracked
{
    QMutex mutex;
    QHash<QPair<const QObject*, QString>, std::weak_ptr<JobControl>> latest;
    std::vector<std::weak_ptr<JobControl>> all;
    size_t pruneAt = 64;
};

// libtorch compiles TorchScript recursively, per call and per nesting level: a chain of 1,500
// functions overflows a default 8 MB stack. The crash guard passes code without a trial
// compile only when it is ordinary (at most 2,000 functions, 200 levels deep: CodeShape), and
// the engine thread's stack holds well more than that. Only the pages used are committed.
constexpr uint kEngineStackSize = 256u << 20;

JobHost::JobHost(const QString& threadName, QObject* parent)
    : QObject(parent)
    , m_tracked(std::make_shared<Tracked>())
    , m_worker(std::make_unique<WorkerThread>(threadName, kEngineStackSize))
{ }

JobHost::~JobHost()
{
    shutDown();
}

void JobHost::shutDown()
{
    cancelAll();
    m_worker.reset();
}

void JobHost::post(std::function<void()> work, WorkerThread::Priority priority)
{
    if (m_worker)
        m_worker->post(std::move(work), priority);
}

bool JobHost::isWorkerThread() const
{
    return m_worker && m_worker->isCurrent();
}

std::shared_ptr<JobControl> JobHost::track(const QObject* context, const QString& tag)
{
    auto control = std::make_shared<JobControl>();
    QMutexLocker lock(&m_tracked->mutex);
    Tracked& t = *m_tracked;
    if (t.all.size() >= t.pruneAt) {
        // Finished jobs leave expired entries behind: drop them now and then.
        t.all.erase(
            std::remove_if(t.all.begin(), t.all.end(), [](const std::weak_ptr<JobControl>& w) { return w.expired(); }),
            t.all.end());
        for (auto it = t.latest.begin(); it != t.latest.end();)
            it = it->expired() ? t.latest.erase(it) : std::next(it);
        t.pruneAt = std::max<size_t>(64, 2 * t.all.size());
    }
    t.all.push_back(control);
    if (!tag.isEmpty()) {
        std::weak_ptr<JobControl>& slot = t.latest[qMakePair(context, tag)];
        if (const auto previous = slot.lock())
            previous->cancel();
        slot = control;
    }
    return control;
}

void JobHost::stop(const QObject* context, const QString& tag)
{
    QMutexLocker lock(&m_tracked->mutex);
    if (const auto control = m_tracked->latest.value(qMakePair(context, tag)).lock())
        control->requestStop();
}

void JobHost::cancel(const QObject* context, const QString& tag)
{
    QMutexLocker lock(&m_tracked->mutex);
    if (const auto control = m_tracked->latest.value(qMakePair(context, tag)).lock())
        control->cancel();
}

void JobHost::cancelAll()
{
    QMutexLocker lock(&m_tracked->mutex);
    for (const auto& w : m_tracked->all)
        if (const auto control = w.lock())
            control->cancel();
}

void JobHost::deliver(const QPointer<QObject>& context, const std::shared_ptr<JobControl>& control,
                      std::function<void()> f)
{
    // Posted to the host, which outlives its worker threads; the context is checked on arrival,
    // on the thread it lives on.
    QMetaObject::invokeMethod(
        this,
        [context, control, f = std::move(f)] {
            if (context && !control->cancelled())
                f();
        },
        Qt::QueuedConnection);
}

} // namespace jitscope
