// SPDX-License-Identifier: BSD-3-Clause
#include "oidc/authorizationrequest.h"
#include "oidc/authorizationagent.h"
#include "oidc/pkce.h"

#include <QTest>
#include <QUrlQuery>

using namespace Keyway;

class AuthorizationRequestTest : public QObject
{
    Q_OBJECT

private:
    static ProviderMetadata provider(const QStringList &prompts)
    {
        ProviderMetadata m;
        m.issuer = QStringLiteral("https://id.example.com");
        m.authorizationEndpoint = QUrl(QStringLiteral("https://id.example.com/user/oauth20/authz"));
        m.tokenEndpoint = QUrl(QStringLiteral("https://id.example.com/user/oauth20/token"));
        m.promptValues = prompts;
        return m;
    }
    static QUrl redirect() { return QUrl(QStringLiteral("com.example.keyway:/oauth2redirect")); }

private Q_SLOTS:
    void pkceChallengeIsS256()
    {
        // RFC 7636 appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    }

    void urlCarriesTheRequest_data()
    {
        QTest::addColumn<QStringList>("prompts");
        QTest::addColumn<bool>("registration");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("flow");
        QTest::newRow("login") << QStringList {QStringLiteral("create")} << false << QString()
                               << QString();
        QTest::newRow("register, prompt=create listed")
            << QStringList {QStringLiteral("login"), QStringLiteral("create")} << true
            << QStringLiteral("create") << QString();
        QTest::newRow("register, prompt=create not listed")
            << QStringList {QStringLiteral("login")} << true << QString()
            << QStringLiteral("register");
        // OIDC Core §11: offline_access needs prompt=consent where the provider knows it.
        QTest::newRow("login, consent listed")
            << QStringList {QStringLiteral("login"), QStringLiteral("consent")} << false
            << QStringLiteral("consent") << QString();
        QTest::newRow("login, no prompt values published")
            << QStringList() << false << QStringLiteral("consent") << QString();
        QTest::newRow("register, create and consent listed")
            << QStringList {QStringLiteral("consent"), QStringLiteral("create")} << true
            << QStringLiteral("create") << QString();
        QTest::newRow("register, consent listed, create not")
            << QStringList {QStringLiteral("consent")} << true << QStringLiteral("consent")
            << QStringLiteral("register");
    }
    void urlCarriesTheRequest()
    {
        QFETCH(QStringList, prompts);
        QFETCH(bool, registration);
        QFETCH(QString, prompt);
        QFETCH(QString, flow);
        AuthorizationRequest request(provider(prompts), QStringLiteral("keyway-desktop"),
                                     redirect(),
                                     {QStringLiteral("openid"), QStringLiteral("offline_access")});
        request.setRegistration(registration);
        request.setLoginHint(QStringLiteral("ada+test@example.com"));
        request.setUiLocales({QStringLiteral("fi"), QStringLiteral("en")});
        const QUrl url = request.url();
        QCOMPARE(url.host(), QStringLiteral("id.example.com"));
        QCOMPARE(url.path(), QStringLiteral("/user/oauth20/authz"));
        const QUrlQuery q(url);
        auto value = [&q](const char *key) {
            return q.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("client_id"), QStringLiteral("keyway-desktop"));
        QCOMPARE(value("redirect_uri"), QStringLiteral("com.example.keyway:/oauth2redirect"));
        QCOMPARE(value("scope"), QStringLiteral("openid offline_access"));
        QCOMPARE(value("state").toLatin1(), request.state());
        QCOMPARE(value("nonce").toLatin1(), request.nonce());
        QCOMPARE(value("code_challenge").toLatin1(), request.pkce().challenge);
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(value("login_hint"), QStringLiteral("ada+test@example.com"));
        QCOMPARE(value("ui_locales"), QStringLiteral("fi en"));
        QCOMPARE(value("prompt"), prompt);
        QCOMPARE(value("flow"), flow);
    }

    void consentOnlyForOfflineAccess()
    {
        const ProviderMetadata strict =
            provider({QStringLiteral("login"), QStringLiteral("consent")});
        AuthorizationRequest forced(strict, QStringLiteral("c"), redirect(),
                                    {QStringLiteral("openid"), QStringLiteral("offline_access")});
        forced.setPrompt(QStringLiteral("login"));
        QCOMPARE(
            QUrlQuery(forced.url()).queryItemValue(QStringLiteral("prompt"), QUrl::FullyDecoded),
            QStringLiteral("login consent"));
        AuthorizationRequest online(strict, QStringLiteral("c"), redirect(),
                                    {QStringLiteral("openid"), QStringLiteral("email")});
        QVERIFY(!online.wantsConsentForOfflineAccess());
        QVERIFY(!QUrlQuery(online.url()).hasQueryItem(QStringLiteral("prompt")));
    }

    /// Form encoding (RFC 6749 Appendix B): oidc-provider writes spaces as "+".
    void parseRedirectFormEncoded()
    {
        AuthorizationRequest request(provider({}), QStringLiteral("c"), redirect(),
                                     {QStringLiteral("openid")});
        QUrl url = redirect();
        url.setQuery(QStringLiteral("error=access_denied&error_description=End-User+aborted+"
                                    "interaction%2C+1%2B1&state=")
                     + QString::fromLatin1(request.state()));
        const auto result = request.parseRedirect(url);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::AuthorizationDenied);
        QCOMPARE(result.error().detail,
                 QStringLiteral("access_denied: End-User aborted interaction, 1+1"));
        QVERIFY2(
            result.error().message.contains(QLatin1String("End-User aborted interaction, 1+1")),
            qPrintable(result.error().message));
        url.setQuery(QStringLiteral("code=a%2Bb+c&state=") + QString::fromLatin1(request.state()));
        QCOMPARE(*request.parseRedirect(url), QStringLiteral("a+b c"));
    }

