// SPDX-License-Identifier: BSD-3-Clause
#include "devices.h"

#include "crypto.h"
#include "database.h"
#include "oidcprovider.h"
#include "router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDevServerDevices, "keyway.devserver.devices")

namespace Keyway::DevServer {

namespace {
const QString Prefix = QStringLiteral("/api/activation/v1/devices");

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QJsonValue isoDate(const QVariant &secs)
{
    if (secs.isNull() || !secs.isValid())
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(secs.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

HttpResponse noStore(HttpResponse response)
{
    response.setNoStore();
    return response;
}
} // namespace

Devices::Devices(Database &database, OidcProvider &oidc) : m_database(database), m_oidc(oidc) { }

void Devices::registerRoutes(Router &router)
{
    router.add("GET", Prefix, [this](const HttpRequest &r) { return list(r); });
    for (const QByteArray &method : {QByteArray("POST"), QByteArray("PATCH")})
        router.addPrefix(method, Prefix + QLatin1Char('/'),
                         [this](const HttpRequest &r) { return handle(r); });
}

QString Devices::deviceId(const QString &userId, const QString &hw)
{
    return QString::fromLatin1(
        Crypto::sha256(userId.toUtf8() + '\n' + hw.toUtf8()).left(16).toHex());
}

bool Devices::isValidName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > MaximumNameLength)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

qint64 Devices::touch(Database &database, const QString &userId, const QString &hw,
                      const QString &name, const QString &platform, qint64 seen)
{
    QSqlQuery existing = database.exec(
        QStringLiteral("SELECT released_at FROM devices WHERE user_id = ? AND hw = ?"),
        {userId, hw});
    if (existing.next()) {
        const qint64 releasedAt = existing.value(0).isNull() ? 0 : existing.value(0).toLongLong();
        existing.finish();
        database.run(
            QStringLiteral("UPDATE devices SET last_seen = ? WHERE user_id = ? AND hw = ?"),
            {seen, userId, hw});
        return releasedAt;
    }
    existing.finish();
    database.run(QStringLiteral("INSERT INTO devices (user_id, hw, id, name, platform, "
                                "first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {userId, hw, deviceId(userId, hw), isValidName(name) ? name.trimmed() : QString(),
                  platform.left(MaximumNameLength), seen, seen});
    return 0;
}

QString Devices::releasedFrom(Database &database, const QString &userId, const QString &hw)
{
    return database
        .scalar(QStringLiteral("SELECT released_from FROM devices WHERE user_id = ? AND hw = ?"),
                {userId, hw})
        .toString();
}

void Devices::reinstate(Database &database, const QString &userId, const QString &hw)
{
    database.run(QStringLiteral("UPDATE devices SET released_at = NULL, released_from = '' "
                                "WHERE user_id = ? AND hw = ?"),
                 {userId, hw});
}

QString Devices::hwOf(const QString &userId, const QString &id)
{
    return m_database
        .scalar(QStringLiteral("SELECT hw FROM devices WHERE user_id = ? AND id = ?"), {userId, id})
        .toString();
}

QJsonObject Devices::deviceJson(const QString &userId, const QString &hw, const QString &currentHw)
{
    QSqlQuery row = m_database.exec(
        QStringLiteral("SELECT id, name, platform, first_seen, last_seen, released_at, "
                       "released_from FROM devices WHERE user_id = ? AND hw = ?"),
        {userId, hw});
    if (!row.next())
        return {};
    QJsonObject device {{QStringLiteral("id"), row.value(0).toString()},
                        {QStringLiteral("name"), row.value(1).toString()},
                        {QStringLiteral("platform"), row.value(2).toString()},
                        {QStringLiteral("firstSeen"), isoDate(row.value(3))},
                        {QStringLiteral("lastSeen"), isoDate(row.value(4))},
                        {QStringLiteral("current"), !currentHw.isEmpty() && currentHw == hw},
                        {QStringLiteral("releasedAt"), isoDate(row.value(5))}};
    if (!row.value(5).isNull())
        device.insert(QStringLiteral("releasedFrom"), row.value(6).toString());
    row.finish();
    QSqlQuery leases = m_database.exec(
        QStringLiteral("SELECT item, license_id, MAX(expires) FROM leases WHERE user_id = ? AND "
                       "hw = ? AND released = 0 AND expires > ? GROUP BY item, license_id "
                       "ORDER BY item"),
        {userId, hw, now()});
    QJsonArray items;
    while (leases.next()) {
        items.append(QJsonObject {{QStringLiteral("item"), leases.value(0).toString()},
                                  {QStringLiteral("licenseId"), leases.value(1).toString()},
                                  {QStringLiteral("leaseEnd"), isoDate(leases.value(2))}});
    }
    device.insert(QStringLiteral("leases"), items);
    return device;
}

HttpResponse Devices::list(const HttpRequest &request)
{
    const QString userId = m_oidc.authenticate(request);
    if (userId.isEmpty())
        return OidcProvider::invalidToken(
            QStringLiteral("missing, expired or revoked access token"));
    const QString currentHw = HttpRequest::value(request.queryParams(), QStringLiteral("hw"));
    const qint64 at = now();
    QStringList hws;
    QSqlQuery query = m_database.exec(
        QStringLiteral("SELECT hw FROM devices WHERE user_id = ? ORDER BY last_seen DESC, id"),
        {userId});
    while (query.next())
        hws.append(query.value(0).toString());
    query.finish();
    QJsonArray devices;
    for (const QString &hw : std::as_const(hws))
        devices.append(deviceJson(userId, hw, currentHw));

    // Per license: its seats, how many are held now, and what is left of the transfer budget.
    QJsonArray licenses;
    QSqlQuery owned = m_database.exec(
        QStringLiteral("SELECT id, product_name, seats FROM licenses WHERE user_id = ? AND "
                       "valid_until > ? ORDER BY valid_from, id"),
        {userId, at});
    QList<QJsonObject> rows;
    while (owned.next()) {
        rows.append(QJsonObject {{QStringLiteral("id"), owned.value(0).toString()},
                                 {QStringLiteral("productName"), owned.value(1).toString()},
                                 {QStringLiteral("seats"), owned.value(2).toInt()}});
    }
    owned.finish();
    for (QJsonObject license : rows) {
        const QString id = license.value(QStringLiteral("id")).toString();
        license.insert(
            QStringLiteral("seatsInUse"),
            m_database
                .scalar(QStringLiteral("SELECT COUNT(DISTINCT hw) FROM leases WHERE "
                                       "license_id = ? AND released = 0 AND expires > ?"),
                        {id, at})
                .toInt());
        QSqlQuery used = m_database.exec(
            QStringLiteral("SELECT COUNT(*), MIN(released_at) FROM device_releases WHERE "
                           "license_id = ? AND released_at > ?"),
            {id, at - ReleaseWindowSeconds});
        used.next();
        const int count = used.value(0).toInt();
        license.insert(QStringLiteral("remoteReleasesLeft"), qMax(0, m_releaseLimit - count));
        license.insert(QStringLiteral("nextRemoteReleaseAt"),
                       count >= m_releaseLimit
                           ? isoDate(used.value(1).toLongLong() + ReleaseWindowSeconds)
                           : QJsonValue(QJsonValue::Null));
        licenses.append(license);
    }
    return noStore(
        HttpResponse::json(200,
                           QJsonObject {{QStringLiteral("devices"), devices},
                                        {QStringLiteral("licenses"), licenses},
                                        {QStringLiteral("remoteReleaseLimit"), m_releaseLimit},
                                        {QStringLiteral("remoteReleaseWindowDays"),
                                         int(ReleaseWindowSeconds / (24 * 3600))}}));
}

HttpResponse Devices::handle(const HttpRequest &request)
{
    const QStringList rest =
        request.path.mid(Prefix.size() + 1).split(QLatin1Char('/'), Qt::KeepEmptyParts);
    const bool releasePath =
        request.method == "POST" && rest.size() == 2 && rest.at(1) == QLatin1String("release");
    const bool renamePath = request.method == "PATCH" && rest.size() == 1;
    if ((!releasePath && !renamePath) || rest.at(0).isEmpty())
        return HttpResponse::jsonError(404, QStringLiteral("not_found"),
                                       QStringLiteral("No such endpoint."));
    const QString userId = m_oidc.authenticate(request);
    if (userId.isEmpty())
        return OidcProvider::invalidToken(
            QStringLiteral("missing, expired or revoked access token"));
    return releasePath ? release(userId, rest.at(0), request) : rename(userId, rest.at(0), request);
}

HttpResponse Devices::release(const QString &userId, const QString &id, const HttpRequest &request)
{
    // The optional body {"hw": "<device id>"} names the computer the release was made from.
    const QString fromHw =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("hw")).toString();
    if (!m_database.begin())
        return HttpResponse::jsonError(503, QStringLiteral("server_busy"),
                                       QStringLiteral("database busy"));
    auto fail = [this](int status, const QString &error, const QString &description) {
        m_database.rollback();
        return HttpResponse::jsonError(status, error, description);
    };
    const QString hw = hwOf(userId, id);
    if (hw.isEmpty())
        return fail(404, QStringLiteral("device_unknown"),
                    QStringLiteral("no device with this id on this account"));
    const qint64 at = now();
    QStringList licenseIds;
    QSqlQuery held = m_database.exec(
        QStringLiteral("SELECT DISTINCT license_id FROM leases WHERE user_id = ? AND hw = ? AND "
                       "released = 0 AND expires > ? ORDER BY license_id"),
        {userId, hw, at});
    while (held.next())
        licenseIds.append(held.value(0).toString());
    held.finish();

