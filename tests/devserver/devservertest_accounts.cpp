// SPDX-License-Identifier: BSD-3-Clause
// Accounts and OIDC: discovery, the sign-in pages and forms, the code and refresh grants,
// user info, sign-out, e-mail confirmation, password reset, the pages' languages, ID-token
// algorithms and key rotation.
#include "devservertest.h"

void DevServerTest::discovery_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("root") << QStringLiteral("/.well-known/openid-configuration");
    QTest::newRow("user") << QStringLiteral("/user/.well-known/openid-configuration");
}

void DevServerTest::discovery()
{
    QFETCH(QString, path);
    const Response response = get(path);
    QCOMPARE(response.status, 200);
    const QJsonObject doc = response.json();
    QCOMPARE(doc.value(QStringLiteral("issuer")).toString(), m_baseUrl);
    QCOMPARE(doc.value(QStringLiteral("authorization_endpoint")).toString(),
             url(QStringLiteral("/user/oauth20/authz")));
    QCOMPARE(doc.value(QStringLiteral("token_endpoint")).toString(),
             url(QStringLiteral("/user/oauth20/token")));
    QCOMPARE(doc.value(QStringLiteral("userinfo_endpoint")).toString(),
             url(QStringLiteral("/user/info")));
    QCOMPARE(doc.value(QStringLiteral("jwks_uri")).toString(),
             url(QStringLiteral("/.well-known/jwks.json")));
    QCOMPARE(doc.value(QStringLiteral("revocation_endpoint")).toString(),
             url(QStringLiteral("/user/oauth20/revoke")));
    auto list = [&doc](const char *key) {
        QStringList out;
        for (const auto &v : doc.value(QLatin1String(key)).toArray())
            out.append(v.toString());
        return out;
    };
    QCOMPARE(list("code_challenge_methods_supported"), QStringList {QStringLiteral("S256")});
    QCOMPARE(list("response_types_supported"), QStringList {QStringLiteral("code")});
    QCOMPARE(list("grant_types_supported"),
             (QStringList {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}));
    QCOMPARE(list("token_endpoint_auth_methods_supported"), QStringList {QStringLiteral("none")});
    QCOMPARE(list("prompt_values_supported"),
             (QStringList {QStringLiteral("none"), QStringLiteral("login"),
                           QStringLiteral("consent"), QStringLiteral("create")}));
    QCOMPARE(list("scopes_supported"),
             (QStringList {QStringLiteral("openid"), QStringLiteral("profile"),
                           QStringLiteral("email"), QStringLiteral("offline_access")}));
    QVERIFY(list("id_token_signing_alg_values_supported").contains(QStringLiteral("RS256")));
    QVERIFY(!list("ui_locales_supported").isEmpty());
}

void DevServerTest::jwks()
{
    for (const QString &path : {QStringLiteral("/.well-known/jwks.json"),
                                QStringLiteral("/user/.well-known/jwks.json")}) {
        const Response response = get(path);
        QCOMPARE(response.status, 200);
        const QJsonArray keys = response.json().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 2); // ID-token key and license-signing key
        QSet<QString> kids;
        for (const auto &value : keys) {
            const QJsonObject key = value.toObject();
            QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
            QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
            QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
            QCOMPARE(key.value(QStringLiteral("e")).toString(), QStringLiteral("AQAB"));
            QVERIFY(key.value(QStringLiteral("n")).toString().size() > 300);
            QVERIFY(!key.contains(QStringLiteral("d")));
            kids.insert(key.value(QStringLiteral("kid")).toString());
        }
        QCOMPARE(kids.size(), 2);
    }
}

