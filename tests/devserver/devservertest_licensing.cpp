// SPDX-License-Identifier: BSD-3-Clause
// Licensing: checkout, seats, devices and their removal, the transfer budget, license dates
// and the license key option.
#include "devservertest.h"

void DevServerTest::checkout()
{
    const QString sub = jwsPart(m_alice.idToken, 1).value(QStringLiteral("sub")).toString();
    const QJsonObject license = QJsonDocument::fromJson(m_aliceRedemption)
                                    .object()
                                    .value(QStringLiteral("licenses"))
                                    .toArray()
                                    .first()
                                    .toObject();
    const qint64 validUntil =
        QDateTime::fromString(license.value(QStringLiteral("validUntil")).toString(), Qt::ISODate)
            .toSecsSinceEpoch();

    Response response =
        get(QStringLiteral("/authz/"
                           ".jwt?keyway-export&keyway-pro&keyway-enterprise&hw=device-1&"
                           "consumptionMode=checkout&consumeDuration=3600000"),
            m_alice.accessToken);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/jwt"));
    const QList<QByteArray> tokens = response.body.split('&');
    QCOMPARE(tokens.size(), 3);
    const QStringList items {QStringLiteral("keyway-export"), QStringLiteral("keyway-pro")};
    QSet<QString> leases;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject header = jwsPart(tokens.at(i), 0);
        QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QStringLiteral("kid")).toString(), m_licenseKid);
        QCOMPARE(header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        const QJsonObject claims = jwsPart(tokens.at(i), 1);
        QCOMPARE(claims.value(items.at(i)).toBool(), true);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_baseUrl);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), sub);
        QCOMPARE(claims.value(QStringLiteral("hw")).toString(), QStringLiteral("device-1"));
        QCOMPARE(claims.value(QStringLiteral("lic")).toString(),
                 license.value(QStringLiteral("id")).toString());
        const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
        const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
        QCOMPARE(exp - iat, 3600);
        QCOMPARE(claims.value(QStringLiteral("rfr")).toInteger(), iat + 1800);
        // The license's own end beside the lease's (issue 14).
        QCOMPARE(claims.value(QStringLiteral("licenseValidUntil")).toInteger(), validUntil);
        leases.insert(claims.value(QStringLiteral("jti")).toString());
    }
    QCOMPARE(leases.size(), 2);
    const QJsonObject denial = jwsPart(tokens.at(2), 1);
    QCOMPARE(denial.value(QStringLiteral("keyway-enterprise_errorCode")).toString(),
             QStringLiteral("notEntitled"));
    QVERIFY(!denial.value(QStringLiteral("keyway-enterprise_errorMessage")).toString().isEmpty());
    QVERIFY(!denial.contains(QStringLiteral("keyway-enterprise")));
    QCOMPARE(denial.value(QStringLiteral("hw")).toString(), QStringLiteral("device-1"));
    QVERIFY(denial.value(QStringLiteral("exp")).toInteger()
            > denial.value(QStringLiteral("iat")).toInteger());
    QCOMPARE(jwsPart(tokens.at(2), 0).value(QStringLiteral("kid")).toString(), m_licenseKid);

    // Default duration is 7 days; a lease never outlives its license.
    response = request("POST", QUrl(url(QStringLiteral("/authz/.jwt?keyway-pro&hw=device-1"))), {},
                       {{"Authorization", "Bearer " + m_alice.accessToken.toLatin1()}});
    QCOMPARE(response.status, 200);
    QJsonObject claims = jwsPart(response.body, 1);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger()
                 - claims.value(QStringLiteral("iat")).toInteger(),
             7 * 24 * 3600);
    // A year asked for: the product's maximum lease (7 days) comes back (issue 12).
    response = get(QStringLiteral("/authz/.jwt?keyway-pro&hw=device-1&consumeDuration=")
                       + QString::number(365LL * 24 * 3600 * 1000),
                   m_alice.accessToken);
    QCOMPARE(response.status, 200);
    claims = jwsPart(response.body, 1);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger()
                 - claims.value(QStringLiteral("iat")).toInteger(),
             7 * 24 * 3600);
    QVERIFY(claims.value(QStringLiteral("exp")).toInteger() <= validUntil);

    // Bob has no license: a signed denial, still 200.
    response = get(QStringLiteral("/authz/.jwt?keyway-pro&hw=device-2"), m_bob.accessToken);
    QCOMPARE(response.status, 200);
    QCOMPARE(jwsPart(response.body, 1).value(QStringLiteral("keyway-pro_errorCode")).toString(),
             QStringLiteral("notEntitled"));
}

