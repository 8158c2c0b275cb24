// SPDX-License-Identifier: BSD-3-Clause
#include "oidcprovider.h"

#include "crypto.h"
#include "database.h"
#include "idtokenkeys.h"
#include "outbox.h"
#include "router.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDevServerOidc, "keyway.devserver.oidc")

namespace Keyway::DevServer {

namespace {
const QByteArray SessionCookieName = "kw_session";

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

const QStringList &supportedScopes()
{
    static const QStringList scopes {QStringLiteral("openid"), QStringLiteral("profile"),
                                     QStringLiteral("email"), QStringLiteral("offline_access")};
    return scopes;
}

bool isBase64UrlText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern.match(text).hasMatch();
}

HttpResponse tokenError(const QString &error, const QString &description)
{
    return HttpResponse::jsonError(400, error, description);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

bool OidcProvider::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>".]+$)"));
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

OidcProvider::OidcProvider(Database &database, IdTokenKeys &idTokenKeys)
    : m_database(database), m_idTokenKeys(idTokenKeys)
{
}

void OidcProvider::registerRoutes(Router &router)
{
    auto discoveryHandler = [this](const HttpRequest &) { return discovery(); };
    router.add("GET", QStringLiteral("/.well-known/openid-configuration"), discoveryHandler);
    router.add("GET", QStringLiteral("/user/.well-known/openid-configuration"), discoveryHandler);
    auto jwksHandler = [this](const HttpRequest &) { return jwks(); };
    router.add("GET", QStringLiteral("/.well-known/jwks.json"), jwksHandler);
    router.add("GET", QStringLiteral("/user/.well-known/jwks.json"), jwksHandler);
    router.add("GET", QStringLiteral("/user/oauth20/authz"),
               [this](const HttpRequest &r) { return authorize(r); });
    router.add("GET", QStringLiteral("/user/login"),
               [this](const HttpRequest &r) { return showForm(r, false); });
    router.add("POST", QStringLiteral("/user/login"),
               [this](const HttpRequest &r) { return submitLogin(r); });
    router.add("GET", QStringLiteral("/user/register"),
               [this](const HttpRequest &r) { return showForm(r, true); });
    router.add("POST", QStringLiteral("/user/register"),
               [this](const HttpRequest &r) { return submitRegistration(r); });
    router.add("POST", QStringLiteral("/user/oauth20/token"),
               [this](const HttpRequest &r) { return token(r); });
    auto userInfoHandler = [this](const HttpRequest &r) { return userInfo(r); };
    for (const QString &path : {QStringLiteral("/user/info"), QStringLiteral("/userinfo")}) {
        router.add("GET", path, userInfoHandler);
        router.add("POST", path, userInfoHandler);
    }
    router.add("POST", QStringLiteral("/user/oauth20/revoke"),
               [this](const HttpRequest &r) { return revoke(r); });
    router.add("GET", QStringLiteral("/user/oauth20/signout"),
               [this](const HttpRequest &r) { return signOut(r); });
    router.add("GET", QStringLiteral("/user/verify-email"),
               [this](const HttpRequest &r) { return verifyEmailLink(r); });
    router.add("POST", QStringLiteral("/user/confirm"),
               [this](const HttpRequest &r) { return confirmAccount(r); });
    auto continueHandler = [this](const HttpRequest &r) { return continueAfterVerification(r); };
    router.add("GET", QStringLiteral("/user/continue"), continueHandler);
    router.add("POST", QStringLiteral("/user/continue"), continueHandler);
    router.add("GET", QStringLiteral("/user/invitation"),
               [this](const HttpRequest &r) { return acceptInvitation(r); });
    router.add("GET", QStringLiteral("/user/forgot"),
               [this](const HttpRequest &r) { return showForgotPassword(r); });
    router.add("POST", QStringLiteral("/user/forgot"),
               [this](const HttpRequest &r) { return submitForgotPassword(r); });
    router.add("GET", QStringLiteral("/user/reset"),
               [this](const HttpRequest &r) { return showResetPassword(r); });
    router.add("POST", QStringLiteral("/user/reset"),
               [this](const HttpRequest &r) { return submitResetPassword(r); });
}

// ---- discovery and keys ---------------------------------------------------------------------

HttpResponse OidcProvider::discovery() const
{
    m_idTokenKeys.refresh();
    auto array = [](const QStringList &list) { return QJsonArray::fromStringList(list); };
    const QJsonObject document {
        {QStringLiteral("issuer"), m_issuer},
        {QStringLiteral("authorization_endpoint"),
         QString(m_issuer + QStringLiteral("/user/oauth20/authz"))},
        {QStringLiteral("token_endpoint"),
         QString(m_issuer + QStringLiteral("/user/oauth20/token"))},
        {QStringLiteral("userinfo_endpoint"), QString(m_issuer + QStringLiteral("/user/info"))},
        {QStringLiteral("jwks_uri"), QString(m_issuer + QStringLiteral("/.well-known/jwks.json"))},
        {QStringLiteral("revocation_endpoint"),
         QString(m_issuer + QStringLiteral("/user/oauth20/revoke"))},
        {QStringLiteral("end_session_endpoint"),
         QString(m_issuer + QStringLiteral("/user/oauth20/signout"))},
        {QStringLiteral("response_types_supported"), array({QStringLiteral("code")})},
        {QStringLiteral("response_modes_supported"), array({QStringLiteral("query")})},
        {QStringLiteral("grant_types_supported"),
         array({QStringLiteral("authorization_code"), QStringLiteral("refresh_token")})},
        {QStringLiteral("subject_types_supported"), array({QStringLiteral("public")})},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         array(m_idTokenKeys.algorithmNames())},
        {QStringLiteral("code_challenge_methods_supported"), array({QStringLiteral("S256")})},
        {QStringLiteral("prompt_values_supported"),
         array({QStringLiteral("none"), QStringLiteral("login"), QStringLiteral("consent"),
                QStringLiteral("create")})},
        {QStringLiteral("token_endpoint_auth_methods_supported"), array({QStringLiteral("none")})},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"),
         array({QStringLiteral("none")})},
        {QStringLiteral("scopes_supported"), array(supportedScopes())},
        {QStringLiteral("claims_supported"),
         array({QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"),
                QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("auth_time"),
                QStringLiteral("nonce"), QStringLiteral("at_hash"), QStringLiteral("email"),
                QStringLiteral("email_verified"), QStringLiteral("given_name"),
                QStringLiteral("family_name"), QStringLiteral("name")})},
        {QStringLiteral("ui_locales_supported"), array(Pages::languages())},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
    return HttpResponse::json(200, document);
}

HttpResponse OidcProvider::jwks() const
{
    m_idTokenKeys.refresh();
    QJsonArray keys = m_idTokenKeys.publicJwks();
    for (const QJsonValue &key : m_otherJwks)
        keys.append(key);
    return HttpResponse::json(200, QJsonObject {{QStringLiteral("keys"), keys}});
}

// ---- clients and pending requests -----------------------------------------------------------

bool OidcProvider::findClient(const QString &id, Client *client)
{
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT redirect_uris FROM clients WHERE id = ?"), {id});
    if (!query.next())
        return false;
    client->id = id;
    client->redirectUris.clear();
    const QJsonArray uris = QJsonDocument::fromJson(query.value(0).toByteArray()).array();
    for (const auto &uri : uris)
        client->redirectUris.append(uri.toString());
    return true;
}

