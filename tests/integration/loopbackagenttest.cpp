// SPDX-License-Identifier: BSD-3-Clause
// The system-browser mode (RFC 8252 §7.3): LoopbackAgent's listener on its own, then a whole
// sign-in against keyway-devserver where the "system browser" is an HTTP client that fills the
// server's registration page and finally loads the loopback redirect like a browser would.
#include "devserverprocess.h"
#include "formbrowser.h"

#include "config/vendorconfig.h"
#include "oidc/loopbackagent.h"
#include "oidc/signinjob.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Keyway;

class LoopbackAgentTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    const QUrl m_loopback {QStringLiteral("http://127.0.0.1/oauth2redirect")};

    /// GET @p url as a browser would; the status and body.
    std::pair<int, QByteArray> get(const QUrl &url)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(5000))
            return {0, QByteArray()};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

private Q_SLOTS:
    void refusesWhatIsNotLoopback_data()
    {
        QTest::addColumn<QUrl>("configured");
        QTest::newRow("custom scheme")
            << QUrl(QStringLiteral("com.example.keyway:/oauth2redirect"));
        QTest::newRow("localhost") << QUrl(QStringLiteral("http://localhost/oauth2redirect"));
        QTest::newRow("https") << QUrl(QStringLiteral("https://127.0.0.1/oauth2redirect"));
        QTest::newRow("other interface") << QUrl(QStringLiteral("http://192.0.2.1/oauth2redirect"));
    }

    void refusesWhatIsNotLoopback()
    {
        QFETCH(QUrl, configured);
        LoopbackAgent agent;
        QVERIFY(!agent.redirectUriFor(configured).isValid());
        QVERIFY(!agent.isListening());
    }

    /// A fixed port (loopbackPort) is used as it is; taken by another program, the agent says so.
    void fixedPort()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        QUrl wanted = m_loopback;
        wanted.setPort(other.serverPort());
        LoopbackAgent agent;
        QVERIFY(!agent.redirectUriFor(wanted).isValid());
        QCOMPARE(agent.redirectUriError().code, ErrorCode::LoopbackPortUnavailable);
        QVERIFY2(agent.redirectUriError().detail.contains(QString::number(other.serverPort())),
                 qPrintable(agent.redirectUriError().detail));
        const quint16 port = other.serverPort();
        other.close();
        QCOMPARE(agent.redirectUriFor(wanted).port(), int(port));
        QVERIFY(!agent.redirectUriError().isError());
        QVERIFY(agent.isListening());
    }

    void listenerAnswersOnlyTheOneRequest()
    {
        LoopbackAgent agent(LoopbackAgent::Mode::None);
        bool launched = false;
        agent.setLauncher([&launched](const QUrl &) { return launched = true; });
        const QUrl redirectUri = agent.redirectUriFor(m_loopback);
        QVERIFY(redirectUri.isValid());
        QVERIFY(redirectUri.port() > 0);
        QCOMPARE(redirectUri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirectUri.path(), QStringLiteral("/oauth2redirect"));

        QSignalSpy urlReady(&agent, &LoopbackAgent::urlReady);
        QSignalSpy redirected(&agent, &AuthorizationAgent::redirected);
        const QUrl authorizeUrl(
            QStringLiteral("https://id.example.com/authorize?state=s-123&client_id=x"));
        agent.authorize(authorizeUrl, redirectUri);
        QCOMPARE(urlReady.count(), 1);
        QCOMPARE(urlReady.first().first().toUrl(), authorizeUrl);
        QVERIFY2(!launched, "mode None must not open a browser");

        auto at = [&redirectUri](const QString &pathAndQuery) {
            return QUrl(redirectUri.toString(QUrl::RemovePath) + pathAndQuery);
        };
        QCOMPARE(get(at(QStringLiteral("/favicon.ico"))).first, 400);
        QCOMPARE(get(at(QStringLiteral("/oauth2redirect?code=c&state=forged"))).first, 400);
        QCOMPARE(get(at(QStringLiteral("/oauth2redirect?code=c"))).first, 400);
        QCOMPARE(get(at(QStringLiteral("/other?code=c&state=s-123"))).first, 400);
        QCOMPARE(redirected.count(), 0);
        QVERIFY(agent.isListening());

        const auto done = get(at(QStringLiteral("/oauth2redirect?code=c-1&state=s-123")));
        QCOMPARE(done.first, 200);
        QVERIFY2(done.second.contains("You can close this tab"), done.second.constData());
        QCOMPARE(redirected.count(), 1);
        const QUrl redirect = redirected.first().first().toUrl();
        QVERIFY(AuthorizationAgent::matchesRedirect(redirect, redirectUri));
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("code")), QStringLiteral("c-1"));

        // Closed after the one request.
        QVERIFY(!agent.isListening());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirectUri.port()));
        QVERIFY(!socket.waitForConnected(2000));
    }

    void systemBrowserLaunchFailureIsReported()
    {
        LoopbackAgent agent;
        agent.setLauncher([](const QUrl &) { return false; });
        const QUrl redirectUri = agent.redirectUriFor(m_loopback);
        QSignalSpy failedLaunch(&agent, &LoopbackAgent::browserLaunchFailed);
        QSignalSpy urlReady(&agent, &LoopbackAgent::urlReady);
        agent.authorize(QUrl(QStringLiteral("https://id.example.com/authorize?state=s")),
                        redirectUri);
        QCOMPARE(urlReady.count(), 1);
        QCOMPARE(failedLaunch.count(), 1);
        agent.cancel();
        QVERIFY(!agent.isListening());
    }

    void signsInAgainstTheDevServer()
    {
        DevServerProcess server;
        QVERIFY2(server.start(), "keyway-devserver did not start");
        auto config = VendorConfig::load(server.configPath());
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QVERIFY(config->loopbackRedirectUri.isValid());

        // The "system browser": fills the registration page, then loads the loopback redirect.
        FormBrowser browser;
        const QString email = QStringLiteral("grace.%1@example.com")
                                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        browser.setFormValues(QStringLiteral("register-form"),
                              {{QStringLiteral("email"), email},
                               {QStringLiteral("password"), QStringLiteral("correct horse")},
                               {QStringLiteral("given_name"), QStringLiteral("Grace")},
                               {QStringLiteral("family_name"), QStringLiteral("Hopper")}});
        std::pair<int, QByteArray> page;
        connect(&browser, &AuthorizationAgent::redirected, this,
                [this, &page](const QUrl &url) { page = get(url); });

        LoopbackAgent agent;
        QUrl opened;
        agent.setLauncher([&](const QUrl &url) {
            opened = url;
            browser.authorize(url, agent.redirectUri());
            return true;
        });

        auto *job = new SignInJob(*config, &m_nam);
        job->setAutoDelete(false);
        job->setAgent(&agent);
        job->setRedirectUri(config->loopbackRedirectUri);
        job->setPage(SignInJob::Page::Register);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        QVERIFY(spy.wait(30000));
        QVERIFY2(
            !job->hasError(),
            qPrintable(job->error().toString() + QStringLiteral(" page: ") + browser.lastPage()));
        QCOMPARE(job->identity().email, email);
        QVERIFY(!job->tokens().accessToken.isEmpty());
        QVERIFY(!job->tokens().refreshToken.isEmpty());

        // The authorize URL named the listener's port, and the job used the same URI.
        const QUrl sent(
            QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(sent, agent.redirectUri());
        QCOMPARE(job->redirectUri(), agent.redirectUri());
        QVERIFY(sent.port() > 0);
        QCOMPARE(page.first, 200);
        QVERIFY(page.second.contains("You can close this tab"));
        QVERIFY(!agent.isListening());
        delete job;
    }
};

QTEST_GUILESS_MAIN(LoopbackAgentTest)
#include "loopbackagenttest.moc"