void DevServerTest::checkoutJsonAndRelease()
{
    Response response =
        get(QStringLiteral("/authz/.json?keyway-pro&hw=device-3"), m_alice.accessToken);
    QCOMPARE(response.status, 200);
    const QJsonObject claims = response.json().value(QStringLiteral("keyway-pro")).toObject();
    QCOMPARE(claims.value(QStringLiteral("keyway-pro")).toBool(), true);
    const QString lease = claims.value(QStringLiteral("jti")).toString();
    QVERIFY(!lease.isEmpty());

    const QByteArray bearer = "Bearer " + m_alice.accessToken.toLatin1();
    response = request("POST",
                       QUrl(url(QStringLiteral("/authz/.json?release&") + lease
                                + QStringLiteral("&no-such-lease"))),
                       {}, {{"Authorization", bearer}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json().value(lease).toBool(), true);
    QCOMPARE(response.json().value(QStringLiteral("no-such-lease")).toBool(), false);
    response = request("POST", QUrl(url(QStringLiteral("/authz/.json?release&") + lease)), {},
                       {{"Authorization", bearer}});
    QCOMPARE(response.json().value(lease).toBool(), false);
}

void DevServerTest::checkoutErrors()
{
    Response response = get(QStringLiteral("/authz/.jwt?keyway-pro"), m_alice.accessToken);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    QCOMPARE(get(QStringLiteral("/authz/.jwt?keyway-pro&hw=x")).status, 401);
    QCOMPARE(get(QStringLiteral("/authz/.jwt?hw=x"), m_alice.accessToken).status, 400);
    QCOMPARE(
        get(QStringLiteral("/authz/.jwt?keyway-pro&hw=x&consumeDuration=soon"), m_alice.accessToken)
            .status,
        400);
    QCOMPARE(get(QStringLiteral("/no/such/endpoint")).status, 404);
    QCOMPARE(request("DELETE", QUrl(url(QStringLiteral("/user/oauth20/token")))).status, 405);
}

void DevServerTest::seatLimit_data()
{
    QTest::addColumn<QString>("configuration");
    QTest::addColumn<int>("seats");
    QTest::newRow("Pro: 2 seats") << QStringLiteral("KWP") << 2;
    QTest::newRow("Standard: 1 seat") << QStringLiteral("KWS") << 1;
}

void DevServerTest::seatLimit()
{
    QFETCH(QString, configuration);
    QFETCH(int, seats);
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("seats-%1@example.com").arg(configuration.toLower()),
                     configuration, &license);
    QVERIFY(!license.isEmpty());
    const QJsonArray available =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), user.accessToken)
            .json()
            .value(QStringLiteral("licenses"))
            .toArray();
    QCOMPARE(available.first().toObject().value(QStringLiteral("seats")).toInt(), seats);

    // Every seat taken by its own computer.
    for (int i = 0; i < seats; ++i) {
        const QJsonObject claims =
            checkoutClaims(user.accessToken, QStringLiteral("seat-device-%1").arg(i));
        QCOMPARE(claims.value(QStringLiteral("keyway-pro")).toBool(), true);
        QCOMPARE(claims.value(QStringLiteral("lic")).toString(), license);
    }
    const int leasesBefore = countRows("SELECT COUNT(*) FROM leases WHERE license_id = ?", license);
    QCOMPARE(leasesBefore, seats);

    // One computer more: a signed denial in the form of the others, nothing consumed.
    const Response response =
        get(QStringLiteral("/authz/.jwt?keyway-pro&hw=seat-device-new"), user.accessToken);
    QCOMPARE(response.status, 200);
    QCOMPARE(jwsPart(response.body, 0).value(QStringLiteral("kid")).toString(), m_licenseKid);
    const QJsonObject denial = jwsPart(response.body, 1);
    QCOMPARE(denial.value(QStringLiteral("keyway-pro_errorCode")).toString(),
             QStringLiteral("seatLimitReached"));
    QVERIFY(!denial.value(QStringLiteral("keyway-pro_errorMessage")).toString().isEmpty());
    QCOMPARE(denial.value(QStringLiteral("keyway-pro_seats")).toInt(), seats);
    QVERIFY(!denial.contains(QStringLiteral("keyway-pro")));
    QVERIFY(!denial.contains(QStringLiteral("jti")));
    QCOMPARE(denial.value(QStringLiteral("hw")).toString(), QStringLiteral("seat-device-new"));
    QCOMPARE(countRows("SELECT COUNT(*) FROM leases WHERE license_id = ?", license), leasesBefore);

    // A computer holding a seat renews (several times, several items) without counting twice.
    for (int i = 0; i < 3; ++i) {
        const QJsonObject renewed =
            checkoutClaims(user.accessToken, QStringLiteral("seat-device-0"));
        QCOMPARE(renewed.value(QStringLiteral("keyway-pro")).toBool(), true);
    }
    if (configuration == QLatin1String("KWP")) {
        const QJsonObject export_ = checkoutClaims(
            user.accessToken, QStringLiteral("seat-device-1"), {}, QStringLiteral("keyway-export"));
        QCOMPARE(export_.value(QStringLiteral("keyway-export")).toBool(), true);
    }
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("seat-device-new"))
                 .value(QStringLiteral("keyway-pro_errorCode"))
                 .toString(),
             QStringLiteral("seatLimitReached"));

    // Giving a lease back frees its seat for another computer.
    const QString lease = checkoutClaims(user.accessToken, QStringLiteral("seat-device-0"))
                              .value(QStringLiteral("jti"))
                              .toString();
    const QByteArray bearer = "Bearer " + user.accessToken.toLatin1();
    QStringList leases {lease};
    const auto held = queryDatabase("SELECT id FROM leases WHERE license_id = ? AND hw = ?",
                                    {license, QStringLiteral("seat-device-0")});
    QVERIFY(held && !held->isEmpty());
    for (const QVariant &id : *held)
        leases.append(id.toString());
    const Response released = request(
        "POST", QUrl(url(QStringLiteral("/authz/.json?release&") + leases.join(QLatin1Char('&')))),
        {}, {{"Authorization", bearer}});
    QCOMPARE(released.status, 200);
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("seat-device-new"))
                 .value(QStringLiteral("keyway-pro"))
                 .toBool(),
             true);
}