void DevServerTest::clientConfig()
{
    QFile file(m_dataDir.filePath(QStringLiteral("client-config.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(config.value(QStringLiteral("issuer")).toString(), m_baseUrl);
    QCOMPARE(config.value(QStringLiteral("clientId")).toString(), ClientId);
    QCOMPARE(config.value(QStringLiteral("productName")).toString(), QStringLiteral("Keyway Demo"));
    QCOMPARE(config.value(QStringLiteral("vendorName")).toString(),
             QStringLiteral("Example Software"));
    QCOMPARE(config.value(QStringLiteral("leaseSeconds")).toInt(), 604800);
    const QJsonObject redirects = config.value(QStringLiteral("redirectUris")).toObject();
    QCOMPARE(redirects.value(QStringLiteral("embedded")).toString(),
             QStringLiteral("com.example.keyway:/oauth2redirect"));
    QCOMPARE(redirects.value(QStringLiteral("loopback")).toString(),
             QStringLiteral("http://127.0.0.1/oauth2redirect"));
    QCOMPARE(config.value(QStringLiteral("scopes")).toArray().size(), 4);
    QCOMPARE(config.value(QStringLiteral("licensedItems")).toArray().size(), 2);
    const QJsonArray keys = config.value(QStringLiteral("licenseKeys"))
                                .toObject()
                                .value(QStringLiteral("keys"))
                                .toArray();
    QCOMPARE(keys.size(), 1);
    m_licenseKid = keys.first().toObject().value(QStringLiteral("kid")).toString();
    QVERIFY(!m_licenseKid.isEmpty());
    // By default licenses are signed with the committed demo key, the one compiled into the demo
    // keyway and keywayctl (issue 12).
    const QJsonObject demoKey =
        firstLicenseKey(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/client-config.json"));
    QCOMPARE(m_licenseKid, demoKey.value(QStringLiteral("kid")).toString());
    QCOMPARE(keys.first().toObject().value(QStringLiteral("n")),
             demoKey.value(QStringLiteral("n")));
    QCOMPARE(config.value(QStringLiteral("leaseSeconds")).toInteger(), 604800);
}

void DevServerTest::authorizeShowsLoginPage()
{
    const Pkce pkce;
    const Response response =
        request("GET", authorizeUrl(pkce, QStringLiteral("login_hint=hint%40example.com")));
    QCOMPARE(response.status, 200);
    QVERIFY(response.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(response.body);
    QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    QVERIFY(html.contains(QLatin1String("<meta name=\"viewport\"")));
    QVERIFY(html.contains(QLatin1String("Keyway Demo</title>")));
    QVERIFY(html.contains(QLatin1String(
        "<form id=\"login-form\" method=\"post\" action=\"/user/login\" novalidate>")));
    QVERIFY(html.contains(QLatin1String("name=\"email\"")));
    QVERIFY(html.contains(QLatin1String("value=\"hint@example.com\"")));
    QVERIFY(html.contains(QLatin1String("name=\"password\"")));
    QVERIFY(html.contains(QLatin1String("<label for=\"password\">")));
    QVERIFY(html.contains(QLatin1String("<button id=\"submit\" type=\"submit\">")));
    QVERIFY(html.contains(QLatin1String("<a id=\"register-link\" href=\"/user/register?request=")));
    QVERIFY(!hiddenRequest(response.body).isEmpty());
    QVERIFY(!html.contains(QLatin1String("http://")) && !html.contains(QLatin1String("https://")));

    const Response registration =
        request("GET", authorizeUrl(pkce, QStringLiteral("flow=register")));
    QCOMPARE(registration.status, 200);
    const QString page = QString::fromUtf8(registration.body);
    QVERIFY(page.contains(QLatin1String(
        "<form id=\"register-form\" method=\"post\" action=\"/user/register\" novalidate>")));
    for (const char *name : {"email", "password", "given_name", "family_name"})
        QVERIFY2(page.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(name))), name);
    QVERIFY(page.contains(QLatin1String("<a id=\"login-link\" href=\"/user/login?request=")));

    // For every reader: the first field has focus, links say where they lead, fields and buttons
    // use the page's font, and a dark desktop gets a dark page.
    QVERIFY(html.contains(QLatin1String("id=\"email\" name=\"email\" type=\"email\" "
                                        "autocomplete=\"username\" required autofocus")));
    QVERIFY(page.contains(QLatin1String("id=\"given_name\" name=\"given_name\" type=\"text\" "
                                        "autocomplete=\"given-name\" autofocus")));
    QVERIFY(html.contains(QLatin1String(">Create an account</a>")));
    QVERIFY(page.contains(QLatin1String(">Sign in with it</a>")));
    QVERIFY(html.contains(QLatin1String("input, button { font: inherit; }")));
    QVERIFY(html.contains(QLatin1String("@media (prefers-color-scheme: dark)")));
    QCOMPARE(html.count(QLatin1String(" autofocus")), 1);
    QCOMPARE(page.count(QLatin1String(" autofocus")), 1);
}

void DevServerTest::authorizeErrorPage_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("unknown client") << QStringLiteral("intruder") << LoopbackRedirect;
    QTest::newRow("unregistered redirect") << ClientId << QStringLiteral("https://evil.example/cb");
    QTest::newRow("loopback other path")
        << ClientId << QStringLiteral("http://127.0.0.1:5000/other");
    QTest::newRow("localhost name")
        << ClientId << QStringLiteral("http://localhost:5000/oauth2redirect");
    QTest::newRow("missing redirect") << ClientId << QString();
}

void DevServerTest::authorizeErrorPage()
{
    QFETCH(QString, clientId);
    QFETCH(QString, redirectUri);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), clientId);
    if (!redirectUri.isEmpty())
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("openid"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce().challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QUrl target(url(QStringLiteral("/user/oauth20/authz")));
    target.setQuery(query);
    const Response response = request("GET", target);
    QCOMPARE(response.status, 400);
    QVERIFY(response.header("Location").isEmpty());
    QVERIFY(response.body.contains("id=\"error\""));
}

void DevServerTest::authorizeErrorRedirect_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("error");
    const QString base = QStringLiteral(
        "client_id=keyway-desktop&redirect_uri=com.example.keyway%3A%2Foauth2redirect&state=s1");
    const QString pkce = QStringLiteral("&code_challenge=") + QString::fromLatin1(Pkce().challenge);
    QTest::newRow("no PKCE") << base + QStringLiteral("&response_type=code&scope=openid")
                             << QStringLiteral("invalid_request");
    QTest::newRow("plain PKCE") << base + pkce
            + QStringLiteral("&code_challenge_method=plain&response_type=code&scope=openid")
                                << QStringLiteral("invalid_request");
    QTest::newRow("no method") << base + pkce + QStringLiteral("&response_type=code&scope=openid")
                               << QStringLiteral("invalid_request");
    QTest::newRow("token flow") << base + pkce
            + QStringLiteral("&code_challenge_method=S256&response_type=token&scope=openid")
                                << QStringLiteral("unsupported_response_type");
    QTest::newRow("no openid") << base + pkce
            + QStringLiteral("&code_challenge_method=S256&response_type=code&scope=email")
                               << QStringLiteral("invalid_scope");
    QTest::newRow("prompt none")
        << base + pkce
            + QStringLiteral(
                "&code_challenge_method=S256&response_type=code&scope=openid&prompt=none")
        << QStringLiteral("login_required");
}

void DevServerTest::authorizeErrorRedirect()
{
    QFETCH(QString, query);
    QFETCH(QString, error);
    QUrl target(url(QStringLiteral("/user/oauth20/authz")));
    target.setQuery(query, QUrl::StrictMode);
    const Response response = request("GET", target, {}, {}, new QNetworkAccessManager(this));
    QCOMPARE(response.status, 302);
    const QUrl location = response.location();
    QCOMPARE(location.scheme(), QStringLiteral("com.example.keyway"));
    QCOMPARE(response.locationParam(QStringLiteral("error")), error);
    QCOMPARE(response.locationParam(QStringLiteral("state")), QStringLiteral("s1"));
    QCOMPARE(response.locationParam(QStringLiteral("iss")), m_baseUrl);
    QVERIFY(response.locationParam(QStringLiteral("code")).isEmpty());
}

