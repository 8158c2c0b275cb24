// SPDX-License-Identifier: BSD-3-Clause
// The dev server tests' shared fixture: keyway-devserver as a black box, the real process on a
// free port with a fresh data folder, spoken to over HTTP the way the client and a browser would.
// The tests are split by component (docs/testing.md): devservertest (accounts and OIDC, codes,
// licensing and seats, the admin API, one server story in order) and devserverhttptest (the HTTP
// layer and the web's attacks, on a server of its own).
#pragma once

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

const QString ClientId = QStringLiteral("keyway-desktop");
const QString LoopbackRedirect = QStringLiteral("http://127.0.0.1:53123/oauth2redirect");

inline QByteArray base64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QJsonObject jwsPart(const QByteArray &jws, int index)
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

/// Starts and stops keyway-devserver and speaks to it; the test classes derive from it.
class DevServerFixture : public QObject
{
protected:
    /// Verifies @p idToken against the server's JWKS with the client's JOSE code.
    bool verifiesWithJwks(const QByteArray &idToken, QString *why);
    /// The first license key named by the client configuration in @p path.
    static QJsonObject firstLicenseKey(const QString &path);
    /// initTestCase(): test mode, a fresh data folder, the server started.
    void startFreshServer();
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
};
