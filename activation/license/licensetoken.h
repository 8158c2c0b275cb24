// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"
#include "license/licensestatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyway {

class JwkSet;

/**
 * Verifies license tokens checked out from /authz/.jwt: the signature with the vendor's pinned
 * keys, then the binding to this device and account and the validity window.
 */
class KEYWAY_LICENSE_EXPORT LicenseToken
{
public:
    /**
     * One grant per "<item>": true claim. Errors: the JOSE codes of verifyCompact(), then
     * LicenseItemDenied for a denial token (the server's message in the detail),
     * LicenseWrongDevice, LicenseWrongAccount (only if @p expectedSubject is not empty),
     * LicenseExpired, LicenseNotYetValid, LicenseLeaseTooLong ("exp" - "iat" beyond
     * @p maximumLeaseSeconds, VendorConfig::maximumLeaseSeconds(); 0 for no bound, tests only),
     * and TokenMalformed for missing or mistyped claims.
     */
    static Result<QList<LicenseGrant>> verify(const QByteArray &compact, const JwkSet &keys,
                                              const QString &expectedDevice,
                                              const QString &expectedSubject, const QDateTime &now,
                                              qint64 leewaySeconds = 60,
                                              qint64 maximumLeaseSeconds = 0);

    /**
     * The claim checks of verify() alone, for a payload whose signature verifyCompact() has
     * already accepted (the store verifies signatures first to learn the trusted time).
     */
    static Result<QList<LicenseGrant>>
    verifyClaims(const QJsonObject &claims, const QByteArray &compact,
                 const QString &expectedDevice, const QString &expectedSubject,
                 const QDateTime &now, qint64 leewaySeconds = 60, qint64 maximumLeaseSeconds = 0);

    /**
     * The error a signed denial stands for: SeatLimitReached ("seatLimitReached", with its
     * "<item>_seats"), DeviceReleased ("deviceReleased", with "<item>_releasedAt" and
     * "<item>_releasedFrom", and @p worksOfflineUntil, the end of this computer's current lease
     * when the caller knows it), otherwise LicenseItemDenied. The detail lists every denied item
     * with the server's code and message. NoError when @p claims deny nothing.
     */
    static Error denialError(const QJsonObject &claims,
                             const QDateTime &worksOfflineUntil = QDateTime());

    /// Splits a checkout body: compact JWSs joined with '&'. ResponseMalformed if it is not one.
    static Result<QList<QByteArray>> splitCheckoutBody(const QByteArray &body);

    /**
     * The items a token's payload speaks of, granted or denied, read WITHOUT verification:
     * only to say which item a broken token was meant for, never to grant anything.
     */
    static QStringList itemsMentioned(const QJsonObject &payload);
    /// The items a payload denies ("<item>_errorCode"), also without verification.
    static QStringList itemsDenied(const QJsonObject &payload);
};

} // namespace Keyway