void DevServerTest::registerAndExchange()
{
    // Wrong verifier: invalid_grant.
    const Pkce first;
    const QString spent =
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), true, first);
    QVERIFY(!spent.isEmpty());
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), spent);
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      QString::fromLatin1(QUrl::toPercentEncoding(LoopbackRedirect)));
    form.addQueryItem(QStringLiteral("client_id"), ClientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(Pkce().verifier));
    Response response = postForm(QStringLiteral("/user/oauth20/token"), form);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QVERIFY(response.json().contains(QStringLiteral("error_description")));

    // Sign in again (the account exists now) and exchange with the right verifier.
    const Pkce pkce;
    QNetworkAccessManager browser;
    const QUrl authorize = authorizeUrl(pkce);
    const Response page = request("GET", authorize, {}, {}, &browser);
    QCOMPARE(page.status, 200);
    QUrlQuery login;
    login.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
    login.addQueryItem(QStringLiteral("email"), QStringLiteral("alice%40example.com"));
    login.addQueryItem(QStringLiteral("password"), QStringLiteral("alice-password"));
    const Response redirect = postForm(QStringLiteral("/user/login"), login, &browser);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.location().port(), 53123);
    QCOMPARE(redirect.locationParam(QStringLiteral("state")), QStringLiteral("st/ate-1"));
    QCOMPARE(redirect.locationParam(QStringLiteral("iss")), m_baseUrl);
    QVERIFY(redirect.header("Set-Cookie").contains("HttpOnly"));
    QVERIFY(redirect.header("Set-Cookie").contains("SameSite=Lax"));
    const QString code = redirect.locationParam(QStringLiteral("code"));
    QCOMPARE(QByteArray::fromBase64(code.toLatin1(), QByteArray::Base64UrlEncoding).size(), 32);

    form.removeAllQueryItems(QStringLiteral("code"));
    form.removeAllQueryItems(QStringLiteral("code_verifier"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier));
    response = postForm(QStringLiteral("/user/oauth20/token"), form);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Cache-Control"), QByteArray("no-store"));
    const QJsonObject tokens = response.json();
    QCOMPARE(tokens.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(tokens.value(QStringLiteral("scope")).toString().contains(QLatin1String("openid")));
    m_alice = {tokens.value(QStringLiteral("access_token")).toString(),
               tokens.value(QStringLiteral("refresh_token")).toString(),
               tokens.value(QStringLiteral("id_token")).toString().toLatin1()};
    QVERIFY(!m_alice.accessToken.isEmpty() && !m_alice.refreshToken.isEmpty());

    // ID token claims (the signature is the client tests' business).
    const QJsonObject header = jwsPart(m_alice.idToken, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    const QString kid = header.value(QStringLiteral("kid")).toString();
    QVERIFY(!kid.isEmpty() && kid != m_licenseKid);
    const QJsonObject claims = jwsPart(m_alice.idToken, 1);
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_baseUrl);
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), ClientId);
    QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-123"));
    QCOMPARE(claims.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(claims.value(QStringLiteral("given_name")).toString(), QStringLiteral("Test"));
    QCOMPARE(claims.value(QStringLiteral("family_name")).toString(), QStringLiteral("User"));
    QVERIFY(claims.value(QStringLiteral("email_verified")).isBool());
    QVERIFY(!claims.value(QStringLiteral("sub")).toString().isEmpty());
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 60);
    QVERIFY(claims.value(QStringLiteral("exp")).toInteger() > iat);
    QVERIFY(claims.value(QStringLiteral("auth_time")).toInteger() <= iat);
    QCOMPARE(claims.value(QStringLiteral("at_hash")).toString().toLatin1(),
             base64url(QCryptographicHash::hash(m_alice.accessToken.toLatin1(),
                                                QCryptographicHash::Sha256)
                           .left(16)));

    // The code is single use.
    response = postForm(QStringLiteral("/user/oauth20/token"), form);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    // ... and replaying it revoked what it produced (RFC 6749 §4.1.2).
    QCOMPARE(get(QStringLiteral("/user/info"), m_alice.accessToken).status, 401);
    m_alice = exchange(
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false, pkce),
        pkce);
    QVERIFY(!m_alice.accessToken.isEmpty());

    // Other token-endpoint errors.
    QUrlQuery bad;
    bad.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    bad.addQueryItem(QStringLiteral("client_id"), ClientId);
    QCOMPARE(postForm(QStringLiteral("/user/oauth20/token"), bad)
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("unsupported_grant_type"));
    bad.removeAllQueryItems(QStringLiteral("client_id"));
    bad.addQueryItem(QStringLiteral("client_id"), QStringLiteral("intruder"));
    QCOMPARE(postForm(QStringLiteral("/user/oauth20/token"), bad)
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("invalid_client"));
    // A wrong redirect_uri at the token endpoint.
    const Pkce third;
    const QString another =
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false, third);
    QUrlQuery mismatch;
    mismatch.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    mismatch.addQueryItem(QStringLiteral("code"), another);
    mismatch.addQueryItem(QStringLiteral("redirect_uri"),
                          QStringLiteral("http%3A%2F%2F127.0.0.1%3A1%2Foauth2redirect"));
    mismatch.addQueryItem(QStringLiteral("client_id"), ClientId);
    mismatch.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(third.verifier));
    QCOMPARE(postForm(QStringLiteral("/user/oauth20/token"), mismatch)
                 .json()
                 .value(QStringLiteral("error"))
                 .toString(),
             QStringLiteral("invalid_grant"));
}

void DevServerTest::registrationErrors_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("weak password") << QStringLiteral("carol@example.com") << QStringLiteral("short")
                                   << QStringLiteral("at least 8") << QStringLiteral("password");
    QTest::newRow("invalid e-mail")
        << QStringLiteral("carol.example.com") << QStringLiteral("long-enough")
        << QStringLiteral("valid e-mail") << QStringLiteral("email");
    QTest::newRow("empty e-mail") << QString() << QStringLiteral("long-enough")
                                  << QStringLiteral("valid e-mail") << QStringLiteral("email");
    QTest::newRow("e-mail taken") << QStringLiteral("ALICE@example.com")
                                  << QStringLiteral("long-enough")
                                  << QStringLiteral("already exists") << QStringLiteral("email");
}

