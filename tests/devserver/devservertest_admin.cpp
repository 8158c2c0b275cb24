// SPDX-License-Identifier: BSD-3-Clause
// The admin and webshop API: users with activation, license transactions, invitations, the
// outbox and the fault switches.
#include "devservertest.h"

void DevServerTest::createUserWithActivation()
{
    const QString path = QStringLiteral("/api/idp/v1/users?sendActivationEmail=true");
    const QJsonObject carol {{QStringLiteral("email"), QStringLiteral("carol@example.com")},
                             {QStringLiteral("firstName"), QStringLiteral("Carol")},
                             {QStringLiteral("lastName"), QStringLiteral("Buyer")}};
    QCOMPARE(adminPost(path, carol, QByteArray()).status, 401);
    QCOMPARE(adminPost(path, carol, "wrong-key").status, 401);
    QCOMPARE(adminPost(path, {{QStringLiteral("email"), QStringLiteral("x@example.com")}}).status,
             400);
    QCOMPARE(adminPost(path,
                       {{QStringLiteral("email"), QStringLiteral("not-an-address")},
                        {QStringLiteral("firstName"), QStringLiteral("A")},
                        {QStringLiteral("lastName"), QStringLiteral("B")}})
                 .status,
             400);
    const Response created = adminPost(path, carol);
    QCOMPARE(created.status, 201);
    const QString id = created.json().value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.json().value(QStringLiteral("email")).toString(),
             QStringLiteral("carol@example.com"));
    QCOMPARE(created.json().value(QStringLiteral("activated")).toBool(), false);
    QCOMPARE(adminPost(path, carol).status, 409);

    const Response found =
        adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                  {{QStringLiteral("email"), QStringLiteral("CAROL@example.com")}});
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                       {{QStringLiteral("email"), QStringLiteral("nobody@example.com")}})
                 .status,
             404);
    QCOMPARE(adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                       {{QStringLiteral("email"), QStringLiteral("carol@example.com")}},
                       QByteArray())
                 .status,
             401);

    // No password yet: signing in fails until the activation link is used.
    const Pkce early;
    QVERIFY(signIn(QStringLiteral("carol@example.com"), QString(), false, early).isEmpty());

    const QJsonArray messages = outbox(QStringLiteral("carol@example.com"));
    QCOMPARE(messages.size(), 1);
    const QString link =
        messages.first().toObject().value(QStringLiteral("links")).toArray().first().toString();
    QVERIFY2(link.startsWith(url(QStringLiteral("/user/activate?token="))), qPrintable(link));
    const Response page = request("GET", QUrl(link));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("id=\"activate-form\""));
    const QString token = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("short"));
    const Response weak = postForm(QStringLiteral("/user/activate"), form);
    QCOMPARE(weak.status, 200);
    QVERIFY(weak.body.contains("id=\"error\""));
    form.removeAllQueryItems(QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("carol-password"));
    QCOMPARE(postForm(QStringLiteral("/user/activate"), form).status, 200);
    QCOMPARE(postForm(QStringLiteral("/user/activate"), form).status, 400); // single use
    QCOMPARE(request("GET", QUrl(link)).status, 400);

    const Pkce pkce;
    const Tokens tokens = exchange(
        signIn(QStringLiteral("carol@example.com"), QStringLiteral("carol-password"), false, pkce),
        pkce);
    QVERIFY(!tokens.accessToken.isEmpty());
    const QJsonObject claims = jwsPart(tokens.idToken, 1);
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), id);
    QVERIFY(claims.value(QStringLiteral("email_verified")).toBool());
    QCOMPARE(claims.value(QStringLiteral("given_name")).toString(), QStringLiteral("Carol"));
}

