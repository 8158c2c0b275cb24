// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/compositejob.h"
#include "keyway_activation_export.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace Keyway {

class CheckoutJob;
class LicenseStore;
class Session;

/**
 * Renews the leases of this device: for the items past their "rfr" (or all, with setForce()),
 * checks them out again with the session's access token, verifies the new tokens and stores
 * them in place of the old ones for those items.
 *
 * A failure changes nothing stored; it is recorded in the store (LicenseStore::
 * recordRenewalFailure) with the time of the next attempt, so the status says "valid offline
 * until <exp>" and when it retries. Retries back off: 1 min, 2, 4 ... at most 1 h, and never
 * sooner than the service asked (Retry-After on a 429 or 503); the caller schedules them
 * (nextRetry()).
 *
 * Its steps (the access token, the checkout) are sub-jobs: cancel() reaches the running one,
 * and a renewal cancelled that way records no failure.
 */
class KEYWAY_ACTIVATION_EXPORT RenewJob : public CompositeJob
{
    Q_OBJECT
public:
    RenewJob(const VendorConfig &config, QNetworkAccessManager *nam, Session *session,
             LicenseStore *store, QObject *parent = nullptr);
    ~RenewJob() override;

    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// Renew every configured item now, due or not (`keywayctl refresh`).
    void setForce(bool force) { m_force = force; }

    void start() override;

    /// The items that were due (empty: nothing to do, finished without a request).
    QStringList dueItems() const { return m_due; }
    /// The items renewed.
    QStringList renewedItems() const { return m_renewed; }
    /// Items the service refused on renewal (their old lease runs on until "exp").
    QStringList deniedItems() const { return m_denied; }

    /// The backoff: when to try again after @p failures consecutive failures at @p failedAt,
    /// not before @p retryAfterSeconds later when the service said so.
    static QDateTime nextRetry(const QDateTime &failedAt, int failures, int retryAfterSeconds = -1);

protected:
    void subjobFailed(Job *job) override;

private:
    void checkout(const QByteArray &accessToken);
    void fail(const Error &error);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<Session> m_session;
    LicenseStore *m_store;
    QString m_deviceId;
    bool m_force = false;
    QStringList m_due;
    QStringList m_renewed;
    QStringList m_denied;
    QDateTime m_worksOfflineUntil; ///< the end of the latest stored lease
};

} // namespace Keyway