void DevServerTest::registrationErrors()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, message);
    QFETCH(QString, field);
    const Response page = request("GET", authorizeUrl(Pkce(), QStringLiteral("prompt=create")), {},
                                  {}, new QNetworkAccessManager(this));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
    form.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("given_name"), QStringLiteral("Carol"));
    form.addQueryItem(QStringLiteral("family_name"), QStringLiteral("Ng"));
    const Response response = postForm(QStringLiteral("/user/register"), form);
    QCOMPARE(response.status, 200);
    const QString html = QString::fromUtf8(response.body);
    QVERIFY(html.contains(QLatin1String("<p class=\"error\" role=\"alert\" id=\"error\">")));
    QVERIFY2(html.contains(message), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("id=\"register-form\"")));
    QVERIFY(html.contains(QLatin1String("value=\"Carol\""))); // what was typed is kept
    // The message belongs to its field (a screen reader reads it with the field, which has focus),
    // and only that field is invalid.
    const QRegularExpression input(QStringLiteral("<input id=\"%1\" [^>]*aria-invalid=\"true\" "
                                                  "aria-describedby=\"error[ \"][^>]*autofocus")
                                       .arg(field));
    QVERIFY2(input.match(html).hasMatch(), qPrintable(html));
    QCOMPARE(html.count(QLatin1String(" aria-invalid=\"true\"")), 1);
    QCOMPARE(html.count(QLatin1String(" autofocus")), 1);
}

void DevServerTest::loginAndSession()
{
    QNetworkAccessManager browser;
    // Wrong password: the login page again, with the error inline.
    Response page = request("GET", authorizeUrl(Pkce()), {}, {}, &browser);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("alice%40example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("wrong-password"));
    Response response = postForm(QStringLiteral("/user/login"), form, &browser);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("id=\"error\""));
    QVERIFY(response.body.contains("incorrect"));
    QVERIFY(response.body.contains("id=\"login-form\""));
    // The e-mail stays; the password field, where the person goes on, is invalid and has focus.
    QVERIFY2(response.body.contains("id=\"password\" name=\"password\" type=\"password\" "
                                    "autocomplete=\"current-password\" required "
                                    "aria-invalid=\"true\" aria-describedby=\"error\" autofocus>"),
             response.body.constData());

    // The right one: a code and a session cookie.
    const Pkce pkce;
    QVERIFY(!signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false,
                    pkce, &browser)
                 .isEmpty());
    // With the session, authorize asks "Continue as Alice?" (RFC 8252 §8.6: a public native
    // client is never approved silently)...
    response = request("GET", authorizeUrl(pkce), {}, {}, &browser);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("id=\"continue-as-form\""));
    QVERIFY(response.body.contains("alice@example.com"));
    QVERIFY(response.body.contains("id=\"other-account-link\" href=\"/user/login?request="));
    QUrlQuery confirm;
    confirm.addQueryItem(QStringLiteral("request"), hiddenRequest(response.body));
    response = postForm(QStringLiteral("/user/confirm"), confirm, &browser);
    QCOMPARE(response.status, 302);
    QVERIFY(!response.locationParam(QStringLiteral("code")).isEmpty());
    QCOMPARE(response.locationParam(QStringLiteral("state")), QStringLiteral("st/ate-1"));
    // ... prompt=none cannot ask, so it fails with interaction_required...
    response = request("GET", authorizeUrl(pkce, QStringLiteral("prompt=none")), {}, {}, &browser);
    QCOMPARE(response.status, 302);
    QCOMPARE(response.locationParam(QStringLiteral("error")),
             QStringLiteral("interaction_required"));
    QVERIFY(response.locationParam(QStringLiteral("code")).isEmpty());
    // ... unless prompt=login asks for a fresh login.
    response = request("GET", authorizeUrl(pkce, QStringLiteral("prompt=login")), {}, {}, &browser);
    QCOMPARE(response.status, 200);
    QVERIFY(response.body.contains("id=\"login-form\""));
    // A stale request reference is refused with a page, not a redirect.
    QUrlQuery stale;
    stale.addQueryItem(QStringLiteral("request"), QStringLiteral("no-such-request"));
    stale.addQueryItem(QStringLiteral("email"), QStringLiteral("alice%40example.com"));
    stale.addQueryItem(QStringLiteral("password"), QStringLiteral("alice-password"));
    response = postForm(QStringLiteral("/user/login"), stale);
    QCOMPARE(response.status, 400);
    QVERIFY(response.header("Location").isEmpty());
}

void DevServerTest::refreshRotation()
{
    const Pkce pkce;
    const Tokens tokens = exchange(
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false, pkce),
        pkce);
    QVERIFY(!tokens.refreshToken.isEmpty());
    Response response = refresh(tokens.refreshToken);
    QCOMPARE(response.status, 200);
    const QString second = response.json().value(QStringLiteral("refresh_token")).toString();
    const QString access = response.json().value(QStringLiteral("access_token")).toString();
    QVERIFY(!second.isEmpty() && second != tokens.refreshToken);
    const QJsonObject claims =
        jwsPart(response.json().value(QStringLiteral("id_token")).toString().toLatin1(), 1);
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), ClientId);
    QCOMPARE(get(QStringLiteral("/user/info"), access).status, 200);

    // The spent token again: invalid_grant, and the whole family is gone.
    response = refresh(tokens.refreshToken);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(refresh(second).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(get(QStringLiteral("/user/info"), access).status, 401);
    QCOMPARE(refresh(QStringLiteral("garbage")).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
}

void DevServerTest::userInfo()
{
    for (const QString &path : {QStringLiteral("/user/info"), QStringLiteral("/userinfo")}) {
        Response response = get(path, m_alice.accessToken);
        QCOMPARE(response.status, 200);
        const QJsonObject info = response.json();
        QCOMPARE(info.value(QStringLiteral("sub")).toString(),
                 jwsPart(m_alice.idToken, 1).value(QStringLiteral("sub")).toString());
        QCOMPARE(info.value(QStringLiteral("email")).toString(),
                 QStringLiteral("alice@example.com"));
        QCOMPARE(info.value(QStringLiteral("name")).toString(), QStringLiteral("Test User"));
        QVERIFY(info.contains(QStringLiteral("email_verified")));
        response = get(path, QStringLiteral("not-a-token"));
        QCOMPARE(response.status, 401);
        QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
        QCOMPARE(get(path).status, 401);
    }
}

void DevServerTest::signOut()
{
    QNetworkAccessManager browser;
    const Pkce pkce;
    QVERIFY(!signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false,
                    pkce, &browser)
                 .isEmpty());
    QVERIFY(request("GET", authorizeUrl(pkce), {}, {}, &browser)
                .body.contains("id=\"continue-as-form\"")); // live session

    Response response =
        request("GET",
                QUrl(url(QStringLiteral("/user/oauth20/"
                                        "signout?client_id=keyway-desktop&post_logout_redirect_uri="
                                        "https%3A%2F%2Fevil.example%2F"))),
                {}, {}, &browser);
    QCOMPARE(response.status, 400);
    QVERIFY(response.header("Location").isEmpty());

    response =
        request("GET",
                QUrl(url(QStringLiteral("/user/oauth20/"
                                        "signout?client_id=keyway-desktop&post_logout_redirect_uri="
                                        "com.example.keyway%3A%2Foauth2redirect&state=bye"))),
                {}, {}, &browser);
    QCOMPARE(response.status, 302);
    QCOMPARE(response.location().scheme(), QStringLiteral("com.example.keyway"));
    QCOMPARE(response.locationParam(QStringLiteral("state")), QStringLiteral("bye"));
    QCOMPARE(request("GET", authorizeUrl(pkce), {}, {}, &browser).status, 200); // login page again
}

