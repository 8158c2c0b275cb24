// SPDX-License-Identifier: BSD-3-Clause
// Session upkeep against a fake provider (discovery, token, revocation and end-session
// endpoints on a local socket) with the secrets in memory.
#include "fakehttpserver.h"

#include "core/clock.h"
#include "oidc/discoveryjob.h"
#include "oidc/session.h"
#include "storage/secretstore.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Keyway;

/// Counts token requests as the client sends them (Qt may resend one on a dropped connection).
class CountingNam : public QNetworkAccessManager
{
public:
    int tokenRequests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        if (op == PostOperation && request.url().path() == QLatin1String("/token"))
            ++tokenRequests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

class SessionTest : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_server;
    QNetworkAccessManager m_nam;
    VendorConfig m_config;
    FixedClock m_clock {QDateTime::currentDateTimeUtc()};
    /// What the token endpoint answers to a refresh.
    std::function<FakeHttpServer::Response(const FakeHttpServer::Request &)> m_token;

    QString key() const { return Session::refreshTokenKey(m_config); }

    static FakeHttpServer::Response tokens(const QByteArray &access, const QByteArray &refresh)
    {
        QJsonObject json {{QStringLiteral("access_token"), QString::fromLatin1(access)},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), 3600}};
        if (!refresh.isEmpty())
            json.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refresh));
        return FakeHttpServer::json(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }

    /// A session holding @p refresh (in the store) and an access token that has expired.
    void signIn(Session &session, const QByteArray &refresh)
    {
        TokenResponse response;
        response.accessToken = "at-old";
        response.refreshToken = refresh;
        response.tokenType = QStringLiteral("Bearer");
        response.expiresAt = m_clock.now().addSecs(-1);
        Job *job = session.store(response);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        QVERIFY(spy.wait(5000));
    }

    /// Runs one access-token job to its end.
    static std::pair<QByteArray, Error> fetch(Session &session)
    {
        AccessTokenJob *job = session.accessToken();
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        if (!spy.wait(10000))
            return {QByteArray(), Error(ErrorCode::NetworkTimeout, QStringLiteral("hung"))};
        std::pair<QByteArray, Error> result {job->token(), job->error()};
        delete job;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Clock::setInstance(&m_clock);
        QVERIFY(m_server.listen());
        m_config.issuer = m_server.baseUrl();
        m_config.clientId = QStringLiteral("keyway-desktop");
        m_server.setHandler([this](const FakeHttpServer::Request &request) {
            const QString base = m_server.baseUrl().toString();
            auto at = [&base](const char *path) { return QString(base + QLatin1String(path)); };
            if (request.path == QLatin1String("/.well-known/openid-configuration")) {
                return FakeHttpServer::json(
                    QJsonDocument(QJsonObject {
                                      {QStringLiteral("issuer"), base},
                                      {QStringLiteral("authorization_endpoint"), at("/authorize")},
                                      {QStringLiteral("token_endpoint"), at("/token")},
                                      {QStringLiteral("jwks_uri"), at("/jwks")},
                                      {QStringLiteral("revocation_endpoint"), at("/revoke")},
                                      {QStringLiteral("end_session_endpoint"), at("/logout")},
                                  })
                        .toJson());
            }
            if (request.path == QLatin1String("/token"))
                return m_token(request);
            if (request.path == QLatin1String("/revoke")
                || request.path == QLatin1String("/logout"))
                return FakeHttpServer::json("{}");
            return FakeHttpServer::json("{}", 404);
        });
    }

    void cleanupTestCase() { Clock::setInstance(nullptr); }

    /// A token that lives 60 s is used for 45 s, not refreshed the moment it arrives.
    void shortLivedTokenUsedForThreeQuarters_data()
    {
        QTest::addColumn<qint64>("lifetime");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<bool>("refreshed");
        QTest::newRow("60 s, at once") << qint64(60) << qint64(0) << false;
        QTest::newRow("60 s, after 44 s") << qint64(60) << qint64(44) << false;
        QTest::newRow("60 s, after 46 s") << qint64(60) << qint64(46) << true;
        QTest::newRow("30 s, after 20 s") << qint64(30) << qint64(20) << false;
        QTest::newRow("600 s, 60 s margin: after 539 s") << qint64(600) << qint64(539) << false;
        QTest::newRow("600 s, 60 s margin: after 541 s") << qint64(600) << qint64(541) << true;
    }
    void shortLivedTokenUsedForThreeQuarters()
    {
        QFETCH(qint64, lifetime);
        QFETCH(qint64, elapsed);
        QFETCH(bool, refreshed);
        m_token = [](const FakeHttpServer::Request &) { return tokens("at-new", "rt-2"); };
        MemorySecretStore secrets;
        Session session(m_config, &m_nam, &secrets);
        TokenResponse response;
        response.accessToken = "at-short";
        response.refreshToken = "rt-1";
        response.tokenType = QStringLiteral("Bearer");
        response.expiresAt = m_clock.now().addSecs(lifetime);
        Job *job = session.store(response);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        QVERIFY(spy.wait(5000));
        m_clock.advance(elapsed);
        const auto [token, error] = fetch(session);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(token, refreshed ? QByteArray("at-new") : QByteArray("at-short"));
    }

    void init() { m_server.reset(); }

    void tenCallersCauseOneTokenRequest()
    {
        m_token = [](const FakeHttpServer::Request &) {
            auto response = tokens("at-new", QByteArray());
            response.delayMs = 50;
            return response;
        };
        MemorySecretStore secrets;
        Session session(m_config, &m_nam, &secrets);
        signIn(session, "rt-1");

        QList<AccessTokenJob *> jobs;
        QList<QByteArray> results;
        int finished = 0;
        for (int i = 0; i < 10; ++i) {
            AccessTokenJob *job = session.accessToken();
            connect(job, &Job::finished, this, [&results, &finished, job] {
                QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
                results.append(job->token());
                ++finished;
            });
            jobs.append(job);
        }
        for (AccessTokenJob *job : jobs)
            job->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished, 10, 10000);
        QCOMPARE(results, QList<QByteArray>(10, "at-new"));
        QCOMPARE(m_server.count(QStringLiteral("/token")), 1);
        const auto request = m_server.requests().constLast();
        QCOMPARE(request.formValue(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(request.formValue(QStringLiteral("refresh_token")), QStringLiteral("rt-1"));
        QCOMPARE(request.formValue(QStringLiteral("client_id")), m_config.clientId);

        // Fresh now: the next caller is answered from memory.
        const auto again = fetch(session);
        QCOMPARE(again.first, QByteArray("at-new"));
        QCOMPARE(m_server.count(QStringLiteral("/token")), 1);
        // Ahead of expiry (inside the margin) it refreshes again.
        m_clock.advance(3600 - 30);
        QCOMPARE(fetch(session).first, QByteArray("at-new"));
        QCOMPARE(m_server.count(QStringLiteral("/token")), 2);
        // The store still holds the unrotated refresh token.
        QCOMPARE(secrets.contents().value(key()), QByteArray("rt-1"));
    }

    void rotationIsStoredBeforeTheJobFinishes()
    {
        int counter = 0;
        m_token = [&counter](const FakeHttpServer::Request &request) {
            ++counter;
            const QByteArray expected = counter == 1 ? "rt-1" : "rt-2";
            if (request.formValue(QStringLiteral("refresh_token")).toLatin1() != expected)
                return FakeHttpServer::json(R"({"error":"invalid_grant"})", 400);
            return tokens("at-" + QByteArray::number(counter),
                          "rt-" + QByteArray::number(counter + 1));
        };
        MemorySecretStore secrets;
        Session session(m_config, &m_nam, &secrets);
        signIn(session, "rt-1");

        AccessTokenJob *job = session.accessToken();
        QByteArray storedWhenFinished;
        connect(job, &Job::finished, this,
                [&] { storedWhenFinished = secrets.contents().value(key()); });
        QSignalSpy spy(job, &Job::finished);
        job->start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(storedWhenFinished, QByteArray("rt-2"));

        // A later refresh uses the rotated token, and rotates again.
        m_clock.advance(7200);
        const auto second = fetch(session);
        QVERIFY2(!second.second.isError(), qPrintable(second.second.toString()));
        QCOMPARE(second.first, QByteArray("at-2"));
        QCOMPARE(secrets.contents().value(key()), QByteArray("rt-3"));

        // A new Session (another process) reads the rotated token from the store.
        Session fresh(m_config, &m_nam, &secrets);
        counter = 2;
        m_token = [](const FakeHttpServer::Request &request) {
            return request.formValue(QStringLiteral("refresh_token")) == QLatin1String("rt-3")
                ? tokens("at-3", QByteArray())
                : FakeHttpServer::json(R"({"error":"invalid_grant"})", 400);
        };
        QCOMPARE(fetch(fresh).first, QByteArray("at-3"));
    }

    void invalidGrantSignsOut()
    {
        m_token = [](const FakeHttpServer::Request &) {
            return FakeHttpServer::json(
                R"({"error":"invalid_grant","error_description":"grant request is invalid"})", 400);
        };
        MemorySecretStore secrets;
        Session session(m_config, &m_nam, &secrets);
        signIn(session, "rt-1");
        QSignalSpy signedOut(&session, &Session::signedOut);

        const auto result = fetch(session);
        QCOMPARE(result.second.code, ErrorCode::SessionExpired);
        QVERIFY(!result.second.message.isEmpty());
        QVERIFY(result.first.isEmpty());
        QCOMPARE(signedOut.count(), 1);
        QCOMPARE(signedOut.first().first().value<Error>().code, ErrorCode::SessionExpired);
        QVERIFY(!secrets.contents().contains(key()));
        QVERIFY(!session.hasAccessToken());
        QCOMPARE(m_server.count(QStringLiteral("/token")), 1);

        // Afterwards nobody is signed in: no request, the same error.
        QCOMPARE(fetch(session).second.code, ErrorCode::SessionExpired);
        QCOMPARE(m_server.count(QStringLiteral("/token")), 1);
    }

    void networkErrorKeepsTheSession()
    {
        bool down = true;
        m_token = [&down](const FakeHttpServer::Request &) {
            if (down) {
                FakeHttpServer::Response response;
                response.dropConnection = true;
                return response;
            }
            return tokens("at-back", QByteArray());
        };
        MemorySecretStore secrets;
        CountingNam nam;
        Session session(m_config, &nam, &secrets);
        session.setRetryPolicy(2, 10);
        signIn(session, "rt-1");
        QSignalSpy signedOut(&session, &Session::signedOut);

        const auto result = fetch(session);
        QVERIFY2(Session::isTransient(result.second), qPrintable(result.second.toString()));
        QCOMPARE(nam.tokenRequests, 3); // the first try and two retries
        QCOMPARE(signedOut.count(), 0);
        QCOMPARE(secrets.contents().value(key()), QByteArray("rt-1"));

        // 5xx is transient too; then the provider is back.
        m_token = [&down](const FakeHttpServer::Request &) {
            if (down) {
                down = false;
                return FakeHttpServer::json(R"({"error":"temporarily_unavailable"})", 503);
            }
            return tokens("at-back", QByteArray());
        };
        const auto recovered = fetch(session);
        QVERIFY2(!recovered.second.isError(), qPrintable(recovered.second.toString()));
        QCOMPARE(recovered.first, QByteArray("at-back"));
        QCOMPARE(nam.tokenRequests, 5);
    }

    void notSignedIn()
    {
        MemorySecretStore secrets;
        Session session(m_config, &m_nam, &secrets);
        const auto result = fetch(session);
        QCOMPARE(result.second.code, ErrorCode::SessionExpired);
        QCOMPARE(m_server.count(QStringLiteral("/token")), 0);
    }

    void signOutRevokesEndsAndWipes()
    {
        MemorySecretStore secrets;
        Session session(m_config, &m_nam, &secrets);
        signIn(session, "rt-1");
        QSignalSpy signedOut(&session, &Session::signedOut);

        // A new Session (keywayctl logout in another process) finds the token in the store.
        Session other(m_config, &m_nam, &secrets);
        Job *job = other.signOut();
        QSignalSpy spy(job, &Job::finished);
        QSignalSpy otherSignedOut(&other, &Session::signedOut);
        job->start();
        QVERIFY(spy.wait(5000));
        QCOMPARE(m_server.count(QStringLiteral("/revoke")), 1);
        const auto revoke = m_server.requests().at(m_server.requests().size() - 2);
        QCOMPARE(revoke.method, QByteArray("POST"));
        QCOMPARE(revoke.formValue(QStringLiteral("token")), QStringLiteral("rt-1"));
        QCOMPARE(revoke.formValue(QStringLiteral("token_type_hint")),
                 QStringLiteral("refresh_token"));
        QCOMPARE(revoke.formValue(QStringLiteral("client_id")), m_config.clientId);
        QCOMPARE(m_server.count(QStringLiteral("/logout")), 1);
        QCOMPARE(m_server.requests().constLast().query.queryItemValue(QStringLiteral("client_id")),
                 m_config.clientId);
        QVERIFY(secrets.contents().isEmpty());
        QCOMPARE(otherSignedOut.count(), 1);
        QVERIFY(!otherSignedOut.first().first().value<Error>().isError());
    }

    void signOutOfflineStillWipes()
    {
        // An issuer nobody listens on (the port was just freed).
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        VendorConfig offline = m_config;
        offline.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        MemorySecretStore secrets;
        Session session(offline, &m_nam, &secrets);
        signIn(session, "rt-1");
        QCOMPARE(secrets.contents().size(), 1);
        Job *job = session.signOut();
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        QVERIFY(spy.wait(5000));
        QVERIFY2(!job->hasError(), qPrintable(job->error().toString()));
        delete job;
        QVERIFY(secrets.contents().isEmpty());
        QVERIFY(!session.hasAccessToken());
    }
};

QTEST_GUILESS_MAIN(SessionTest)
#include "sessiontest.moc"
