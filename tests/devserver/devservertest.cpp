// SPDX-License-Identifier: BSD-3-Clause
// keyway-devserver as a black box: the real process on a free port with a fresh data folder,
// spoken to over HTTP the way the client and a browser would.

#include "codes/activationcode.h"
#include "jose/jwk.h"
#include "jose/jws.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using Keyway::ActivationCode;

namespace {

const QString ClientId = QStringLiteral("keyway-desktop");
const QString LoopbackRedirect = QStringLiteral("http://127.0.0.1:53123/oauth2redirect");

QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwsPart(const QByteArray &jws, int index)
{
    const QList<QByteArray> parts = jws.split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(index), QByteArray::Base64UrlEncoding))
        .object();
}

struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;
    Pkce()
    {
        QByteArray random(32, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        verifier = base64url(random);
        challenge = base64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
    }
};

struct Response
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QUrl location() const { return QUrl::fromEncoded(header("Location")); }
    QString locationParam(const QString &name) const
    {
        return QUrlQuery(location()).queryItemValue(name, QUrl::FullyDecoded);
    }
};

struct Tokens
{
    QString accessToken;
    QString refreshToken;
    QByteArray idToken;
};

} // namespace

class DevServerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void discovery_data();
    void discovery();
    void jwks();
    void clientConfig();
    void authorizeShowsLoginPage();
    void authorizeErrorPage_data();
    void authorizeErrorPage();
    void authorizeErrorRedirect_data();
    void authorizeErrorRedirect();
    void registerAndExchange();
    void registrationErrors_data();
    void registrationErrors();
    void loginAndSession();
    void refreshRotation();
    void userInfo();
    void redemption();
    void redemptionErrors_data();
    void redemptionErrors();
    void availableLicenses();
    void checkout();
    void checkoutJsonAndRelease();
    void checkoutErrors();
    void codesGenerateWhileRunning();
    void concurrentRedemption();
    void codeBatches();
    void signOut();
    void crossSiteForms();
    void hostAllowList();
    void devEndpointsCrossSite();
    void passwordRateLimit();
    void registrationRateLimit();
    void rawHttp_data();
    void rawHttp();
    void expectContinue();
    void codeGrantErrors_data();
    void codeGrantErrors();
    void refreshReuseRevokesFamily();
    void fiftyConcurrentRedemptions();
    void redemptionRateLimit();
    void verificationEmailOnRegistration();
    void createUserWithActivation();
    void licenseTransactions_data();
    void licenseTransactions();
    void invitations();
    void outboxPages();
    void requestIdOnEveryResponse();
    void faultSwitches();
    void faultSwitchesRefuseBadRequests_data();
    void faultSwitchesRefuseBadRequests();
    void seatLimit_data();
    void seatLimit();
    void seatsFromLicenseTransaction();
    void concurrentCheckoutsForTwoSeats();
    void devicesListAndRename();
    void remoteRelease();
    void transferBudget();
    void devicesErrors();
    void seatsPerCodeConfiguration();
    void subscriptionHasNoEnd();
    void restartKeepsState();
    // The server restarts with --code-lifetime 0 --require-email-verification from here on.
    void expiredCode();
    void emailVerificationRequired();
    void publicUrl();
    // Each restarts the server with its own options.
    void idTokenAlgorithms_data();
    void idTokenAlgorithms();
    void keyRotation();
    void finnishPages();
    void germanAndSwedishPages_data();
    void passwordReset();
    void germanAndSwedishPages();
    void fixedLicenseDates();
    void noSecretsInLog();
    void https();
    void licenseKeyOption();