    void attemptsDiffer()
    {
        AuthorizationRequest a(provider({}), QStringLiteral("c"), redirect(),
                               {QStringLiteral("openid")});
        AuthorizationRequest b(provider({}), QStringLiteral("c"), redirect(),
                               {QStringLiteral("openid")});
        QVERIFY(a.state() != b.state());
        QVERIFY(a.nonce() != b.nonce());
        QVERIFY(a.pkce().verifier != b.pkce().verifier);
    }

    void parseRedirect_data()
    {
        QTest::addColumn<QString>("query"); // %STATE% is replaced by the request's state
        QTest::addColumn<ErrorCode>("error");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << QStringLiteral("code=abc&state=%STATE%") << ErrorCode::NoError
                              << QStringLiteral("abc");
        QTest::newRow("code with matching iss")
            << QStringLiteral("code=abc&state=%STATE%&iss=https%3A%2F%2Fid.example.com")
            << ErrorCode::NoError << QStringLiteral("abc");
        QTest::newRow("iss of another provider")
            << QStringLiteral("code=abc&state=%STATE%&iss=https%3A%2F%2Fevil.example")
            << ErrorCode::AuthorizationStateMismatch << QString();
        QTest::newRow("state mismatch") << QStringLiteral("code=abc&state=other")
                                        << ErrorCode::AuthorizationStateMismatch << QString();
        QTest::newRow("state missing")
            << QStringLiteral("code=abc") << ErrorCode::AuthorizationStateMismatch << QString();
        QTest::newRow("error with other state is a mismatch")
            << QStringLiteral("error=access_denied&state=other")
            << ErrorCode::AuthorizationStateMismatch << QString();
        QTest::newRow("access_denied") << QStringLiteral(
            "error=access_denied&error_description=User%20said%20no&state=%STATE%")
                                       << ErrorCode::AuthorizationDenied << QString();
        QTest::newRow("email not verified") << QStringLiteral(
            "error=access_denied&error_description=email_not_verified&state=%STATE%")
                                            << ErrorCode::EmailNotVerified << QString();
        QTest::newRow("no code") << QStringLiteral("state=%STATE%") << ErrorCode::ResponseMalformed
                                 << QString();
    }
    void parseRedirect()
    {
        QFETCH(QString, query);
        QFETCH(ErrorCode, error);
        QFETCH(QString, code);
        AuthorizationRequest request(provider({}), QStringLiteral("c"), redirect(),
                                     {QStringLiteral("openid")});
        QUrl url = redirect();
        url.setQuery(QString(query).replace(QStringLiteral("%STATE%"),
                                            QString::fromLatin1(request.state())));
        const auto result = request.parseRedirect(url);
        if (error == ErrorCode::NoError) {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().detail));
            QCOMPARE(*result, code);
        } else {
            QVERIFY(!result);
            QCOMPARE(result.error().code, error);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void matchesRedirect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("registered");
        QTest::addColumn<bool>("matches");
        QTest::newRow("custom scheme")
            << QStringLiteral("com.example.keyway:/oauth2redirect?code=1")
            << QStringLiteral("com.example.keyway:/oauth2redirect") << true;
        QTest::newRow("custom scheme, other path")
            << QStringLiteral("com.example.keyway:/other?code=1")
            << QStringLiteral("com.example.keyway:/oauth2redirect") << false;
        QTest::newRow("loopback any port")
            << QStringLiteral("http://127.0.0.1:53111/oauth2redirect?code=1")
            << QStringLiteral("http://127.0.0.1/oauth2redirect") << true;
        QTest::newRow("not loopback, other port")
            << QStringLiteral("https://app.example.com:444/cb")
            << QStringLiteral("https://app.example.com/cb") << false;
        QTest::newRow("other host") << QStringLiteral("http://127.0.0.2:5000/oauth2redirect")
                                    << QStringLiteral("http://127.0.0.1/oauth2redirect") << false;
        QTest::newRow("provider page")
            << QStringLiteral("http://127.0.0.1:5000/user/oauth20/authz")
            << QStringLiteral("com.example.keyway:/oauth2redirect") << false;
    }
    void matchesRedirect()
    {
        QFETCH(QString, url);
        QFETCH(QString, registered);
        QFETCH(bool, matches);
        QCOMPARE(AuthorizationAgent::matchesRedirect(QUrl(url), QUrl(registered)), matches);
    }
};

QTEST_GUILESS_MAIN(AuthorizationRequestTest)
#include "authorizationrequesttest.moc"