void DevServerTest::seatsFromLicenseTransaction()
{
    const Tokens erin = registerUser(QStringLiteral("seat-shop@example.com"));
    const QString erinId =
        adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                  {{QStringLiteral("email"), QStringLiteral("seat-shop@example.com")}})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    auto order = [this, &erinId](const QString &externalId, const QJsonValue &seats) {
        QJsonObject item {{QStringLiteral("productId"), QStringLiteral("keyway-demo-standard")}};
        if (!seats.isUndefined())
            item.insert(QStringLiteral("seats"), seats);
        return orderLicense(erinId, externalId, item);
    };
    QCOMPARE(order(QStringLiteral("seats-0"), 0).status, 400);
    QCOMPARE(order(QStringLiteral("seats-x"), QStringLiteral("three")).status, 400);
    const Response response = order(QStringLiteral("seats-3"), 3);
    QCOMPARE(response.status, 201);
    QCOMPARE(response.json()
                 .value(QStringLiteral("licenses"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("seats"))
                 .toInt(),
             3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(checkoutClaims(erin.accessToken, QStringLiteral("erin-%1").arg(i))
                     .value(QStringLiteral("keyway-pro"))
                     .toBool(),
                 true);
    QCOMPARE(checkoutClaims(erin.accessToken, QStringLiteral("erin-3"))
                 .value(QStringLiteral("keyway-pro_errorCode"))
                 .toString(),
             QStringLiteral("seatLimitReached"));
    // A second license of the item adds its seats (the package's one, no "seats" given).
    QCOMPARE(order(QStringLiteral("seats-default"), QJsonValue(QJsonValue::Undefined)).status, 201);
    QCOMPARE(checkoutClaims(erin.accessToken, QStringLiteral("erin-3"))
                 .value(QStringLiteral("keyway-pro"))
                 .toBool(),
             true);
    QCOMPARE(checkoutClaims(erin.accessToken, QStringLiteral("erin-4"))
                 .value(QStringLiteral("keyway-pro_errorCode"))
                 .toString(),
             QStringLiteral("seatLimitReached"));
}

void DevServerTest::devicesListAndRename()
{
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("devices@example.com"), QStringLiteral("KWP"), &license);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("laptop-hw"),
                            QStringLiteral("hwName=Anna%27s%20laptop&hwPlatform=windows"))
                 .value(QStringLiteral("keyway-pro"))
                 .toBool(),
             true);
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("desktop-hw"),
                            QStringLiteral("hwName=Office&hwPlatform=debian"),
                            QStringLiteral("keyway-pro&keyway-export"))
                 .value(QStringLiteral("keyway-pro"))
                 .toBool(),
             true);
    // A later checkout does not rename (a rename through the API sticks).
    checkoutClaims(user.accessToken, QStringLiteral("desktop-hw"), QStringLiteral("hwName=Other"));

    QCOMPARE(get(QStringLiteral("/api/activation/v1/devices")).status, 401);
    const QJsonObject listing = devices(user.accessToken, QStringLiteral("laptop-hw"));
    const QJsonArray list = listing.value(QStringLiteral("devices")).toArray();
    QCOMPARE(list.size(), 2);
    QJsonObject laptop, desktop;
    for (const auto &value : list) {
        const QJsonObject device = value.toObject();
        (device.value(QStringLiteral("name")) == QLatin1String("Office") ? desktop : laptop) =
            device;
    }
    QCOMPARE(laptop.value(QStringLiteral("name")).toString(), QStringLiteral("Anna's laptop"));
    QCOMPARE(laptop.value(QStringLiteral("platform")).toString(), QStringLiteral("windows"));
    QCOMPARE(laptop.value(QStringLiteral("current")).toBool(), true);
    QCOMPARE(desktop.value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(desktop.value(QStringLiteral("platform")).toString(), QStringLiteral("debian"));
    // The id is opaque: neither the device id nor a prefix of it.
    const QString id = laptop.value(QStringLiteral("id")).toString();
    QCOMPARE(id.size(), 32);
    QVERIFY(!id.contains(QStringLiteral("laptop")));
    QVERIFY(!QJsonDocument(listing).toJson().contains("laptop-hw"));
    const QDateTime firstSeen =
        QDateTime::fromString(laptop.value(QStringLiteral("firstSeen")).toString(), Qt::ISODate);
    QVERIFY(firstSeen >= before);
    QVERIFY(QDateTime::fromString(desktop.value(QStringLiteral("lastSeen")).toString(), Qt::ISODate)
            >= firstSeen);
    QVERIFY(laptop.value(QStringLiteral("releasedAt")).isNull());
    const QJsonArray desktopLeases = desktop.value(QStringLiteral("leases")).toArray();
    QCOMPARE(desktopLeases.size(), 2);
    QCOMPARE(desktopLeases.at(0).toObject().value(QStringLiteral("item")).toString(),
             QStringLiteral("keyway-export"));
    QCOMPARE(desktopLeases.at(0).toObject().value(QStringLiteral("licenseId")).toString(), license);
    QVERIFY(QDateTime::fromString(
                desktopLeases.at(0).toObject().value(QStringLiteral("leaseEnd")).toString(),
                Qt::ISODate)
            > QDateTime::currentDateTimeUtc().addDays(6));
    const QJsonObject licenseInfo =
        listing.value(QStringLiteral("licenses")).toArray().first().toObject();
    QCOMPARE(licenseInfo.value(QStringLiteral("seats")).toInt(), 2);
    QCOMPARE(licenseInfo.value(QStringLiteral("seatsInUse")).toInt(), 2);
    QCOMPARE(licenseInfo.value(QStringLiteral("remoteReleasesLeft")).toInt(), 3);
    QCOMPARE(listing.value(QStringLiteral("remoteReleaseLimit")).toInt(), 3);

    // Rename.
    const Response renamed =
        request("PATCH", QUrl(url(QStringLiteral("/api/activation/v1/devices/") + id)),
                R"({"name":"  Travel laptop "})",
                {{"Authorization", "Bearer " + user.accessToken.toLatin1()},
                 {"Content-Type", "application/json"}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json()
                 .value(QStringLiteral("device"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("Travel laptop"));
    checkoutClaims(user.accessToken, QStringLiteral("laptop-hw"), QStringLiteral("hwName=Again"));
    bool found = false;
    for (const auto &value : devices(user.accessToken).value(QStringLiteral("devices")).toArray())
        found = found
            || value.toObject().value(QStringLiteral("name")) == QLatin1String("Travel laptop");
    QVERIFY(found);
    // Another account sees none of these.
    for (const auto &value : devices(m_bob.accessToken, QStringLiteral("laptop-hw"))
                                 .value(QStringLiteral("devices"))
                                 .toArray()) {
        QVERIFY(value.toObject().value(QStringLiteral("id")).toString() != id);
        QVERIFY(!value.toObject().value(QStringLiteral("current")).toBool());
    }
}

void DevServerTest::remoteRelease()
{
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("release@example.com"), QStringLiteral("KWP"), &license);
    const QByteArray bearer = "Bearer " + user.accessToken.toLatin1();
    for (const QString &hw : {QStringLiteral("old-pc"), QStringLiteral("office-pc")})
        QVERIFY(checkoutClaims(user.accessToken, hw, QStringLiteral("hwName=") + hw)
                    .value(QStringLiteral("keyway-pro"))
                    .toBool());
    QCOMPARE(
        checkoutClaims(user.accessToken, QStringLiteral("new-pc"), QStringLiteral("hwName=new-pc"))
            .value(QStringLiteral("keyway-pro_errorCode"))
            .toString(),
        QStringLiteral("seatLimitReached"));
    QString oldId;
    for (const auto &value : devices(user.accessToken).value(QStringLiteral("devices")).toArray()) {
        if (value.toObject().value(QStringLiteral("name")) == QLatin1String("old-pc"))
            oldId = value.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!oldId.isEmpty());

    // Released from the new computer: the old one's leases end at once, its seat is free.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const Response released = request(
        "POST", QUrl(url(QStringLiteral("/api/activation/v1/devices/%1/release").arg(oldId))),
        R"({"hw":"new-pc"})", {{"Authorization", bearer}, {"Content-Type", "application/json"}});
    QCOMPARE(released.status, 200);
    const QJsonObject device = released.json().value(QStringLiteral("device")).toObject();
    QCOMPARE(device.value(QStringLiteral("releasedFrom")).toString(), QStringLiteral("new-pc"));
    QVERIFY(
        QDateTime::fromString(device.value(QStringLiteral("releasedAt")).toString(), Qt::ISODate)
        >= before);
    QCOMPARE(device.value(QStringLiteral("leases")).toArray().size(), 0);
    QCOMPARE(countRows("SELECT COUNT(*) FROM leases WHERE hw = 'old-pc' AND released = 0 AND "
                       "license_id = ?",
                       license),
             0);
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("new-pc"))
                 .value(QStringLiteral("keyway-pro"))
                 .toBool(),
             true);

    // The released computer's next renewal: a signed denial saying when and from where.
    const Response renewal =
        get(QStringLiteral("/authz/.jwt?keyway-pro&keyway-export&hw=old-pc"), user.accessToken);
    QCOMPARE(renewal.status, 200);
    QCOMPARE(jwsPart(renewal.body.split('&').at(0), 0).value(QStringLiteral("kid")).toString(),
             m_licenseKid);
    for (const QByteArray &token : renewal.body.split('&')) {
        const QJsonObject denial = jwsPart(token, 1);
        const QString item = denial.contains(QStringLiteral("keyway-pro_errorCode"))
            ? QStringLiteral("keyway-pro")
            : QStringLiteral("keyway-export");
        QCOMPARE(denial.value(item + QStringLiteral("_errorCode")).toString(),
                 QStringLiteral("deviceReleased"));
        QVERIFY(denial.value(item + QStringLiteral("_releasedAt")).toInteger()
                >= before.toSecsSinceEpoch());
        QCOMPARE(denial.value(item + QStringLiteral("_releasedFrom")).toString(),
                 QStringLiteral("new-pc"));
    }
    // Again and again: renewals stay refused, even when a seat is free.
    QString officeId;
    for (const auto &value : devices(user.accessToken, QStringLiteral("office-pc"))
                                 .value(QStringLiteral("devices"))
                                 .toArray()) {
        if (value.toObject().value(QStringLiteral("current")).toBool())
            officeId = value.toObject().value(QStringLiteral("id")).toString();
    }
    QCOMPARE(
        request("POST",
                QUrl(url(QStringLiteral("/api/activation/v1/devices/%1/release").arg(officeId))),
                {}, {{"Authorization", bearer}})
            .status,
        200);
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("old-pc"))
                 .value(QStringLiteral("keyway-pro_errorCode"))
                 .toString(),
             QStringLiteral("deviceReleased"));
    // Activating it again on purpose takes a free seat.
    const QJsonObject back = checkoutClaims(user.accessToken, QStringLiteral("old-pc"),
                                            QStringLiteral("activation=explicit"));
    QCOMPARE(back.value(QStringLiteral("keyway-pro")).toBool(), true);
    QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("old-pc"))
                 .value(QStringLiteral("keyway-pro"))
                 .toBool(),
             true);
}

