// SPDX-License-Identifier: BSD-3-Clause
#include "redeemjob.h"

#include "core/redaction.h"
#include "net/jsonreply.h"
#include "net/retrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

namespace Keyway {

Q_LOGGING_CATEGORY(lcOnline, "keyway.online")

Result<RedeemedLicense> RedeemedLicense::fromJson(const QJsonObject &json)
{
    RedeemedLicense license;
    license.id = json.value(QLatin1String("id")).toString();
    license.productName = json.value(QLatin1String("productName")).toString();
    for (const QJsonValue &item : json.value(QLatin1String("licensedItems")).toArray())
        license.licensedItems.append(item.toString());
    license.validFrom =
        QDateTime::fromString(json.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    license.validUntil =
        QDateTime::fromString(json.value(QLatin1String("validUntil")).toString(), Qt::ISODate);
    if (license.id.isEmpty() || license.licensedItems.isEmpty()) {
        return unexpected(Error(ErrorCode::ResponseMalformed,
                                QStringLiteral("license without id or licensedItems")));
    }
    return license;
}

RedeemJob::RedeemJob(QNetworkAccessManager *nam, const QUrl &apiBase, QObject *parent)
    : Job(parent), m_nam(nam), m_apiBase(apiBase),
      m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

RedeemJob::~RedeemJob() = default;

namespace {
/// The redemption service's error names, as protocol.md §3 lists them.
ErrorCode redemptionError(const QString &name, ErrorCode fallback)
{
    if (name == QLatin1String("code_malformed"))
        return ErrorCode::RedeemCodeMalformed;
    if (name == QLatin1String("code_unknown"))
        return ErrorCode::RedeemCodeUnknown;
    if (name == QLatin1String("code_already_redeemed"))
        return ErrorCode::RedeemCodeAlreadyRedeemed;
    if (name == QLatin1String("code_expired"))
        return ErrorCode::RedeemCodeExpired;
    if (name == QLatin1String("code_revoked"))
        return ErrorCode::RedeemCodeRevoked;
    return fallback;
}
} // namespace

void RedeemJob::setRetryPolicy(int retries, int firstDelayMs)
{
    m_retries = qMax(0, retries);
    m_firstDelayMs = qMax(0, firstDelayMs);
}

bool RedeemJob::isTransientFailure(const Error &error, int httpStatus)
{
    Error withStatus = error;
    if (withStatus.httpStatus == 0)
        withStatus.httpStatus = httpStatus;
    return RetryPolicy::isTransient(withStatus);
}

void RedeemJob::start()
{
    qCInfo(lcOnline) << "redeeming code" << fingerprint(m_code) << "idempotency key"
                     << m_idempotencyKey;
    send();
}

void RedeemJob::send()
{
    ++m_attempts;
    QNetworkRequest request = JsonReply::request(
        JsonReply::endpoint(m_apiBase, QStringLiteral("/api/activation/v1/redemptions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    if (m_timeoutMs > 0)
        request.setTransferTimeout(m_timeoutMs);
    const QJsonObject body {
        {QStringLiteral("code"), m_code},
        {QStringLiteral("hw"), m_deviceId},
        {QStringLiteral("hwName"), m_deviceName},
    };
    m_reply =
        new JsonReply(m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
                      JsonReply::Body::Json, this);
    connect(m_reply, &JsonReply::finished, this, &RedeemJob::onReply);
}

void RedeemJob::onReply()
{
    JsonReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    auto failed = [this](Error error) {
        const qint64 delay = RetryPolicy(m_retries, m_firstDelayMs).nextDelayMs(m_attempts, error);
        if (delay >= 0) {
            qCInfo(lcOnline) << "redemption attempt" << m_attempts << "failed transiently ("
                             << errorCodeName(error.code) << error.detail << "), retry in" << delay
                             << "ms with the same idempotency key";
            if (!m_retryTimer) {
                m_retryTimer = new QTimer(this);
                m_retryTimer->setSingleShot(true);
                connect(m_retryTimer, &QTimer::timeout, this, &RedeemJob::send);
            }
            m_retryTimer->start(int(delay));
            return;
        }
        if (m_attempts > 1)
            error.detail += QStringLiteral(" (after %1 attempts)").arg(m_attempts);
        finish(error);
    };

    if (reply->error().isError()) {
        Error error = reply->error();
        const ErrorCode code = redemptionError(reply->protocolError(), error.code);
        if (code != error.code)
            error = error.recoded(code);
        failed(error);
        return;
    }
    const QJsonObject json = reply->json();
    m_redemptionId = json.value(QLatin1String("redemptionId")).toString();
    m_entitlementCreated = json.value(QLatin1String("entitlement"))
                               .toObject()
                               .value(QLatin1String("created"))
                               .toBool();
    QList<RedeemedLicense> licenses;
    for (const QJsonValue &value : json.value(QLatin1String("licenses")).toArray()) {
        auto license = RedeemedLicense::fromJson(value.toObject());
        if (!license) {
            failed(license.error());
            return;
        }
        licenses.append(*license);
    }
    if (licenses.isEmpty()) {
        failed(Error(ErrorCode::ResponseMalformed,
                     QStringLiteral("redemption answered without licenses")));
        return;
    }
    m_licenses = licenses;
    qCInfo(lcOnline) << "redeemed:" << m_licenses.size() << "license(s), HTTP"
                     << reply->httpStatus() << "attempt" << m_attempts;
    finish();
}

void RedeemJob::doCancel()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    delete m_reply;
    m_reply = nullptr;
}

} // namespace Keyway
