// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "pages.h"
#include "ratelimiter.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Keyway::DevServer {

class Database;
class Outbox;
class Router;
class IdTokenKeys;

/**
 * The OpenID Connect provider: discovery, JWKS, the authorize endpoint with its login and
 * registration pages and browser session, the token endpoint (authorization code with PKCE S256,
 * rotating refresh tokens with reuse detection), userinfo, RFC 7009 revocation and sign-out.
 * Everything is kept in SQLite; secrets only as SHA-256 hashes.
 */
class OidcProvider
{
public:
    /// The language of a page: @p uiLocales (the application's choice) when it names one of
    /// Pages::languages(), else the browser's Accept-Language.
    static QString pageLanguage(const HttpRequest &request, const QString &uiLocales = QString());
    static constexpr qint64 CodeLifetime = 60;
    static constexpr qint64 AccessTokenLifetime = 3600;
    static constexpr qint64 IdTokenLifetime = 3600;
    static constexpr qint64 RefreshTokenLifetime = 30 * 24 * 3600;
    static constexpr qint64 SessionLifetime = 8 * 3600;
    static constexpr qint64 RequestLifetime = 30 * 60;
    static constexpr int PasswordIterations = 100000;
    static constexpr int MinPasswordLength = 8;
    static constexpr qint64 VerificationLinkLifetime = 24 * 3600;
    /// A password reset link: one use, this long.
    static constexpr qint64 ResetLinkLifetime = 30 * 60;
    /// Reset e-mails per address in RateWindow (a mailbox is not flooded).
    static constexpr int ResetsPerAccount = 3;
    /// Wrong passwords before 429: per account, and per client address, in RateWindow.
    static constexpr int LoginFailuresPerAccount = 10;
    static constexpr int LoginFailuresPerAddress = 100;
    /// Registration attempts before 429: per e-mail address, and per client address.
    static constexpr int RegistrationsPerAccount = 5;
    static constexpr int RegistrationsPerAddress = 300;
    static constexpr qint64 RateWindow = 15 * 60;

    OidcProvider(Database &database, IdTokenKeys &idTokenKeys);

    void setIssuer(const QString &issuer) { m_issuer = issuer; }
    QString issuer() const { return m_issuer; }
    void setProductName(const QString &name) { m_productName = name; }
    /// The public keys JWKS publishes besides the ID-token keys (the license-signing key).
    void setOtherJwks(const QJsonArray &keys) { m_otherJwks = keys; }
    /// Where e-mails go (verification links).
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }
    /// How long an authorization code lives (a test hook; 60 s by default).
    void setCodeLifetime(qint64 seconds) { m_codeLifetime = seconds; }
    /// When on, an account must open its verification link before a sign-in completes.
    void setRequireEmailVerification(bool on) { m_requireEmailVerification = on; }
    QString productName() const { return m_productName; }
    void registerRoutes(Router &router);

    /// The user id behind a valid Bearer access token, or an empty string.
    QString authenticate(const HttpRequest &request);
    /// 401 with WWW-Authenticate: Bearer error="invalid_token".
    static HttpResponse invalidToken(const QString &description);
    static bool isValidEmail(const QString &email);

    /// A one-time link secret for @p purpose ("verify", "activate", "invite"), stored hashed;
    /// returns the token to put in the link.
    QByteArray createEmailToken(const QString &purpose, const QString &userId, const QString &email,
                                const QString &invitationId, qint64 lifetime);
    /// The user id, e-mail and invitation id behind a live link token of @p purpose.
    bool findEmailToken(const QString &purpose, const QString &token, QString *userId,
                        QString *email, QString *invitationId);
    /// An absolute link under the issuer: <issuer><path>?token=<token>.
    QString link(const QString &path, const QByteArray &token) const;

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
        QString kind; ///< "authorize", or "invitation" (redirectUri is then the webshop's page)
        QString invitationId;
        QString userId; ///< set while the account waits for its e-mail verification
        QString language = QStringLiteral("en"); ///< of the pages, from ui_locales
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
    HttpResponse verifyEmailLink(const HttpRequest &request);
    HttpResponse continueAfterVerification(const HttpRequest &request);
    HttpResponse acceptInvitation(const HttpRequest &request);
    HttpResponse finishSignIn(const PendingRequest &request, const QString &userId,
                              const QString &email, bool emailVerified, bool sendLink,
                              const QString &csrf);
    /// "Continue as <name>" for the browser session of @p userId.
    HttpResponse confirmPage(const Pages::Form &form, const QString &userId);
    HttpResponse confirmAccount(const HttpRequest &request);
    void sendVerificationEmail(const QString &userId, const QString &email);
    /// "Forgot your password?": the address form, and the e-mail with a one-time reset link.
    HttpResponse showForgotPassword(const HttpRequest &request);
    HttpResponse submitForgotPassword(const HttpRequest &request);
    /// The reset link's page: a new password for the account.
    HttpResponse showResetPassword(const HttpRequest &request);
    HttpResponse submitResetPassword(const HttpRequest &request);
    /// Ends every browser session and refresh-token family of @p userId (a password changed
    /// through the mailbox, an address taken over by its invited owner).
    void endSessionsOf(const QString &userId, const QString &reason);

    /// The form of @p pending as the browser of @p request gets it (its CSRF token).
    static Pages::Form formFor(const PendingRequest &pending, const HttpRequest &request);
    HttpResponse formPage(bool registration, const Pages::Form &form);
    HttpResponse expiredRequestPage(const HttpRequest &request) const;
    /// "Confirm your e-mail address" for @p request (see Pages::verifyEmail()).
    HttpResponse verificationPage(const PendingRequest &request, const QString &email,
                                  const QString &csrf, bool notYet);
    /// The form again with "too many attempts", 429 and Retry-After.
    HttpResponse tooManyAttempts(bool registration, const Pages::Form &form, qint64 retryAfter);
    /// @p emailHint (optional): the masked address of an unverified account, as `email_hint`.
    HttpResponse errorRedirect(const QString &redirectUri, const QString &state,
                               const QString &error, const QString &description,
                               const QString &emailHint = QString()) const;
    HttpResponse completeAuthorization(const PendingRequest &request, const QString &userId,
                                       qint64 authTime, bool newSession);
    QString sessionUser(const HttpRequest &request, qint64 *authTime);
    QByteArray sessionCookie(const QString &userId, qint64 authTime);
    QJsonObject issueTokens(const QString &family, const QString &nonce);
    void revokeFamily(const QString &family, const QString &reason);

    Database &m_database;
    IdTokenKeys &m_idTokenKeys;
    QString m_issuer;
    QString m_productName;
    QJsonArray m_otherJwks;
    Outbox *m_outbox = nullptr;
    qint64 m_codeLifetime = CodeLifetime;
    bool m_requireEmailVerification = false;
    RateLimiter m_loginFailuresByAccount {LoginFailuresPerAccount, RateWindow};
    RateLimiter m_loginFailuresByAddress {LoginFailuresPerAddress, RateWindow};
    RateLimiter m_registrationsByAccount {RegistrationsPerAccount, RateWindow};
    RateLimiter m_registrationsByAddress {RegistrationsPerAddress, RateWindow};
    RateLimiter m_resetsByAccount {ResetsPerAccount, RateWindow};
};

} // namespace Keyway::DevServer
