// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QDateTime>

namespace Keyway {

/**
 * The time as the license logic sees it. Tests and the clock guard replace it; everything else
 * asks Clock::now() instead of QDateTime directly.
 */
class KEYWAY_LICENSE_EXPORT Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const;

    /// The process-wide clock (the system clock unless a test set another).
    static const Clock &instance();
    /// Replace the process-wide clock; nullptr restores the system clock. Not owned.
    static void setInstance(const Clock *clock);
    static QDateTime current() { return instance().now(); }
};

/// A clock that says what it is told, for tests.
class KEYWAY_LICENSE_EXPORT FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime &time = QDateTime::currentDateTimeUtc()) : m_time(time) { }
    QDateTime now() const override { return m_time; }
    void set(const QDateTime &time) { m_time = time; }
    void advance(qint64 seconds) { m_time = m_time.addSecs(seconds); }

private:
    QDateTime m_time;
};

} // namespace Keyway
