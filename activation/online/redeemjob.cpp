// SPDX-License-Identifier: BSD-3-Clause
#include "redeemjob.h"

#include "core/redaction.h"
#include "net/jsonreply.h"
#include "net/retrypolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
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
    : RequestJob(nam, parent), m_apiBase(apiBase),
      m_idempotencyKey(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    RequestJob::setRetryPolicy(RetryPolicy());
    setDescription(QStringLiteral("redemption"));
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
    QNetworkRequest request = JsonReply::request(
        JsonReply::endpoint(m_apiBase, QStringLiteral("/api/activation/v1/redemptions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    const QJsonObject body {
        {QStringLiteral("code"), m_code},
        {QStringLiteral("hw"), m_deviceId},
        {QStringLiteral("hwName"), m_deviceName},
    };
    sendRequest(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void RedeemJob::handleReply(const JsonReply &reply)
{
    // A retry (finishOrRetry) sends the same Idempotency-Key: it never consumes the code twice.
    if (reply.error().isError()) {
        Error error = reply.error();
        const ErrorCode code = redemptionError(reply.protocolError(), error.code);
        if (code != error.code)
            error = error.recoded(code);
        finishOrRetry(error);
        return;
    }
    const QJsonObject json = reply.json();
    m_redemptionId = json.value(QLatin1String("redemptionId")).toString();
    m_entitlementCreated = json.value(QLatin1String("entitlement"))
                               .toObject()
                               .value(QLatin1String("created"))
                               .toBool();
    QList<RedeemedLicense> licenses;
    for (const QJsonValue &value : json.value(QLatin1String("licenses")).toArray()) {
        auto license = RedeemedLicense::fromJson(value.toObject());
        if (!license) {
            finishOrRetry(license.error());
            return;
        }
        licenses.append(*license);
    }
    if (licenses.isEmpty()) {
        finishOrRetry(Error(ErrorCode::ResponseMalformed,
                            QStringLiteral("redemption answered without licenses")));
        return;
    }
    m_licenses = licenses;
    qCInfo(lcOnline) << "redeemed:" << m_licenses.size() << "license(s), HTTP" << reply.httpStatus()
                     << "attempt" << attempts();
    finish();
}

} // namespace Keyway
