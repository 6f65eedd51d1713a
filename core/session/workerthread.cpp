// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/workerthread.h"

#include <QMetaObject>
#include <QMutexLocker>

#include <atomic>

namespace jitscope {

namespace {

// The object the worker's wake-ups are queued to. It also marks the worker's end: QThread::wait()
// joins through Qt's own synchronisation, which ThreadSanitizer cannot see; this flag's release
// (the worker's last act) and acquire (after wait()) it can, so what the worker touched is known
// to be finished when the destructor goes on.
struct Receiver : QObject
{
    std::atomic<bool> finished { false };
};

} // namespace

WorkerThread::WorkerThread(const QString& name, uint stackSize)
    : m_receiver(new Receiver)
{
    m_thread.setObjectName(name);
    if (stackSize > 0)
        m_thread.setStackSize(stackSize);
    m_receiver->moveToThread(&m_thread);
    QObject::connect(
        &m_thread, &QThread::finished, m_receiver,
        [receiver = static_cast<Receiver*>(m_receiver)] { receiver->finished.store(true, std::memory_order_release); },
        Qt::DirectConnection);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
    [[maybe_unused]] const bool finished = static_cast<Receiver*>(m_receiver)->finished.load(std::memory_order_acquire);
    delete m_receiver; // its queued wake-ups go with it
    // Dropped items answer their askers that they ended unanswered: not while holding the lock.
    std::deque<std::function<void()>> normal, background;
    {
        const QMutexLocker lock(&m_mutex);
        normal.swap(m_normal);
        background.swap(m_background);
    }
}

void WorkerThread::post(std::function<void()> work, Priority priority)
{
    {
        const QMutexLocker lock(&m_mutex);
        (priority == Priority::Background ? m_background : m_normal).push_back(std::move(work));
    }
    // One wake-up per item: each runs the most urgent item waiting then, not necessarily its own.
    QMetaObject::invokeMethod(
        m_receiver, [this] { runNext(); }, Qt::QueuedConnection);
}

void WorkerThread::runNext()
{
    std::function<void()> work;
    {
        const QMutexLocker lock(&m_mutex);
        std::deque<std::function<void()>>& queue = m_normal.empty() ? m_background : m_normal;
        if (queue.empty())
            return;
        work = std::move(queue.front());
        queue.pop_front();
    }
    work();
}

} // namespace jitscope