void DevServerTest::codeGrantErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("spendsCode");

    QTest::newRow("wrong verifier")
        << QStringLiteral("code_verifier") << QString(QLatin1Char('v')).repeated(43)
        << QStringLiteral("invalid_grant") << true;
    QTest::newRow("wrong redirect uri")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:53123/other")
        << QStringLiteral("invalid_grant") << true;
    QTest::newRow("other loopback port")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:53999/oauth2redirect")
        << QStringLiteral("invalid_grant") << true;
    QTest::newRow("reused code") << QStringLiteral("reuse") << QString()
                                 << QStringLiteral("invalid_grant") << true;
    QTest::newRow("unknown code") << QStringLiteral("code") << QStringLiteral("not-a-code")
                                  << QStringLiteral("invalid_grant") << false;
    QTest::newRow("short verifier") << QStringLiteral("code_verifier") << QStringLiteral("abc")
                                    << QStringLiteral("invalid_request") << false;
    QTest::newRow("no verifier") << QStringLiteral("code_verifier") << QString()
                                 << QStringLiteral("invalid_request") << false;
    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("intruder")
                                    << QStringLiteral("invalid_client") << false;
    QTest::newRow("no client") << QStringLiteral("client_id") << QString()
                               << QStringLiteral("invalid_request") << false;
    QTest::newRow("grant type") << QStringLiteral("grant_type") << QStringLiteral("password")
                                << QStringLiteral("unsupported_grant_type") << false;
}

void DevServerTest::codeGrantErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QFETCH(bool, spendsCode);

    const Pkce pkce;
    const QString code =
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false, pkce);
    QVERIFY(!code.isEmpty());
    Tokens first;
    if (field == QLatin1String("reuse")) {
        first = exchange(code, pkce);
        QVERIFY(!first.accessToken.isEmpty());
        QCOMPARE(get(QStringLiteral("/user/info"), first.accessToken).status, 200);
    }
    QMap<QString, QString> params {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), LoopbackRedirect},
        {QStringLiteral("client_id"), ClientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier)}};
    if (params.contains(field))
        params[field] = value;
    QUrlQuery form;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        if (!it.value().isEmpty())
            form.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    }
    const Response response = postForm(QStringLiteral("/user/oauth20/token"), form);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(!response.json().value(QStringLiteral("error_description")).toString().isEmpty());
    QVERIFY(!response.json().contains(QStringLiteral("access_token")));

    // A code is spent by its first presentation, even a failing one; a replay revokes what the
    // code produced (RFC 6749 §4.1.2).
    const Tokens retry = exchange(code, pkce);
    QCOMPARE(retry.accessToken.isEmpty(), spendsCode);
    if (!first.accessToken.isEmpty()) {
        QCOMPARE(get(QStringLiteral("/user/info"), first.accessToken).status, 401);
        QCOMPARE(refresh(first.refreshToken).json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
    }
}

void DevServerTest::refreshReuseRevokesFamily()
{
    const Pkce pkce;
    const Tokens first = exchange(
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false, pkce),
        pkce);
    QVERIFY(!first.refreshToken.isEmpty());
    const Response second = refresh(first.refreshToken);
    QCOMPARE(second.status, 200);
    const QString secondAccess = second.json().value(QStringLiteral("access_token")).toString();
    const QString secondRefresh = second.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(get(QStringLiteral("/user/info"), secondAccess).status, 200);

    const Response reuse = refresh(first.refreshToken);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    // The whole family is gone: the newest refresh token and every access token.
    QCOMPARE(refresh(secondRefresh).json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QCOMPARE(get(QStringLiteral("/user/info"), secondAccess).status, 401);
    QCOMPARE(get(QStringLiteral("/user/info"), first.accessToken).status, 401);
}

void DevServerTest::verificationEmailOnRegistration()
{
    const QString email = QStringLiteral("Verify.Me@example.com");
    const Tokens tokens = registerUser(email);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!jwsPart(tokens.idToken, 1).value(QStringLiteral("email_verified")).toBool());
    const QJsonArray messages = outbox(email.toLower());
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QVERIFY(message.value(QStringLiteral("subject")).toString().contains(QLatin1String("Confirm")));
    const QString link = message.value(QStringLiteral("links")).toArray().first().toString();
    QVERIFY2(link.startsWith(url(QStringLiteral("/user/verify-email?token="))), qPrintable(link));
    QVERIFY(message.value(QStringLiteral("body")).toString().contains(link));

    QCOMPARE(request("GET", QUrl(link)).status, 200);
    QVERIFY(get(QStringLiteral("/user/info"), tokens.accessToken)
                .json()
                .value(QStringLiteral("email_verified"))
                .toBool());
    QCOMPARE(request("GET", QUrl(url(QStringLiteral("/user/verify-email?token=forged")))).status,
             400);
    // The message is also a file under the data folder.
    const QStringList files = QDir(m_dataDir.filePath(QStringLiteral("outbox")))
                                  .entryList({QStringLiteral("*.txt")}, QDir::Files);
    QVERIFY(!files.isEmpty());
}

