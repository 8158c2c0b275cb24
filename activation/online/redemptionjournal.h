// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "keyway_activation_export.h"

#include <QDateTime>
#include <QString>

namespace Keyway {

class SecretJob;
class SecretStore;

/**
 * A redemption that was sent, or is about to be, and whose licenses are not stored yet: the
 * activation code, the Idempotency-Key it is sent with and the device it is for. Resuming it
 * with the same key gets the same answer from the licensing service, so a crash, a killed
 * process or a lost response never costs the customer the code.
 */
struct KEYWAY_ACTIVATION_EXPORT PendingRedemption
{
    QString code; ///< formatted; a secret: never logged
    QString idempotencyKey;
    QString deviceId;
    QString deviceName;
    QDateTime since; ///< when it was first journaled (UTC)
    /**
     * The account that started it (the license store needs them too). A redemption is resumed
     * only for this account: another one signed in gets RedemptionJournal::otherAccount().
     * Empty only in entries written before the account was known; the first resume fills it in.
     */
    QString subject;
    QString email;

    bool isValid() const { return !code.isEmpty() && !idempotencyKey.isEmpty(); }
    QByteArray toJson() const;
    static Result<PendingRedemption> fromJson(const QByteArray &json);
};

/**
 * Where a pending redemption is kept: in the SecretStore (the OS keychain), because it holds the
 * activation code, one entry per product (key()). It is written before the redeem request is
 * sent and removed only once the licenses are in the LicenseStore, or when the licensing service
 * refuses the code for good (isPermanentRefusal()).
 *
 * Each call returns a SecretJob that has not started (connect to finished(), then start()).
 */
class KEYWAY_ACTIVATION_EXPORT RedemptionJournal
{
public:
    /// The keychain key of @p config's pending redemption (beside ActivateJob::refreshTokenKey).
    static QString key(const VendorConfig &config);

    static SecretJob *write(SecretStore *store, const VendorConfig &config,
                            const PendingRedemption &pending);
    /// A read; PendingRedemption::fromJson(job->secret()) unless job->notFound().
    static SecretJob *read(SecretStore *store, const VendorConfig &config);
    static SecretJob *remove(SecretStore *store, const VendorConfig &config);

    /// The service refused the code itself (unknown, already redeemed by another account,
    /// expired, revoked, malformed): retrying can never succeed, the entry is dropped.
    static bool isPermanentRefusal(const Error &error);

    /// Whether @p pending may be resumed for the account @p subject (it started it, or no
    /// account was recorded yet).
    static bool belongsTo(const PendingRedemption &pending, const QString &subject);
    /**
     * RedemptionOtherAccount: the translated sentence naming the account that started
     * @p pending (its e-mail address, else its id) and what to do. Nothing is redeemed for
     * the account signed in; the entry stays until that account finishes it or it is discarded
     * (the code then stays unredeemed at the service).
     */
    static Error otherAccount(const PendingRedemption &pending);
    /// Who started @p pending, for people: the e-mail address, else the account id.
    static QString ownerName(const PendingRedemption &pending);
};

} // namespace Keyway
