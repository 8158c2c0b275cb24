// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Keyway::DevServer {

class Database;
class OidcProvider;
class Outbox;
class Router;

/**
 * The webshop's identity API (docs/protocol.md §4, admin API key): users created without a
 * password and activated through an e-mailed link, lookup by e-mail, and invitations whose link
 * opens registration (or login) and returns to the webshop. Also serves the activation page.
 */
class Accounts
{
public:
    static constexpr qint64 ActivationLinkLifetime = 7 * 24 * 3600;
    static constexpr qint64 InvitationLifetime = 7 * 24 * 3600;

    Accounts(Database &database, OidcProvider &oidc, Outbox &outbox);

    void setAdminKey(const QByteArray &key) { m_adminKey = key; }
    void registerRoutes(Router &router);

    /// Whether @p request carries the admin API key (constant-time comparison).
    static bool isAdmin(const HttpRequest &request, const QByteArray &adminKey);

private:
    HttpResponse createUser(const HttpRequest &request);
    HttpResponse userByEmail(const HttpRequest &request);
    HttpResponse createInvitation(const HttpRequest &request);
    HttpResponse showActivation(const HttpRequest &request);
    HttpResponse submitActivation(const HttpRequest &request);
    QJsonObject userJson(const QString &condition, const QVariant &value);

    Database &m_database;
    OidcProvider &m_oidc;
    Outbox &m_outbox;
    QByteArray m_adminKey;
};

} // namespace Keyway::DevServer
