// SPDX-License-Identifier: BSD-3-Clause
// The dev server's HTTP layer and the web's attacks on it (docs/testing.md): cross-site forms,
// the host allow-list, the dev endpoints, rate limits, raw HTTP (limits, smuggling,
// Expect: 100-continue), request ids, --public-url, no secrets in the log, and https. A server of
// its own, so that it runs beside devservertest.
#include "devserverfixture.h"

class DevServerHttpTest : public DevServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void crossSiteForms();
    void hostAllowList();
    void devEndpointsCrossSite();
    void passwordRateLimit();
    void registrationRateLimit();
    void rawHttp_data();
    void rawHttp();
    void expectContinue();
    void requestIdOnEveryResponse();
    // Each restarts the server with its own options.
    void publicUrl();
    void noSecretsInLog();
    void https();
};

void DevServerHttpTest::initTestCase()
{
    startFreshServer();
    if (QTest::currentTestFailed())
        return;
    // The account whose sign-in must keep working while another one is rate limited, and whose
    // credentials the login CSRF attempts post.
    QVERIFY(
        !signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), true, Pkce())
             .isEmpty());
}

void DevServerHttpTest::cleanupTestCase()
{
    QVERIFY(stopServer());
}

void DevServerHttpTest::crossSiteForms()
{
    // Login CSRF: a page on another site posts the attacker's e-mail and password to
    // /user/login (with a request of the attacker's own) to plant the attacker's session.
    QNetworkAccessManager attacker;
    const Response attackerPage = request("GET", authorizeUrl(Pkce()), {}, {}, &attacker);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), hiddenRequest(attackerPage.body));
    form.addQueryItem(QStringLiteral("email"), QStringLiteral("alice%40example.com"));
    form.addQueryItem(QStringLiteral("password"), QStringLiteral("alice-password"));
    QNetworkAccessManager victim;
    request("GET", authorizeUrl(Pkce()), {}, {}, &victim); // the victim's browser has a token
    const QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
    const QList<QPair<QByteArray, QByteArray>> formType {
        {"Content-Type", "application/x-www-form-urlencoded"}};
    // Without the token (the cross-site page cannot read it), from the attacker's origin.
    Response response = request(
        "POST", QUrl(url(QStringLiteral("/user/login"))), body,
        formType + QList<QPair<QByteArray, QByteArray>> {{"Origin", "https://evil.example"}},
        &victim);
    QCOMPARE(response.status, 403);
    QVERIFY(response.header("Set-Cookie").isEmpty());
    QVERIFY(response.header("Location").isEmpty());
    // Without the token and without Origin (an old browser, a stripped header).
    response = request("POST", QUrl(url(QStringLiteral("/user/login"))), body, formType, &victim);
    QCOMPARE(response.status, 403);
    // With a token that is not this browser's (the attacker's own).
    QUrlQuery withAttackerToken = form;
    withAttackerToken.addQueryItem(QStringLiteral("csrf"), csrfCookie(&attacker));
    response =
        request("POST", QUrl(url(QStringLiteral("/user/login"))),
                withAttackerToken.toString(QUrl::FullyEncoded).toLatin1(), formType, &victim);
    QCOMPARE(response.status, 403);
    // Even the right token is refused from another origin or a cross-site fetch.
    QUrlQuery withToken = form;
    withToken.addQueryItem(QStringLiteral("csrf"), csrfCookie(&victim));
    for (const auto &header :
         QList<QPair<QByteArray, QByteArray>> {{"Origin", "https://evil.example"},
                                               {"Origin", "null"},
                                               {"Referer", "https://evil.example/page.html"},
                                               {"Sec-Fetch-Site", "cross-site"}}) {
        response = request("POST", QUrl(url(QStringLiteral("/user/login"))),
                           withToken.toString(QUrl::FullyEncoded).toLatin1(),
                           formType + QList {header}, &victim);
        QVERIFY2(response.status == 403,
                 QByteArray(header.first + ": " + header.second).constData());
    }
    // The same form from the page itself passes (the request is still unused).
    response =
        request("POST", QUrl(url(QStringLiteral("/user/login"))),
                withToken.toString(QUrl::FullyEncoded).toLatin1(),
                formType + QList<QPair<QByteArray, QByteArray>> {{"Origin", m_baseUrl.toLatin1()}},
                &victim);
    QCOMPARE(response.status, 302);
    QVERIFY(!response.locationParam(QStringLiteral("code")).isEmpty());
    // Every form carries the token; the cookie is the browser's, HttpOnly and SameSite=Strict.
    const Response page = request("GET", authorizeUrl(Pkce(), QStringLiteral("prompt=create")));
    QVERIFY(page.body.contains("<input type=\"hidden\" name=\"csrf\" value=\""));
}

