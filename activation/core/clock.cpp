// SPDX-License-Identifier: BSD-3-Clause
#include "clock.h"

namespace Keyway {

namespace {
const Clock *s_clock = nullptr;
}

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::instance()
{
    static const Clock systemClock;
    return s_clock ? *s_clock : systemClock;
}

void Clock::setInstance(const Clock *clock)
{
    s_clock = clock;
}

} // namespace Keyway
