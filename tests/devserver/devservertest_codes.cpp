// SPDX-License-Identifier: BSD-3-Clause
// Activation codes: redemption and its errors, idempotency, concurrency, batches, rate limits,
// expiry, and a restart keeping the state.
#include "devservertest.h"

void DevServerTest::redemption()
{
    const QStringList unused =
        QString::fromLatin1(
            runCli({QStringLiteral("codes"), QStringLiteral("list"), QStringLiteral("--unused"),
                    QStringLiteral("--configuration"), QStringLiteral("KWP")}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(unused.size(), 20);
    m_aliceCode = unused.first();

    Response response = redeem(m_alice.accessToken, m_aliceCode.toLower(), "key-1");
    QCOMPARE(response.status, 201);
    const QJsonObject body = response.json();
    QVERIFY(!body.value(QStringLiteral("redemptionId")).toString().isEmpty());
    QCOMPARE(body.value(QStringLiteral("entitlement"))
                 .toObject()
                 .value(QStringLiteral("created"))
                 .toBool(),
             true);
    const QJsonArray licenses = body.value(QStringLiteral("licenses")).toArray();
    QCOMPARE(licenses.size(), 1);
    const QJsonObject license = licenses.first().toObject();
    QCOMPARE(license.value(QStringLiteral("productName")).toString(),
             QStringLiteral("Keyway Demo Pro"));
    QCOMPARE(license.value(QStringLiteral("licensedItems")).toArray(),
             (QJsonArray {QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")}));
    const QDateTime from =
        QDateTime::fromString(license.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
    const QDateTime until =
        QDateTime::fromString(license.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
    QVERIFY(from.isValid() && until.isValid());
    QCOMPARE(from.timeSpec(), Qt::UTC);
    QCOMPARE(from.daysTo(until), 365);
    m_aliceRedemption = response.body;

    // Idempotent replay: same body, 200.
    response = redeem(m_alice.accessToken, m_aliceCode, "key-1");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, m_aliceRedemption);

    // Same user, new key: 200 with the license, no new entitlement.
    response = redeem(m_alice.accessToken, m_aliceCode, "key-2");
    QCOMPARE(response.status, 200);
    QCOMPARE(response.json()
                 .value(QStringLiteral("licenses"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id")),
             license.value(QStringLiteral("id")));
    QCOMPARE(response.json()
                 .value(QStringLiteral("entitlement"))
                 .toObject()
                 .value(QStringLiteral("created"))
                 .toBool(),
             false);

    // Another user: 409.
    const Pkce pkce;
    m_bob = exchange(
        signIn(QStringLiteral("bob@example.com"), QStringLiteral("bob-password"), true, pkce),
        pkce);
    QVERIFY(!m_bob.accessToken.isEmpty());
    response = redeem(m_bob.accessToken, m_aliceCode, "bob-key-1");
    QCOMPARE(response.status, 409);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("code_already_redeemed"));
}

void DevServerTest::redemptionErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString unknown24 = QStringLiteral("KWPAAAAAAAAAAAAAAAAAAAAA");
    const QString unknown = unknown24 + ActivationCode::checkSymbol(unknown24);
    QString wrongCheck = unknown;
    wrongCheck[24] = wrongCheck.at(24) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');

    QTest::newRow("unknown") << unknown << true << true << 404 << QStringLiteral("code_unknown");
    QTest::newRow("check symbol") << wrongCheck << true << true << 400
                                  << QStringLiteral("code_malformed");
    QTest::newRow("too short") << QStringLiteral("KWPAA-AAAAA") << true << true << 400
                               << QStringLiteral("code_malformed");
    QTest::newRow("bad symbol") << QStringLiteral("KWPO0-AAAAA-AAAAA-AAAAA-AAAAA") << true << true
                                << 400 << QStringLiteral("code_malformed");
    QTest::newRow("no token") << unknown << false << true << 401 << QStringLiteral("invalid_token");
    QTest::newRow("no idempotency key")
        << unknown << true << false << 400 << QStringLiteral("invalid_request");
    QTest::newRow("expired") << QStringLiteral("KWE") << true << true << 410
                             << QStringLiteral("code_expired");
    QTest::newRow("revoked") << QStringLiteral("KWS") << true << true << 410
                             << QStringLiteral("code_revoked");
}

void DevServerTest::redemptionErrors()
{
    QFETCH(QString, code);
    QFETCH(bool, withToken);
    QFETCH(bool, withKey);
    QFETCH(int, status);
    QFETCH(QString, error);
    if (code.size() == 3) { // a fresh code of that configuration, revoked for the KWS row
        code = QString::fromLatin1(
                   runCli({QStringLiteral("codes"), QStringLiteral("list"),
                           QStringLiteral("--unused"), QStringLiteral("--configuration"), code}))
                   .section(QLatin1Char('\n'), 0, 0);
        QVERIFY(!code.isEmpty());
        if (error == QLatin1String("code_revoked"))
            runCli({QStringLiteral("codes"), QStringLiteral("revoke"), code});
    }
    const Response response =
        redeem(withToken ? m_bob.accessToken : QString(), code,
               withKey ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : QByteArray());
    QCOMPARE(response.status, status);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(response.json().contains(QStringLiteral("error_description")));
    if (status == 401)
        QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer error=\"invalid_token\""));
}

void DevServerTest::availableLicenses()
{
    Response response =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), m_alice.accessToken);
    QCOMPARE(response.status, 200);
    const QJsonArray licenses = response.json().value(QStringLiteral("licenses")).toArray();
    QCOMPARE(licenses.size(), 1);
    QCOMPARE(licenses.first().toObject(),
             QJsonDocument::fromJson(m_aliceRedemption)
                 .object()
                 .value(QStringLiteral("licenses"))
                 .toArray()
                 .first()
                 .toObject());
    response =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), m_bob.accessToken);
    QCOMPARE(response.json().value(QStringLiteral("licenses")).toArray().size(), 0);
    QCOMPARE(get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses")).status, 401);
}

void DevServerTest::codesGenerateWhileRunning()
{
    const QStringList lines =
        QString::fromLatin1(runCli({QStringLiteral("codes"), QStringLiteral("generate"),
                                    QStringLiteral("--configuration"), QStringLiteral("KWS"),
                                    QStringLiteral("--count"), QStringLiteral("5")}))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    static const QRegularExpression format(QStringLiteral("^[A-Z2-9]{5}(-[A-Z2-9]{5}){4}$"));
    for (const QString &line : lines) {
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
        const auto parsed = ActivationCode::parse(line);
        QVERIFY2(parsed.hasValue(), qPrintable(line));
        QCOMPARE(parsed->configuration(), QStringLiteral("KWS"));
    }
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), 5);
    // The running server knows them at once.
    const Response response = redeem(m_bob.accessToken, lines.first(), "bob-kws");
    QCOMPARE(response.status, 201);
    QCOMPARE(response.json()
                 .value(QStringLiteral("licenses"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("productName"))
                 .toString(),
             QStringLiteral("Keyway Demo Standard"));
    QCOMPARE(response.json()
                 .value(QStringLiteral("entitlement"))
                 .toObject()
                 .value(QStringLiteral("created"))
                 .toBool(),
             true);
}