void DevServerTest::licenseTransactions_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("new order") << "carol" << QByteArray("admin") << "order-1"
                               << "keyway-demo-pro" << 1 << 201 << QString();
    QTest::newRow("same order again") << "carol" << QByteArray("admin") << "order-1"
                                      << "keyway-demo-pro" << 1 << 200 << QString();
    QTest::newRow("same id, other order")
        << "carol" << QByteArray("admin") << "order-1"
        << "keyway-demo-standard" << 1 << 409 << "transaction_conflict";
    QTest::newRow("second order, two") << "carol" << QByteArray("admin") << "order-2"
                                       << "keyway-demo-standard" << 2 << 201 << QString();
    QTest::newRow("unknown user") << "nobody" << QByteArray("admin") << "order-3"
                                  << "keyway-demo-pro" << 1 << 404 << "user_not_found";
    QTest::newRow("unknown product") << "carol" << QByteArray("admin") << "order-4"
                                     << "nothing" << 1 << 404 << "product_unknown";
    QTest::newRow("quantity 0") << "carol" << QByteArray("admin") << "order-5"
                                << "keyway-demo-pro" << 0 << 400 << "invalid_request";
    QTest::newRow("no external id") << "carol" << QByteArray("admin") << ""
                                    << "keyway-demo-pro" << 1 << 400 << "invalid_request";
    QTest::newRow("no admin key") << "carol" << QByteArray() << "order-6"
                                  << "keyway-demo-pro" << 1 << 401 << "invalid_token";
    QTest::newRow("user's own token") << "carol" << QByteArray("user") << "order-7"
                                      << "keyway-demo-pro" << 1 << 401 << "invalid_token";
}

void DevServerTest::licenseTransactions()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, key);
    QFETCH(QString, externalId);
    QFETCH(QString, product);
    QFETCH(int, quantity);
    QFETCH(int, status);
    QFETCH(QString, error);

    const QString carolId =
        adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                  {{QStringLiteral("email"), QStringLiteral("carol@example.com")}})
            .json()
            .value(QStringLiteral("id"))
            .toString();
    QVERIFY(!carolId.isEmpty());
    const Pkce pkce;
    const Tokens carol = exchange(
        signIn(QStringLiteral("carol@example.com"), QStringLiteral("carol-password"), false, pkce),
        pkce);
    if (key == "user")
        key = carol.accessToken.toLatin1();
    const QJsonObject body {
        {QStringLiteral("transaction"),
         QJsonObject {
             {QStringLiteral("type"), QStringLiteral("Order")},
             {QStringLiteral("externalId"), externalId},
             {QStringLiteral("items"),
              QJsonArray {QJsonObject {
                  {QStringLiteral("externalId"), QStringLiteral("line-1")},
                  {QStringLiteral("productId"), product},
                  {QStringLiteral("quantity"), quantity},
                  {QStringLiteral("licenseValidFrom"), QStringLiteral("2026-01-01T00:00:00Z")},
                  {QStringLiteral("licenseValidUntil"),
                   QStringLiteral("2036-01-01T00:00:00Z")}}}}}}};
    const QString path =
        QStringLiteral("/api/entitlement/v1/users/%1/license-transactions")
            .arg(user == QLatin1String("carol") ? carolId : QStringLiteral("nobody"));
    const Response response = adminPost(path, body, key);
    QCOMPARE(response.status, status);
    if (!error.isEmpty()) {
        QCOMPARE(response.json().value(QStringLiteral("error")).toString(), error);
        return;
    }
    const QJsonObject json = response.json();
    QCOMPARE(json.value(QStringLiteral("userId")).toString(), carolId);
    const QJsonArray licenses = json.value(QStringLiteral("licenses")).toArray();
    QCOMPARE(licenses.size(), quantity);
    QCOMPARE(licenses.first().toObject().value(QStringLiteral("validUntil")).toString(),
             QStringLiteral("2036-01-01T00:00:00Z"));
    // The first grant created carol's personal entitlement; a replay is the same body.
    QCOMPARE(json.value(QStringLiteral("entitlement"))
                 .toObject()
                 .value(QStringLiteral("created"))
                 .toBool(),
             QTest::currentDataTag() == QByteArray("new order")
                 || QTest::currentDataTag() == QByteArray("same order again"));
    const QJsonArray available =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), carol.accessToken)
            .json()
            .value(QStringLiteral("licenses"))
            .toArray();
    for (const auto &license : licenses)
        QVERIFY(available.contains(license));
}

