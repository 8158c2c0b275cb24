// SPDX-License-Identifier: BSD-3-Clause
#include "idtokenvalidator.h"

#include "core/clock.h"
#include "jose/base64url.h"
#include "jose/jws.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace Keyway {

IdTokenValidator::IdTokenValidator(const QString &issuer, const QString &clientId)
    : m_issuer(issuer), m_clientId(clientId)
{
}

namespace {
int clampedMinutes(qint64 seconds)
{
    return int(std::min<qint64>(seconds / 60, 1000000));
}

Error invalid(ErrorCode code, const QString &detail)
{
    return Error(code, detail);
}
} // namespace

Result<UserIdentity> IdTokenValidator::validate(const QByteArray &idToken, const JwkSet &keys) const
{
    if (idToken.isEmpty())
        return unexpected(invalid(ErrorCode::IdTokenInvalid, QStringLiteral("no id_token")));

    auto jws = verifyCompact(idToken, keys);
    if (!jws) {
        Error error = jws.error();
        if (error.code != ErrorCode::TokenUnknownKey) {
            error = Error(
                ErrorCode::IdTokenInvalid,
                QStringLiteral("ID token: %1 %2").arg(errorCodeName(error.code), error.detail));
        }
        return unexpected(error);
    }
    const QJsonObject claims = jws->payload;

    if (claims.value(QLatin1String("iss")).toString() != m_issuer) {
        return unexpected(
            invalid(ErrorCode::IdTokenIssuerMismatch,
                    QStringLiteral("iss is %1, expected %2")
                        .arg(claims.value(QLatin1String("iss")).toString(), m_issuer)));
    }

    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isArray()) {
        for (const QJsonValue &v : aud.toArray())
            audiences.append(v.toString());
    } else {
        audiences.append(aud.toString());
    }
    if (!audiences.contains(m_clientId)) {
        return unexpected(invalid(ErrorCode::IdTokenAudienceMismatch,
                                  QStringLiteral("aud does not contain our client id")));
    }
    const QString azp = claims.value(QLatin1String("azp")).toString();
    if ((audiences.size() > 1 || !azp.isEmpty()) && azp != m_clientId) {
        return unexpected(invalid(ErrorCode::IdTokenAudienceMismatch,
                                  QStringLiteral("azp is not our client id")));
    }

    const QDateTime now = m_now.isValid() ? m_now : Clock::current();
    const QJsonValue expValue = claims.value(QLatin1String("exp"));
    const QJsonValue iatValue = claims.value(QLatin1String("iat"));
    if (!expValue.isDouble() || !iatValue.isDouble()) {
        return unexpected(invalid(ErrorCode::IdTokenInvalid, QStringLiteral("exp or iat missing")));
    }
    const QDateTime exp = QDateTime::fromSecsSinceEpoch(expValue.toInteger(), Qt::UTC);
    const QDateTime iat = QDateTime::fromSecsSinceEpoch(iatValue.toInteger(), Qt::UTC);
    if (exp.addSecs(m_leeway) <= now) {
        const int minutes = clampedMinutes(exp.secsTo(now));
        return unexpected(Error(ErrorCode::IdTokenExpired,
                                QCoreApplication::translate(
                                    "Keyway::IdTokenValidator",
                                    "The sign-in could not be verified: your computer's clock is "
                                    "about %n minute(s) ahead of the sign-in service. Correct the "
                                    "clock or time zone, then try again.",
                                    nullptr, minutes),
                                QStringLiteral("exp %1 is before now %2")
                                    .arg(exp.toString(Qt::ISODate), now.toString(Qt::ISODate))));
    }
    if (now.addSecs(m_leeway) < iat) {
        const int minutes = clampedMinutes(now.secsTo(iat));
        return unexpected(Error(ErrorCode::IdTokenIssuedInFuture,
                                QCoreApplication::translate(
                                    "Keyway::IdTokenValidator",
                                    "The sign-in could not be verified: your computer's clock is "
                                    "about %n minute(s) behind the sign-in service. Correct the "
                                    "clock or time zone, then try again.",
                                    nullptr, minutes),
                                QStringLiteral("iat %1 is after now %2")
                                    .arg(iat.toString(Qt::ISODate), now.toString(Qt::ISODate))));
    }

    if (!m_nonce.isEmpty()) {
        // Told apart for support: a missing nonce is a provider bug, a different one a replay.
        if (!claims.value(QLatin1String("nonce")).isString()) {
            return unexpected(
                invalid(ErrorCode::IdTokenNonceMismatch, QStringLiteral("nonce missing")));
        }
        if (claims.value(QLatin1String("nonce")).toString().toLatin1() != m_nonce) {
            return unexpected(invalid(ErrorCode::IdTokenNonceMismatch,
                                      QStringLiteral("nonce differs from this attempt's")));
        }
    }

    const QString atHash = claims.value(QLatin1String("at_hash")).toString();
    if (!atHash.isEmpty() && !m_accessToken.isEmpty()) {
        if (jws->algorithm() == QLatin1String("RS256")
            || jws->algorithm() == QLatin1String("ES256")) {
            const QByteArray digest =
                QCryptographicHash::hash(m_accessToken, QCryptographicHash::Sha256);
            if (Base64Url::encode(digest.left(digest.size() / 2)) != atHash.toLatin1()) {
                return unexpected(
                    invalid(ErrorCode::IdTokenInvalid,
                            QStringLiteral("at_hash does not match the access token")));
            }
        }
    }

    UserIdentity identity;
    identity.subject = claims.value(QLatin1String("sub")).toString();
    if (identity.subject.isEmpty())
        return unexpected(invalid(ErrorCode::IdTokenInvalid, QStringLiteral("sub missing")));
    identity.email = claims.value(QLatin1String("email")).toString();
    identity.emailVerified = claims.value(QLatin1String("email_verified")).toBool();
    identity.givenName = claims.value(QLatin1String("given_name")).toString();
    identity.familyName = claims.value(QLatin1String("family_name")).toString();
    if (claims.contains(QLatin1String("auth_time"))) {
        identity.authTime = QDateTime::fromSecsSinceEpoch(
            claims.value(QLatin1String("auth_time")).toInteger(), Qt::UTC);
    }
    return identity;
}

} // namespace Keyway
