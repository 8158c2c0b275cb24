// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "pages.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Keyway::DevServer {

class Database;
class Router;
class Signer;

/**
 * The OpenID Connect provider: discovery, JWKS, the authorize endpoint with its login and
 * registration pages and browser session, the token endpoint (authorization code with PKCE S256,
 * rotating refresh tokens with reuse detection), userinfo, RFC 7009 revocation and sign-out.
 * Everything is kept in SQLite; secrets only as SHA-256 hashes.
 */
class OidcProvider
{
public:
    static constexpr qint64 CodeLifetime = 60;
    static constexpr qint64 AccessTokenLifetime = 3600;
    static constexpr qint64 IdTokenLifetime = 3600;
    static constexpr qint64 RefreshTokenLifetime = 30 * 24 * 3600;
    static constexpr qint64 SessionLifetime = 8 * 3600;
    static constexpr qint64 RequestLifetime = 30 * 60;
    static constexpr int PasswordIterations = 100000;
    static constexpr int MinPasswordLength = 8;

    OidcProvider(Database &database, const Signer &idTokenSigner);

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    QString issuer() const { return m_issuer; }
    void setProductName(const QString &name) { m_productName = name; }
    /// Every public key the server publishes (ID-token and license-signing keys).
    void setJwks(const QJsonArray &keys) { m_jwks = keys; }
    void registerRoutes(Router &router);

    /// The user id behind a valid Bearer access token, or an empty string.
    QString authenticate(const HttpRequest &request);
    /// 401 with WWW-Authenticate: Bearer error="invalid_token".
    static HttpResponse invalidToken(const QString &description);

private:
    struct Client
    {
        QString id;
        QStringList redirectUris;
    };
    struct PendingRequest
    {
        QString id;
        QString clientId;
        QString redirectUri;
        QString scope;
        QString state;
        QString nonce;
        QString codeChallenge;
        QString loginHint;
    };

    bool findClient(const QString &id, Client *client);
    static bool redirectUriMatches(const QStringList &registered, const QString &uri);
    bool findRequest(const QString &id, PendingRequest *request);

    HttpResponse discovery() const;
    HttpResponse jwks() const;
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse showForm(const HttpRequest &request, bool registration);
    HttpResponse submitLogin(const HttpRequest &request);
    HttpResponse submitRegistration(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse authorizationCodeGrant(const QList<HttpRequest::Param> &params);
    HttpResponse refreshTokenGrant(const QList<HttpRequest::Param> &params);
    HttpResponse userInfo(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse signOut(const HttpRequest &request);

    HttpResponse formPage(bool registration, const Pages::Form &form);
    HttpResponse expiredRequestPage() const;
    HttpResponse errorRedirect(const QString &redirectUri, const QString &state,
                               const QString &error, const QString &description) const;
    HttpResponse completeAuthorization(const PendingRequest &request, const QString &userId,
                                       qint64 authTime, bool newSession);
    QString sessionUser(const HttpRequest &request, qint64 *authTime);
    QByteArray sessionCookie(const QString &userId, qint64 authTime);
    QJsonObject issueTokens(const QString &family, const QString &nonce);
    void revokeFamily(const QString &family, const QString &reason);

    Database &m_database;
    const Signer &m_idTokenSigner;
    QString m_issuer;
    QString m_productName;
    QJsonArray m_jwks;
};

} // namespace Keyway::DevServer
