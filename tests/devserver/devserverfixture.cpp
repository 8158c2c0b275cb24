// SPDX-License-Identifier: BSD-3-Clause
#include "devserverfixture.h"

#include "jose/jwk.h"
#include "jose/jws.h"

void DevServerFixture::startFreshServer()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    startServer();
}

void DevServerFixture::startServer(const QStringList &extraArgs, bool devEndpoints)
{
    m_server = std::make_unique<QProcess>();
    m_serverOutput.clear();
    m_baseUrl.clear();
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->setStandardErrorFile(m_dataDir.filePath(QStringLiteral("server.log")),
                                   QIODevice::Append);
    connect(m_server.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_serverOutput += m_server->readAllStandardOutput(); });
    m_server->start(
        QStringLiteral(KEYWAY_DEVSERVER_BIN),
        QStringList {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                     m_dataDir.path()}
            + (devEndpoints ? QStringList {QStringLiteral("--dev-endpoints")} : QStringList())
            + extraArgs);
    QVERIFY(m_server->waitForStarted(10000));
    static const QRegularExpression ready(
        QStringLiteral("\nkeyway-devserver listening on (https?://127\\.0\\.0\\.1:\\d+)\n$"));
    QTRY_VERIFY_WITH_TIMEOUT(ready.match(QString::fromUtf8("\n" + m_serverOutput)).hasMatch(),
                             20000);
    m_baseUrl = ready.match(QString::fromUtf8("\n" + m_serverOutput)).captured(1);
    QVERIFY2(m_serverOutput.startsWith("Admin API key: "), m_serverOutput.constData());
}

bool DevServerFixture::stopServer()
{
    if (!m_server)
        return true;
    m_server->terminate();
    const bool finished = m_server->waitForFinished(10000);
    const bool clean =
        finished && m_server->exitStatus() == QProcess::NormalExit && m_server->exitCode() == 0;
    if (!finished)
        m_server->kill();
    m_server.reset();
    return clean;
}

QJsonObject DevServerFixture::firstLicenseKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("licenseKeys"))
        .toObject()
        .value(QStringLiteral("keys"))
        .toArray()
        .first()
        .toObject();
}

QByteArray DevServerFixture::runCli(const QStringList &args)
{
    QProcess cli;
    cli.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
              args + QStringList {QStringLiteral("--data-dir"), m_dataDir.path()});
    if (!cli.waitForFinished(20000) || cli.exitCode() != 0) {
        qWarning() << "CLI failed:" << args << cli.readAllStandardError();
        return {};
    }
    return cli.readAllStandardOutput();
}

Response DevServerFixture::request(const QByteArray &method, const QUrl &target,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers,
                                   QNetworkAccessManager *nam)
{
    QNetworkRequest req(target);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setTransferTimeout(15000);
    for (const auto &header : headers)
        req.setRawHeader(header.first, header.second);
    QNetworkReply *reply = (nam ? nam : &m_nam)->sendCustomRequest(req, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.error = reply->error();
    response.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return response;
}

Response DevServerFixture::get(const QString &path, const QString &bearer,
                               QNetworkAccessManager *nam)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    return request("GET", QUrl(url(path)), {}, headers, nam);
}

Response DevServerFixture::postForm(const QString &path, const QUrlQuery &form,
                                    QNetworkAccessManager *nam)
{
    // Every page's form carries the browser's CSRF token, the value of its kw_csrf cookie, in
    // a hidden "csrf" field: the forms built here add it as that field would.
    QUrlQuery filled = form;
    if (!filled.hasQueryItem(QStringLiteral("csrf"))) {
        const QString token = csrfCookie(nam);
        if (!token.isEmpty())
            filled.addQueryItem(QStringLiteral("csrf"), token);
    }
    return request("POST", QUrl(url(path)), filled.toString(QUrl::FullyEncoded).toLatin1(),
                   {{"Content-Type", "application/x-www-form-urlencoded"}}, nam);
}

QString DevServerFixture::csrfCookie(QNetworkAccessManager *nam)
{
    QNetworkCookieJar *jar = (nam ? nam : &m_nam)->cookieJar();
    const QList<QNetworkCookie> cookies = jar->cookiesForUrl(QUrl(url(QStringLiteral("/user/"))));
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "kw_csrf")
            return QString::fromLatin1(cookie.value());
    }
    return {};
}

Response DevServerFixture::redeem(const QString &bearer, const QString &code,
                                  const QByteArray &idempotencyKey)
{
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    if (!idempotencyKey.isEmpty())
        headers.append({"Idempotency-Key", idempotencyKey});
    const QJsonObject body {{QStringLiteral("code"), code},
                            {QStringLiteral("hw"), QStringLiteral("test-device")},
                            {QStringLiteral("hwName"), QStringLiteral("Test machine")}};
    return request("POST", QUrl(url(QStringLiteral("/api/activation/v1/redemptions"))),
                   QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QUrl DevServerFixture::authorizeUrl(const Pkce &pkce, const QString &extra,
                                    const QString &redirectUri) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), ClientId);
    query.addQueryItem(QStringLiteral("redirect_uri"),
                       QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"),
                       QStringLiteral("openid%20profile%20email%20offline_access"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("st%2Fate-1"));
    query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("nonce-123"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    QString text = query.toString(QUrl::FullyEncoded);
    if (!extra.isEmpty())
        text += QLatin1Char('&') + extra;
    QUrl result(url(QStringLiteral("/user/oauth20/authz")));
    result.setQuery(text, QUrl::StrictMode);
    return result;
}

QString DevServerFixture::hiddenRequest(const QByteArray &html) const
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"request\" value=\"([^\"]+)\">"));
    return hidden.match(QString::fromUtf8(html)).captured(1);
}

