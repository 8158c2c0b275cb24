// SPDX-License-Identifier: BSD-3-Clause
#include "tokenresponse.h"

namespace Keyway {

Result<TokenResponse> TokenResponse::fromJson(const QJsonObject &json, const QDateTime &now)
{
    TokenResponse r;
    r.accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
    r.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
    r.idToken = json.value(QLatin1String("id_token")).toString().toUtf8();
    r.tokenType = json.value(QLatin1String("token_type")).toString();
    r.scopes =
        json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (r.accessToken.isEmpty()) {
        return unexpected(Error(ErrorCode::ResponseMalformed,
                                QStringLiteral("token response without access_token")));
    }
    if (r.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        return unexpected(Error(ErrorCode::ResponseMalformed,
                                QStringLiteral("token_type %1 is not Bearer").arg(r.tokenType)));
    }
    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger(3600);
    r.expiresAt = now.addSecs(qBound<qint64>(0, expiresIn, 365LL * 24 * 3600));
    return r;
}

QString UserIdentity::displayName() const
{
    const QString name = QStringList {givenName, familyName}.join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty())
        return name;
    // Some providers give neither a name nor an e-mail (no such scope, or a pairwise subject).
    return email.isEmpty() ? subject : email;
}

} // namespace Keyway
