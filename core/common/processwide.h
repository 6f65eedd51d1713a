// SPDX-FileCopyrightText: 2026 JitScope developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QMutexLocker>

#include <utility>

namespace jitscope {

// A value the whole process shares (the operator libraries loaded, the load settings, what a
// device can compute), behind a mutex of its own: reached only through with(), so no reader or
// writer can forget the lock. Made on first use; lives until the process ends. `Tag` names it (two
// of one type are two values): using Libraries = ProcessWide<struct LibrariesTag, QStringList>.
template <typename Tag, typename T> class ProcessWide
{
public:
    // Runs `f(value)` holding the lock; returns what `f` returns.
    template <typename F> static auto with(F&& f)
    {
        Storage& s = storage();
        const QMutexLocker lock(&s.mutex);
        return std::forward<F>(f)(s.value);
    }
    static T get()
    {
        return with([](const T& v) { return v; });
    }
    static void set(T value)
    {
        with([&](T& v) { v = std::move(value); });
    }

private:
    struct Storage
    {
        QMutex mutex;
        T value {};
    };
    static Storage& storage()
    {
        static Storage s;
        return s;
    }
};

} // namespace jitscope
