// SPDX-License-Identifier: BSD-3-Clause
#include "licensestatus.h"

namespace Keyway {

QString LicenseStatus::stateName(State state)
{
    switch (state) {
    case State::Valid:
        return QStringLiteral("valid");
    case State::Expired:
        return QStringLiteral("expired");
    case State::WrongDevice:
        return QStringLiteral("wrongDevice");
    case State::WrongAccount:
        return QStringLiteral("wrongAccount");
    case State::Tampered:
        return QStringLiteral("tampered");
    case State::UnknownKey:
        return QStringLiteral("unknownKey");
    case State::Denied:
        return QStringLiteral("denied");
    case State::RenewalDue:
        return QStringLiteral("renewalDue");
    case State::ValidOffline:
        return QStringLiteral("validOffline");
    case State::ClockSetBack:
        return QStringLiteral("clockSetBack");
    case State::LeaseTooLong:
        return QStringLiteral("leaseTooLong");
    case State::Missing:
        return QStringLiteral("missing");
    }
    return QString();
}

} // namespace Keyway