void DevServerTest::concurrentRedemption()
{
    const QString code =
        QString::fromLatin1(runCli({QStringLiteral("codes"), QStringLiteral("generate"),
                                    QStringLiteral("--configuration"), QStringLiteral("KWP"),
                                    QStringLiteral("--count"), QStringLiteral("1")}))
            .trimmed();
    QVERIFY(ActivationCode::parse(code).hasValue());
    // Both requests are on the wire before either answer is read: exactly one may win.
    QList<QNetworkReply *> replies;
    for (const Tokens *user : {&m_alice, &m_bob}) {
        QNetworkRequest req(QUrl(url(QStringLiteral("/api/activation/v1/redemptions"))));
        req.setRawHeader("Authorization", "Bearer " + user->accessToken.toLatin1());
        req.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        replies.append(
            m_nam.post(req,
                       QJsonDocument(QJsonObject {{QStringLiteral("code"), code},
                                                  {QStringLiteral("hw"), QStringLiteral("d")}})
                           .toJson()));
    }
    QTRY_VERIFY_WITH_TIMEOUT(replies.at(0)->isFinished() && replies.at(1)->isFinished(), 15000);
    QList<int> statuses;
    for (QNetworkReply *reply : replies) {
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        reply->deleteLater();
    }
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> {201, 409}));
}

