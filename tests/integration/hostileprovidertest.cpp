// SPDX-License-Identifier: BSD-3-Clause
// A provider that lies: discovery and JWKS are in order, but the redirect or the token answer is
// broken or forged, one way per row. SignInJob must refuse each with its own error.
#include "../unit/josetestkeys.h"
#include "fakehttpserver.h"

#include "oidc/discoveryjob.h"
#include "oidc/signinjob.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Keyway;

/// "Redirects" at once, as if the person had signed in: with a code and the attempt's state (or
/// another one), or with an error.
class InstantAgent : public AuthorizationAgent
{
    Q_OBJECT
public:
    enum class Answer { Code, WrongState, AccessDenied };
    Answer answer = Answer::Code;
    QByteArray nonce;
    QUrl authorizeUrl;

    void authorize(const QUrl &url, const QUrl &redirectUri) override
    {
        authorizeUrl = url;
        const QUrlQuery request(url);
        nonce = request.queryItemValue(QStringLiteral("nonce")).toLatin1();
        QString state = request.queryItemValue(QStringLiteral("state"));
        QUrlQuery query;
        if (answer == Answer::WrongState)
            state = QStringLiteral("forged-state");
        if (answer == Answer::AccessDenied) {
            query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
            query.addQueryItem(QStringLiteral("error_description"),
                               QStringLiteral("The%20person%20said%20no"));
        } else {
            query.addQueryItem(QStringLiteral("code"), QStringLiteral("code-123"));
        }
        query.addQueryItem(QStringLiteral("state"), state);
        QUrl redirect = redirectUri;
        redirect.setQuery(query);
        QTimer::singleShot(0, this, [this, redirect] { Q_EMIT redirected(redirect); });
    }
    void cancel() override { }
};

class HostileProviderTest : public QObject
{
    Q_OBJECT

private:
    FakeHttpServer m_server;
    QNetworkAccessManager m_nam;
    VendorConfig m_config;
    TestKeys::Key m_key = TestKeys::rsa();
    TestKeys::Key m_otherKey = TestKeys::rsa();
    InstantAgent m_agent;
    QString m_case;

    QString issuer() const { return m_server.baseUrl().toString(); }