private:
    /// Verifies @p idToken against the server's JWKS with the client's JOSE code.
    bool verifiesWithJwks(const QByteArray &idToken, QString *why);
    void startServer(const QStringList &extraArgs = {}, bool devEndpoints = true);
    bool stopServer();
    QByteArray runCli(const QStringList &args);
    Response request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                     const QList<QPair<QByteArray, QByteArray>> &headers = {},
                     QNetworkAccessManager *nam = nullptr);
    Response get(const QString &path, const QString &bearer = {},
                 QNetworkAccessManager *nam = nullptr);
    /// The token endpoint's refresh grant with @p refreshToken.
    Response refresh(const QString &refreshToken)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
        form.addQueryItem(QStringLiteral("client_id"), ClientId);
        return postForm(QStringLiteral("/user/oauth20/token"), form);
    }
    QString csrfCookie(QNetworkAccessManager *nam = nullptr);
    Response postForm(const QString &path, const QUrlQuery &form,
                      QNetworkAccessManager *nam = nullptr);
    Response redeem(const QString &bearer, const QString &code, const QByteArray &idempotencyKey);
    /// POST of a JSON body with the admin API key (or @p key).
    /// The webshop's order of one line @p item (productId, seats, ...) for @p userId.
    Response orderLicense(const QString &userId, const QString &externalId, QJsonObject item);
    Response adminPost(const QString &path, const QJsonObject &body,
                       const QByteArray &key = QByteArray("admin"));
    /// The messages the outbox holds for @p email, oldest first.
    QJsonArray outbox(const QString &email);
    /// Registers a fresh user through the forms and returns their tokens.
    Tokens registerUser(const QString &email);
    QUrl authorizeUrl(const Pkce &pkce, const QString &extra = {},
                      const QString &redirectUri = LoopbackRedirect) const;
    QString hiddenRequest(const QByteArray &html) const;
    /// Registers (or signs in) through the HTML forms in a fresh browser; returns the code.
    QString signIn(const QString &email, const QString &password, bool registration,
                   const Pkce &pkce, QNetworkAccessManager *browser = nullptr);
    Tokens exchange(const QString &code, const Pkce &pkce);
    /// A fresh user who redeemed a fresh code of @p configuration; @p license gets its id.
    Tokens licensedUser(const QString &email, const QString &configuration, QString *license);
    /// The claims of the single token /authz/.jwt answers for @p item on @p hw (not verified
    /// here: the signature is checked by checkout()).
    QJsonObject checkoutClaims(const QString &bearer, const QString &hw, const QString &extra = {},
                               const QString &item = QStringLiteral("keyway-pro"));
    /// The devices API's list, as @p hw sees it.
    QJsonObject devices(const QString &bearer, const QString &hw = {});
    /// The first column of @p sql's rows (bound to @p values) in the server's database, which
    /// the test opens beside the running server (WAL); nullopt if the statement failed.
    std::optional<QVariantList> queryDatabase(const char *sql, const QVariantList &values);
    /// The count @p sql (a SELECT COUNT) gives for one bound @p value, or -1.
    int countRows(const char *sql, const QString &value)
    {
        const auto rows = queryDatabase(sql, {value});
        return rows && !rows->isEmpty() ? rows->first().toInt() : -1;
    }
    QString url(const QString &path) const { return m_baseUrl + path; }

    QTemporaryDir m_dataDir;
    std::unique_ptr<QProcess> m_server;
    QByteArray m_serverOutput;
    QString m_baseUrl;
    QNetworkAccessManager m_nam;
    Tokens m_alice;
    Tokens m_bob;
    QString m_aliceCode;
    QByteArray m_aliceRedemption;
    QString m_licenseKid;
};

// ---- helpers ----------------------------------------------------------------------------------

void DevServerTest::startServer(const QStringList &extraArgs, bool devEndpoints)
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

bool DevServerTest::stopServer()
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

/// The first license key named by the client configuration in @p path.
static QJsonObject firstLicenseKey(const QString &path)
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

QByteArray DevServerTest::runCli(const QStringList &args)
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

Response DevServerTest::request(const QByteArray &method, const QUrl &target,
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

Response DevServerTest::get(const QString &path, const QString &bearer, QNetworkAccessManager *nam)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({"Authorization", "Bearer " + bearer.toLatin1()});
    return request("GET", QUrl(url(path)), {}, headers, nam);
}

Response DevServerTest::postForm(const QString &path, const QUrlQuery &form,
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

QString DevServerTest::csrfCookie(QNetworkAccessManager *nam)
{
    QNetworkCookieJar *jar = (nam ? nam : &m_nam)->cookieJar();
    const QList<QNetworkCookie> cookies = jar->cookiesForUrl(QUrl(url(QStringLiteral("/user/"))));
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "kw_csrf")
            return QString::fromLatin1(cookie.value());
    }
    return {};
}