void DevServerHttpTest::hostAllowList()
{
    // DNS rebinding: a page of another name resolving to 127.0.0.1 reads nothing.
    const QByteArray port = QByteArray::number(QUrl(m_baseUrl).port());
    const QList<QByteArray> foreignHosts {QByteArray("rebind.example:") + port,
                                          QByteArray("rebind.example"), QByteArray("127.0.0.1:1")};
    for (const QByteArray &host : foreignHosts) {
        for (const QString &path :
             {QStringLiteral("/dev/outbox.json"), QStringLiteral("/dev/outbox"),
              QStringLiteral("/.well-known/openid-configuration")}) {
            const Response response = request("GET", QUrl(url(path)), {}, {{"Host", host}});
            QVERIFY2(response.status == 421, QByteArray(host + path.toLatin1()).constData());
            QVERIFY(!response.body.contains("messages"));
        }
    }
    const QList<QByteArray> ownHosts {QByteArray("127.0.0.1:") + port,
                                      QByteArray("localhost:") + port};
    for (const QByteArray &host : ownHosts)
        QCOMPARE(request("GET", QUrl(url(QStringLiteral("/dev/outbox.json"))), {}, {{"Host", host}})
                     .status,
                 200);
}

void DevServerHttpTest::devEndpointsCrossSite()
{
    const QByteArray fault = R"({"path":"/.well-known/openid-configuration","status":503})";
    // A cross-site page posting text/plain (no preflight) arms nothing.
    Response response =
        request("POST", QUrl(url(QStringLiteral("/dev/faults"))), fault,
                {{"Content-Type", "text/plain"}, {"Origin", "https://evil.example"}});
    QCOMPARE(response.status, 403);
    response = request("POST", QUrl(url(QStringLiteral("/dev/faults"))), fault,
                       {{"Content-Type", "text/plain"}});
    QCOMPARE(response.status, 415);
    response = request("DELETE", QUrl(url(QStringLiteral("/dev/faults"))), {},
                       {{"Origin", "https://evil.example"}});
    QCOMPARE(response.status, 403);
    QCOMPARE(
        get(QStringLiteral("/dev/faults")).json().value(QStringLiteral("faults")).toArray().size(),
        0);
    QCOMPARE(get(QStringLiteral("/.well-known/openid-configuration")).status, 200);
}

void DevServerHttpTest::passwordRateLimit()
{
    const QString email = QStringLiteral("guessed-%1@example.com")
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QVERIFY(!signIn(email, QStringLiteral("right-password-1"), true, Pkce()).isEmpty());
    QNetworkAccessManager browser;
    auto attempt = [&](const QString &password) {
        const Response page = request("GET", authorizeUrl(Pkce()), {}, {}, &browser);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
        form.addQueryItem(QStringLiteral("email"),
                          QString::fromLatin1(QUrl::toPercentEncoding(email)));
        form.addQueryItem(QStringLiteral("password"),
                          QString::fromLatin1(QUrl::toPercentEncoding(password)));
        return postForm(QStringLiteral("/user/login"), form, &browser);
    };
    for (int i = 1; i <= 10; ++i) {
        const Response response = attempt(QStringLiteral("wrong-%1").arg(i));
        QVERIFY2(response.status == 200, qPrintable(QString::number(i)));
        QVERIFY(response.body.contains("incorrect"));
    }
    // The eleventh is not even checked, and the right password waits too.
    for (const QString &password :
         {QStringLiteral("wrong-11"), QStringLiteral("right-password-1")}) {
        const Response response = attempt(password);
        QCOMPARE(response.status, 429);
        const int retryAfter = response.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 15 * 60, response.header("Retry-After"));
        QVERIFY(response.body.contains("Too many attempts"));
        QVERIFY(response.header("Location").isEmpty());
    }
    // Other accounts are not locked out by it.
    QVERIFY(!signIn(QStringLiteral("alice@example.com"), QStringLiteral("alice-password"), false,
                    Pkce())
                 .isEmpty());
}

