// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workerthread.h"

#include <QMetaObject>

namespace jitscope {

WorkerThread::WorkerThread(const QString& name, uint stackSize)
    : m_receiver(new QObject)
{
    m_thread.setObjectName(name);
    if (stackSize > 0)
        m_thread.setStackSize(stackSize);
    m_receiver->moveToThread(&m_thread);
    m_thread.start();
}

WorkerThread::~WorkerThread()
{
    m_thread.quit();
    m_thread.wait();
    delete m_receiver; // its queued work goes with it
}

void WorkerThread::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_receiver, std::move(work), Qt::QueuedConnection);
}

} // namespace jitscope