void DevServerTest::emailVerificationRequired()
{
    const QString email = QStringLiteral("erin@example.com");
    auto startRegistration = [this](QNetworkAccessManager *browser, bool registration,
                                    const QString &extra = QString()) {
        const Pkce pkce;
        const Response page = request(
            "GET", authorizeUrl(pkce, registration ? QStringLiteral("prompt=create") : extra), {},
            {}, browser);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
        form.addQueryItem(QStringLiteral("email"), QStringLiteral("erin%40example.com"));
        form.addQueryItem(QStringLiteral("password"), QStringLiteral("erin-password"));
        return postForm(registration ? QStringLiteral("/user/register")
                                     : QStringLiteral("/user/login"),
                        form, browser);
    };
    auto requestOf = [](const QByteArray &html, const QString &formId) {
        const QRegularExpression hidden(QStringLiteral("<form id=\"")
                                        + QRegularExpression::escape(formId)
                                        + QStringLiteral("\"[^>]*>\\s*<input type=\"hidden\" "
                                                         "name=\"request\" value=\"([^\"]+)\">"));
        return hidden.match(QString::fromUtf8(html)).captured(1);
    };
    auto post = [this, &requestOf](const QByteArray &html, bool cancel,
                                   QNetworkAccessManager *browser) {
        QUrlQuery form;
        form.addQueryItem(
            QStringLiteral("request"),
            requestOf(html,
                      cancel ? QStringLiteral("cancel-form") : QStringLiteral("continue-form")));
        if (cancel)
            form.addQueryItem(QStringLiteral("cancel"), QStringLiteral("1"));
        return postForm(QStringLiteral("/user/continue"), form, browser);
    };
    // The page's own refresh, as a browser follows <meta http-equiv="refresh">.
    auto poll = [this](const QByteArray &html, QNetworkAccessManager *browser) {
        static const QRegularExpression refresh(
            QStringLiteral("<meta http-equiv=\"refresh\" content=\"(\\d+); url=([^\"]+)\">"));
        const QRegularExpressionMatch match = refresh.match(QString::fromUtf8(html));
        if (!match.hasMatch())
            return Response {};
        return request("GET", QUrl(url(match.captured(2))), {}, {}, browser);
    };

    // Registered, but the link was not opened: the page says so and keeps waiting.
    QNetworkAccessManager browser;
    const Response pending = startRegistration(&browser, true);
    QCOMPARE(pending.status, 200);
    QVERIFY(pending.body.contains("id=\"continue-form\""));
    QVERIFY(pending.body.contains("id=\"cancel-form\""));
    QVERIFY(pending.header("Set-Cookie").isEmpty());
    const Response waiting = poll(pending.body, &browser);
    QCOMPARE(waiting.status, 200);
    QVERIFY(waiting.body.contains("id=\"continue-form\""));
    QVERIFY(!waiting.body.contains("role=\"alert\""));
    QVERIFY(waiting.header("Set-Cookie").isEmpty());
    // Continue pressed too early: the same request waits on, with a sentence that says why.
    const Response early = post(pending.body, false, &browser);
    QCOMPARE(early.status, 200);
    QVERIFY(early.body.contains("role=\"alert\""));
    QCOMPARE(requestOf(early.body, QStringLiteral("continue-form")),
             requestOf(pending.body, QStringLiteral("continue-form")));
    QVERIFY(early.header("Set-Cookie").isEmpty());

    // Cancel ends the flow with the redirect the window understands.
    const Response denied = post(early.body, true, &browser);
    QCOMPARE(denied.status, 302);
    QCOMPARE(denied.locationParam(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(denied.locationParam(QStringLiteral("error_description")),
             QStringLiteral("email_not_verified"));
    // Where the link went, masked: the first character and the domain.
    const QString hint = denied.locationParam(QStringLiteral("email_hint"));
    QVERIFY2(hint.size() >= 3 && hint.at(1) == QChar(0x2026) && hint.contains(QLatin1Char('@'))
                 && hint.count(QLatin1Char('@')) == 1,
             qPrintable(hint));
    QCOMPARE(denied.locationParam(QStringLiteral("state")), QStringLiteral("st/ate-1"));
    QCOMPARE(poll(pending.body, &browser).status, 400); // the request is spent

    // Signing in again (in German) sends a new link; once it is opened, the waiting page's next
    // look completes the sign-in by itself: nothing typed again, no second confirmation.
    const Response again = startRegistration(&browser, false, QStringLiteral("ui_locales=de"));
    QCOMPARE(again.status, 200);
    QVERIFY2(again.body.contains("Bestätigen Sie Ihre E-Mail-Adresse"), again.body.constData());
    const QJsonArray messages = outbox(email);
    QCOMPARE(messages.size(), 2);
    const QString link =
        messages.last().toObject().value(QStringLiteral("links")).toArray().first().toString();
    const Response opened = request("GET", QUrl(link), {}, {{"Accept-Language", "sv-SE,sv;q=0.9"}});
    QCOMPARE(opened.status, 200);
    QVERIFY2(opened.body.contains("E-postadressen är bekräftad"), opened.body.constData());
    const Response done = poll(again.body, &browser);
    QCOMPARE(done.status, 302);
    QVERIFY(!done.locationParam(QStringLiteral("code")).isEmpty());
    QVERIFY(done.header("Set-Cookie").startsWith("kw_session="));
}

void DevServerTest::idTokenAlgorithms_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("kty");
    QTest::newRow("RS256") << QStringLiteral("RS256") << QStringLiteral("RSA");
    QTest::newRow("ES256") << QStringLiteral("ES256") << QStringLiteral("EC");
    QTest::newRow("EdDSA") << QStringLiteral("EdDSA") << QStringLiteral("OKP");
}

void DevServerTest::idTokenAlgorithms()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, kty);
    QVERIFY(stopServer());
    startServer({QStringLiteral("--id-token-alg"), algorithm});
    if (QTest::currentTestFailed())
        return;
    const QJsonObject discovery = get(QStringLiteral("/.well-known/openid-configuration")).json();
    const QJsonArray algs =
        discovery.value(QStringLiteral("id_token_signing_alg_values_supported")).toArray();
    QCOMPARE(algs.first().toString(), algorithm);
    QVERIFY(algs.contains(QJsonValue(QStringLiteral("RS256"))));

    const Tokens tokens = registerUser(algorithm.toLower() + QStringLiteral("@example.com"));
    QVERIFY(!tokens.idToken.isEmpty());
    const QJsonObject header = jwsPart(tokens.idToken, 0);
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), algorithm);
    QString why;
    QVERIFY2(verifiesWithJwks(tokens.idToken, &why), qPrintable(why));

    // The JWKS entry: every public key with kid/use/alg, the right members, no private parts.
    bool found = false;
    const QJsonArray keys = get(QStringLiteral("/.well-known/jwks.json"))
                                .json()
                                .value(QStringLiteral("keys"))
                                .toArray();
    for (const auto &value : keys) {
        const QJsonObject key = value.toObject();
        QVERIFY(!key.value(QStringLiteral("kid")).toString().isEmpty());
        QCOMPARE(key.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
        QVERIFY(!key.value(QStringLiteral("alg")).toString().isEmpty());
        QVERIFY(!key.contains(QStringLiteral("d")));
        if (key.value(QStringLiteral("kid")) != header.value(QStringLiteral("kid")))
            continue;
        found = true;
        QCOMPARE(key.value(QStringLiteral("kty")).toString(), kty);
        QCOMPARE(key.value(QStringLiteral("alg")).toString(), algorithm);
        if (kty == QLatin1String("EC")) {
            QCOMPARE(key.value(QStringLiteral("crv")).toString(), QStringLiteral("P-256"));
            QCOMPARE(QByteArray::fromBase64(key.value(QStringLiteral("y")).toString().toLatin1(),
                                            QByteArray::Base64UrlEncoding)
                         .size(),
                     32);
        } else if (kty == QLatin1String("OKP")) {
            QCOMPARE(key.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
            QVERIFY(!key.contains(QStringLiteral("y")));
        }
    }
    QVERIFY(found);
    if (algorithm != QLatin1String("RS256")) {
        const QFile file(
            m_dataDir.filePath(QStringLiteral("id-token-key-%1-1.pem").arg(algorithm.toLower())));
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
    }
}

void DevServerTest::keyRotation()
{
    QVERIFY(stopServer());
    startServer();
    if (QTest::currentTestFailed())
        return;
    const Tokens before = registerUser(QStringLiteral("rotate-before@example.com"));
    const QString oldKid = jwsPart(before.idToken, 0).value(QStringLiteral("kid")).toString();
    QVERIFY(!oldKid.isEmpty());

    // Rotation beside the running server.
    const QByteArray output = runCli({QStringLiteral("keys"), QStringLiteral("rotate"),
                                      QStringLiteral("--id-token-alg"), QStringLiteral("RS256")});
    QVERIFY2(output.startsWith("RS256 "), output.constData());
    const QString newKid = QString::fromLatin1(output.mid(6).trimmed());
    QVERIFY(newKid != oldKid);

    const Tokens after = registerUser(QStringLiteral("rotate-after@example.com"));
    QCOMPARE(jwsPart(after.idToken, 0).value(QStringLiteral("kid")).toString(), newKid);
    QSet<QString> kids;
    for (const auto &value : get(QStringLiteral("/.well-known/jwks.json"))
                                 .json()
                                 .value(QStringLiteral("keys"))
                                 .toArray())
        kids.insert(value.toObject().value(QStringLiteral("kid")).toString());
    QVERIFY(kids.contains(oldKid));
    QVERIFY(kids.contains(newKid));
    QString why;
    QVERIFY2(verifiesWithJwks(before.idToken, &why), qPrintable(why));
    QVERIFY2(verifiesWithJwks(after.idToken, &why), qPrintable(why));

    // The new key stays current after a restart.
    QVERIFY(stopServer());
    startServer();
    if (QTest::currentTestFailed())
        return;
    const Tokens restarted = registerUser(QStringLiteral("rotate-restart@example.com"));
    QCOMPARE(jwsPart(restarted.idToken, 0).value(QStringLiteral("kid")).toString(), newKid);
}

void DevServerTest::finnishPages()
{
    const QStringList languages = [this] {
        QStringList out;
        const auto values = get(QStringLiteral("/.well-known/openid-configuration"))
                                .json()
                                .value(QStringLiteral("ui_locales_supported"))
                                .toArray();
        for (const auto &value : values)
            out.append(value.toString());
        return out;
    }();
    QCOMPARE(languages,
             (QStringList {QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("de"),
                           QStringLiteral("sv")}));

    const Pkce pkce;
    QNetworkAccessManager browser;
    const Response login = request(
        "GET", authorizeUrl(pkce, QStringLiteral("ui_locales=fi-FI%20en")), {}, {}, &browser);
    QCOMPARE(login.status, 200);
    const QString html = QString::fromUtf8(login.body);
    QVERIFY(html.contains(QLatin1String("<html lang=\"fi\">")));
    QVERIFY(html.contains(QStringLiteral("Kirjaudu sisään")));
    QVERIFY(html.contains(QStringLiteral("Sähköpostiosoite")));
    QVERIFY(!html.contains(QLatin1String("Password")));
    QVERIFY(html.contains(QLatin1String("id=\"login-form\"")));
    QVERIFY(html.contains(QLatin1String("name=\"email\"")));
    QVERIFY(html.contains(QLatin1String("name=\"password\"")));

    // The request remembers its language: the registration page and form errors follow it.
    const QString requestId = hiddenRequest(login.body);
    const Response registration =
        get(QStringLiteral("/user/register?request=") + requestId, {}, &browser);
    QVERIFY(registration.body.contains("lang=\"fi\""));
    QVERIFY(QString::fromUtf8(registration.body).contains(QStringLiteral("Luo tili")));
    QVERIFY(registration.body.contains("id=\"register-form\""));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), requestId);
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("nobody%40example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("wrong-password"));
    const Response refused = postForm(QStringLiteral("/user/login"), form, &browser);
    QCOMPARE(refused.status, 200);
    QVERIFY(QString::fromUtf8(refused.body).contains(QStringLiteral("salasana on väärin")));

    // English stays the default, also for languages the server does not have.
    const Response english =
        request("GET", authorizeUrl(Pkce(), QStringLiteral("ui_locales=nb")), {}, {}, &browser);
    QVERIFY(english.body.contains("<html lang=\"en\">"));
    QVERIFY(english.body.contains("Sign in"));
}

