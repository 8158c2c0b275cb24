// SPDX-License-Identifier: BSD-3-Clause
#include "accounts.h"

#include "crypto.h"
#include "database.h"
#include "oidcprovider.h"
#include "outbox.h"
#include "pages.h"
#include "router.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDevServerAccounts, "keyway.devserver.accounts")

namespace Keyway::DevServer {

namespace {
qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse badRequest(const QString &description)
{
    return HttpResponse::jsonError(400, QStringLiteral("invalid_request"), description);
}

HttpResponse adminRequired()
{
    return OidcProvider::invalidToken(QStringLiteral("the admin API key is required"));
}

bool jsonBody(const HttpRequest &request, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}
} // namespace

Accounts::Accounts(Database &database, OidcProvider &oidc, Outbox &outbox)
    : m_database(database), m_oidc(oidc), m_outbox(outbox)
{
}

bool Accounts::isAdmin(const HttpRequest &request, const QByteArray &adminKey)
{
    return !adminKey.isEmpty() && Crypto::constantTimeEquals(request.bearerToken(), adminKey);
}

void Accounts::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/idp/v1/users"),
               [this](const HttpRequest &r) { return createUser(r); });
    router.add("POST", QStringLiteral("/api/idp/v1/users/byEmail"),
               [this](const HttpRequest &r) { return userByEmail(r); });
    router.add("POST", QStringLiteral("/api/idp/v1/invitations"),
               [this](const HttpRequest &r) { return createInvitation(r); });
    router.add("GET", QStringLiteral("/user/activate"),
               [this](const HttpRequest &r) { return showActivation(r); });
    router.add("POST", QStringLiteral("/user/activate"),
               [this](const HttpRequest &r) { return submitActivation(r); });
}

QJsonObject Accounts::userJson(const QString &condition, const QVariant &value)
{
    QSqlQuery query =
        m_database.exec(QStringLiteral("SELECT id, email, given_name, family_name, email_verified, "
                                       "password_hash IS NOT NULL, created FROM users WHERE ")
                            + condition,
                        {value});
    if (!query.next())
        return {};
    return QJsonObject {
        {QStringLiteral("id"), query.value(0).toString()},
        {QStringLiteral("email"), query.value(1).toString()},
        {QStringLiteral("firstName"), query.value(2).toString()},
        {QStringLiteral("lastName"), query.value(3).toString()},
        {QStringLiteral("emailVerified"), query.value(4).toInt() != 0},
        {QStringLiteral("activated"), query.value(5).toInt() != 0},
        {QStringLiteral("created"),
         QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC).toString(Qt::ISODate)},
    };
}

HttpResponse Accounts::createUser(const HttpRequest &request)
{
    if (!isAdmin(request, m_adminKey))
        return adminRequired();
    QJsonObject body;
    if (!jsonBody(request, &body))
        return badRequest(QStringLiteral("the body must be a JSON object"));
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    const QString firstName = body.value(QStringLiteral("firstName")).toString().trimmed();
    const QString lastName = body.value(QStringLiteral("lastName")).toString().trimmed();
    if (!OidcProvider::isValidEmail(email))
        return badRequest(QStringLiteral("\"email\" must be a valid e-mail address"));
    if (firstName.isEmpty() || lastName.isEmpty() || firstName.size() > 100
        || lastName.size() > 100)
        return badRequest(QStringLiteral("\"firstName\" and \"lastName\" (1-100 characters) "
                                         "are required"));
    const QString sendParam =
        HttpRequest::value(request.queryParams(), QStringLiteral("sendActivationEmail"));
    if (!sendParam.isEmpty() && sendParam != QLatin1String("true")
        && sendParam != QLatin1String("false"))
        return badRequest(QStringLiteral("sendActivationEmail must be true or false"));

    const QString userId = newId();
    if (m_database.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ?"), {email})
                .toInt()
            > 0
        || !m_database.run(QStringLiteral("INSERT INTO users (id, email, password_hash, "
                                          "given_name, family_name, email_verified, created) "
                                          "VALUES (?, ?, NULL, ?, ?, 0, ?)"),
                           {userId, email, firstName, lastName, now()}))
        return HttpResponse::jsonError(409, QStringLiteral("user_exists"),
                                       QStringLiteral("a user with this e-mail address exists"));
    qCInfo(lcDevServerAccounts).noquote() << "created user" << userId << "without a password";
    if (sendParam == QLatin1String("true")) {
        const QString url =
            m_oidc.link(QStringLiteral("/user/activate"),
                        m_oidc.createEmailToken(QStringLiteral("activate"), userId, email,
                                                QString(), ActivationLinkLifetime));
        m_outbox.send(email, QStringLiteral("Activate your %1 account").arg(m_oidc.productName()),
                      QStringLiteral("Hello %1,\n\nan account was created for you with your "
                                     "purchase. Choose your password here (the link works for 7 "
                                     "days):\n\n%2\n")
                          .arg(firstName, url),
                      {url});
    }
    HttpResponse response = HttpResponse::json(201, userJson(QStringLiteral("id = ?"), userId));
    response.setNoStore();
    return response;
}

HttpResponse Accounts::userByEmail(const HttpRequest &request)
{
    if (!isAdmin(request, m_adminKey))
        return adminRequired();
    QJsonObject body;
    if (!jsonBody(request, &body) || !body.value(QStringLiteral("email")).isString())
        return badRequest(QStringLiteral("{\"email\": \"...\"} is expected"));
    const QJsonObject user = userJson(QStringLiteral("email = ?"),
                                      body.value(QStringLiteral("email")).toString().trimmed());
    if (user.isEmpty())
        return HttpResponse::jsonError(404, QStringLiteral("user_not_found"),
                                       QStringLiteral("no user has this e-mail address"));
    HttpResponse response = HttpResponse::json(200, user);
    response.setNoStore();
    return response;
}