void DevServerHttpTest::registrationRateLimit()
{
    // Registering the same address again and again (trying to capture it) is slowed down.
    const QString email = QStringLiteral("taken-%1@example.com")
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QNetworkAccessManager browser;
    int status = 0;
    for (int i = 0; i < 6; ++i) {
        const Response page =
            request("GET", authorizeUrl(Pkce(), QStringLiteral("prompt=create")), {}, {}, &browser);
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
        form.addQueryItem(QStringLiteral("email"),
                          QString::fromLatin1(QUrl::toPercentEncoding(email)));
        form.addQueryItem(QStringLiteral("password"), QStringLiteral("short"));
        const Response response = postForm(QStringLiteral("/user/register"), form, &browser);
        status = response.status;
        if (i < 5)
            QCOMPARE(status, 200); // the weak password's error
    }
    QCOMPARE(status, 429);
}

void DevServerHttpTest::rawHttp_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("chunked body") << QByteArray(
        "POST /user/oauth20/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                  << 411;
    QTest::newRow("body too large") << QByteArray(
        "POST /user/oauth20/token HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n")
                                    << 413;
    QTest::newRow("bad content length")
        << QByteArray("POST /user/oauth20/token HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n")
        << 400;
    QTest::newRow("garbage") << QByteArray("HELLO\r\n\r\n") << 400;
    QTest::newRow("absolute target")
        << QByteArray("GET http://evil/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
    QTest::newRow("header too large")
        << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(20000, 'a') + "\r\n\r\n") << 431;
    QTest::newRow("unknown expectation")
        << QByteArray("POST /user/oauth20/token HTTP/1.1\r\nHost: x\r\nExpect: "
                      "magic\r\nContent-Length: 1\r\n\r\nx")
        << 417;
}

void DevServerHttpTest::rawHttp()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(m_baseUrl).port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(raw);
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
    answer += socket.readAll();
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status) + ' ')),
             answer.left(100).constData());
    QVERIFY(answer.contains("Connection: close\r\n"));
}