void DevServerTest::invitations()
{
    const QString shop = QStringLiteral("https://shop.example.com/checkout/thanks?order=7");
    QCOMPARE(adminPost(QStringLiteral("/api/idp/v1/invitations"),
                       {{QStringLiteral("email"), QStringLiteral("dave@example.com")},
                        {QStringLiteral("redirectUri"), QStringLiteral("javascript:alert(1)")}})
                 .status,
             400);
    QCOMPARE(adminPost(QStringLiteral("/api/idp/v1/invitations"),
                       {{QStringLiteral("email"), QStringLiteral("dave@example.com")},
                        {QStringLiteral("redirectUri"), shop}},
                       QByteArray())
                 .status,
             401);
    const Response created =
        adminPost(QStringLiteral("/api/idp/v1/invitations"),
                  {{QStringLiteral("email"), QStringLiteral("dave@example.com")},
                   {QStringLiteral("redirectUri"), shop}});
    QCOMPARE(created.status, 201);

    const QString link = outbox(QStringLiteral("dave@example.com"))
                             .last()
                             .toObject()
                             .value(QStringLiteral("links"))
                             .toArray()
                             .first()
                             .toString();
    QVERIFY2(link.startsWith(url(QStringLiteral("/user/invitation?token="))), qPrintable(link));
    // A new customer lands on the registration page, the address filled in.
    QNetworkAccessManager browser;
    const Response page = request("GET", QUrl(link), {}, {}, &browser);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("id=\"register-form\""));
    QVERIFY(page.body.contains("value=\"dave@example.com\""));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
    form.addQueryItem(QStringLiteral("given_name"), QStringLiteral("Dave"));
    form.addQueryItem(QStringLiteral("family_name"), QStringLiteral("Shopper"));
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("dave%40example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("dave-password"));
    const Response registered = postForm(QStringLiteral("/user/register"), form, &browser);
    QCOMPARE(registered.status, 302);
    QCOMPARE(registered.location(), QUrl(shop));
    QVERIFY(registered.header("Set-Cookie").startsWith("kw_session="));
    const QJsonObject dave =
        adminPost(QStringLiteral("/api/idp/v1/users/byEmail"),
                  {{QStringLiteral("email"), QStringLiteral("dave@example.com")}})
            .json();
    QVERIFY(dave.value(QStringLiteral("emailVerified")).toBool());
    QCOMPARE(request("GET", QUrl(link)).status, 400); // accepted: the link is spent

    // An existing customer who verified the address gets the login page instead (an unverified
    // account may be a squatter's: the invited owner registers and takes it over).
    QString verifyLink;
    for (const auto &message : outbox(QStringLiteral("alice@example.com"))) {
        for (const auto &link : message.toObject().value(QStringLiteral("links")).toArray()) {
            if (link.toString().contains(QLatin1String("/user/verify-email?token=")))
                verifyLink = link.toString();
        }
    }
    QVERIFY(!verifyLink.isEmpty());
    QCOMPARE(request("GET", QUrl(verifyLink)).status, 200);
    QCOMPARE(adminPost(QStringLiteral("/api/idp/v1/invitations"),
                       {{QStringLiteral("email"), QStringLiteral("alice@example.com")},
                        {QStringLiteral("redirectUri"), shop}})
                 .status,
             201);
    const QString aliceLink = outbox(QStringLiteral("alice@example.com"))
                                  .last()
                                  .toObject()
                                  .value(QStringLiteral("links"))
                                  .toArray()
                                  .first()
                                  .toString();
    const Response login = request("GET", QUrl(aliceLink));
    QCOMPARE(login.status, 200);
    QVERIFY(login.body.contains("id=\"login-form\""));
    QUrlQuery loginForm;
    loginForm.addQueryItem(QStringLiteral("request"), hiddenRequest(login.body));
    loginForm.addQueryItem(QStringLiteral("email"), QStringLiteral("alice%40example.com"));
    loginForm.addQueryItem(QStringLiteral("password"), QStringLiteral("alice-password"));
    QCOMPARE(postForm(QStringLiteral("/user/login"), loginForm).location(), QUrl(shop));
}