void DevServerTest::transferBudget()
{
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("budget@example.com"), QStringLiteral("KWS"), &license);
    const QByteArray bearer = "Bearer " + user.accessToken.toLatin1();
    auto releaseDevice = [&](const QString &hw) {
        QString id;
        for (const auto &value :
             devices(user.accessToken, hw).value(QStringLiteral("devices")).toArray()) {
            if (value.toObject().value(QStringLiteral("current")).toBool())
                id = value.toObject().value(QStringLiteral("id")).toString();
        }
        return request("POST",
                       QUrl(url(QStringLiteral("/api/activation/v1/devices/%1/release").arg(id))),
                       {}, {{"Authorization", bearer}});
    };
    QDateTime first;
    for (int i = 0; i < 3; ++i) {
        const QString hw = QStringLiteral("hop-%1").arg(i);
        QVERIFY(checkoutClaims(user.accessToken, hw).value(QStringLiteral("keyway-pro")).toBool());
        if (i == 0)
            first = QDateTime::currentDateTimeUtc();
        QCOMPARE(releaseDevice(hw).status, 200);
    }
    QVERIFY(checkoutClaims(user.accessToken, QStringLiteral("hop-3"))
                .value(QStringLiteral("keyway-pro"))
                .toBool());
    const Response refused = releaseDevice(QStringLiteral("hop-3"));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("transfer_limit_reached"));
    const QDateTime next = QDateTime::fromString(
        refused.json().value(QStringLiteral("nextReleaseAt")).toString(), Qt::ISODate);
    QVERIFY(next.isValid());
    QVERIFY(qAbs(first.addDays(30).secsTo(next)) <= 5);
    // Nothing changed: the computer keeps its seat and renews.
    QVERIFY(checkoutClaims(user.accessToken, QStringLiteral("hop-3"))
                .value(QStringLiteral("keyway-pro"))
                .toBool());
    const QJsonObject info =
        devices(user.accessToken).value(QStringLiteral("licenses")).toArray().first().toObject();
    QCOMPARE(info.value(QStringLiteral("remoteReleasesLeft")).toInt(), 0);
    QCOMPARE(QDateTime::fromString(info.value(QStringLiteral("nextRemoteReleaseAt")).toString(),
                                   Qt::ISODate),
             next);
    // A computer without a seat can be removed from the list at no cost.
    QCOMPARE(releaseDevice(QStringLiteral("hop-0")).status, 200);
}

