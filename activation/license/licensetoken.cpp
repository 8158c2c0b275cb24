// SPDX-License-Identifier: BSD-3-Clause
#include "licensetoken.h"

#include "core/untrustedtext.h"
#include "jose/jwk.h"
#include "jose/jws.h"

#include <QJsonValue>

#include <cmath>

namespace Keyway {

namespace {
const QLatin1String ErrorCodeSuffix("_errorCode");
const QLatin1String ErrorMessageSuffix("_errorMessage");

bool isRegisteredClaim(const QString &name)
{
    static const QStringList registered = {QStringLiteral("iss"),
                                           QStringLiteral("sub"),
                                           QStringLiteral("aud"),
                                           QStringLiteral("exp"),
                                           QStringLiteral("nbf"),
                                           QStringLiteral("iat"),
                                           QStringLiteral("jti"),
                                           QStringLiteral("lic"),
                                           QStringLiteral("hw"),
                                           QStringLiteral("rfr"),
                                           QStringLiteral("licenseValidUntil"),
                                           QStringLiteral("licenseSubscription")};
    return registered.contains(name);
}

Error malformed(const QString &detail)
{
    return Error(ErrorCode::TokenMalformed, detail);
}

// RFC 7519 NumericDate: seconds since the epoch, possibly fractional.
Result<QDateTime> numericDate(const QJsonObject &payload, const QString &claim, bool required)
{
    const QJsonValue value = payload.value(claim);
    if (value.isUndefined() && !required)
        return QDateTime();
    if (!value.isDouble())
        return unexpected(malformed(QStringLiteral("claim %1 missing or not a number").arg(claim)));
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0)
        return unexpected(malformed(QStringLiteral("claim %1 out of range").arg(claim)));
    return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
}

QString stringClaim(const QJsonObject &payload, const QString &claim)
{
    const QJsonValue value = payload.value(claim);
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QStringList LicenseToken::itemsDenied(const QJsonObject &payload)
{
    QStringList items;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        const QString key = it.key();
        if (key.endsWith(ErrorCodeSuffix) && key.size() > ErrorCodeSuffix.size())
            items.append(key.chopped(ErrorCodeSuffix.size()));
    }
    return items;
}

QStringList LicenseToken::itemsMentioned(const QJsonObject &payload)
{
    QStringList items = itemsDenied(payload);
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.value().isBool() && !isRegisteredClaim(it.key()) && !items.contains(it.key()))
            items.append(it.key());
    }
    return items;
}

Result<QList<LicenseGrant>> LicenseToken::verify(const QByteArray &compact, const JwkSet &keys,
                                                 const QString &expectedDevice,
                                                 const QString &expectedSubject,
                                                 const QDateTime &now, qint64 leewaySeconds,
                                                 qint64 maximumLeaseSeconds)
{
    auto jws = verifyCompact(compact, keys);
    if (!jws)
        return unexpected(jws.error());
    return verifyClaims(jws->payload, compact, expectedDevice, expectedSubject, now, leewaySeconds,
                        maximumLeaseSeconds);
}

