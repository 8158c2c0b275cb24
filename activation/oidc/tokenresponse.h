// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Keyway {

/// A successful answer of the token endpoint (RFC 6749 §5.1, OIDC Core §3.1.3.3).
struct KEYWAY_ACTIVATION_EXPORT TokenResponse
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QByteArray idToken;
    QString tokenType;
    QStringList scopes;
    QDateTime expiresAt; ///< when the access token stops working (local clock)

    /// Reads and checks the JSON body: access_token and token_type Bearer are required.
    static Result<TokenResponse> fromJson(const QJsonObject &json, const QDateTime &now);
};

/// Who signed in, from the verified ID token (and userinfo).
struct KEYWAY_ACTIVATION_EXPORT UserIdentity
{
    QString subject;
    QString email;
    bool emailVerified = false;
    QString givenName;
    QString familyName;
    QDateTime authTime;

    /// The name, else the e-mail address, else the subject: whichever the provider gave.
    QString displayName() const;
    /// How to name the account to its owner: the e-mail address, else displayName().
    QString accountName() const { return email.isEmpty() ? displayName() : email; }
};

} // namespace Keyway