void DevServerTest::devicesErrors()
{
    const QByteArray bearer = "Bearer " + m_alice.accessToken.toLatin1();
    const QString base = QStringLiteral("/api/activation/v1/devices/");
    QCOMPARE(request("POST", QUrl(url(base + QStringLiteral("0123/release")))).status, 401);
    Response response = request("POST", QUrl(url(base + QStringLiteral("0123/release"))), {},
                                {{"Authorization", bearer}});
    QCOMPARE(response.status, 404);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("device_unknown"));
    QCOMPARE(request("POST", QUrl(url(base + QStringLiteral("0123/other"))), {},
                     {{"Authorization", bearer}})
                 .status,
             404);
    const QString id = devices(m_alice.accessToken, QStringLiteral("device-1"))
                           .value(QStringLiteral("devices"))
                           .toArray()
                           .first()
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    QVERIFY(!id.isEmpty());
    for (const QByteArray &body :
         {QByteArray(R"({"name":""})"), QByteArray(R"({"name":"   "})"),
          QByteArray(R"({"name":7})"), QByteArray(R"({"name":"tab\there"})"),
          QByteArray("not json"),
          QByteArray(QByteArray(R"({"name":")") + QByteArray(65, 'x') + "\"}")}) {
        response = request("PATCH", QUrl(url(base + id)), body, {{"Authorization", bearer}});
        QVERIFY2(response.status == 400, body.constData());
        QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_request"));
    }
    // Bob cannot rename or release alice's computer.
    const QByteArray bob = "Bearer " + m_bob.accessToken.toLatin1();
    QCOMPARE(request("PATCH", QUrl(url(base + id)), R"({"name":"mine"})", {{"Authorization", bob}})
                 .status,
             404);
    QCOMPARE(request("POST", QUrl(url(base + id + QStringLiteral("/release"))), {},
                     {{"Authorization", bob}})
                 .status,
             404);
}