bool OidcProvider::redirectUriMatches(const QStringList &registered, const QString &uri)
{
    if (uri.isEmpty())
        return false;
    if (registered.contains(uri))
        return true;
    // RFC 8252 §7.3: a loopback redirect matches whatever port the app opened.
    const QUrl candidate(uri, QUrl::StrictMode);
    if (!candidate.isValid() || candidate.scheme() != QLatin1String("http") || candidate.port() < 1
        || !candidate.userInfo().isEmpty() || candidate.hasFragment())
        return false;
    const QString host = candidate.host();
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("::1"))
        return false;
    for (const QString &entry : registered) {
        const QUrl allowed(entry);
        if (allowed.scheme() == candidate.scheme() && allowed.host() == host && allowed.port() == -1
            && allowed.path() == candidate.path() && allowed.query() == candidate.query())
            return true;
    }
    return false;
}

bool OidcProvider::findRequest(const QString &id, PendingRequest *request)
{
    if (id.isEmpty())
        return false;
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT client_id, redirect_uri, scope, state, nonce, code_challenge, "
                       "login_hint, kind, invitation_id, user_id, ui_language FROM auth_requests "
                       "WHERE id = ? AND expires > ?"),
        {id, now()});
    if (!query.next())
        return false;
    request->id = id;
    request->clientId = query.value(0).toString();
    request->redirectUri = query.value(1).toString();
    request->scope = query.value(2).toString();
    request->state = query.value(3).toString();
    request->nonce = query.value(4).toString();
    request->codeChallenge = query.value(5).toString();
    request->loginHint = query.value(6).toString();
    request->kind = query.value(7).toString();
    request->invitationId = query.value(8).toString();
    request->userId = query.value(9).toString();
    request->language = query.value(10).toString();
    return true;
}

// ---- authorize --------------------------------------------------------------------------------

HttpResponse OidcProvider::errorRedirect(const QString &redirectUri, const QString &state,
                                         const QString &error, const QString &description,
                                         const QString &emailHint) const
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("error"), error);
    query.addQueryItem(QStringLiteral("error_description"),
                       QString::fromLatin1(QUrl::toPercentEncoding(description)));
    if (!emailHint.isEmpty())
        query.addQueryItem(QStringLiteral("email_hint"),
                           QString::fromLatin1(QUrl::toPercentEncoding(emailHint)));
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(state)));
    query.addQueryItem(QStringLiteral("iss"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_issuer)));
    url.setQuery(query);
    return HttpResponse::redirect(url);
}

HttpResponse OidcProvider::authorize(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.queryParams();
    auto param = [&params](const char *name) {
        return HttpRequest::value(params, QString::fromLatin1(name));
    };

    const QString language = pageLanguage(request, param("ui_locales"));
    Client client;
    if (!findClient(param("client_id"), &client))
        return HttpResponse::html(
            400,
            Pages::error(m_productName,
                         Pages::text(language, "Unknown application", "Tuntematon sovellus"),
                         Pages::text(language,
                                     "The application that sent you here is not registered "
                                     "with this sign-in service.",
                                     "Sovellus, joka ohjasi sinut tänne, ei ole rekisteröity "
                                     "tähän kirjautumispalveluun."),
                         language));
    const QString redirectUri = param("redirect_uri");
    if (!redirectUriMatches(client.redirectUris, redirectUri))
        return HttpResponse::html(
            400,
            Pages::error(
                m_productName,
                Pages::text(language, "Invalid redirect address", "Virheellinen paluuosoite"),
                Pages::text(language,
                            "The application asked to return to an address it has not "
                            "registered, so sign-in stops here.",
                            "Sovellus pyysi paluuta osoitteeseen, jota se ei ole "
                            "rekisteröinyt, joten kirjautuminen päättyy tähän."),
                language));

    const QString state = param("state");
    if (HttpRequest::hasDuplicates(params))
        return errorRedirect(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("a parameter is repeated"));
    if (param("response_type") != QLatin1String("code"))
        return errorRedirect(redirectUri, state, QStringLiteral("unsupported_response_type"),
                             QStringLiteral("only response_type=code is supported"));
    const QString challenge = param("code_challenge");
    if (challenge.isEmpty())
        return errorRedirect(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge is required (PKCE)"));
    if (param("code_challenge_method") != QLatin1String("S256"))
        return errorRedirect(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge_method must be S256"));
    if (challenge.size() != 43 || !isBase64UrlText(challenge))
        return errorRedirect(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("code_challenge is not a base64url SHA-256 value"));

    QStringList scopes;
    for (const QString &scope : param("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (supportedScopes().contains(scope) && !scopes.contains(scope))
            scopes.append(scope);
    }
    if (!scopes.contains(QLatin1String("openid")))
        return errorRedirect(redirectUri, state, QStringLiteral("invalid_scope"),
                             QStringLiteral("scope must contain openid"));

    const QStringList prompts = param("prompt").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &prompt : prompts) {
        static const QStringList known {QStringLiteral("none"), QStringLiteral("login"),
                                        QStringLiteral("consent"), QStringLiteral("create")};
        if (!known.contains(prompt))
            return errorRedirect(redirectUri, state, QStringLiteral("invalid_request"),
                                 QStringLiteral("unsupported prompt value"));
    }
    if (prompts.contains(QLatin1String("none")) && prompts.size() > 1)
        return errorRedirect(redirectUri, state, QStringLiteral("invalid_request"),
                             QStringLiteral("prompt=none cannot be combined"));

    PendingRequest pending;
    pending.id = QString::fromLatin1(Crypto::randomToken(24));
    pending.clientId = client.id;
    pending.redirectUri = redirectUri;
    pending.scope = scopes.join(QLatin1Char(' '));
    pending.state = state;
    pending.nonce = param("nonce");
    pending.codeChallenge = challenge;
    pending.loginHint = param("login_hint");
    pending.language = Pages::chooseLanguage(param("ui_locales"));
    m_database.run(QStringLiteral("DELETE FROM auth_requests WHERE expires <= ?"), {now()});
    if (!m_database.run(QStringLiteral("INSERT INTO auth_requests (id, client_id, redirect_uri, "
                                       "scope, state, nonce, code_challenge, login_hint, expires, "
                                       "ui_language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {pending.id, pending.clientId, pending.redirectUri, pending.scope,
                         pending.state, pending.nonce, pending.codeChallenge, pending.loginHint,
                         now() + RequestLifetime, pending.language}))
        return errorRedirect(redirectUri, state, QStringLiteral("server_error"),
                             QStringLiteral("cannot store the request"));

    qint64 authTime = 0;
    const QString userId = sessionUser(request, &authTime);
    const bool registration =
        prompts.contains(QLatin1String("create")) || param("flow") == QLatin1String("register");
    if (prompts.contains(QLatin1String("none"))) {
        if (userId.isEmpty())
            return errorRedirect(redirectUri, state, QStringLiteral("login_required"),
                                 QStringLiteral("no browser session"));
        // Every client here is a public native one, which anyone on the computer can
        // impersonate: its request is never approved without the person (RFC 8252 §8.6).
        return errorRedirect(redirectUri, state, QStringLiteral("interaction_required"),
                             QStringLiteral("the person must confirm the account"));
    }

    const Pages::Form form = formFor(pending, request);
    // prompt=login (or create) always shows the form, even with a live session; otherwise a
    // session is offered with "Continue as <name>", never used silently.
    if (!userId.isEmpty() && !registration && !prompts.contains(QLatin1String("login")))
        return confirmPage(form, userId);
    return formPage(registration, form);
}

HttpResponse OidcProvider::confirmPage(const Pages::Form &form, const QString &userId)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT email, given_name, family_name FROM users WHERE id = ?"), {userId});
    QString name;
    if (query.next()) {
        const QString full = QStringList {query.value(1).toString(), query.value(2).toString()}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        name = full.isEmpty() ? query.value(0).toString()
                              : QStringLiteral("%1 (%2)").arg(full, query.value(0).toString());
    }
    Pages::Form copy = form;
    copy.productName = m_productName;
    return HttpResponse::html(200, Pages::confirmAccount(copy, name));
}

HttpResponse OidcProvider::confirmAccount(const HttpRequest &request)
{
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(request.formParams(), QStringLiteral("request")), &pending)
        || pending.kind == QLatin1String("invitation"))
        return expiredRequestPage(request);
    qint64 authTime = 0;
    const QString userId = sessionUser(request, &authTime);
    if (userId.isEmpty()) {
        // The session ended while the page was shown: sign in again.
        return formPage(false, formFor(pending, request));
    }
    qCInfo(lcDevServerOidc).noquote() << "user" << userId << "confirmed the account";
    return completeAuthorization(pending, userId, authTime, false);
}

