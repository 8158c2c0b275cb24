// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"
#include "keyway_activation_export.h"
#include "net/requestjob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace Keyway {

/// A license as the licensing service describes it after a redemption.
struct KEYWAY_ACTIVATION_EXPORT RedeemedLicense
{
    QString id;
    QString productName;
    QStringList licensedItems;
    QDateTime validFrom;
    QDateTime validUntil;

    static Result<RedeemedLicense> fromJson(const QJsonObject &json);
};

/**
 * Redeems an activation code for the signed-in user (POST /api/activation/v1/redemptions).
 * The Idempotency-Key makes a retry after a lost response safe: the service answers it with the
 * same result instead of consuming the code again.
 *
 * Transient failures (isTransientFailure()) are retried with exponential backoff, with the same
 * Idempotency-Key on every attempt. Callers that must survive a crash journal the code and the
 * key first (RedemptionJournal).
 */
class KEYWAY_ACTIVATION_EXPORT RedeemJob : public RequestJob
{
    Q_OBJECT
public:
    RedeemJob(QNetworkAccessManager *nam, const QUrl &apiBase, QObject *parent = nullptr);
    ~RedeemJob() override;

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    void setCode(const ActivationCode &code) { m_code = code.formatted(); }
    void setDevice(const QString &deviceId, const QString &deviceName)
    {
        m_deviceId = deviceId;
        m_deviceName = deviceName;
    }
    /// A fresh UUID unless set; set it to the journaled key when resuming.
    void setIdempotencyKey(const QString &key) { m_idempotencyKey = key; }
    QString idempotencyKey() const { return m_idempotencyKey; }

    /// Transient failures are retried @p retries times, waiting @p firstDelayMs, then twice as
    /// long each time, or what a Retry-After asks (RetryPolicy; default: 3 retries from 1 s).
    /// The transfer timeout of each attempt: setTimeout().
    void setRetryPolicy(int retries, int firstDelayMs)
    {
        RequestJob::setRetryPolicy(RetryPolicy(retries, firstDelayMs));
    }
    using RequestJob::setRetryPolicy;

    void start() override;

    /// Worth another attempt (RetryPolicy::isTransient(), the one rule), @p httpStatus standing
    /// in for Error::httpStatus when that is not set.
    static bool isTransientFailure(const Error &error, int httpStatus);

    QString redemptionId() const { return m_redemptionId; }
    bool entitlementCreated() const { return m_entitlementCreated; }
    QList<RedeemedLicense> licenses() const { return m_licenses; }

protected:
    void handleReply(const JsonReply &reply) override;

private:
    QUrl m_apiBase;
    QByteArray m_accessToken;
    QString m_code;
    QString m_deviceId;
    QString m_deviceName;
    QString m_idempotencyKey;
    QString m_redemptionId;
    bool m_entitlementCreated = false;
    QList<RedeemedLicense> m_licenses;
};

} // namespace Keyway