QString DevServerFixture::signIn(const QString &email, const QString &password, bool registration,
                                 const Pkce &pkce, QNetworkAccessManager *browser)
{
    QNetworkAccessManager fresh;
    QNetworkAccessManager *nam = browser ? browser : &fresh;
    const Response page = request(
        "GET", authorizeUrl(pkce, registration ? QStringLiteral("prompt=create") : QString()), {},
        {}, nam);
    if (page.status != 200)
        return {};
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("request"), hiddenRequest(page.body));
    form.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    form.addQueryItem(QStringLiteral("password"),
                      QString::fromLatin1(QUrl::toPercentEncoding(password)));
    if (registration) {
        form.addQueryItem(QStringLiteral("given_name"), QStringLiteral("Test"));
        form.addQueryItem(QStringLiteral("family_name"), QStringLiteral("User"));
    }
    const Response result = postForm(
        registration ? QStringLiteral("/user/register") : QStringLiteral("/user/login"), form, nam);
    if (result.status != 302)
        return {};
    return result.locationParam(QStringLiteral("code"));
}

Tokens DevServerFixture::exchange(const QString &code, const Pkce &pkce)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"),
                      QString::fromLatin1(QUrl::toPercentEncoding(LoopbackRedirect)));
    form.addQueryItem(QStringLiteral("client_id"), ClientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(pkce.verifier));
    const QJsonObject json = postForm(QStringLiteral("/user/oauth20/token"), form).json();
    return {json.value(QStringLiteral("access_token")).toString(),
            json.value(QStringLiteral("refresh_token")).toString(),
            json.value(QStringLiteral("id_token")).toString().toLatin1()};
}

Response DevServerFixture::adminPost(const QString &path, const QJsonObject &body,
                                     const QByteArray &key)
{
    QByteArray bearer = key;
    if (key == "admin")
        bearer =
            m_serverOutput.left(m_serverOutput.indexOf('\n')).mid(int(qstrlen("Admin API key: ")));
    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/json"}};
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer});
    return request("POST", QUrl(url(path)), QJsonDocument(body).toJson(QJsonDocument::Compact),
                   headers);
}

Response DevServerFixture::orderLicense(const QString &userId, const QString &externalId,
                                        QJsonObject item)
{
    item.insert(QStringLiteral("externalId"), QStringLiteral("line-1"));
    return adminPost(
        QStringLiteral("/api/entitlement/v1/users/%1/license-transactions").arg(userId),
        {{QStringLiteral("transaction"),
          QJsonObject {{QStringLiteral("type"), QStringLiteral("Order")},
                       {QStringLiteral("externalId"), externalId},
                       {QStringLiteral("items"), QJsonArray {item}}}}});
}

QJsonArray DevServerFixture::outbox(const QString &email)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    QUrl target(url(QStringLiteral("/dev/outbox.json")));
    target.setQuery(query);
    return request("GET", target).json().value(QStringLiteral("messages")).toArray();
}

Tokens DevServerFixture::registerUser(const QString &email)
{
    const Pkce pkce;
    return exchange(signIn(email, QStringLiteral("password-1234"), true, pkce), pkce);
}

Tokens DevServerFixture::licensedUser(const QString &email, const QString &configuration,
                                      QString *license)
{
    const Tokens tokens = registerUser(email);
    const QString code =
        QString::fromLatin1(runCli({QStringLiteral("codes"), QStringLiteral("generate"),
                                    QStringLiteral("--configuration"), configuration,
                                    QStringLiteral("--count"), QStringLiteral("1")}))
            .trimmed();
    const Response redeemed =
        redeem(tokens.accessToken, code, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    if (license)
        *license = redeemed.json()
                       .value(QStringLiteral("licenses"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QStringLiteral("id"))
                       .toString();
    return tokens;
}

QJsonObject DevServerFixture::checkoutClaims(const QString &bearer, const QString &hw,
                                             const QString &extra, const QString &item)
{
    const Response response =
        get(QStringLiteral("/authz/.jwt?") + item + QStringLiteral("&hw=") + hw
                + (extra.isEmpty() ? QString() : QLatin1Char('&') + extra),
            bearer);
    if (response.status != 200)
        return {};
    return jwsPart(response.body.split('&').first(), 1);
}

QJsonObject DevServerFixture::devices(const QString &bearer, const QString &hw)
{
    return get(QStringLiteral("/api/activation/v1/devices")
                   + (hw.isEmpty() ? QString() : QStringLiteral("?hw=") + hw),
               bearer)
        .json();
}

std::optional<QVariantList> DevServerFixture::queryDatabase(const char *sql,
                                                            const QVariantList &values)
{
    std::optional<QVariantList> rows;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect-rows"));
        db.setDatabaseName(m_dataDir.filePath(QStringLiteral("devserver.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QString::fromLatin1(sql));
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec()) {
                rows.emplace();
                while (query.next())
                    rows->append(query.value(0));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect-rows"));
    return rows;
}

bool DevServerFixture::verifiesWithJwks(const QByteArray &idToken, QString *why)
{
    const auto keys =
        Keyway::JwkSet::fromJson(get(QStringLiteral("/.well-known/jwks.json")).json());
    if (!keys) {
        *why = QStringLiteral("JWKS unreadable");
        return false;
    }
    const auto verified = Keyway::verifyCompact(idToken, *keys);
    if (!verified) {
        *why = QStringLiteral("signature does not verify");
        return false;
    }
    return true;
}
