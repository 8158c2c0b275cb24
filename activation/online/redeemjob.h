// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"
#include "online/job.h"

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
 */
class KEYWAY_ACTIVATION_EXPORT RedeemJob : public Job
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

    void start() override;

    QString redemptionId() const { return m_redemptionId; }
    bool entitlementCreated() const { return m_entitlementCreated; }
    QList<RedeemedLicense> licenses() const { return m_licenses; }

protected:
    void doCancel() override;

private:
    QNetworkAccessManager *m_nam;
    QUrl m_apiBase;
    QByteArray m_accessToken;
    QString m_code;
    QString m_deviceId;
    QString m_deviceName;
    QString m_idempotencyKey;
    QString m_redemptionId;
    bool m_entitlementCreated = false;
    QList<RedeemedLicense> m_licenses;
    class JsonReply *m_reply = nullptr;
};

} // namespace Keyway