void DevServerHttpTest::expectContinue()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, QUrl(m_baseUrl).port());
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body = "grant_type=refresh_token&client_id=keyway-desktop&refresh_token=nope";
    socket.write("POST /user/oauth20/token HTTP/1.1\r\nHost: 127.0.0.1:"
                 + QByteArray::number(QUrl(m_baseUrl).port())
                 + "\r\nExpect: 100-continue\r\n"
                   "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    QTRY_VERIFY_WITH_TIMEOUT(answer.startsWith("HTTP/1.1 100 Continue\r\n\r\n"), 5000);
    socket.write(body);
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 10000);
    answer += socket.readAll();
    QVERIFY2(answer.contains("\r\n\r\nHTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QVERIFY(answer.contains("invalid_grant"));
}

void DevServerHttpTest::requestIdOnEveryResponse()
{
    // Random, distinct, on success and error answers alike, and in the request's log line.
    QSet<QByteArray> seen;
    for (const QString &path :
         {QStringLiteral("/.well-known/openid-configuration"), QStringLiteral("/no/such/path"),
          QStringLiteral("/.well-known/openid-configuration"),
          QStringLiteral("/dev/outbox.json")}) {
        const Response response = get(path);
        const QByteArray id = response.header("X-Request-Id");
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$"))
                     .match(QString::fromLatin1(id))
                     .hasMatch(),
                 id.constData());
        QVERIFY2(!seen.contains(id), id.constData());
        seen.insert(id);
        if (path == QLatin1String("/no/such/path")) {
            QCOMPARE(response.status, 404);
            const QByteArray line = "GET /no/such/path 404";
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QFile log(m_dataDir.filePath(QStringLiteral("server.log")));
                    if (!log.open(QIODevice::ReadOnly))
                        return false;
                    for (const QByteArray &logLine : log.readAll().split('\n')) {
                        if (logLine.contains(line) && logLine.contains(QByteArray("id=" + id)))
                            return true;
                    }
                    return false;
                }(),
                5000);
        }
    }
    // A request refused before routing carries one too.
    QTcpSocket socket;
    socket.connectToHost(QUrl(m_baseUrl).host(), quint16(QUrl(m_baseUrl).port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("NONSENSE\r\n\r\n");
    QByteArray raw;
    while (socket.waitForReadyRead(5000))
        raw += socket.readAll();
    QVERIFY2(raw.startsWith("HTTP/1.1 400"), raw.constData());
    QVERIFY2(raw.contains("\r\nX-Request-Id: "), raw.constData());
}

void DevServerHttpTest::publicUrl()
{
    const QString publicUrl = QStringLiteral("https://login.example.com");
    QVERIFY(stopServer());
    // The outbox's one-time links never on a server others reach: the flag is refused.
    QProcess refused;
    refused.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                   m_dataDir.path(), QStringLiteral("--dev-endpoints"),
                   QStringLiteral("--public-url"), publicUrl});
    QVERIFY(refused.waitForFinished(20000));
    QVERIFY(refused.exitCode() != 0);
    QVERIFY2(refused.readAllStandardError().contains("--dev-endpoints"),
             "no reason for the refusal");
    startServer({QStringLiteral("--public-url"), publicUrl + QLatin1Char('/')}, false);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject discovery = get(QStringLiteral("/.well-known/openid-configuration")).json();
    QCOMPARE(discovery.value(QStringLiteral("issuer")).toString(), publicUrl);
    for (auto it = discovery.constBegin(); it != discovery.constEnd(); ++it) {
        if (it.key().endsWith(QLatin1String("_endpoint")) || it.key() == QLatin1String("jwks_uri"))
            QVERIFY2(it.value().toString().startsWith(publicUrl + QLatin1Char('/')),
                     qPrintable(it.key()));
    }
    QFile config(m_dataDir.filePath(QStringLiteral("client-config.json")));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(config.readAll())
                 .object()
                 .value(QStringLiteral("issuer"))
                 .toString(),
             publicUrl);
    // E-mailed links point at the public URL too.
    QCOMPARE(adminPost(QStringLiteral("/api/idp/v1/users?sendActivationEmail=true"),
                       {{QStringLiteral("email"), QStringLiteral("frank@example.com")},
                        {QStringLiteral("firstName"), QStringLiteral("Frank")},
                        {QStringLiteral("lastName"), QStringLiteral("Proxy")}})
                 .status,
             201);
    // Without --dev-endpoints the outbox is only in the data folder.
    QCOMPARE(get(QStringLiteral("/dev/outbox.json")).status, 404);
    QCOMPARE(get(QStringLiteral("/dev/faults")).status, 404);
    QString message;
    const QDir outboxDir(m_dataDir.filePath(QStringLiteral("outbox")));
    for (const QString &name : outboxDir.entryList(QDir::Files, QDir::Name)) {
        QFile file(outboxDir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        if (text.contains(QLatin1String("To: frank@example.com")))
            message = text;
    }
    QVERIFY2(message.contains(publicUrl + QStringLiteral("/user/activate?token=")),
             qPrintable(message));
}