    // The transfer budget: each license the computer holds a seat of may lose at most
    // m_releaseLimit seats to remote releases within the window.
    qint64 nextPossible = 0;
    for (const QString &licenseId : std::as_const(licenseIds)) {
        QSqlQuery used = m_database.exec(
            QStringLiteral("SELECT COUNT(*), MIN(released_at) FROM device_releases WHERE "
                           "license_id = ? AND released_at > ?"),
            {licenseId, at - ReleaseWindowSeconds});
        if (used.next() && used.value(0).toInt() >= m_releaseLimit)
            nextPossible = qMax(nextPossible, used.value(1).toLongLong() + ReleaseWindowSeconds);
    }
    if (nextPossible > 0) {
        m_database.rollback();
        const QString when = isoDate(nextPossible).toString();
        qCInfo(lcDevServerDevices).noquote()
            << "remote release of device" << id << "refused for user" << userId
            << ": transfer budget spent until" << when;
        HttpResponse response = HttpResponse::json(
            409,
            QJsonObject {{QStringLiteral("error"), QStringLiteral("transfer_limit_reached")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("at most %1 computers may be removed from a license "
                                         "within %2 days; the next removal is possible at %3")
                              .arg(m_releaseLimit)
                              .arg(ReleaseWindowSeconds / (24 * 3600))
                              .arg(when)},
                         {QStringLiteral("nextReleaseAt"), when}});
        return noStore(response);
    }
    bool ok = true;
    for (const QString &licenseId : std::as_const(licenseIds)) {
        ok = ok
            && m_database.run(QStringLiteral("INSERT INTO device_releases (license_id, device_id, "
                                             "released_at) VALUES (?, ?, ?)"),
                              {licenseId, id, at});
    }
    const QString fromName = fromHw.isEmpty()
        ? QString()
        : m_database
              .scalar(QStringLiteral("SELECT name FROM devices WHERE user_id = ? AND hw = ?"),
                      {userId, fromHw})
              .toString();
    ok = ok
        && m_database.run(QStringLiteral("UPDATE leases SET released = 1 WHERE user_id = ? AND "
                                         "hw = ? AND released = 0"),
                          {userId, hw})
        && m_database.run(QStringLiteral("UPDATE devices SET released_at = ?, released_from = ? "
                                         "WHERE user_id = ? AND hw = ?"),
                          {at, fromName, userId, hw});
    if (!ok || !m_database.commit())
        return fail(500, QStringLiteral("server_error"),
                    QStringLiteral("the release could not be stored"));
    qCInfo(lcDevServerDevices).noquote()
        << "device" << id << "of user" << userId << "released remotely, freeing"
        << licenseIds.size() << "seat(s)";
    return noStore(HttpResponse::json(
        200, QJsonObject {{QStringLiteral("device"), deviceJson(userId, hw, fromHw)}}));
}

HttpResponse Devices::rename(const QString &userId, const QString &id, const HttpRequest &request)
{
    const QJsonValue name =
        QJsonDocument::fromJson(request.body).object().value(QStringLiteral("name"));
    if (!name.isString() || !isValidName(name.toString()))
        return HttpResponse::jsonError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("{\"name\": \"...\"} with 1 to %1 characters and no control "
                           "characters is expected")
                .arg(MaximumNameLength));
    const QString hw = hwOf(userId, id);
    if (hw.isEmpty())
        return HttpResponse::jsonError(404, QStringLiteral("device_unknown"),
                                       QStringLiteral("no device with this id on this account"));
    m_database.run(QStringLiteral("UPDATE devices SET name = ? WHERE user_id = ? AND hw = ?"),
                   {name.toString().trimmed(), userId, hw});
    const QString currentHw = HttpRequest::value(request.queryParams(), QStringLiteral("hw"));
    return noStore(HttpResponse::json(
        200, QJsonObject {{QStringLiteral("device"), deviceJson(userId, hw, currentHw)}}));
}

} // namespace Keyway::DevServer