    QJsonObject claims() const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray digest = QCryptographicHash::hash("at-1", QCryptographicHash::Sha256);
        QJsonObject c {
            {QStringLiteral("iss"), issuer()},
            {QStringLiteral("sub"), QStringLiteral("user-1")},
            {QStringLiteral("aud"), m_config.clientId},
            {QStringLiteral("exp"), now + 600},
            {QStringLiteral("iat"), now - 5},
            {QStringLiteral("nonce"), QString::fromLatin1(m_agent.nonce)},
            {QStringLiteral("at_hash"), QString::fromLatin1(TestKeys::b64(digest.left(16)))},
            {QStringLiteral("email"), QStringLiteral("ada@example.com")},
        };
        if (m_case == QLatin1String("wrong iss"))
            c.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example.com"));
        if (m_case == QLatin1String("aud without our client"))
            c.insert(QStringLiteral("aud"), QJsonArray {QStringLiteral("someone-else")});
        if (m_case == QLatin1String("expired")) {
            c.insert(QStringLiteral("exp"), now - 3600);
            c.insert(QStringLiteral("iat"), now - 7200);
        }
        if (m_case == QLatin1String("iat far in the future")) {
            c.insert(QStringLiteral("iat"), now + 3 * 3600);
            c.insert(QStringLiteral("exp"), now + 4 * 3600);
        }
        if (m_case == QLatin1String("userinfo of another subject"))
            c.remove(QStringLiteral("email"));
        if (m_case == QLatin1String("missing nonce"))
            c.remove(QStringLiteral("nonce"));
        if (m_case == QLatin1String("wrong nonce"))
            c.insert(QStringLiteral("nonce"), QStringLiteral("another-attempts-nonce"));
        return c;
    }

    QByteArray idToken() const
    {
        const QJsonObject c = claims();
        const QJsonObject rs256 = TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k1"));
        if (m_case == QLatin1String("alg none")) {
            const QJsonObject h = TestKeys::header(QStringLiteral("none"), QStringLiteral("k1"));
            return TestKeys::b64(TestKeys::json(h)) + '.' + TestKeys::b64(TestKeys::json(c)) + '.';
        }
        if (m_case == QLatin1String("HS256 with the public key as secret")) {
            const QJsonObject h = TestKeys::header(QStringLiteral("HS256"), QStringLiteral("k1"));
            const QByteArray input =
                TestKeys::b64(TestKeys::json(h)) + '.' + TestKeys::b64(TestKeys::json(c));
            return input + '.'
                + TestKeys::b64(TestKeys::hs256(TestKeys::publicPem(m_key.get()), input));
        }
        if (m_case == QLatin1String("unknown kid after refetch")) {
            return TestKeys::makeJws(
                TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k9")), c,
                m_otherKey.get());
        }
        if (m_case == QLatin1String("bad signature"))
            return TestKeys::makeJws(rs256, c, m_otherKey.get());
        const QByteArray good = TestKeys::makeJws(rs256, c, m_key.get());
        if (m_case == QLatin1String("truncated"))
            return good.left(good.lastIndexOf('.'));
        if (m_case == QLatin1String("not base64url"))
            return "eyJhbGciOi+/=" + good.mid(good.indexOf('.'));
        if (m_case == QLatin1String("1 MiB token")) {
            QJsonObject big = c;
            big.insert(QStringLiteral("padding"), QString(1024 * 1024, QLatin1Char('A')));
            return TestKeys::makeJws(rs256, big, m_key.get());
        }
        return good;
    }

    FakeHttpServer::Response tokenAnswer() const
    {
        if (m_case == QLatin1String("HTML instead of JSON")) {
            FakeHttpServer::Response html;
            html.contentType = "text/html";
            html.body = "<html><body><h1>Welcome to our portal</h1></body></html>";
            return html;
        }
        QJsonObject json {{QStringLiteral("access_token"), QStringLiteral("at-1")},
                          {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                          {QStringLiteral("expires_in"), 300},
                          {QStringLiteral("refresh_token"), QStringLiteral("rt-1")},
                          {QStringLiteral("id_token"), QString::fromLatin1(idToken())}};
        if (m_case == QLatin1String("token response missing access_token"))
            json.remove(QStringLiteral("access_token"));
        return FakeHttpServer::json(TestKeys::json(json));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_config.issuer = m_server.baseUrl();
        m_config.clientId = QStringLiteral("keyway-desktop");
        m_config.embeddedRedirectUri = QUrl(QStringLiteral("com.example.keyway:/oauth2redirect"));
        m_config.scopes = QStringList {QStringLiteral("openid"), QStringLiteral("email")};
        m_server.setHandler([this](const FakeHttpServer::Request &request) {
            auto at = [this](const char *path) { return QString(issuer() + QLatin1String(path)); };
            if (request.path == QLatin1String("/.well-known/openid-configuration")) {
                return FakeHttpServer::json(TestKeys::json({
                    {QStringLiteral("issuer"), issuer()},
                    {QStringLiteral("authorization_endpoint"), at("/authorize")},
                    {QStringLiteral("token_endpoint"), at("/token")},
                    {QStringLiteral("jwks_uri"), at("/jwks")},
                    {QStringLiteral("userinfo_endpoint"), at("/userinfo")},
                    {QStringLiteral("code_challenge_methods_supported"),
                     QJsonArray {QStringLiteral("S256")}},
                }));
            }
            if (request.path == QLatin1String("/jwks")
                && m_case == QLatin1String("key set with a damaged key")) {
                return FakeHttpServer::json(R"({"keys":[{"kty":"EC","crv":"P-256","kid":"k1",)"
                                            R"("y":"AAAA"}]})");
            }
            if (request.path == QLatin1String("/jwks")) {
                return FakeHttpServer::json(TestKeys::json(
                    {{QStringLiteral("keys"),
                      QJsonArray {TestKeys::publicJwk(m_key.get(), QStringLiteral("k1"),
                                                      QStringLiteral("RS256"))}}}));
            }
            if (request.path == QLatin1String("/token"))
                return tokenAnswer();
            if (request.path == QLatin1String("/userinfo")) {
                // Asked only when the ID token has no e-mail: answers for someone else.
                return FakeHttpServer::json(R"({"sub":"user-2","email":"eve@example.com"})");
            }
            return FakeHttpServer::json("{}", 404);
        });
    }

    void refuses_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("detail"); // a part of the detail that names the cause
        const int code = int(InstantAgent::Answer::Code);
        auto row = [](const char *name, int answer, ErrorCode error, const char *detail) {
            QTest::newRow(name) << answer << error << QString::fromLatin1(detail);
        };
        row("valid", code, ErrorCode::NoError, "");
        row("alg none", code, ErrorCode::IdTokenInvalid, "unsigned token (alg none) refused");
        row("HS256 with the public key as secret", code, ErrorCode::IdTokenInvalid,
            "TokenUnsupportedAlgorithm token alg \"HS256\"");
        row("unknown kid after refetch", code, ErrorCode::IdTokenInvalid, "unknown kid");
        row("bad signature", code, ErrorCode::IdTokenInvalid,
            "TokenBadSignature RS256 signature does not verify");
        row("wrong iss", code, ErrorCode::IdTokenIssuerMismatch, "iss is https://evil.example.com");
        row("aud without our client", code, ErrorCode::IdTokenAudienceMismatch,
            "aud does not contain our client id");
        row("expired", code, ErrorCode::IdTokenExpired, "exp ");
        row("iat far in the future", code, ErrorCode::IdTokenIssuedInFuture, "iat ");
        row("missing nonce", code, ErrorCode::IdTokenNonceMismatch, "nonce missing");
        row("wrong nonce", code, ErrorCode::IdTokenNonceMismatch, "nonce differs");
        row("truncated", code, ErrorCode::IdTokenInvalid, "token has 2 parts, expected 3");
        row("not base64url", code, ErrorCode::IdTokenInvalid,
            "header: base64url: invalid character");
        row("1 MiB token", code, ErrorCode::IdTokenInvalid, "exceeds the 65536 byte limit");
        row("state mismatch", int(InstantAgent::Answer::WrongState),
            ErrorCode::AuthorizationStateMismatch, "state in the redirect does not match");
        row("access_denied", int(InstantAgent::Answer::AccessDenied),
            ErrorCode::AuthorizationDenied, "access_denied: The person said no");
        row("token response missing access_token", code, ErrorCode::ResponseMalformed,
            "token response without access_token");
        row("HTML instead of JSON", code, ErrorCode::ResponseMalformed, "is not a JSON object");
        row("userinfo of another subject", code, ErrorCode::ResponseMalformed,
            "userinfo sub differs from the ID token's");
        // Checked before the provider's page: no code is spent on keys that cannot be used.
        row("key set with a damaged key", code, ErrorCode::ProviderMisconfigured,
            "/jwks: key 0 (\"k1\"): JWK member \"x\" missing");
    }

    void refuses()
    {
        QFETCH(int, answer);
        QFETCH(ErrorCode, code);
        QFETCH(QString, detail);
        m_case = QString::fromLatin1(QTest::currentDataTag());
        m_agent.answer = InstantAgent::Answer(answer);
        m_agent.authorizeUrl.clear();
        m_server.reset();

        auto *job = new SignInJob(m_config, &m_nam);
        job->setAutoDelete(false);
        job->setAgent(&m_agent);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        QVERIFY(spy.wait(10000));
        const Error error = job->error();
        const TokenResponse tokens = job->tokens();
        delete job;

        QVERIFY2(
            error.code == code,
            qPrintable(
                QStringLiteral("got %1: %2").arg(errorCodeName(error.code), error.toString())));
        QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
        QCOMPARE(m_server.count(QStringLiteral("/userinfo")),
                 m_case == QLatin1String("userinfo of another subject") ? 1 : 0);
        if (code == ErrorCode::NoError) {
            QCOMPARE(tokens.accessToken, QByteArray("at-1"));
            return;
        }
        QVERIFY(!error.message.isEmpty());
        // Nothing of the forged answer reaches the caller.
        QVERIFY(!error.detail.contains(QLatin1String("code-123")));

        const bool redirectRefused =
            code == ErrorCode::AuthorizationStateMismatch || code == ErrorCode::AuthorizationDenied;
        const bool beforeAuthorizing = code == ErrorCode::ProviderMisconfigured;
        // A refused redirect never spends the code; keys that cannot be used stop the attempt
        // before the page is shown.
        QCOMPARE(m_server.count(QStringLiteral("/token")),
                 redirectRefused || beforeAuthorizing ? 0 : 1);
        QCOMPARE(m_agent.authorizeUrl.isEmpty(), beforeAuthorizing);
        if (code == ErrorCode::AuthorizationDenied)
            QVERIFY2(error.message.contains(QLatin1String("The person said no")),
                     qPrintable(error.message));
        if (m_case == QLatin1String("unknown kid after refetch"))
            QCOMPARE(m_server.count(QStringLiteral("/jwks")), 2);
        else if (!redirectRefused && code != ErrorCode::ResponseMalformed)
            QCOMPARE(m_server.count(QStringLiteral("/jwks")), 1);
    }
};

QTEST_GUILESS_MAIN(HostileProviderTest)
#include "hostileprovidertest.moc"