void DevServerTest::seatsPerCodeConfiguration()
{
    // A code configuration may set its own seat count (NULL takes the package's): the webshop
    // sets it with the admin API key, an operator with `codes seats`.
    const QByteArray adminKey =
        m_serverOutput.left(m_serverOutput.indexOf('\n')).mid(int(qstrlen("Admin API key: ")));
    auto patch = [this](const QString &configuration, const QByteArray &body,
                        const QByteArray &key) {
        return request(
            "PATCH",
            QUrl(url(QStringLiteral("/api/activation/v1/code-configurations/") + configuration)),
            body, {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + key}});
    };
    QCOMPARE(patch(QStringLiteral("KWS"), R"({"seats":3})", m_alice.accessToken.toLatin1()).status,
             401);
    QCOMPARE(patch(QStringLiteral("XYZ"), R"({"seats":3})", adminKey).status, 404);
    for (const QByteArray &bad : {QByteArray(R"({"seats":0})"), QByteArray(R"({"seats":1001})"),
                                  QByteArray(R"({"seats":2.5})"), QByteArray(R"({"seats":"3"})"),
                                  QByteArray(R"({})"), QByteArray("[3]")})
        QCOMPARE(patch(QStringLiteral("KWS"), bad, adminKey).status, 400);
    Response set = patch(QStringLiteral("KWS"), R"({"seats":3})", adminKey);
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json(),
             (QJsonObject {{QStringLiteral("id"), QStringLiteral("KWS")},
                           {QStringLiteral("packageId"), QStringLiteral("keyway-demo-standard")},
                           {QStringLiteral("seats"), 3},
                           {QStringLiteral("packageSeats"), 1},
                           {QStringLiteral("effectiveSeats"), 3}}));
    QCOMPARE(runCli({QStringLiteral("codes"), QStringLiteral("seats"),
                     QStringLiteral("--configuration"), QStringLiteral("KWS")}),
             QByteArray("KWS 3\n"));
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("kws-three@example.com"), QStringLiteral("KWS"), &license);
    set = patch(QStringLiteral("KWS"), R"({"seats":null})", adminKey);
    QCOMPARE(set.status, 200);
    QVERIFY(set.json().value(QStringLiteral("seats")).isNull());
    QCOMPARE(set.json().value(QStringLiteral("effectiveSeats")).toInt(), 1);
    QVERIFY(!license.isEmpty());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(checkoutClaims(user.accessToken, QStringLiteral("three-%1").arg(i))
                     .value(QStringLiteral("keyway-pro"))
                     .toBool(),
                 true);
    const QJsonObject denial = checkoutClaims(user.accessToken, QStringLiteral("three-3"));
    QCOMPARE(denial.value(QStringLiteral("keyway-pro_errorCode")).toString(),
             QStringLiteral("seatLimitReached"));
    QCOMPARE(denial.value(QStringLiteral("keyway-pro_seats")).toInt(), 3);
    // Licenses redeemed before or after keep the seats they were granted with.
    QString standard;
    const Tokens later =
        licensedUser(QStringLiteral("kws-one@example.com"), QStringLiteral("KWS"), &standard);
    QVERIFY(checkoutClaims(later.accessToken, QStringLiteral("one-0"))
                .value(QStringLiteral("keyway-pro"))
                .toBool());
    QCOMPARE(checkoutClaims(later.accessToken, QStringLiteral("one-1"))
                 .value(QStringLiteral("keyway-pro_seats"))
                 .toInt(),
             1);

    // The operator's command sets it too, on the folder of the running server.
    QCOMPARE(
        runCli({QStringLiteral("codes"), QStringLiteral("seats"), QStringLiteral("--configuration"),
                QStringLiteral("KWS"), QStringLiteral("2")}),
        QByteArray("KWS 2\n"));
    QString two;
    const Tokens twoSeats =
        licensedUser(QStringLiteral("kws-two@example.com"), QStringLiteral("KWS"), &two);
    QVERIFY(checkoutClaims(twoSeats.accessToken, QStringLiteral("two-0"))
                .value(QStringLiteral("keyway-pro"))
                .toBool());
    QVERIFY(checkoutClaims(twoSeats.accessToken, QStringLiteral("two-1"))
                .value(QStringLiteral("keyway-pro"))
                .toBool());
    QCOMPARE(checkoutClaims(twoSeats.accessToken, QStringLiteral("two-2"))
                 .value(QStringLiteral("keyway-pro_seats"))
                 .toInt(),
             2);
    QCOMPARE(
        runCli({QStringLiteral("codes"), QStringLiteral("seats"), QStringLiteral("--configuration"),
                QStringLiteral("KWS"), QStringLiteral("default")}),
        QByteArray("KWS 1 (the package's)\n"));
    QVERIFY(runCli({QStringLiteral("codes"), QStringLiteral("seats"),
                    QStringLiteral("--configuration"), QStringLiteral("KWS"), QStringLiteral("0")})
                .isEmpty());
}