HttpResponse Accounts::createInvitation(const HttpRequest &request)
{
    if (!isAdmin(request, m_adminKey))
        return adminRequired();
    QJsonObject body;
    if (!jsonBody(request, &body))
        return badRequest(QStringLiteral("the body must be a JSON object"));
    const QString email = body.value(QStringLiteral("email")).toString().trimmed();
    const QString redirectUri = body.value(QStringLiteral("redirectUri")).toString();
    if (!OidcProvider::isValidEmail(email))
        return badRequest(QStringLiteral("\"email\" must be a valid e-mail address"));
    const QUrl redirect(redirectUri, QUrl::StrictMode);
    if (!redirect.isValid() || redirect.host().isEmpty() || redirect.hasFragment()
        || (redirect.scheme() != QLatin1String("https")
            && redirect.scheme() != QLatin1String("http")))
        return badRequest(QStringLiteral("\"redirectUri\" must be an absolute http(s) URL"));

    const QString id = newId();
    if (!m_database.run(QStringLiteral("INSERT INTO invitations (id, email, redirect_uri, created) "
                                       "VALUES (?, ?, ?, ?)"),
                        {id, email, redirectUri, now()}))
        return HttpResponse::jsonError(500, QStringLiteral("server_error"),
                                       QStringLiteral("cannot store the invitation"));
    const QString url = m_oidc.link(QStringLiteral("/user/invitation"),
                                    m_oidc.createEmailToken(QStringLiteral("invite"), QString(),
                                                            email, id, InvitationLifetime));
    m_outbox.send(email, QStringLiteral("You are invited to %1").arg(m_oidc.productName()),
                  QStringLiteral("Hello,\n\nto finish your purchase, create your %1 account (or "
                                 "sign in, if you have one) here:\n\n%2\n")
                      .arg(m_oidc.productName(), url),
                  {url});
    qCInfo(lcDevServerAccounts).noquote() << "sent invitation" << id;
    HttpResponse response =
        HttpResponse::json(201,
                           QJsonObject {{QStringLiteral("id"), id},
                                        {QStringLiteral("email"), email},
                                        {QStringLiteral("redirectUri"), redirectUri},
                                        {QStringLiteral("state"), QStringLiteral("sent")}});
    response.setNoStore();
    return response;
}

HttpResponse Accounts::showActivation(const HttpRequest &request)
{
    QString userId, email, invitationId;
    const QString token = HttpRequest::value(request.queryParams(), QStringLiteral("token"));
    const QString l = OidcProvider::pageLanguage(request);
    if (!m_oidc.findEmailToken(QStringLiteral("activate"), token, &userId, &email, &invitationId))
        return HttpResponse::html(
            400,
            Pages::error(m_oidc.productName(),
                         Pages::text(l, "Link expired", "Linkki on vanhentunut"),
                         Pages::text(l, "This activation link has expired or was already used.",
                                     "Tämä aktivointilinkki on vanhentunut tai jo käytetty."),
                         l));
    HttpResponse response = HttpResponse::html(
        200,
        Pages::activation(m_oidc.productName(), token, email, QString(), request.csrfToken, l));
    response.setNoStore();
    return response;
}

HttpResponse Accounts::submitActivation(const HttpRequest &request)
{
    const QList<HttpRequest::Param> params = request.formParams();
    const QString token = HttpRequest::value(params, QStringLiteral("token"));
    const QString password = HttpRequest::value(params, QStringLiteral("password"));
    const QString l = OidcProvider::pageLanguage(request);
    QString userId, email, invitationId;
    if (!m_oidc.findEmailToken(QStringLiteral("activate"), token, &userId, &email, &invitationId))
        return HttpResponse::html(
            400,
            Pages::error(m_oidc.productName(),
                         Pages::text(l, "Link expired", "Linkki on vanhentunut"),
                         Pages::text(l, "This activation link has expired or was already used.",
                                     "Tämä aktivointilinkki on vanhentunut tai jo käytetty."),
                         l));
    if (password.size() < OidcProvider::MinPasswordLength) {
        HttpResponse response = HttpResponse::html(
            200,
            Pages::activation(m_oidc.productName(), token, email,
                              Pages::text(l, "Choose a password of at least %1 characters.",
                                          "Valitse vähintään %1 merkin salasana.")
                                  .arg(OidcProvider::MinPasswordLength),
                              request.csrfToken, l));
        response.setNoStore();
        return response;
    }
    m_database.run(
        QStringLiteral("UPDATE users SET password_hash = ?, email_verified = 1 WHERE id = ?"),
        {QString::fromLatin1(Crypto::hashPassword(password, OidcProvider::PasswordIterations)),
         userId});
    m_database.run(QStringLiteral("UPDATE email_tokens SET used = 1 WHERE token_hash = ?"),
                   {Crypto::tokenHash(token.toLatin1())});
    qCInfo(lcDevServerAccounts).noquote() << "user" << userId << "activated the account";
    HttpResponse response = HttpResponse::html(
        200,
        Pages::message(m_oidc.productName(), Pages::text(l, "Account activated", "Tili aktivoitu"),
                       Pages::text(l,
                                   "Your account %1 is ready. Sign in to %2 with this e-mail "
                                   "address and your new password.",
                                   "Tilisi %1 on valmis. Kirjaudu palveluun %2 tällä "
                                   "sähköpostiosoitteella ja uudella salasanallasi.")
                           .arg(email, m_oidc.productName()),
                       l));
    response.setNoStore();
    return response;
}

} // namespace Keyway::DevServer
