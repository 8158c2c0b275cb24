// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_export.h"
#include "license/licensetoken.h"
#include "net/requestjob.h"

class QNetworkAccessManager;

namespace Keyway {

/**
 * Checks out license tokens for this device (GET /authz/.jwt, 10Duke's consumption API): one
 * signed token per licensed item of the vendor configuration, each verified here with the
 * vendor's pinned license keys before it is believed. Items the account has no license for come
 * back as denials, not as a failure of the job.
 */
class KEYWAY_ACTIVATION_EXPORT CheckoutJob : public RequestJob
{
    Q_OBJECT
public:
    CheckoutJob(const VendorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~CheckoutJob() override;

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    /// The device the leases are bound to, and the account they must belong to.
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    void setSubject(const QString &subject) { m_subject = subject; }
    /// Which items to check out; the configuration's licensed items by default.
    void setItems(const QStringList &items) { m_items = items; }
    /// The computer's name the service lists among the account's devices (sent as "hwName";
    /// the service keeps the first one it sees). Default: the OS's computer name.
    void setDeviceName(const QString &name) { m_deviceName = name; }
    /**
     * The person asked for this checkout (activating the product), as opposed to an automatic
     * renewal: a computer that was removed from the account elsewhere comes back (it takes a
     * seat if one is free) instead of being refused with DeviceReleased.
     */
    void setExplicitActivation(bool explicitActivation) { m_explicit = explicitActivation; }
    /// The end of this computer's current lease, for DeviceReleased's sentence.
    void setWorksOfflineUntil(const QDateTime &until) { m_worksOfflineUntil = until; }

    /// Transient failures (RetryPolicy::isTransient(), which counts a token that arrived damaged)
    /// are retried @p retries times, waiting @p firstDelayMs, then twice as long each time, or
    /// what a Retry-After asks (default: 3 retries from 1 s). A checkout is safe to repeat: it
    /// only issues new leases.
    void setRetryPolicy(int retries, int firstDelayMs)
    {
        RequestJob::setRetryPolicy(RetryPolicy(retries, firstDelayMs));
    }
    using RequestJob::setRetryPolicy;

    void start() override;

    /// The verified grants.
    QList<LicenseGrant> grants() const { return m_grants; }
    /// The compact tokens of grants(), to store.
    QList<QByteArray> tokens() const { return m_tokens; }
    /// Per refused item, why: LicenseItemDenied, SeatLimitReached or DeviceReleased
    /// (LicenseToken::denialError()), with the service's reason in the detail.
    QHash<QString, Error> denials() const { return m_denials; }
    /**
     * The denial that explains a refusal better than "no license": DeviceReleased, else
     * SeatLimitReached; NoError when no denial is one of them.
     */
    Error refusal() const;
    /// The server's Date header of the answer, invalid when absent or unreadable: trusted time
    /// for the clock guard (the answer came over the connection the tokens came over).
    QDateTime serverDate() const { return m_serverDate; }
    /**
     * The time this answer vouches for, for the clock guard (ClockGuard::confirmOnline): the
     * server's Date when the answer came over TLS or from a loopback address, but never later
     * than the latest signed "iat" of its grants plus the clock tolerance (a far-future Date
     * cannot lock licenses); the latest "iat" without a usable Date; invalid without grants.
     */
    QDateTime trustedTime() const;

protected:
    void handleReply(const JsonReply &reply) override;

private:
    VendorConfig m_config;
    QByteArray m_accessToken;
    QString m_deviceId;
    QString m_subject;
    QStringList m_items;
    QString m_deviceName;
    bool m_explicit = false;
    QDateTime m_worksOfflineUntil;
    QList<LicenseGrant> m_grants;
    QList<QByteArray> m_tokens;
    QHash<QString, Error> m_denials;
    QDateTime m_serverDate;
};

} // namespace Keyway