void DevServerTest::subscriptionHasNoEnd()
{
    // A subscription (issue 14): the license has no end; its tokens say so instead of
    // "licenseValidUntil", and the listing has no end date.
    const Tokens sam = registerUser(QStringLiteral("subscriber@example.com"));
    const QString samId =
        adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                  {{QStringLiteral("email"), QStringLiteral("subscriber@example.com")}})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    auto order = [this, &samId](const QString &externalId, QJsonObject item) {
        item.insert(QStringLiteral("productId"), QStringLiteral("keyway-demo-pro"));
        return orderLicense(samId, externalId, item);
    };
    QCOMPARE(order(QStringLiteral("sub-bad"), {{QStringLiteral("subscription"), 1}}).status, 400);
    QCOMPARE(order(QStringLiteral("sub-end"),
                   {{QStringLiteral("subscription"), true},
                    {QStringLiteral("licenseValidUntil"), QStringLiteral("2030-01-01T00:00:00Z")}})
                 .status,
             400);
    const Response response =
        order(QStringLiteral("sub-1"), {{QStringLiteral("subscription"), true}});
    QCOMPARE(response.status, 201);
    const QJsonObject license =
        response.json().value(QStringLiteral("licenses")).toArray().first().toObject();
    QVERIFY(license.value(QStringLiteral("validUntil")).isNull());
    QCOMPARE(license.value(QStringLiteral("subscription")).toBool(), true);
    const QJsonObject claims = checkoutClaims(sam.accessToken, QStringLiteral("sam-0"));
    QCOMPARE(claims.value(QStringLiteral("keyway-pro")).toBool(), true);
    QCOMPARE(claims.value(QStringLiteral("licenseSubscription")).toBool(), true);
    QVERIFY(!claims.contains(QStringLiteral("licenseValidUntil")));
    // The lease stays a lease: a week at most.
    QVERIFY(claims.value(QStringLiteral("exp")).toDouble()
                - claims.value(QStringLiteral("iat")).toDouble()
            <= 7 * 86400);
    const QJsonObject listed =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), sam.accessToken)
            .json()
            .value(QStringLiteral("licenses"))
            .toArray()
            .first()
            .toObject();
    QVERIFY(listed.value(QStringLiteral("validUntil")).isNull());
    QCOMPARE(listed.value(QStringLiteral("subscription")).toBool(), true);
}

