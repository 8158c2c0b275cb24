// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Keyway {

/// One licensed item granted by a verified license token (docs/protocol.md §3).
struct KEYWAY_LICENSE_EXPORT LicenseGrant
{
    QString item; ///< the claim "<item>": true
    QString licenseId; ///< "lic"
    QString leaseId; ///< "jti"
    QString subject; ///< "sub", the user id
    QString deviceId; ///< "hw"
    QString issuer; ///< "iss"
    QDateTime issuedAt; ///< "iat"
    QDateTime expiresAt; ///< "exp", the end of the lease
    QDateTime renewAfter; ///< "rfr"; invalid if the token has none
    /// "licenseValidUntil": when the license itself ends (the lease "exp" is only how long this
    /// computer may run without renewing); invalid if the token has none.
    QDateTime licenseEnd;
    /// "licenseSubscription": true without "licenseValidUntil": the license has no end, it
    /// renews automatically (a subscription).
    bool subscription = false;
    QByteArray token; ///< the compact JWS it came from
};

/**
 * The verdict on one configured item: what LicenseGuard::status() and Activator::licenses()
 * answer. Part of the public SDK (<keyway/licensestatus.h>); the store's own name for it,
 * LicenseStore::ItemStatus, is the same type.
 */
struct KEYWAY_LICENSE_EXPORT LicenseStatus
{
    enum State {
        Valid,
        Expired,
        WrongDevice,
        WrongAccount,
        Tampered,
        UnknownKey,
        Denied,
        RenewalDue, ///< valid, past "rfr": renewed at the next connection
        ValidOffline, ///< valid, past "rfr", the last renewal failed: works until "exp"
        ClockSetBack, ///< a time-limited license blocked by a clock set back
        LeaseTooLong, ///< "exp" - "iat" beyond the vendor's maximum lease
        Missing ///< stays last
    };

    QString item;
    State state = Missing;
    Error reason; ///< a translated sentence for every state, "valid until ..." for Valid
    LicenseGrant grant; ///< the grant that decided a Valid (or Expired) state
    /// For a valid item whose license has an end: whole days until it ends (rounded up), else -1.
    int daysLeft = -1;
    /// The license ends within the vendor's warning period (licenseEndWarningDays).
    bool endsSoon = false;

    /// Valid, RenewalDue and ValidOffline all let the product run.
    bool isValid() const { return state == Valid || state == RenewalDue || state == ValidOffline; }

    /// A stable machine-readable name for @p state ("valid", "wrongDevice", ...), for JSON.
    static QString stateName(State state);
};

/// The last failed renewal, kept in "renewal.json" until the licenses are saved again.
struct KEYWAY_LICENSE_EXPORT RenewalFailure
{
    QDateTime failedAt;
    Error error; ///< code and detail as recorded; the message in today's language
    QDateTime nextRetry; ///< when the client tries again, invalid if unknown
    int failures = 1; ///< consecutive failures, for the backoff

    bool isValid() const { return failedAt.isValid(); }
};

/// What an import of license tokens stored (Activator::importFile(), LicenseImport).
struct KEYWAY_LICENSE_EXPORT ImportedLicenses
{
    int tokens = 0;
    QStringList items;
};

} // namespace Keyway
