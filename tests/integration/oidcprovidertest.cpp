// SPDX-License-Identifier: BSD-3-Clause
// Against a certified peer: npm oidc-provider 8.8.1 (tests/node/oidc-provider), started on a
// free port. The system-browser mode signs in with an HTTP client playing the browser on the
// provider's development login and consent pages; then the session refreshes (with rotation),
// userinfo answers, and sign-out revokes. Nothing in the client knows it is oidc-provider.
#include "oidcproviderprocess.h"
#include "providerbrowser.h"

#include "oidc/loopbackagent.h"
#include "oidc/session.h"
#include "oidc/signinjob.h"
#include "oidc/userinfojob.h"
#include "online/activatejob.h"
#include "storage/secretstore.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Keyway;

class OidcProviderTest : public QObject
{
    Q_OBJECT

private:
    const QString m_providerDir = QStringLiteral(KEYWAY_OIDC_PROVIDER_DIR);
    OidcProviderProcess m_provider;
    VendorConfig m_config;
    QNetworkAccessManager m_nam;

    template<typename J> static bool run(J *job)
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        return spy.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!OidcProviderProcess::isAvailable(m_providerDir, &why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_provider.start(m_providerDir, QStringLiteral("keyway-desktop")),
                 m_provider.output().constData());
        m_config.issuer = m_provider.issuer();
        m_config.clientId = QStringLiteral("keyway-desktop");
        m_config.embeddedRedirectUri = QUrl(QStringLiteral("com.example.keyway:/oauth2redirect"));
        m_config.loopbackRedirectUri = QUrl(QStringLiteral("http://127.0.0.1/oauth2redirect"));
        m_config.scopes = QStringList {QStringLiteral("openid"), QStringLiteral("email"),
                                       QStringLiteral("profile")};
    }

    void signInRefreshUserinfoSignOut()
    {
        ProviderBrowser browser;
        browser.login = QStringLiteral("ada");
        browser.password = QStringLiteral("any password");
        QSignalSpy browserDone(&browser, &ProviderBrowser::done);

        LoopbackAgent agent;
        agent.setLauncher([&browser](const QUrl &url) {
            browser.open(url);
            return true;
        });

        auto *signIn = new SignInJob(m_config, &m_nam);
        signIn->setAgent(&agent);
        signIn->setRedirectUri(m_config.loopbackRedirectUri);
        signIn->setUiLocales({QStringLiteral("en")});
        QVERIFY(run(signIn));
        QVERIFY2(
            !signIn->hasError(),
            qPrintable(signIn->error().toString() + QStringLiteral("\npage: ") + browser.lastPage));
        const TokenResponse tokens = signIn->tokens();
        const UserIdentity identity = signIn->identity();
        delete signIn;
        QCOMPARE(identity.subject, QStringLiteral("ada"));
        QCOMPARE(identity.email, QStringLiteral("ada@example.com"));
        QVERIFY(!tokens.refreshToken.isEmpty());
        QCOMPARE(browser.formsAnswered,
                 QStringList({QStringLiteral("login"), QStringLiteral("consent")}));
        // The browser ended on the listener's page.
        QTRY_COMPARE(browserDone.count(), 1);
        QCOMPARE(browser.lastStatus, 200);
        QVERIFY(browser.lastPage.contains(QLatin1String("You can close this tab")));

        // Keep the session, then refresh ahead of expiry: a margin longer than the 600 s life.
        MemorySecretStore secrets;
        const QString key = ActivateJob::refreshTokenKey(m_config);
        Session session(m_config, &m_nam, &secrets);
        QSignalSpy signedOut(&session, &Session::signedOut);
        Job *store = session.store(tokens);
        QVERIFY(run(store));
        QVERIFY(!store->hasError());
        delete store;
        QCOMPARE(secrets.contents().value(key), tokens.refreshToken);

        session.setRefreshMargin(3600);
        AccessTokenJob *refresh = session.accessToken();
        QVERIFY(run(refresh));
        QVERIFY2(!refresh->hasError(), qPrintable(refresh->error().toString()));
        const QByteArray accessToken = refresh->token();
        delete refresh;
        QVERIFY(!accessToken.isEmpty());
        QVERIFY(accessToken != tokens.accessToken);
        // oidc-provider rotates a public client's refresh token; the new one is stored.
        const QByteArray rotated = secrets.contents().value(key);
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != tokens.refreshToken);

        auto *userInfo = new UserInfoJob(&m_nam, m_config.issuer);
        userInfo->setAccessToken(accessToken);
        userInfo->setExpectedSubject(identity.subject);
        QVERIFY(run(userInfo));
        QVERIFY2(!userInfo->hasError(), qPrintable(userInfo->error().toString()));
        QCOMPARE(userInfo->identity().email, QStringLiteral("ada@example.com"));
        QCOMPARE(userInfo->identity().givenName, QStringLiteral("Ada"));
        delete userInfo;

        Job *signOut = session.signOut();
        QVERIFY(run(signOut));
        QVERIFY2(!signOut->hasError(), qPrintable(signOut->error().toString()));
        delete signOut;
        QVERIFY(secrets.contents().isEmpty());
        QCOMPARE(signedOut.count(), 1);

        // The provider revoked it: a session that still had the token is told it is over.
        MemorySecretStore stale;
        Session old(m_config, &m_nam, &stale);
        TokenResponse kept = tokens;
        kept.refreshToken = rotated;
        kept.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        Job *restore = old.store(kept);
        QVERIFY(run(restore));
        delete restore;
        QSignalSpy oldSignedOut(&old, &Session::signedOut);
        AccessTokenJob *again = old.accessToken();
        QVERIFY(run(again));
        QCOMPARE(again->error().code, ErrorCode::SessionExpired);
        delete again;
        QCOMPARE(oldSignedOut.count(), 1);
        QVERIFY(stale.contents().isEmpty());
    }
};

QTEST_GUILESS_MAIN(OidcProviderTest)
#include "oidcprovidertest.moc"
