// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QThread>

#include <deque>
#include <functional>

namespace jitscope {

// A thread that runs queued work one item at a time: every item a person waits for (a graph, a
// call) in the order posted, and background items (statistics filled in on their own) only when
// no other item waits. The session's engine thread and its layout thread are each one of these.
class WorkerThread
{
public:
    enum class Priority { Normal, Background };

    explicit WorkerThread(const QString& name, uint stackSize = 0);
    ~WorkerThread(); // finishes the item running now, drops the queued ones, and joins
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    void post(std::function<void()> work, Priority priority = Priority::Normal);
    bool isCurrent() const { return QThread::currentThread() == &m_thread; }

private:
    void runNext();

    QThread m_thread;
    QObject* m_receiver;
    QMutex m_mutex;
    std::deque<std::function<void()>> m_normal;
    std::deque<std::function<void()>> m_background;
};

} // namespace jitscope
