// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonObject>
#include <QString>

namespace Keyway::DevServer {

class Database;
class OidcProvider;
class Router;

/**
 * "My devices": the computers an account checks licenses out on (docs/protocol.md §3,
 * "Devices"). Lists them with their leases, renames one, and releases one remotely: its leases
 * end at once, so its seats are free, and its next automatic renewal is refused with the signed
 * denial `deviceReleased`. Remote releases are bounded per license and 30 days (the transfer
 * budget), so that seats cannot hop between more computers than were bought.
 */
class Devices
{
public:
    static constexpr int DefaultReleaseLimit = 3;
    static constexpr qint64 ReleaseWindowSeconds = 30LL * 24 * 3600;
    static constexpr int MaximumNameLength = 64;

    Devices(Database &database, OidcProvider &oidc);

    /// Remote releases allowed per license within ReleaseWindowSeconds.
    void setReleaseLimit(int limit) { m_releaseLimit = limit; }
    void registerRoutes(Router &router);

    /// The opaque id the API shows for @p hw of @p userId (no other account can link it to hw).
    static QString deviceId(const QString &userId, const QString &hw);
    /**
     * Records that @p hw of @p userId was seen now (inside the caller's transaction): a first
     * sighting takes @p name and @p platform, a later one only updates "last seen", so that a
     * rename through the API sticks. Returns the time the device was released remotely, or 0.
     */
    static qint64 touch(Database &database, const QString &userId, const QString &hw,
                        const QString &name, const QString &platform, qint64 now);
    /// The name of the device that released @p hw remotely, or empty.
    static QString releasedFrom(Database &database, const QString &userId, const QString &hw);
    /// Clears the released mark of @p hw: the person activated that computer again.
    static void reinstate(Database &database, const QString &userId, const QString &hw);
    /// Whether @p name is a device name the API accepts (1-64 characters, no control character).
    static bool isValidName(const QString &name);

private:
    HttpResponse list(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);
    HttpResponse release(const QString &userId, const QString &id, const HttpRequest &request);
    HttpResponse rename(const QString &userId, const QString &id, const HttpRequest &request);
    /// The device id behind the API's @p id of @p userId's computer, or empty.
    QString hwOf(const QString &userId, const QString &id);
    QJsonObject deviceJson(const QString &userId, const QString &hw, const QString &currentHw);

    Database &m_database;
    OidcProvider &m_oidc;
    int m_releaseLimit = DefaultReleaseLimit;
};

} // namespace Keyway::DevServer