void DevServerHttpTest::noSecretsInLog()
{
    // Debug lines on too: a secret must not hide in any of them.
    QVERIFY(stopServer());
    qputenv("QT_LOGGING_RULES", "keyway.devserver*.debug=true");
    startServer();
    qunsetenv("QT_LOGGING_RULES");
    if (QTest::currentTestFailed())
        return;
    const qint64 logStart = QFileInfo(m_dataDir.filePath(QStringLiteral("server.log"))).size();
    const QString password = QStringLiteral("secret-pass-9d1f");
    const Pkce pkce;
    const QString code = signIn(QStringLiteral("secrets@example.com"), password, true, pkce);
    QVERIFY(!code.isEmpty());
    const Tokens tokens = exchange(code, pkce);
    QVERIFY(!tokens.accessToken.isEmpty());

    const QJsonObject refreshed = refresh(tokens.refreshToken).json();
    const QString newAccess = refreshed.value(QStringLiteral("access_token")).toString();
    const QString newRefresh = refreshed.value(QStringLiteral("refresh_token")).toString();
    const QByteArray newId = refreshed.value(QStringLiteral("id_token")).toString().toLatin1();
    QVERIFY(!newAccess.isEmpty() && !newRefresh.isEmpty());

    const QString activationCode =
        QString::fromLatin1(
            runCli({QStringLiteral("codes"), QStringLiteral("list"), QStringLiteral("--unused"),
                    QStringLiteral("--configuration"), QStringLiteral("KWP")}))
            .section(QLatin1Char('\n'), 0, 0);
    QCOMPARE(redeem(newAccess, activationCode, "secrets-1").status, 201);
    QCOMPARE(get(QStringLiteral("/authz/.jwt?keyway-pro&hw=secret-device"), newAccess).status, 200);
    QCOMPARE(get(QStringLiteral("/user/info"), newAccess).status, 200);

    QVERIFY(stopServer()); // flushes the log
    QFile logFile(m_dataDir.filePath(QStringLiteral("server.log")));
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    logFile.seek(logStart);
    const QByteArray log = logFile.readAll() + m_serverOutput;
    QVERIFY(log.contains("/user/oauth20/token")); // the request log is there
    const QString symbols = activationCode.toUpper().remove(QLatin1Char('-'));
    const QList<QPair<const char *, QByteArray>> secrets {
        {"access token", tokens.accessToken.toLatin1()},
        {"refresh token", tokens.refreshToken.toLatin1()},
        {"ID token", tokens.idToken},
        {"ID-token signature", tokens.idToken.mid(tokens.idToken.lastIndexOf('.') + 1)},
        {"refreshed access token", newAccess.toLatin1()},
        {"refreshed refresh token", newRefresh.toLatin1()},
        {"refreshed ID token", newId},
        {"authorization code", code.toLatin1()},
        {"PKCE verifier", pkce.verifier},
        {"password", password.toLatin1()},
        {"activation code", activationCode.toLatin1()},
        {"activation code symbols", symbols.toLatin1()},
    };
    for (const auto &[name, secret] : secrets) {
        QVERIFY(secret.size() >= 8);
        QVERIFY2(!log.contains(secret), name);
    }
    startServer();
}

void DevServerHttpTest::https()
{
    QTemporaryDir pki;
    QVERIFY(pki.isValid());
    auto openssl = [&pki](const QStringList &args) {
        QProcess process;
        process.setWorkingDirectory(pki.path());
        process.start(QStringLiteral("openssl"), args);
        return process.waitForFinished(30000) && process.exitCode() == 0;
    };
    QFile ext(pki.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=serverAuth\n");
    ext.close();
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Keyway Test CA"),
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign")}));
    QVERIFY(
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")}));
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                     QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                     QStringLiteral("-extfile"), QStringLiteral("ext.cnf")}));

    QVERIFY(stopServer());
    startServer({QStringLiteral("--tls-cert"), pki.filePath(QStringLiteral("server.pem")),
                 QStringLiteral("--tls-key"), pki.filePath(QStringLiteral("server.key"))});
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_baseUrl.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(m_baseUrl));
    QFile config(m_dataDir.filePath(QStringLiteral("client-config.json")));
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(config.readAll())
                 .object()
                 .value(QStringLiteral("issuer"))
                 .toString(),
             m_baseUrl);

    auto fetch = [this](bool trustCa, const QString &caFile) {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(url(QStringLiteral("/.well-known/openid-configuration"))));
        req.setTransferTimeout(15000);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (trustCa)
            tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        req.setSslConfiguration(tls);
        QNetworkReply *reply = nam.get(req);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.error = reply->error();
        delete reply;
        return response;
    };
    const QString caFile = pki.filePath(QStringLiteral("ca.pem"));
    const Response trusted = fetch(true, caFile);
    QCOMPARE(trusted.error, QNetworkReply::NoError);
    QCOMPARE(trusted.status, 200);
    QCOMPARE(trusted.json().value(QStringLiteral("issuer")).toString(), m_baseUrl);
    QVERIFY(trusted.json()
                .value(QStringLiteral("token_endpoint"))
                .toString()
                .startsWith(QLatin1String("https://")));
    const Response untrusted = fetch(false, caFile);
    QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(untrusted.status, 0);
    // Plain HTTP on the TLS port gets no HTTP answer.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, QUrl(m_baseUrl).port());
    QVERIFY(plain.waitForConnected(5000));
    plain.write("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: x\r\n\r\n");
    plain.waitForReadyRead(3000);
    QVERIFY(!plain.readAll().startsWith("HTTP/1.1 200"));
}

QTEST_GUILESS_MAIN(DevServerHttpTest)
#include "devserverhttptest.moc"