Pages::Form OidcProvider::formFor(const PendingRequest &pending, const HttpRequest &request)
{
    Pages::Form form;
    form.csrf = request.csrfToken;
    form.requestId = pending.id;
    form.language = pending.language;
    form.email = pending.loginHint;
    return form;
}

HttpResponse OidcProvider::formPage(bool registration, const Pages::Form &form)
{
    Pages::Form copy = form;
    copy.productName = m_productName;
    return HttpResponse::html(200, registration ? Pages::registration(copy) : Pages::login(copy));
}

HttpResponse OidcProvider::tooManyAttempts(bool registration, const Pages::Form &form,
                                           qint64 retryAfter)
{
    qCWarning(lcDevServerOidc) << (registration ? "registration" : "sign-in") << "rate-limited for"
                               << retryAfter << "s";
    Pages::Form copy = form;
    copy.productName = m_productName;
    const qint64 minutes = (retryAfter + 59) / 60;
    copy.error = Pages::text(copy.language, "Too many attempts. Wait %1 minute(s) and try again.",
                             "Liian monta yritystä. Odota %1 min ja yritä uudelleen.")
                     .arg(minutes);
    HttpResponse response =
        HttpResponse::html(429, registration ? Pages::registration(copy) : Pages::login(copy));
    response.setHeader("Retry-After", QByteArray::number(retryAfter));
    return response;
}

HttpResponse OidcProvider::expiredRequestPage(const HttpRequest &request) const
{
    const QString l = pageLanguage(request);
    return HttpResponse::html(
        400,
        Pages::error(m_productName, Pages::text(l, "Sign-in expired", "Kirjautuminen vanhentui"),
                     Pages::text(l,
                                 "This sign-in request has expired or was already used. Go back "
                                 "to the application and start again.",
                                 "Tämä kirjautumispyyntö on vanhentunut tai jo käytetty. Palaa "
                                 "sovellukseen ja aloita alusta."),
                     l));
}

QString OidcProvider::pageLanguage(const HttpRequest &request, const QString &uiLocales)
{
    // The application's choice (ui_locales) first, then the browser's.
    const QString chosen = Pages::chooseLanguage(uiLocales);
    if (chosen != QLatin1String("en") || uiLocales.startsWith(QLatin1String("en")))
        return chosen;
    return Pages::languageOf(request.header("accept-language"));
}

HttpResponse OidcProvider::showForm(const HttpRequest &request, bool registration)
{
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(request.queryParams(), QStringLiteral("request")),
                     &pending))
        return expiredRequestPage(request);
    const Pages::Form form = formFor(pending, request);
    return formPage(registration, form);
}

HttpResponse OidcProvider::submitLogin(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.formParams();
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(params, QStringLiteral("request")), &pending))
        return expiredRequestPage(request);
    Pages::Form form;
    form.csrf = request.csrfToken;
    form.requestId = pending.id;
    form.language = pending.language;
    form.email = HttpRequest::value(params, QStringLiteral("email")).trimmed();
    const QString password = HttpRequest::value(params, QStringLiteral("password"));
    if (!isValidEmail(form.email)) {
        form.error =
            Pages::text(form.language, "Enter a valid e-mail address, like name@example.com.",
                        "Anna kelvollinen sähköpostiosoite, esim. nimi@example.com.");
        form.errorField = QStringLiteral("email");
        return formPage(false, form);
    }

    // Password guessing: wrong passwords count per account and per client address.
    const QString accountKey = form.email.toLower();
    const qint64 wait = std::max(m_loginFailuresByAccount.retryAfter(accountKey, now()),
                                 m_loginFailuresByAddress.retryAfter(request.peerAddress, now()));
    if (wait > 0)
        return tooManyAttempts(false, form, wait);
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT id, password_hash FROM users WHERE email = ?"), {form.email});
    const bool found = query.next();
    // Same cost whether or not the account exists: the answer time does not reveal accounts.
    static const QByteArray dummyHash =
        Crypto::hashPassword(QStringLiteral("dummy"), PasswordIterations);
    const QByteArray storedHash = found ? query.value(1).toByteArray() : dummyHash;
    const bool passwordOk = Crypto::verifyPassword(password, storedHash);
    if (!found || !passwordOk || password.isEmpty()) {
        qCInfo(lcDevServerOidc) << "sign-in refused: wrong e-mail or password";
        m_loginFailuresByAccount.record(accountKey, now());
        m_loginFailuresByAddress.record(request.peerAddress, now());
        form.error = Pages::text(form.language, "The e-mail address or password is incorrect.",
                                 "Sähköpostiosoite tai salasana on väärin.");
        form.errorField = QStringLiteral("password");
        return formPage(false, form);
    }
    const QString userId = query.value(0).toString();
    query.finish();
    m_loginFailuresByAccount.clear(accountKey);
    qCInfo(lcDevServerOidc).noquote() << "user" << userId << "signed in";
    const bool verified =
        m_database.scalar(QStringLiteral("SELECT email_verified FROM users WHERE id = ?"), {userId})
            .toInt()
        != 0;
    return finishSignIn(pending, userId, form.email, verified, true, form.csrf);
}

