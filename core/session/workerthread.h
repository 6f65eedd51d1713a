// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>

#include <functional>

namespace jitscope {

// A thread that runs queued work in order, one item at a time. The session's engine thread and
// its layout thread are each one of these.
class WorkerThread
{
public:
    explicit WorkerThread(const QString& name, uint stackSize = 0);
    ~WorkerThread(); // finishes the item running now, drops the queued ones, and joins
    WorkerThread(const WorkerThread&) = delete;
    WorkerThread& operator=(const WorkerThread&) = delete;

    void post(std::function<void()> work);
    bool isCurrent() const { return QThread::currentThread() == &m_thread; }

private:
    QThread m_thread;
    QObject* m_receiver;
};

} // namespace jitscope