void DevServerTest::fixedLicenseDates()
{
    const QStringList unused =
        QString::fromLatin1(
            runCli({QStringLiteral("codes"), QStringLiteral("list"), QStringLiteral("--unused"),
                    QStringLiteral("--configuration"), QStringLiteral("KWF")}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(unused.size(), 5);
    const Tokens tokens = registerUser(QStringLiteral("fixed@example.com"));
    const Response response = redeem(tokens.accessToken, unused.first(), "fixed-1");
    QCOMPARE(response.status, 201);
    const QJsonObject license =
        response.json().value(QStringLiteral("licenses")).toArray().first().toObject();
    // The demo configuration KWF grants this calendar year and the next (UTC).
    const int year = QDateTime::currentDateTimeUtc().date().year();
    QCOMPARE(license.value(QStringLiteral("validFrom")).toString(),
             QStringLiteral("%1-01-01T00:00:00Z").arg(year));
    QCOMPARE(license.value(QStringLiteral("validUntil")).toString(),
             QStringLiteral("%1-01-01T00:00:00Z").arg(year + 2));
    // A duration configuration still counts from the redemption.
    const QString kws =
        QString::fromLatin1(
            runCli({QStringLiteral("codes"), QStringLiteral("list"), QStringLiteral("--unused"),
                    QStringLiteral("--configuration"), QStringLiteral("KWS")}))
            .section(QLatin1Char('\n'), 0, 0);
    const QJsonObject duration = redeem(tokens.accessToken, kws, "fixed-2")
                                     .json()
                                     .value(QStringLiteral("licenses"))
                                     .toArray()
                                     .first()
                                     .toObject();
    const QDateTime from =
        QDateTime::fromString(duration.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
    QVERIFY(qAbs(from.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

// Issue 12: --license-key FILE signs with another key (generated if missing); the default is the
// committed demo key again.
void DevServerTest::licenseKeyOption()
{
    auto configuredKid = [this] {
        return firstLicenseKey(m_dataDir.filePath(QStringLiteral("client-config.json")))
            .value(QStringLiteral("kid"))
            .toString();
    };
    QTemporaryDir keys;
    const QString file = keys.filePath(QStringLiteral("vendor-license-key.pem"));
    QVERIFY(stopServer());
    startServer({QStringLiteral("--license-key"), file});
    if (QTest::currentTestFailed())
        return;
    QVERIFY(QFile::exists(file));
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const QString own = configuredKid();
    QVERIFY(!own.isEmpty() && own != m_licenseKid);
    // The same file again: the same key.
    QVERIFY(stopServer());
    startServer({QStringLiteral("--license-key"), file});
    QCOMPARE(configuredKid(), own);
    QVERIFY(stopServer());
    startServer();
    QCOMPARE(configuredKid(), m_licenseKid);
}