HttpResponse OidcProvider::submitRegistration(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.formParams();
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(params, QStringLiteral("request")), &pending))
        return expiredRequestPage(request);
    Pages::Form form;
    form.csrf = request.csrfToken;
    form.requestId = pending.id;
    form.language = pending.language;
    form.email = HttpRequest::value(params, QStringLiteral("email")).trimmed();
    form.givenName = HttpRequest::value(params, QStringLiteral("given_name")).trimmed().left(100);
    form.familyName = HttpRequest::value(params, QStringLiteral("family_name")).trimmed().left(100);
    const QString password = HttpRequest::value(params, QStringLiteral("password"));

    // Mass registration (and pre-registering others' addresses) is slowed per address tried
    // and per client address; every attempt counts.
    const QString accountKey = form.email.toLower();
    const qint64 wait = std::max(m_registrationsByAccount.retryAfter(accountKey, now()),
                                 m_registrationsByAddress.retryAfter(request.peerAddress, now()));
    if (wait > 0)
        return tooManyAttempts(true, form, wait);
    m_registrationsByAccount.record(accountKey, now());
    m_registrationsByAddress.record(request.peerAddress, now());

    if (!isValidEmail(form.email)) {
        form.error =
            Pages::text(form.language, "Enter a valid e-mail address, like name@example.com.",
                        "Anna kelvollinen sähköpostiosoite, esim. nimi@example.com.");
        form.errorField = QStringLiteral("email");
        return formPage(true, form);
    }
    if (password.size() < MinPasswordLength) {
        form.error = Pages::text(form.language, "Choose a password of at least %1 characters.",
                                 "Valitse vähintään %1 merkin salasana.")
                         .arg(MinPasswordLength);
        form.errorField = QStringLiteral("password");
        return formPage(true, form);
    }
    // An invitation proves the address: its owner takes over an account somebody registered
    // with it but never verified (pre-registering a buyer's address captures nothing).
    const bool invited = pending.kind == QLatin1String("invitation")
        && m_database
                .scalar(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE id = ? AND "
                                       "email = ? COLLATE NOCASE"),
                        {pending.invitationId, form.email})
                .toInt()
            > 0;
    const QString unverifiedId =
        m_database
            .scalar(QStringLiteral("SELECT id FROM users WHERE email = ? AND email_verified = 0"),
                    {form.email})
            .toString();
    if (invited && !unverifiedId.isEmpty()) {
        m_database.run(QStringLiteral("UPDATE users SET password_hash = ?, given_name = ?, "
                                      "family_name = ?, email_verified = 1 WHERE id = ?"),
                       {QString::fromLatin1(Crypto::hashPassword(password, PasswordIterations)),
                        form.givenName, form.familyName, unverifiedId});
        endSessionsOf(unverifiedId, QStringLiteral("the invited owner of the address took over"));
        qCInfo(lcDevServerOidc).noquote()
            << "the invited owner took over the unverified user" << unverifiedId;
        return finishSignIn(pending, unverifiedId, form.email, true, false, form.csrf);
    }
    if (m_database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"), {form.email})
            .toInt()
        > 0) {
        form.error = Pages::text(form.language,
                                 "An account with this e-mail address already exists. "
                                 "Sign in instead.",
                                 "Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään.");
        form.errorField = QStringLiteral("email");
        return formPage(true, form);
    }
    const QString userId = newId();
    // Accepting an invitation with the address it was sent to proves the address.
    bool verified = false;
    if (pending.kind == QLatin1String("invitation")) {
        verified = m_database
                       .scalar(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE id = ? AND "
                                              "email = ? COLLATE NOCASE"),
                               {pending.invitationId, form.email})
                       .toInt()
            > 0;
    }
    if (!m_database.run(QStringLiteral("INSERT INTO users (id, email, password_hash, given_name, "
                                       "family_name, email_verified, created) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {userId, form.email,
                         QString::fromLatin1(Crypto::hashPassword(password, PasswordIterations)),
                         form.givenName, form.familyName, verified ? 1 : 0, now()})) {
        form.error = Pages::text(form.language,
                                 "An account with this e-mail address already exists. "
                                 "Sign in instead.",
                                 "Tällä sähköpostiosoitteella on jo tili. Kirjaudu sisään.");
        form.errorField = QStringLiteral("email");
        return formPage(true, form);
    }
    qCInfo(lcDevServerOidc).noquote() << "registered user" << userId;
    if (!verified)
        sendVerificationEmail(userId, form.email);
    return finishSignIn(pending, userId, form.email, verified, false, form.csrf);
}

HttpResponse OidcProvider::finishSignIn(const PendingRequest &request, const QString &userId,
                                        const QString &email, bool emailVerified, bool sendLink,
                                        const QString &csrf)
{
    if (!m_requireEmailVerification || emailVerified)
        return completeAuthorization(request, userId, now(), true);
    // The request waits for the link; /user/continue picks it up again.
    m_database.run(QStringLiteral("UPDATE auth_requests SET user_id = ? WHERE id = ?"),
                   {userId, request.id});
    if (sendLink)
        sendVerificationEmail(userId, email);
    qCInfo(lcDevServerOidc).noquote() << "user" << userId << "must verify the e-mail address";
    return verificationPage(request, email, csrf, false);
}

HttpResponse OidcProvider::verificationPage(const PendingRequest &request, const QString &email,
                                            const QString &csrf, bool notYet)
{
    Pages::Form form;
    form.productName = m_productName;
    form.requestId = request.id;
    form.email = email;
    form.language = request.language;
    form.csrf = csrf;
    HttpResponse response = HttpResponse::html(200, Pages::verifyEmail(form, notYet));
    response.setHeader("Content-Security-Policy", Pages::verifyEmailPolicy());
    response.setNoStore();
    return response;
}

void OidcProvider::sendVerificationEmail(const QString &userId, const QString &email)
{
    if (!m_outbox)
        return;
    const QString url = link(QStringLiteral("/user/verify-email"),
                             createEmailToken(QStringLiteral("verify"), userId, email, QString(),
                                              VerificationLinkLifetime));
    m_outbox->send(email, QStringLiteral("Confirm your e-mail address for %1").arg(m_productName),
                   QStringLiteral("Hello,\n\nplease confirm that this address is yours by "
                                  "opening this link within 24 hours:\n\n%1\n\nIf you did not "
                                  "create a %2 account, ignore this message.")
                       .arg(url, m_productName),
                   {url});
}

void OidcProvider::endSessionsOf(const QString &userId, const QString &reason)
{
    m_database.run(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId});
    QSqlQuery families = m_database.exec(
        QStringLiteral("SELECT id FROM token_families WHERE user_id = ? AND revoked = 0"),
        {userId});
    QStringList familyIds;
    while (families.next())
        familyIds.append(families.value(0).toString());
    families.finish();
    for (const QString &family : familyIds)
        revokeFamily(family, reason);
}

// ---- password reset -------------------------------------------------------------------------

