// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "jose/jwk.h"
#include "keyway_activation_export.h"
#include "oidc/tokenresponse.h"

#include <QDateTime>

namespace Keyway {

/**
 * Validates an ID token as OIDC Core §3.1.3.7 requires: signature with the provider's key
 * (its alg must be the key's), iss, aud (and azp), exp, iat, nonce, and at_hash when the access
 * token came with it.
 */
class KEYWAY_ACTIVATION_EXPORT IdTokenValidator
{
public:
    IdTokenValidator(const QString &issuer, const QString &clientId);

    void setNonce(const QByteArray &nonce) { m_nonce = nonce; }
    void setAccessToken(const QByteArray &accessToken) { m_accessToken = accessToken; }
    /// Tolerated clock difference in seconds (default 300).
    void setLeeway(qint64 seconds) { m_leeway = seconds; }
    /// How far in the future `iat` may lie (beyond the leeway) before the token is refused.
    void setNow(const QDateTime &now) { m_now = now; }

    /// TokenUnknownKey means: refetch the JWKS once and try again.
    Result<UserIdentity> validate(const QByteArray &idToken, const JwkSet &keys) const;

private:
    QString m_issuer;
    QString m_clientId;
    QByteArray m_nonce;
    QByteArray m_accessToken;
    qint64 m_leeway = 300;
    QDateTime m_now;
};

} // namespace Keyway