Result<QList<LicenseGrant>>
LicenseToken::verifyClaims(const QJsonObject &claims, const QByteArray &compact,
                           const QString &expectedDevice, const QString &expectedSubject,
                           const QDateTime &now, qint64 leewaySeconds, qint64 maximumLeaseSeconds)
{

    // A signed denial is the server's answer for that item, whatever else the token says.
    if (const Error denial = denialError(claims); denial.isError())
        return unexpected(denial);

    const QString device = claims.value(QStringLiteral("hw")).toString();
    if (device.isEmpty() || device != expectedDevice)
        return unexpected(Error(ErrorCode::LicenseWrongDevice,
                                QStringLiteral("token bound to device %1, this is %2")
                                    .arg(device.left(8), expectedDevice.left(8))));
    const QString subject = claims.value(QStringLiteral("sub")).toString();
    if (subject.isEmpty())
        return unexpected(malformed(QStringLiteral("claim sub missing")));
    if (!expectedSubject.isEmpty() && subject != expectedSubject)
        return unexpected(
            Error(ErrorCode::LicenseWrongAccount,
                  QStringLiteral("token for user %1, expected %2").arg(subject, expectedSubject)));

    auto expiresAt = numericDate(claims, QStringLiteral("exp"), true);
    if (!expiresAt)
        return unexpected(expiresAt.error());
    auto issuedAt = numericDate(claims, QStringLiteral("iat"), true);
    if (!issuedAt)
        return unexpected(issuedAt.error());
    auto notBefore = numericDate(claims, QStringLiteral("nbf"), false);
    if (!notBefore)
        return unexpected(notBefore.error());
    auto renewAfter = numericDate(claims, QStringLiteral("rfr"), false);
    if (!renewAfter)
        return unexpected(renewAfter.error());
    auto licenseEnd = numericDate(claims, QStringLiteral("licenseValidUntil"), false);
    if (!licenseEnd)
        return unexpected(licenseEnd.error());

    // The vendor never grants more than its maximum lease: a longer one was not signed by its
    // service as configured (a leaked key, a misconfigured server), and would outlast renewals.
    if (maximumLeaseSeconds > 0 && issuedAt->secsTo(*expiresAt) > maximumLeaseSeconds)
        return unexpected(
            Error(ErrorCode::LicenseLeaseTooLong,
                  QStringLiteral("lease of %1 s (iat %2, exp %3), at most %4 s")
                      .arg(issuedAt->secsTo(*expiresAt))
                      .arg(issuedAt->toString(Qt::ISODate), expiresAt->toString(Qt::ISODate))
                      .arg(maximumLeaseSeconds)));
    if (*expiresAt <= now.addSecs(-leewaySeconds))
        return unexpected(
            Error(ErrorCode::LicenseExpired,
                  QStringLiteral("expired at %1, now %2")
                      .arg(expiresAt->toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate))));
    const QDateTime latestStart = now.addSecs(leewaySeconds);
    if (*issuedAt > latestStart || (notBefore->isValid() && *notBefore > latestStart))
        return unexpected(
            Error(ErrorCode::LicenseNotYetValid,
                  QStringLiteral("issued at %1, now %2")
                      .arg(issuedAt->toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate))));

    QList<LicenseGrant> grants;
    for (auto it = claims.constBegin(); it != claims.constEnd(); ++it) {
        if (isRegisteredClaim(it.key()) || it.value() != QJsonValue(true))
            continue;
        LicenseGrant grant;
        grant.item = it.key();
        grant.licenseId = stringClaim(claims, QStringLiteral("lic"));
        grant.leaseId = stringClaim(claims, QStringLiteral("jti"));
        grant.subject = subject;
        grant.deviceId = device;
        grant.issuer = claims.value(QStringLiteral("iss")).toString();
        grant.issuedAt = *issuedAt;
        grant.expiresAt = *expiresAt;
        grant.renewAfter = *renewAfter;
        grant.licenseEnd = *licenseEnd;
        // A license with an end is no subscription, whatever else the token says.
        grant.subscription = !licenseEnd->isValid()
            && claims.value(QStringLiteral("licenseSubscription")) == QJsonValue(true);
        grant.token = compact;
        grants.append(grant);
    }
    if (grants.isEmpty())
        return unexpected(Error(ErrorCode::LicenseMissing, QStringLiteral("token grants no item")));
    return grants;
}

Error LicenseToken::denialError(const QJsonObject &claims, const QDateTime &worksOfflineUntil)
{
    const QStringList denied = itemsDenied(claims);
    if (denied.isEmpty())
        return Error();
    QStringList reasons;
    for (const QString &item : denied) {
        reasons.append(item + QStringLiteral(": ") + stringClaim(claims, item + ErrorCodeSuffix)
                       + QStringLiteral(": ") + stringClaim(claims, item + ErrorMessageSuffix));
    }
    const QString detail = reasons.join(QStringLiteral("; "));
    // The first denial that says more than "not entitled" decides; the server denies every item
    // of a request for the same reason when it is about the seat or the computer.
    for (const QString &item : denied) {
        const QString code = stringClaim(claims, item + ErrorCodeSuffix);
        if (code == QLatin1String("seatLimitReached")) {
            const int seats = claims.value(item + QStringLiteral("_seats")).toInt(0);
            return Error(ErrorCode::SeatLimitReached, seatLimitMessage(qBound(0, seats, 100000)),
                         detail);
        }
        if (code == QLatin1String("deviceReleased")) {
            auto releasedAt = numericDate(claims, item + QStringLiteral("_releasedAt"), false);
            // The name another computer was given by the person: shown, so made harmless first.
            const QString from = UntrustedText::sanitize(
                claims.value(item + QStringLiteral("_releasedFrom")).toString(), 64);
            return Error(ErrorCode::DeviceReleased,
                         deviceReleasedMessage(releasedAt ? *releasedAt : QDateTime(), from,
                                               worksOfflineUntil),
                         detail);
        }
    }
    return Error(ErrorCode::LicenseItemDenied, detail);
}

Result<QList<QByteArray>> LicenseToken::splitCheckoutBody(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return unexpected(
            Error(ErrorCode::ResponseMalformed, QStringLiteral("empty checkout response")));
    const QList<QByteArray> parts = trimmed.split('&');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).count('.') != 2 || parts.at(i).size() > Jws::MaximumSize)
            return unexpected(
                Error(ErrorCode::ResponseMalformed,
                      QStringLiteral("checkout response part %1 is not a compact JWS").arg(i)));
    }
    return parts;
}

} // namespace Keyway