HttpResponse OidcProvider::showForgotPassword(const HttpRequest &request)
{
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(request.queryParams(), QStringLiteral("request")),
                     &pending))
        return expiredRequestPage(request);
    Pages::Form form = formFor(pending, request);
    form.productName = m_productName;
    HttpResponse response = HttpResponse::html(200, Pages::forgotPassword(form));
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::submitForgotPassword(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.formParams();
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(params, QStringLiteral("request")), &pending))
        return expiredRequestPage(request);
    Pages::Form form = formFor(pending, request);
    form.productName = m_productName;
    form.email = HttpRequest::value(params, QStringLiteral("email")).trimmed();
    if (!isValidEmail(form.email)) {
        form.error =
            Pages::text(form.language, "Enter a valid e-mail address, like name@example.com.",
                        "Anna kelvollinen sähköpostiosoite, esim. nimi@example.com.");
        form.errorField = QStringLiteral("email");
        return HttpResponse::html(200, Pages::forgotPassword(form));
    }
    // The same answer whether or not the address has an account: the page reveals none.
    const QString accountKey = form.email.toLower();
    const qint64 wait = m_resetsByAccount.retryAfter(accountKey, now());
    if (wait > 0) {
        form.error =
            Pages::text(form.language, "Too many attempts. Wait %1 minute(s) and try again.",
                        "Liian monta yritystä. Odota %1 min ja yritä uudelleen.")
                .arg((wait + 59) / 60);
        HttpResponse response = HttpResponse::html(429, Pages::forgotPassword(form));
        response.setHeader("Retry-After", QByteArray::number(wait));
        return response;
    }
    m_resetsByAccount.record(accountKey, now());
    const QString userId =
        m_database
            .scalar(QStringLiteral("SELECT id FROM users WHERE email = ? COLLATE NOCASE"),
                    {form.email})
            .toString();
    if (!userId.isEmpty() && m_outbox) {
        const QString url = link(QStringLiteral("/user/reset"),
                                 createEmailToken(QStringLiteral("reset"), userId, form.email,
                                                  QString(), ResetLinkLifetime));
        m_outbox->send(form.email,
                       QStringLiteral("Choose a new password for %1").arg(m_productName),
                       QStringLiteral("Hello,\n\nsomebody asked to reset the password of your %1 "
                                      "account. Choose a new one here (the link works once, for "
                                      "30 minutes):\n\n%2\n\nIf it was not you, ignore this "
                                      "message: your password stays as it is.")
                           .arg(m_productName, url),
                       {url});
        qCInfo(lcDevServerOidc).noquote() << "sent a password reset link to user" << userId;
    }
    HttpResponse response = HttpResponse::html(200, Pages::resetLinkSent(form));
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::showResetPassword(const HttpRequest &request)
{
    QString userId, email, unused;
    const QString token = HttpRequest::value(request.queryParams(), QStringLiteral("token"));
    const QString language = Pages::languageOf(request.header("accept-language"));
    if (!findEmailToken(QStringLiteral("reset"), token, &userId, &email, &unused))
        return HttpResponse::html(400, Pages::resetLinkExpired(m_productName, language));
    HttpResponse response = HttpResponse::html(
        200,
        Pages::resetPassword(m_productName, token, email, QString(), request.csrfToken, language));
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::submitResetPassword(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.formParams();
    const QString token = HttpRequest::value(params, QStringLiteral("token"));
    const QString password = HttpRequest::value(params, QStringLiteral("password"));
    const QString language = Pages::languageOf(request.header("accept-language"));
    QString userId, email, unused;
    if (!findEmailToken(QStringLiteral("reset"), token, &userId, &email, &unused))
        return HttpResponse::html(400, Pages::resetLinkExpired(m_productName, language));
    if (password.size() < MinPasswordLength) {
        HttpResponse response = HttpResponse::html(
            200,
            Pages::resetPassword(m_productName, token, email,
                                 Pages::text(language,
                                             "Choose a password of at least %1 characters.",
                                             "Valitse vähintään %1 merkin salasana.")
                                     .arg(MinPasswordLength),
                                 request.csrfToken, language));
        response.setNoStore();
        return response;
    }
    // The address must still be the account's; opening the link proves the mailbox.
    QSqlQuery update = m_database.exec(
        QStringLiteral("UPDATE users SET password_hash = ?, email_verified = 1 WHERE id = ? AND "
                       "email = ?"),
        {QString::fromLatin1(Crypto::hashPassword(password, PasswordIterations)), userId, email});
    if (update.numRowsAffected() != 1)
        return HttpResponse::html(400, Pages::resetLinkExpired(m_productName, language));
    // Every reset link of the account is spent, and whoever knew the old password is out.
    m_database.run(QStringLiteral("UPDATE email_tokens SET used = 1 WHERE purpose = 'reset' AND "
                                  "user_id = ?"),
                   {userId});
    endSessionsOf(userId, QStringLiteral("the password was reset"));
    m_loginFailuresByAccount.clear(email.toLower());
    qCInfo(lcDevServerOidc).noquote() << "user" << userId << "reset the password";
    HttpResponse response =
        HttpResponse::html(200, Pages::passwordChanged(m_productName, email, language));
    response.setNoStore();
    return response;
}

QByteArray OidcProvider::createEmailToken(const QString &purpose, const QString &userId,
                                          const QString &email, const QString &invitationId,
                                          qint64 lifetime)
{
    const QByteArray token = Crypto::randomToken(32);
    m_database.run(QStringLiteral("DELETE FROM email_tokens WHERE expires <= ?"), {now()});
    m_database.run(
        QStringLiteral("INSERT INTO email_tokens (token_hash, purpose, user_id, email, "
                       "invitation_id, expires, created) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {Crypto::tokenHash(token), purpose, userId, email, invitationId, now() + lifetime, now()});
    return token;
}

bool OidcProvider::findEmailToken(const QString &purpose, const QString &token, QString *userId,
                                  QString *email, QString *invitationId)
{
    if (token.isEmpty())
        return false;
    QSqlQuery query = m_database.exec(
        QStringLiteral(
            "SELECT user_id, email, invitation_id FROM email_tokens WHERE token_hash = ? "
            "AND purpose = ? AND used = 0 AND expires > ?"),
        {Crypto::tokenHash(token.toLatin1()), purpose, now()});
    if (!query.next())
        return false;
    *userId = query.value(0).toString();
    *email = query.value(1).toString();
    *invitationId = query.value(2).toString();
    return true;
}

QString OidcProvider::link(const QString &path, const QByteArray &token) const
{
    return m_issuer + path + QStringLiteral("?token=") + QString::fromLatin1(token);
}

HttpResponse OidcProvider::verifyEmailLink(const HttpRequest &request)
{
    QString userId, email, invitationId;
    const QString token = HttpRequest::value(request.queryParams(), QStringLiteral("token"));
    const QString l = pageLanguage(request);
    if (!findEmailToken(QStringLiteral("verify"), token, &userId, &email, &invitationId))
        return HttpResponse::html(
            400,
            Pages::error(m_productName, Pages::text(l, "Link expired", "Linkki on vanhentunut"),
                         Pages::text(l,
                                     "This confirmation link has expired or is not valid. Sign "
                                     "in again to get a new one.",
                                     "Tämä vahvistuslinkki on vanhentunut tai virheellinen. "
                                     "Kirjaudu uudelleen saadaksesi uuden."),
                         l));
    // The address must still be the account's: a changed address needs a new link.
    QSqlQuery update = m_database.exec(
        QStringLiteral("UPDATE users SET email_verified = 1 WHERE id = ? AND email = ?"),
        {userId, email});
    if (update.numRowsAffected() != 1)
        return HttpResponse::html(
            400,
            Pages::error(m_productName, Pages::text(l, "Link expired", "Linkki on vanhentunut"),
                         Pages::text(l, "This confirmation link is no longer valid.",
                                     "Tämä vahvistuslinkki ei ole enää voimassa."),
                         l));
    qCInfo(lcDevServerOidc).noquote() << "user" << userId << "verified the e-mail address";
    HttpResponse response = HttpResponse::html(
        200,
        Pages::message(m_productName,
                       Pages::text(l, "E-mail address confirmed", "Sähköpostiosoite vahvistettu"),
                       Pages::text(l,
                                   "Thank you, %1 is confirmed. The sign-in window continues by "
                                   "itself; you can close this page.",
                                   "Kiitos, %1 on vahvistettu. Kirjautumisikkuna jatkaa "
                                   "itsestään; voit sulkea tämän sivun.")
                           .arg(email),
                       l));
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::continueAfterVerification(const HttpRequest &request)
{
    // GET: the waiting page's own refresh; POST: its Continue or Cancel button.
    const bool post = request.method == "POST";
    const QList<HttpRequest::Param> params = post ? request.formParams() : request.queryParams();
    PendingRequest pending;
    if (!findRequest(HttpRequest::value(params, QStringLiteral("request")), &pending)
        || pending.userId.isEmpty())
        return expiredRequestPage(request);
    const bool verified =
        m_database
            .scalar(QStringLiteral("SELECT email_verified FROM users WHERE id = ?"),
                    {pending.userId})
            .toInt()
        != 0;
    if (!post && HttpRequest::value(params, QStringLiteral("check")) == QLatin1String("1")) {
        // The waiting page's script asks; it submits the Continue form once this says so.
        HttpResponse answer =
            HttpResponse::json(200, QJsonObject {{QStringLiteral("verified"), verified}});
        answer.setNoStore();
        return answer;
    }
    if (verified)
        return completeAuthorization(pending, pending.userId, now(), true);
    const bool cancel =
        post && HttpRequest::value(params, QStringLiteral("cancel")) == QLatin1String("1");
    if (!cancel) {
        // Not yet: the request keeps waiting (until it expires), nothing is typed again.
        const QString email =
            m_database
                .scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {pending.userId})
                .toString();
        return verificationPage(pending, email, request.csrfToken, post);
    }
    m_database.run(QStringLiteral("DELETE FROM auth_requests WHERE id = ?"), {pending.id});
    qCInfo(lcDevServerOidc).noquote()
        << "sign-in of user" << pending.userId << "ended: e-mail not verified";
    // The window says where the link went; the redirect passes through the browser (and its
    // history), so only a masked form of the address travels: "a…@example.com".
    const QString email =
        m_database.scalar(QStringLiteral("SELECT email FROM users WHERE id = ?"), {pending.userId})
            .toString();
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    const QString masked = at > 0 ? email.left(1) + QChar(0x2026) + email.mid(at) : QString();
    return errorRedirect(pending.redirectUri, pending.state, QStringLiteral("access_denied"),
                         QStringLiteral("email_not_verified"), masked);
}

HttpResponse OidcProvider::acceptInvitation(const HttpRequest &request)
{
    QString userId, email, invitationId;
    const QString token = HttpRequest::value(request.queryParams(), QStringLiteral("token"));
    const QString l = pageLanguage(request);
    if (!findEmailToken(QStringLiteral("invite"), token, &userId, &email, &invitationId))
        return HttpResponse::html(
            400,
            Pages::error(m_productName,
                         Pages::text(l, "Invitation expired", "Kutsu on vanhentunut"),
                         Pages::text(l,
                                     "This invitation has expired, was already accepted or is "
                                     "not valid.",
                                     "Tämä kutsu on vanhentunut, jo hyväksytty tai virheellinen."),
                         l));
    const QString redirectUri =
        m_database
            .scalar(QStringLiteral("SELECT redirect_uri FROM invitations WHERE id = ? AND "
                                   "state = 'sent'"),
                    {invitationId})
            .toString();
    if (redirectUri.isEmpty())
        return HttpResponse::html(
            400,
            Pages::error(m_productName,
                         Pages::text(l, "Invitation expired", "Kutsu on vanhentunut"),
                         Pages::text(l, "This invitation was already accepted.",
                                     "Tämä kutsu on jo hyväksytty."),
                         l));
    PendingRequest pending;
    pending.id = QString::fromLatin1(Crypto::randomToken(24));
    pending.redirectUri = redirectUri;
    pending.loginHint = email;
    pending.kind = QStringLiteral("invitation");
    pending.invitationId = invitationId;
    pending.language = l;
    m_database.run(QStringLiteral("DELETE FROM auth_requests WHERE expires <= ?"), {now()});
    if (!m_database.run(QStringLiteral("INSERT INTO auth_requests (id, client_id, redirect_uri, "
                                       "scope, state, nonce, code_challenge, login_hint, expires, "
                                       "kind, invitation_id, ui_language) "
                                       "VALUES (?, '', ?, '', '', '', '', ?, ?, ?, ?, ?)"),
                        {pending.id, redirectUri, email, now() + RequestLifetime, pending.kind,
                         invitationId, l}))
        return expiredRequestPage(request);
    // An unverified account with the address may be somebody else's squatting: the invited
    // owner registers (and takes it over) instead of signing in to it.
    const bool existing =
        m_database
            .scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ? AND "
                                   "(email_verified = 1 OR password_hash IS NULL)"),
                    {email})
            .toInt()
        > 0;
    Pages::Form form;
    form.csrf = request.csrfToken;
    form.requestId = pending.id;
    form.language = pending.language;
    form.email = email;
    return formPage(!existing, form);
}

QString OidcProvider::sessionUser(const HttpRequest &request, qint64 *authTime)
{
    const QString cookie = request.cookie(SessionCookieName);
    if (cookie.isEmpty())
        return {};
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT s.user_id, s.auth_time FROM sessions s "
                                       "JOIN users u ON u.id = s.user_id "
                                       "WHERE s.id_hash = ? AND s.expires > ?"),
                        {Crypto::tokenHash(cookie.toLatin1()), now()});
    if (!query.next())
        return {};
    *authTime = query.value(1).toLongLong();
    return query.value(0).toString();
}