void DevServerTest::codeBatches()
{
    QFile keyFile(m_dataDir.filePath(QStringLiteral("admin-api-key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray adminKey = keyFile.readAll().trimmed();
    QVERIFY(m_serverOutput.contains(QByteArray("Admin API key: " + adminKey + '\n')));
    const QByteArray body = R"({"configuration":"KWS","count":3})";
    const QUrl target(url(QStringLiteral("/api/activation/v1/code-batches")));
    Response response =
        request("POST", target, body,
                {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + adminKey}});
    QCOMPARE(response.status, 201);
    const QJsonArray codes = response.json().value(QStringLiteral("codes")).toArray();
    QCOMPARE(codes.size(), 3);
    for (const auto &code : codes)
        QVERIFY(ActivationCode::parse(code.toString()).hasValue());
    response = request("POST", target, body,
                       {{"Content-Type", "application/json"},
                        {"Authorization", "Bearer " + m_alice.accessToken.toLatin1()}});
    QCOMPARE(response.status, 401);
    response =
        request("POST", target, R"({"configuration":"XYZ","count":3})",
                {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + adminKey}});
    QCOMPARE(response.status, 404);
}

void DevServerTest::restartKeepsState()
{
    const QJsonArray keysBefore = get(QStringLiteral("/.well-known/jwks.json"))
                                      .json()
                                      .value(QStringLiteral("keys"))
                                      .toArray();
    const QString sub = jwsPart(m_alice.idToken, 1).value(QStringLiteral("sub")).toString();
    const QJsonArray licensesBefore =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), m_alice.accessToken)
            .json()
            .value(QStringLiteral("licenses"))
            .toArray();
    QVERIFY(!licensesBefore.isEmpty());
    QVERIFY(stopServer());
    startServer();
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(get(QStringLiteral("/.well-known/jwks.json"))
                 .json()
                 .value(QStringLiteral("keys"))
                 .toArray(),
             keysBefore);
    // The user, their password and their license survived.
    const Pkce pkce;
    const Tokens tokens = exchange(
        signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false, pkce),
        pkce);
    QVERIFY(!tokens.accessToken.isEmpty());
    QCOMPARE(jwsPart(tokens.idToken, 1).value(QStringLiteral("sub")).toString(), sub);
    const Response response =
        get(QStringLiteral("/api/entitlement/v1/users/me/available-licenses"), tokens.accessToken);
    QCOMPARE(response.json().value(QStringLiteral("licenses")).toArray(), licensesBefore);
    // The redeemed code stays redeemed.
    QCOMPARE(redeem(m_bob.accessToken, m_aliceCode, "bob-after-restart").status, 409);
}

void DevServerTest::redemptionRateLimit()
{
    const Tokens guesser = registerUser(QStringLiteral("guesser@example.com"));
    QVERIFY(!guesser.accessToken.isEmpty());
    const QString unknown24 = QStringLiteral("KWPBBBBBBBBBBBBBBBBBBBBB");
    const QString unknown = unknown24 + ActivationCode::checkSymbol(unknown24);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(redeem(guesser.accessToken, unknown, QByteArray::number(i)).status, 404);
    const QString good =
        QString::fromLatin1(runCli({QStringLiteral("codes"), QStringLiteral("generate"),
                                    QStringLiteral("--configuration"), QStringLiteral("KWP"),
                                    QStringLiteral("--count"), QStringLiteral("1")}))
            .trimmed();
    for (const QString &code : {unknown, good}) {
        const Response limited = redeem(guesser.accessToken, code, "after-limit");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json().value(QStringLiteral("error")).toString(),
                 QStringLiteral("rate_limited"));
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After").constData());
    }
    // Per user: somebody else is not slowed down.
    QCOMPARE(redeem(m_bob.accessToken, unknown, "bob-not-limited").status, 404);
}

void DevServerTest::expiredCode()
{
    QVERIFY(stopServer());
    startServer({QStringLiteral("--code-lifetime"), QStringLiteral("0"),
                 QStringLiteral("--require-email-verification")});
    if (QTest::currentTestFailed())
        return;
    const Pkce pkce;
    const QString code =
        signIn(QStringLiteral("carol@example.com"), QStringLiteral("carol-password"), false, pkce);
    QVERIFY(!code.isEmpty()); // carol's address is verified: she activated through her e-mail
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      QString::fromLatin1(QUrl::toPercentEncoding(LoopbackRedirect)));
    form.addQueryItem(QStringLiteral("client_id"), ClientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier));
    const Response response = postForm(QStringLiteral("/user/oauth20/token"), form);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_grant"));
    QVERIFY(response.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("expired")));
}
