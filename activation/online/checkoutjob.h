// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/job.h"
#include "keyway_activation_export.h"
#include "license/licensetoken.h"

class QNetworkAccessManager;
class QTimer;

namespace Keyway {

class JsonReply;

/**
 * Checks out license tokens for this device (GET /authz/.jwt, 10Duke's consumption API): one
 * signed token per licensed item of the vendor configuration, each verified here with the
 * vendor's pinned license keys before it is believed. Items the account has no license for come
 * back as denials, not as a failure of the job.
 */
class KEYWAY_ACTIVATION_EXPORT CheckoutJob : public Job
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
    void setRetryPolicy(int retries, int firstDelayMs);
    /// The transfer timeout of each attempt in ms (default JsonReply::DefaultTimeoutMs).
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void start() override;

    /// How many requests were sent.
    int attempts() const { return m_attempts; }

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
    void doCancel() override;

private:
    void send();
    void onReply();
    void failed(Error error, int httpStatus);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
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
    JsonReply *m_reply = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_retries = 3;
    int m_firstDelayMs = 1000;
    int m_timeoutMs = 0;
    int m_attempts = 0;
};

} // namespace Keyway
