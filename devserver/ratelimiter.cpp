// SPDX-License-Identifier: BSD-3-Clause
#include "ratelimiter.h"

#include <algorithm>

namespace Keyway::DevServer {

qint64 RateLimiter::retryAfter(const QString &key, qint64 now)
{
    auto it = m_events.find(key);
    if (it == m_events.end())
        return 0;
    QList<qint64> &events = it.value();
    events.erase(std::remove_if(events.begin(), events.end(),
                                [&](qint64 time) { return time <= now - m_window; }),
                 events.end());
    if (events.size() < m_limit)
        return 0;
    // The oldest event in the window leaves it first.
    return std::max<qint64>(1, events.at(events.size() - m_limit) + m_window - now);
}

void RateLimiter::record(const QString &key, qint64 now)
{
    prune(now);
    m_events[key].append(now);
}

void RateLimiter::prune(qint64 now)
{
    // Keys nobody used for a window go, so that a flood of names does not grow the table.
    if (m_events.size() < 10000)
        return;
    for (auto it = m_events.begin(); it != m_events.end();) {
        if (it.value().isEmpty() || it.value().last() <= now - m_window)
            it = m_events.erase(it);
        else
            ++it;
    }
}

} // namespace Keyway::DevServer