void DevServerTest::passwordReset()
{
    // A customer who forgot the password gets back in through the mailbox, on the sign-in page
    // the product shows; whoever knew the old password is out.
    const QString email = QStringLiteral("forgetful@example.com");
    const Tokens before = registerUser(email);
    QVERIFY(!before.refreshToken.isEmpty());

    QNetworkAccessManager browser;
    const Response login = request("GET", authorizeUrl(Pkce()), {}, {}, &browser);
    QVERIFY(login.body.contains("<a id=\"forgot-link\" href=\"/user/forgot?request="));
    const QString requestId = hiddenRequest(login.body);
    const Response forgot = get(QStringLiteral("/user/forgot?request=") + requestId, {}, &browser);
    QCOMPARE(forgot.status, 200);
    QVERIFY(forgot.body.contains("<form id=\"forgot-form\""));

    const auto ask = [&](const QString &address) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request"), requestId);
        form.addQueryItem(QStringLiteral("email"),
                          QString::fromLatin1(QUrl::toPercentEncoding(address)));
        return postForm(QStringLiteral("/user/forgot"), form, &browser);
    };
    // A malformed address is an error on its field; an unknown one gets the same answer as a
    // known one (the page reveals no account) and no e-mail.
    Response asked = ask(QStringLiteral("forgetful.example.com"));
    QVERIFY(asked.body.contains("aria-invalid=\"true\" aria-describedby=\"error\" autofocus"));
    const Response unknown = ask(QStringLiteral("nobody-here@example.com"));
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.body.contains("id=\"message\""));
    QVERIFY(outbox(QStringLiteral("nobody-here@example.com")).isEmpty());
    asked = ask(email.toUpper());
    QCOMPARE(asked.status, 200);
    QCOMPARE(QString::fromUtf8(asked.body).remove(QStringLiteral("FORGETFUL@EXAMPLE.COM")),
             QString::fromUtf8(unknown.body).remove(QStringLiteral("nobody-here@example.com")));
    // Without the browser's CSRF pair the form is refused.
    QUrlQuery forged;
    forged.addQueryItem(QStringLiteral("request"), requestId);
    forged.addQueryItem(QStringLiteral("email"), QStringLiteral("forgetful%40example.com"));
    forged.addQueryItem(QStringLiteral("csrf"), QStringLiteral("guessed"));
    QCOMPARE(
        postForm(QStringLiteral("/user/forgot"), forged, new QNetworkAccessManager(this)).status,
        403);

    const QJsonArray mails = outbox(email);
    QVERIFY(!mails.isEmpty());
    const QString link =
        mails.last().toObject().value(QStringLiteral("links")).toArray().first().toString();
    QVERIFY2(link.startsWith(url(QStringLiteral("/user/reset?token="))), qPrintable(link));
    // The mailbox may be read elsewhere: the link's page works in any browser.
    QNetworkAccessManager mailBrowser;
    const Response page = request("GET", QUrl(link), {}, {}, &mailBrowser);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<form id=\"reset-form\""));
    const QString token = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("token"));
    const auto reset = [&](const QString &password) {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("token"), token);
        form.addQueryItem(QStringLiteral("password"), password);
        return postForm(QStringLiteral("/user/reset"), form, &mailBrowser);
    };
    const Response weak = reset(QStringLiteral("short"));
    QCOMPARE(weak.status, 200);
    QVERIFY(weak.body.contains("aria-invalid=\"true\" aria-describedby=\"error password-hint\""));
    const Response changed = reset(QStringLiteral("a-new-password"));
    QCOMPARE(changed.status, 200);
    QVERIFY2(changed.body.contains("id=\"message\""), changed.body.constData());

    // The link works once; the old password and the old refresh token are dead; the new
    // password signs in.
    QCOMPARE(reset(QStringLiteral("another-password")).status, 400);
    QCOMPARE(request("GET", QUrl(link)).status, 400);
    QCOMPARE(refresh(before.refreshToken).status, 400);
    QVERIFY(signIn(email, QStringLiteral("password-1234"), false, Pkce()).isEmpty());
    QVERIFY(!signIn(email, QStringLiteral("a-new-password"), false, Pkce()).isEmpty());
}