QByteArray OidcProvider::sessionCookie(const QString &userId, qint64 authTime)
{
    const QByteArray session = Crypto::randomToken(32);
    m_database.run(QStringLiteral("DELETE FROM sessions WHERE expires <= ?"), {now()});
    m_database.run(QStringLiteral("INSERT INTO sessions (id_hash, user_id, auth_time, expires) "
                                  "VALUES (?, ?, ?, ?)"),
                   {Crypto::tokenHash(session), userId, authTime, now() + SessionLifetime});
    QByteArray cookie = SessionCookieName + '=' + session
        + "; Path=/; Max-Age=" + QByteArray::number(SessionLifetime) + "; HttpOnly; SameSite=Lax";
    if (m_issuer.startsWith(QLatin1String("https:")))
        cookie += "; Secure";
    return cookie;
}

HttpResponse OidcProvider::completeAuthorization(const PendingRequest &request,
                                                 const QString &userId, qint64 authTime,
                                                 bool newSession)
{
    // The pending request is spent either way: one request, one code.
    m_database.run(QStringLiteral("DELETE FROM auth_requests WHERE id = ?"), {request.id});
    if (request.kind == QLatin1String("invitation")) {
        // An invitation returns to the webshop's page, with a browser session but no code.
        m_database.run(QStringLiteral("UPDATE invitations SET state = 'accepted', user_id = ? "
                                      "WHERE id = ?"),
                       {userId, request.invitationId});
        m_database.run(QStringLiteral("UPDATE email_tokens SET used = 1 WHERE invitation_id = ?"),
                       {request.invitationId});
        qCInfo(lcDevServerOidc).noquote()
            << "user" << userId << "accepted invitation" << request.invitationId;
        HttpResponse response = HttpResponse::redirect(QUrl(request.redirectUri));
        response.headers.append({"Set-Cookie", sessionCookie(userId, authTime)});
        return response;
    }
    const QByteArray code = Crypto::randomToken(32);
    m_database.run(QStringLiteral("DELETE FROM auth_codes WHERE expires <= ? AND family IS NULL"),
                   {now() - 3600});
    m_database.run(QStringLiteral("INSERT INTO auth_codes (code_hash, client_id, redirect_uri, "
                                  "code_challenge, nonce, scope, user_id, auth_time, expires) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {Crypto::tokenHash(code), request.clientId, request.redirectUri,
                    request.codeChallenge, request.nonce, request.scope, userId, authTime,
                    now() + m_codeLifetime});
    qCDebug(lcDevServerOidc).noquote() << "issued code" << Crypto::fingerprint(code);

    QUrl url(request.redirectUri);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    if (!request.state.isEmpty())
        query.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(request.state)));
    query.addQueryItem(QStringLiteral("iss"),
                       QString::fromLatin1(QUrl::toPercentEncoding(m_issuer)));
    url.setQuery(query);
    HttpResponse response = HttpResponse::redirect(url);
    if (newSession)
        response.headers.append({"Set-Cookie", sessionCookie(userId, authTime)});
    return response;
}

// ---- token endpoint ---------------------------------------------------------------------------