void DevServerTest::outboxPages()
{
    const Response html = get(QStringLiteral("/dev/outbox"));
    QCOMPARE(html.status, 200);
    QVERIFY(html.header("Content-Type").startsWith("text/html"));
    QVERIFY(html.body.contains("Activate your Keyway Demo account"));
    QVERIFY(html.body.contains("/user/activate?token="));
    const QJsonArray all =
        get(QStringLiteral("/dev/outbox.json")).json().value(QStringLiteral("messages")).toArray();
    QVERIFY(all.size() >= 4);
    for (const auto &message : all) {
        const QJsonObject object = message.toObject();
        for (const char *field : {"id", "to", "subject", "body", "links", "created"})
            QVERIFY2(object.contains(QLatin1String(field)), field);
    }
}

void DevServerTest::faultSwitches()
{
    const QString discovery = QStringLiteral("/.well-known/openid-configuration");
    auto arm = [this](const QJsonObject &fault) {
        return request("POST", QUrl(url(QStringLiteral("/dev/faults"))),
                       QJsonDocument(fault).toJson(QJsonDocument::Compact),
                       {{"Content-Type", "application/json"}});
    };

    // The next two requests to the path answer 503 with Retry-After; the third is served.
    const Response armed = arm({{QStringLiteral("path"), discovery},
                                {QStringLiteral("status"), 503},
                                {QStringLiteral("count"), 2},
                                {QStringLiteral("retryAfter"), 7}});
    QCOMPARE(armed.status, 201);
    QCOMPARE(get(QStringLiteral("/dev/faults"))
                 .json()
                 .value(QStringLiteral("faults"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInt(),
             2);
    for (int i = 0; i < 2; ++i) {
        const Response faulted = get(discovery);
        QCOMPARE(faulted.status, 503);
        QCOMPARE(faulted.header("Retry-After"), QByteArray("7"));
        QCOMPARE(faulted.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("temporarily_unavailable"));
        QVERIFY(!faulted.header("X-Request-Id").isEmpty());
    }
    QCOMPARE(get(discovery).status, 200);
    QVERIFY(get(QStringLiteral("/dev/faults"))
                .json()
                .value(QStringLiteral("faults"))
                .toArray()
                .isEmpty());

    // Only the method named: a GET of the token endpoint is answered as always (405).
    QCOMPARE(arm({{QStringLiteral("path"), QStringLiteral("/user/oauth20/token")},
                  {QStringLiteral("method"), QStringLiteral("post")},
                  {QStringLiteral("status"), 429},
                  {QStringLiteral("retryAfter"), 3}})
                 .status,
             201);
    QCOMPARE(get(QStringLiteral("/user/oauth20/token")).status, 405);
    const Response limited = postForm(QStringLiteral("/user/oauth20/token"), QUrlQuery());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
    QCOMPARE(limited.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("rate_limited"));
    QCOMPARE(postForm(QStringLiteral("/user/oauth20/token"), QUrlQuery()).status, 400);

    // 500 without Retry-After; DELETE disarms what is left.
    QCOMPARE(arm({{QStringLiteral("path"), discovery}, {QStringLiteral("count"), 5}}).status, 201);
    const Response failed = get(discovery);
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.header("Retry-After").isEmpty());
    QCOMPARE(failed.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("server_error"));
    QCOMPARE(request("DELETE", QUrl(url(QStringLiteral("/dev/faults")))).status, 200);
    QCOMPARE(get(discovery).status, 200);
}

void DevServerTest::faultSwitchesRefuseBadRequests_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("path=/x");
    QTest::newRow("no path") << QByteArray(R"({"status":500})");
    QTest::newRow("relative path") << QByteArray(R"({"path":"token","status":500})");
    QTest::newRow("a /dev/ path") << QByteArray(R"({"path":"/dev/outbox","status":500})");
    QTest::newRow("status 200") << QByteArray(R"({"path":"/x","status":200})");
    QTest::newRow("count 0") << QByteArray(R"({"path":"/x","count":0})");
    QTest::newRow("negative retryAfter") << QByteArray(R"({"path":"/x","retryAfter":-5})");
}

void DevServerTest::faultSwitchesRefuseBadRequests()
{
    QFETCH(QByteArray, body);
    const Response response = request("POST", QUrl(url(QStringLiteral("/dev/faults"))), body,
                                      {{"Content-Type", "application/json"}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    QVERIFY(get(QStringLiteral("/dev/faults"))
                .json()
                .value(QStringLiteral("faults"))
                .toArray()
                .isEmpty());
}