void DevServerTest::germanAndSwedishPages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrongPassword");
    QTest::addColumn<QString>("createAccount");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Passwort")
                        << QStringLiteral("das Passwort ist falsch")
                        << QStringLiteral("Konto erstellen");
    QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("Lösenord")
                        << QStringLiteral("lösenordet är fel") << QStringLiteral("Skapa konto");
}

void DevServerTest::germanAndSwedishPages()
{
    // The window speaks German and Swedish; so do the pages it shows.
    QFETCH(QString, language);
    QFETCH(QString, password);
    QFETCH(QString, wrongPassword);
    QFETCH(QString, createAccount);
    QNetworkAccessManager browser;
    const Response login =
        request("GET", authorizeUrl(Pkce(), QStringLiteral("ui_locales=%1-X%20en").arg(language)),
                {}, {}, &browser);
    QCOMPARE(login.status, 200);
    const QString html = QString::fromUtf8(login.body);
    QVERIFY(html.contains(QStringLiteral("<html lang=\"%1\">").arg(language)));
    QVERIFY2(html.contains(QStringLiteral(">%1</label>").arg(password)), qPrintable(html));
    for (const char *english : {">Password<", ">Sign in<", ">E-mail address<", "No account yet"})
        QVERIFY2(!html.contains(QLatin1String(english)), english);

    const QString requestId = hiddenRequest(login.body);
    const QString registration = QString::fromUtf8(
        get(QStringLiteral("/user/register?request=") + requestId, {}, &browser).body);
    QVERIFY(registration.contains(createAccount));
    for (const char *english : {">First name<", ">Last name<", "At least 8", "Already have"})
        QVERIFY2(!registration.contains(QLatin1String(english)), english);

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), requestId);
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("nobody%40example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("wrong-password"));
    const Response refused = postForm(QStringLiteral("/user/login"), form, &browser);
    QCOMPARE(refused.status, 200);
    QVERIFY2(QString::fromUtf8(refused.body).contains(wrongPassword), refused.body.constData());
    // A text without a translation would be in the server's log.
    QFile log(m_dataDir.filePath(QStringLiteral("server.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("no German or Swedish text"));
}