Response DevServerTest::redeem(const QString &bearer, const QString &code,
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

QUrl DevServerTest::authorizeUrl(const Pkce &pkce, const QString &extra,
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

QString DevServerTest::hiddenRequest(const QByteArray &html) const
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"request\" value=\"([^\"]+)\">"));
    return hidden.match(QString::fromUtf8(html)).captured(1);
}

QString DevServerTest::signIn(const QString &email, const QString &password, bool registration,
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

Tokens DevServerTest::exchange(const QString &code, const Pkce &pkce)
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

Response DevServerTest::adminPost(const QString &path, const QJsonObject &body,
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

Response DevServerTest::orderLicense(const QString &userId, const QString &externalId,
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

QJsonArray DevServerTest::outbox(const QString &email)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("to"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    QUrl target(url(QStringLiteral("/dev/outbox.json")));
    target.setQuery(query);
    return request("GET", target).json().value(QStringLiteral("messages")).toArray();
}

Tokens DevServerTest::registerUser(const QString &email)
{
    const Pkce pkce;
    return exchange(signIn(email, QStringLiteral("password-1234"), true, pkce), pkce);
}

Tokens DevServerTest::licensedUser(const QString &email, const QString &configuration,
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

QJsonObject DevServerTest::checkoutClaims(const QString &bearer, const QString &hw,
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

QJsonObject DevServerTest::devices(const QString &bearer, const QString &hw)
{
    return get(QStringLiteral("/api/activation/v1/devices")
                   + (hw.isEmpty() ? QString() : QStringLiteral("?hw=") + hw),
               bearer)
        .json();
}

std::optional<QVariantList> DevServerTest::queryDatabase(const char *sql,
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

// ---- tests ------------------------------------------------------------------------------------

void DevServerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    startServer();
}

void DevServerTest::cleanupTestCase()
{
    QVERIFY(stopServer());
}

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

void DevServerTest::crossSiteForms()
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

void DevServerTest::hostAllowList()
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

void DevServerTest::devEndpointsCrossSite()
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

void DevServerTest::passwordRateLimit()
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

void DevServerTest::registrationRateLimit()
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

void DevServerTest::rawHttp_data()
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

void DevServerTest::rawHttp()
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

void DevServerTest::expectContinue()
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

// ---- seats and devices (issue 14) --------------------------------------------------------------

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

void DevServerTest::concurrentCheckoutsForTwoSeats()
{
    QString license;
    const Tokens user =
        licensedUser(QStringLiteral("seat-race@example.com"), QStringLiteral("KWP"), &license);
    QVERIFY(!license.isEmpty());
    constexpr int Devices = 5;
    // A second server process on the same data folder: the seat count must hold across
    // processes, not only within one event loop.
    QProcess second;
    second.setStandardErrorFile(m_dataDir.filePath(QStringLiteral("second-server.log")));
    second.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
                 {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                  m_dataDir.path()});
    QVERIFY(second.waitForStarted(10000));
    static const QRegularExpression ready(
        QStringLiteral("keyway-devserver listening on (http://127\\.0\\.0\\.1:\\d+)\n"));
    QByteArray secondOutput;
    QTRY_VERIFY_WITH_TIMEOUT(
        ready.match(QString::fromUtf8(secondOutput += second.readAllStandardOutput())).hasMatch(),
        20000);
    const QString secondUrl = ready.match(QString::fromUtf8(secondOutput)).captured(1);
    auto stopSecond = qScopeGuard([&second] {
        second.terminate();
        if (!second.waitForFinished(10000))
            second.kill();
    });

    // One connection per device, all requests on the wire before any answer is read (as in
    // fiftyConcurrentRedemptions), alternating between the two servers.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < Devices; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        const QString base = i % 2 ? secondUrl : m_baseUrl;
        QNetworkRequest req(
            QUrl(base + QStringLiteral("/authz/.jwt?keyway-pro&keyway-export&hw=racer-%1").arg(i)));
        req.setRawHeader("Authorization", "Bearer " + user.accessToken.toLatin1());
        req.setTransferTimeout(30000);
        replies.append(managers.back()->get(req));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *reply) { return reply->isFinished(); }),
                             30000);
    int granted = 0, refused = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const QList<QByteArray> tokens = reply->readAll().split('&');
        QCOMPARE(tokens.size(), 2);
        const QJsonObject pro = jwsPart(tokens.at(0), 1);
        const QJsonObject exported = jwsPart(tokens.at(1), 1);
        if (pro.value(QStringLiteral("keyway-pro")).toBool()) {
            // A computer gets both items of its seat, never one of them.
            QCOMPARE(exported.value(QStringLiteral("keyway-export")).toBool(), true);
            ++granted;
        } else if (pro.value(QStringLiteral("keyway-pro_errorCode")).toString()
                   == QLatin1String("seatLimitReached")) {
            QCOMPARE(exported.value(QStringLiteral("keyway-export_errorCode")).toString(),
                     QStringLiteral("seatLimitReached"));
            ++refused;
        }
        reply->deleteLater();
    }
    QCOMPARE(granted, 2);
    QCOMPARE(refused, Devices - 2);
    // The database agrees: two computers hold leases on the license, two leases each.
    QCOMPARE(countRows("SELECT COUNT(DISTINCT hw) FROM leases WHERE license_id = ?", license), 2);
    QCOMPARE(countRows("SELECT COUNT(*) FROM leases WHERE license_id = ?", license), 4);
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

// ---- negative token tests, concurrency, rate limits ------------------------------------------

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

void DevServerTest::fiftyConcurrentRedemptions()
{
    constexpr int Clients = 50;
    QList<Tokens> users;
    for (int i = 0; i < Clients; ++i) {
        users.append(registerUser(QStringLiteral("racer%1@example.com").arg(i)));
        QVERIFY2(!users.last().accessToken.isEmpty(), qPrintable(QString::number(i)));
    }
    const QString code =
        QString::fromLatin1(runCli({QStringLiteral("codes"), QStringLiteral("generate"),
                                    QStringLiteral("--configuration"), QStringLiteral("KWS"),
                                    QStringLiteral("--count"), QStringLiteral("1")}))
            .trimmed();
    QVERIFY(ActivationCode::parse(code).hasValue());

    // One connection per client (a shared QNetworkAccessManager would queue all but six), all
    // requests on the wire before any answer is read.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("code"), code}}).toJson(QJsonDocument::Compact);
    for (const Tokens &user : std::as_const(users)) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest req(QUrl(url(QStringLiteral("/api/activation/v1/redemptions"))));
        req.setRawHeader("Authorization", "Bearer " + user.accessToken.toLatin1());
        req.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setTransferTimeout(30000);
        replies.append(managers.back()->post(req, body));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *reply) { return reply->isFinished(); }),
                             30000);
    int created = 0, conflicts = 0;
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 201)
            ++created;
        else if (status == 409
                 && QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QStringLiteral("error"))
                     == QLatin1String("code_already_redeemed"))
            ++conflicts;
        else
            qWarning() << "unexpected answer" << status << reply->errorString();
        reply->deleteLater();
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, Clients - 1);

    // The database agrees: one redemption, one license, the code redeemed once.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(m_dataDir.filePath(QStringLiteral("devserver.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(db.open());
        const QString symbols = ActivationCode::parse(code)->symbols();
        auto count = [&db, &symbols](const char *sql) {
            QSqlQuery query(db);
            query.prepare(QString::fromLatin1(sql));
            query.addBindValue(symbols);
            return query.exec() && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(count("SELECT COUNT(*) FROM redemptions WHERE code = ?"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM licenses WHERE code = ?"), 1);
        QCOMPARE(count("SELECT COUNT(*) FROM codes WHERE code = ? AND state = 'redeemed'"), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
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

// ---- e-mail, accounts and the webshop API -----------------------------------------------------

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

void DevServerTest::requestIdOnEveryResponse()
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

// ---- strict modes (the server restarts with test options) ---------------------------------------

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

void DevServerTest::publicUrl()
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

bool DevServerTest::verifiesWithJwks(const QByteArray &idToken, QString *why)
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

void DevServerTest::noSecretsInLog()
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

void DevServerTest::https()
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

QTEST_GUILESS_MAIN(DevServerTest)
#include "devservertest.moc"