HttpResponse OidcProvider::token(const HttpRequest &request)
{
    if (!request.hasFormContentType())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("the body must be application/x-www-form-urlencoded"));
    const QList<HttpRequest::Param> params = request.formParams();
    if (HttpRequest::hasDuplicates(params))
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("a parameter is repeated"));
    const QString clientId = HttpRequest::value(params, QStringLiteral("client_id"));
    if (clientId.isEmpty())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("client_id is required"));
    Client client;
    if (!findClient(clientId, &client))
        return tokenError(QStringLiteral("invalid_client"), QStringLiteral("unknown client"));

    const QString grantType = HttpRequest::value(params, QStringLiteral("grant_type"));
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(params);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(params);
    if (grantType.isEmpty())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is required"));
    return tokenError(QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("only authorization_code and refresh_token are supported"));
}

HttpResponse OidcProvider::authorizationCodeGrant(const QList<HttpRequest::Param> &params)
{
    const QString code = HttpRequest::value(params, QStringLiteral("code"));
    const QString redirectUri = HttpRequest::value(params, QStringLiteral("redirect_uri"));
    const QString verifier = HttpRequest::value(params, QStringLiteral("code_verifier"));
    const QString clientId = HttpRequest::value(params, QStringLiteral("client_id"));
    if (code.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("code, redirect_uri and code_verifier are required"));
    static const QRegularExpression verifierPattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!verifierPattern.match(verifier).hasMatch())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("code_verifier must be 43 to 128 unreserved characters"));

    const QString codeHash = Crypto::tokenHash(code.toLatin1());
    if (!m_database.begin())
        return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                       QStringLiteral("database busy"));
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT client_id, redirect_uri, code_challenge, nonce, scope, user_id, "
                       "auth_time, expires, used, family FROM auth_codes WHERE code_hash = ?"),
        {codeHash});
    if (!query.next()) {
        m_database.rollback();
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("unknown authorization code"));
    }
    if (query.value(8).toInt() != 0) {
        // RFC 6749 §4.1.2: a replayed code revokes what it produced.
        const QString family = query.value(9).toString();
        query.finish();
        if (!family.isEmpty())
            revokeFamily(family, QStringLiteral("authorization code replayed"));
        m_database.commit();
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("authorization code already used"));
    }
    const QString codeClient = query.value(0).toString();
    const QString codeRedirect = query.value(1).toString();
    const QString challenge = query.value(2).toString();
    const QString nonce = query.value(3).toString();
    const QString scope = query.value(4).toString();
    const QString userId = query.value(5).toString();
    const qint64 authTime = query.value(6).toLongLong();
    const qint64 expires = query.value(7).toLongLong();
    query.finish();
    // Single use, strictly: any presentation spends the code, even a failing one.
    m_database.run(QStringLiteral("UPDATE auth_codes SET used = 1 WHERE code_hash = ?"),
                   {codeHash});

    QString problem;
    if (expires <= now())
        problem = QStringLiteral("authorization code expired");
    else if (codeClient != clientId)
        problem = QStringLiteral("authorization code was issued to another client");
    else if (codeRedirect != redirectUri)
        problem = QStringLiteral("redirect_uri does not match the authorization request");
    else if (QString::fromLatin1(Crypto::base64url(Crypto::sha256(verifier.toLatin1())))
             != challenge)
        problem = QStringLiteral("code_verifier does not match the code_challenge");
    if (!problem.isEmpty()) {
        m_database.commit();
        qCInfo(lcDevServerOidc).noquote() << "code grant refused:" << problem;
        return tokenError(QStringLiteral("invalid_grant"), problem);
    }

    const QString family = newId();
    m_database.run(QStringLiteral("INSERT INTO token_families (id, user_id, client_id, scope, "
                                  "auth_time, created) VALUES (?, ?, ?, ?, ?, ?)"),
                   {family, userId, clientId, scope, authTime, now()});
    m_database.run(QStringLiteral("UPDATE auth_codes SET family = ? WHERE code_hash = ?"),
                   {family, codeHash});
    const QJsonObject tokens = issueTokens(family, nonce);
    if (!m_database.commit() || tokens.isEmpty())
        return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                       QStringLiteral("cannot issue tokens"));
    HttpResponse response = HttpResponse::json(200, tokens);
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::refreshTokenGrant(const QList<HttpRequest::Param> &params)
{
    const QString refreshToken = HttpRequest::value(params, QStringLiteral("refresh_token"));
    const QString clientId = HttpRequest::value(params, QStringLiteral("client_id"));
    if (refreshToken.isEmpty())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("refresh_token is required"));
    const QString tokenHash = Crypto::tokenHash(refreshToken.toLatin1());
    if (!m_database.begin())
        return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                       QStringLiteral("database busy"));
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT r.family, r.used, r.expires, f.client_id, f.revoked, f.scope "
                       "FROM refresh_tokens r JOIN token_families f ON f.id = r.family "
                       "WHERE r.token_hash = ?"),
        {tokenHash});
    if (!query.next()) {
        m_database.rollback();
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("unknown refresh token"));
    }
    const QString family = query.value(0).toString();
    const bool used = query.value(1).toInt() != 0;
    const qint64 expires = query.value(2).toLongLong();
    const QString familyClient = query.value(3).toString();
    const bool revoked = query.value(4).toInt() != 0;
    const QStringList grantedScopes = query.value(5).toString().split(QLatin1Char(' '));
    query.finish();

    if (familyClient != clientId) {
        m_database.rollback();
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("refresh token was issued to another client"));
    }
    if (revoked) {
        m_database.rollback();
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("refresh token revoked"));
    }
    if (used) {
        // RFC 9700 §4.14.2: a spent refresh token coming back means it leaked; end the family.
        revokeFamily(family, QStringLiteral("refresh token reuse"));
        m_database.commit();
        return tokenError(QStringLiteral("invalid_grant"),
                          QStringLiteral("refresh token already used; the session was revoked"));
    }
    if (expires <= now()) {
        m_database.rollback();
        return tokenError(QStringLiteral("invalid_grant"), QStringLiteral("refresh token expired"));
    }
    const QString requestedScope = HttpRequest::value(params, QStringLiteral("scope"));
    for (const QString &scope : requestedScope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!grantedScopes.contains(scope)) {
            m_database.rollback();
            return tokenError(QStringLiteral("invalid_scope"),
                              QStringLiteral("scope exceeds the original grant"));
        }
    }
    m_database.run(QStringLiteral("UPDATE refresh_tokens SET used = 1 WHERE token_hash = ?"),
                   {tokenHash});
    const QJsonObject tokens = issueTokens(family, QString());
    if (!m_database.commit() || tokens.isEmpty())
        return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                       QStringLiteral("cannot issue tokens"));
    qCDebug(lcDevServerOidc).noquote()
        << "rotated refresh token" << Crypto::fingerprint(refreshToken.toLatin1());
    HttpResponse response = HttpResponse::json(200, tokens);
    response.setNoStore();
    return response;
}

