// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Keyway::DevServer {

/**
 * Counts events per key (an account, a client address) in a sliding window: once @p limit of
 * them fall within the window, retryAfter() says how long the key must wait. In memory only:
 * a restart forgets, which a dev server may.
 */
class RateLimiter
{
public:
    RateLimiter(int limit, qint64 windowSeconds) : m_limit(limit), m_window(windowSeconds) { }

    /// Seconds until @p key may try again; 0 when it may now.
    qint64 retryAfter(const QString &key, qint64 now);
    void record(const QString &key, qint64 now);
    void clear(const QString &key) { m_events.remove(key); }
    int limit() const { return m_limit; }

private:
    void prune(qint64 now);

    int m_limit;
    qint64 m_window;
    QHash<QString, QList<qint64>> m_events;
};

} // namespace Keyway::DevServer