QJsonObject OidcProvider::issueTokens(const QString &family, const QString &nonce)
{
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT f.user_id, f.client_id, f.scope, f.auth_time, u.email, "
                       "u.email_verified, u.given_name, u.family_name FROM token_families f "
                       "JOIN users u ON u.id = f.user_id WHERE f.id = ?"),
        {family});
    if (!query.next())
        return {};
    const QString userId = query.value(0).toString();
    const QString clientId = query.value(1).toString();
    const QString scope = query.value(2).toString();
    const qint64 authTime = query.value(3).toLongLong();
    const qint64 issued = now();

    const QByteArray accessToken = Crypto::randomToken(32);
    const QByteArray refreshToken = Crypto::randomToken(32);
    m_database.run(
        QStringLiteral("INSERT INTO access_tokens (token_hash, family, user_id, expires) "
                       "VALUES (?, ?, ?, ?)"),
        {Crypto::tokenHash(accessToken), family, userId, issued + AccessTokenLifetime});
    m_database.run(QStringLiteral("INSERT INTO refresh_tokens (token_hash, family, expires) "
                                  "VALUES (?, ?, ?)"),
                   {Crypto::tokenHash(refreshToken), family, issued + RefreshTokenLifetime});

    QJsonObject claims {
        {QStringLiteral("iss"), m_issuer},
        {QStringLiteral("sub"), userId},
        {QStringLiteral("aud"), clientId},
        {QStringLiteral("iat"), issued},
        {QStringLiteral("exp"), issued + IdTokenLifetime},
        {QStringLiteral("auth_time"), authTime},
        {QStringLiteral("at_hash"),
         QString::fromLatin1(Crypto::base64url(Crypto::sha256(accessToken).left(16)))},
        {QStringLiteral("email"), query.value(4).toString()},
        {QStringLiteral("email_verified"), query.value(5).toInt() != 0},
        {QStringLiteral("given_name"), query.value(6).toString()},
        {QStringLiteral("family_name"), query.value(7).toString()},
    };
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    m_idTokenKeys.refresh(); // a `keys rotate` beside the server takes effect at once

    return QJsonObject {
        {QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), AccessTokenLifetime},
        {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
        {QStringLiteral("id_token"), QString::fromLatin1(m_idTokenKeys.current().sign(claims))},
        {QStringLiteral("scope"), scope},
    };
}

void OidcProvider::revokeFamily(const QString &family, const QString &reason)
{
    m_database.run(QStringLiteral("UPDATE token_families SET revoked = 1 WHERE id = ?"), {family});
    m_database.run(QStringLiteral("DELETE FROM access_tokens WHERE family = ?"), {family});
    qCWarning(lcDevServerOidc).noquote() << "revoked token family" << family << "because" << reason;
}

// ---- userinfo, revocation, bearer tokens ----------------------------------------------------

QString OidcProvider::authenticate(const HttpRequest &request)
{
    const QByteArray token = request.bearerToken();
    if (token.isEmpty())
        return {};
    return m_database
        .scalar(QStringLiteral("SELECT a.user_id FROM access_tokens a "
                               "JOIN token_families f ON f.id = a.family "
                               "WHERE a.token_hash = ? AND a.expires > ? AND f.revoked = 0"),
                {Crypto::tokenHash(token), now()})
        .toString();
}

HttpResponse OidcProvider::invalidToken(const QString &description)
{
    HttpResponse response =
        HttpResponse::jsonError(401, QStringLiteral("invalid_token"), description);
    response.setHeader("WWW-Authenticate",
                       "Bearer error=\"invalid_token\", error_description=\""
                           + description.toLatin1().replace('"', '\'') + '"');
    return response;
}

HttpResponse OidcProvider::userInfo(const HttpRequest &request)
{
    const QString userId = authenticate(request);
    if (userId.isEmpty())
        return invalidToken(QStringLiteral("missing, expired or revoked access token"));
    QSqlQuery query = m_database.exec(QStringLiteral("SELECT email, email_verified, given_name, "
                                                     "family_name FROM users WHERE id = ?"),
                                      {userId});
    if (!query.next())
        return invalidToken(QStringLiteral("the user no longer exists"));
    const QString given = query.value(2).toString();
    const QString familyName = query.value(3).toString();
    HttpResponse response = HttpResponse::json(
        200,
        QJsonObject {{QStringLiteral("sub"), userId},
                     {QStringLiteral("email"), query.value(0).toString()},
                     {QStringLiteral("email_verified"), query.value(1).toInt() != 0},
                     {QStringLiteral("given_name"), given},
                     {QStringLiteral("family_name"), familyName},
                     {QStringLiteral("name"),
                      QStringList {given, familyName}.join(QLatin1Char(' ')).trimmed()}});
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::revoke(const HttpRequest &request)
{
    if (!request.hasFormContentType())
        return tokenError(QStringLiteral("invalid_request"),
                          QStringLiteral("the body must be application/x-www-form-urlencoded"));
    const QList<HttpRequest::Param> params = request.formParams();
    const QString token = HttpRequest::value(params, QStringLiteral("token"));
    const QString clientId = HttpRequest::value(params, QStringLiteral("client_id"));
    Client client;
    if (!findClient(clientId, &client))
        return tokenError(QStringLiteral("invalid_client"), QStringLiteral("unknown client"));
    if (token.isEmpty())
        return tokenError(QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    const QString hash = Crypto::tokenHash(token.toLatin1());
    // RFC 7009 §2.2: unknown tokens are answered 200 too; a client's tokens only.
    const QString refreshFamily =
        m_database
            .scalar(QStringLiteral("SELECT r.family FROM refresh_tokens r "
                                   "JOIN token_families f ON f.id = r.family "
                                   "WHERE r.token_hash = ? AND f.client_id = ?"),
                    {hash, clientId})
            .toString();
    if (!refreshFamily.isEmpty()) {
        revokeFamily(refreshFamily, QStringLiteral("revocation request"));
    } else {
        m_database.run(
            QStringLiteral("DELETE FROM access_tokens WHERE token_hash = ? AND family IN "
                           "(SELECT id FROM token_families WHERE client_id = ?)"),
            {hash, clientId});
    }
    HttpResponse response = HttpResponse::text(200, "application/json", "{}");
    response.setNoStore();
    return response;
}

HttpResponse OidcProvider::signOut(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.queryParams();
    const QString redirectUri =
        HttpRequest::value(params, QStringLiteral("post_logout_redirect_uri"));
    if (!redirectUri.isEmpty()) {
        // Only back to an address the client registered: no open redirector.
        Client client;
        if (!findClient(HttpRequest::value(params, QStringLiteral("client_id")), &client)
            || !redirectUriMatches(client.redirectUris, redirectUri))
            return HttpResponse::html(
                400,
                Pages::error(m_productName,
                             Pages::text(pageLanguage(request), "Invalid sign-out request",
                                         "Virheellinen uloskirjautumispyyntö"),
                             Pages::text(pageLanguage(request),
                                         "The application asked to return to an address it has "
                                         "not registered.",
                                         "Sovellus pyysi paluuta osoitteeseen, jota se ei ole "
                                         "rekisteröinyt."),
                             pageLanguage(request)));
    }
    const QString cookie = request.cookie(SessionCookieName);
    if (!cookie.isEmpty())
        m_database.run(QStringLiteral("DELETE FROM sessions WHERE id_hash = ?"),
                       {Crypto::tokenHash(cookie.toLatin1())});
    HttpResponse response;
    if (redirectUri.isEmpty()) {
        response = HttpResponse::html(200, Pages::signedOut(m_productName, pageLanguage(request)));
    } else {
        QUrl url(redirectUri);
        const QString state = HttpRequest::value(params, QStringLiteral("state"));
        if (!state.isEmpty()) {
            QUrlQuery query(url);
            query.addQueryItem(QStringLiteral("state"),
                               QString::fromLatin1(QUrl::toPercentEncoding(state)));
            url.setQuery(query);
        }
        response = HttpResponse::redirect(url);
    }
    response.headers.append(
        {"Set-Cookie", SessionCookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"});
    return response;
}

} // namespace Keyway::DevServer
