// SPDX-License-Identifier: BSD-3-Clause
// The provider compatibility matrix of docs/signin.md, kept true: each row signs in through the
// loopback agent against a real provider process set up the way deployments differ: the
// certified oidc-provider in several configurations and the independent oauth2-mock-server.
// A row states what Keyway does; the test checks it, then checks that docs/signin.md holds
// exactly this table (KEYWAY_UPDATE_DOCS=1 rewrites it). keywayctl is run against the same
// peers for what a person sees on the command line: the page flushed before it exits, the
// reason with --verbose, the exit code.
#include "fakehttpserver.h"
#include "oidcproviderprocess.h"
#include "providerbrowser.h"

#include "core/clock.h"
#include "oidc/loopbackagent.h"
#include "oidc/session.h"
#include "oidc/signinjob.h"
#include "online/activatejob.h"
#include "online/checkoutjob.h"
#include "storage/secretstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Keyway;

namespace {
enum class Peer { OidcProvider, MockServer };
enum class Check {
    OfflineAccessConsent,
    NoRefreshToken,
    Signature,
    PairwiseNoEmail,
    PathIssuer,
    ShortAccessToken,
    FixedPort,
    PortNotFixed,
    Cancelled,
    TrailingSlash,
    TrailingSlashMisconfigured,
    FormEncodedError,
};

struct Style
{
    const char *provider; ///< the matrix's first column: which deployments look like this
    Peer peer;
    QStringList arguments;
    Check check;
    const char *keyway; ///< the matrix's last column: what Keyway does
    QString cancelAt = QString();
    QStringList scopes = {QStringLiteral("openid"), QStringLiteral("email"),
                          QStringLiteral("profile")};
};

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromLatin1(a));
    return out;
}

const QList<Style> &styles()
{
    static const QList<Style> list {
        {"Refresh tokens only with `offline_access` (OIDC Core §11; oidc-provider's default "
         "policy)",
         Peer::OidcProvider,
         args({"--refresh-policy", "default"}),
         Check::OfflineAccessConsent,
         "Adds `prompt=consent` when the scopes ask for `offline_access`; the provider's consent "
         "page is answered and the refresh token kept",
         QString(),
         {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")}},
        {"The same provider, configuration without `offline_access`", Peer::OidcProvider,
         args({"--refresh-policy", "default"}), Check::NoRefreshToken,
         "Signs in and says that the sign-in lasts only as long as the access token; afterwards "
         "\"Your sign-in has ended\", not a false \"signed out\""},
        {"ID tokens signed with ES256", Peer::OidcProvider, args({"--alg", "ES256"}),
         Check::Signature, "Signs in"},
        {"ID tokens signed with EdDSA (Ed25519)", Peer::OidcProvider, args({"--alg", "EdDSA"}),
         Check::Signature, "Signs in"},
        {"Pairwise subjects, no e-mail or name claims", Peer::OidcProvider,
         args({"--pairwise", "--no-email"}), Check::PairwiseNoEmail,
         "Signs in; the account is shown by its subject"},
        {"Issuer with a path (Keycloak `/realms/x`, Entra ID `/v2.0`, Okta `/oauth2/default`)",
         Peer::OidcProvider, args({"--issuer-path", "/realms/keyway"}), Check::PathIssuer,
         "Discovery at `<issuer>/.well-known/openid-configuration`; the issuer compared exactly"},
        {"Access tokens living 30 s", Peer::OidcProvider, args({"--access-ttl", "30"}),
         Check::ShortAccessToken,
         "Uses the token for three quarters of its life, then refreshes (not at once)"},
        {"Loopback redirect URIs matched exactly, port included",
         Peer::OidcProvider,
         {},
         Check::FixedPort,
         "Signs in with `loopbackPort` set to the registered port"},
        {"The same provider, no `loopbackPort` configured",
         Peer::OidcProvider,
         {},
         Check::PortNotFixed,
         "The provider refuses the random port on its page; the sign-in ends after "
         "`signInTimeout` with \"not finished in time\""},
        {"The person cancels on the login page",
         Peer::OidcProvider,
         {},
         Check::Cancelled,
         "\"The sign-in was refused. The service says: “End-User aborted interaction”\"; the "
         "browser "
         "tab gets its "
         "page",
         QStringLiteral("login")},
        {"The person refuses consent",
         Peer::OidcProvider,
         {},
         Check::Cancelled,
         "The same, from the consent page",
         QStringLiteral("consent")},
        {"Issuer with a trailing slash (Auth0 style); only a subject, no e-mail "
         "(oauth2-mock-server)",
         Peer::MockServer,
         {},
         Check::TrailingSlash,
         "Signs in; the issuer kept with its slash; the account shown by its subject"},
        {"The same, configured without the slash",
         Peer::MockServer,
         {},
         Check::TrailingSlashMisconfigured,
         "Refused before any page opens: \"not set up the way this product expects\", both "
         "issuers in the detail; `keywayctl` exit 2"},
        {"JWK and JWS alg `Ed25519` (RFC 9864)", Peer::MockServer, args({"--alg", "Ed25519"}),
         Check::Signature, "Signs in (read as EdDSA)"},
        {"EC key with a 31-byte coordinate in the JWKS", Peer::MockServer,
         args({"--short-ec-coordinate"}), Check::Signature,
         "Pads the coordinate, logs that it did, signs in; the key set is checked before the "
         "page opens"},
        {"Error redirect with a form-encoded description (`+` for spaces)", Peer::MockServer,
         args({"--deny", "Access denied by policy"}), Check::FormEncodedError,
         "\"The sign-in was refused. The service says: “Access denied by policy”\""},
    };
    return list;
}

QString peerName(Peer peer)
{
    return peer == Peer::OidcProvider ? QStringLiteral("oidc-provider 8.8.1")
                                      : QStringLiteral("oauth2-mock-server 8.2.3");
}

QString peerDir(Peer peer)
{
    return QStringLiteral(KEYWAY_SOURCE_DIR "/tests/node/")
        + (peer == Peer::OidcProvider ? QStringLiteral("oidc-provider")
                                      : QStringLiteral("oauth2-mock-server"));
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

const QString MatrixBegin =
    QStringLiteral("<!-- provider-matrix:begin (written by providermatrixtest) -->");
const QString MatrixEnd = QStringLiteral("<!-- provider-matrix:end -->");
} // namespace

class ProviderMatrixTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    QStringList m_rowsPassed;
    bool m_anySkipped = false;

    template<typename J> static bool run(J *job, int ms = 30000)
    {
        job->setAutoDelete(false);
        QSignalSpy spy(job, &Job::finished);
        job->start();
        return job->isFinished() || spy.wait(ms);
    }

    static VendorConfig configFor(const QUrl &issuer, const QStringList &scopes)
    {
        VendorConfig config;
        config.productName = QStringLiteral("Keyway Test");
        config.vendorName = QStringLiteral("Example");
        config.issuer = issuer;
        config.clientId = QStringLiteral("keyway-desktop");
        config.embeddedRedirectUri = QUrl(QStringLiteral("com.example.keyway:/oauth2redirect"));
        config.loopbackRedirectUri = QUrl(QStringLiteral("http://127.0.0.1/oauth2redirect"));
        config.browser = QStringLiteral("system");
        config.scopes = scopes;
        config.licensedItems = {QStringLiteral("keyway-pro")};
        return config;
    }

    bool startPeer(OidcProviderProcess &process, Peer peer, const QStringList &arguments)
    {
        QString why;
        // oauth2-mock-server 8 needs node 20.19 (jose 6).
        if (!OidcProviderProcess::isAvailable(peerDir(peer), &why,
                                              peer == Peer::MockServer ? 20 : 18)) {
            m_anySkipped = true;
            qWarning("%s", qPrintable(why));
            return false;
        }
        return process.start(peerDir(peer), QStringLiteral("keyway-desktop"), arguments);
    }

    struct Asked
    {
        QByteArray token;
        Error error;
    };
    /**
     * Keeps @p tokens in a fresh Session (a fixed clock at the real time), then for each of
     * @p advances moves the clock on by that many seconds and asks for an access token; the
     * refreshes go to the real provider.
     */
    QList<Asked> askSession(const VendorConfig &config, const TokenResponse &tokens,
                            const QList<qint64> &advances)
    {
        QList<Asked> answers;
        FixedClock clock(QDateTime::currentDateTimeUtc());
        Clock::setInstance(&clock);
        MemorySecretStore secrets;
        Session session(config, &m_nam, &secrets);
        Job *store = session.store(tokens);
        run(store);
        delete store;
        for (const qint64 seconds : advances) {
            clock.advance(seconds);
            AccessTokenJob *job = session.accessToken();
            run(job);
            answers.append({job->token(), job->error()});
            delete job;
        }
        Clock::setInstance(nullptr);
        return answers;
    }

    static QString matrixTable(const QStringList &rows)
    {
        QString table = QStringLiteral("| provider style | test peer and configuration | what "
                                       "Keyway does |\n|---|---|---|\n");
        for (const QString &row : rows)
            table += row + QLatin1Char('\n');
        return table;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signIn_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < styles().size(); ++i)
            QTest::addRow("%d %s", i, styles().at(i).provider) << i;
    }

    void signIn()
    {
        QFETCH(int, index);
        const Style &style = styles().at(index);
        QStringList arguments = style.arguments;
        int port = 0;
        if (style.check == Check::FixedPort || style.check == Check::PortNotFixed) {
            port = freePort();
            arguments << QStringLiteral("--exact-port") << QString::number(port);
        }
        OidcProviderProcess provider;
        if (!startPeer(provider, style.peer, arguments))
            QSKIP("the peer is not available");

        QUrl issuer = provider.issuer();
        if (style.check == Check::TrailingSlashMisconfigured) {
            QString text = issuer.toString();
            text.chop(1);
            issuer = QUrl(text);
        }
        VendorConfig config = configFor(issuer, style.scopes);
        if (style.check == Check::FixedPort)
            config.loopbackPort = port;

        ProviderBrowser browser;
        browser.login = QStringLiteral("ada");
        browser.password = QStringLiteral("any password");
        browser.cancelAt = style.cancelAt;
        QSignalSpy browserDone(&browser, &ProviderBrowser::done);
        LoopbackAgent agent;
        QUrl authorizeUrl;
        agent.setLauncher([&browser, &authorizeUrl](const QUrl &url) {
            authorizeUrl = url;
            browser.open(url);
            return true;
        });
        auto *signIn = new SignInJob(config, &m_nam);
        signIn->setAgent(&agent);
        signIn->setRedirectUri(config.loopbackRedirectUri);
        if (style.check == Check::PortNotFixed)
            signIn->setTimeout(4000);
        QVERIFY(run(signIn));
        const Error error = signIn->error();
        const TokenResponse tokens = signIn->tokens();
        const UserIdentity identity = signIn->identity();
        const bool keepsSession = signIn->keepsSession();
        delete signIn;
        const QString context = error.toString() + QStringLiteral("\npage: ")
            + browser.lastPage.left(500) + QStringLiteral("\nprovider: ")
            + QString::fromUtf8(provider.output().right(1500));

        auto expectSignedIn = [&] {
            QVERIFY2(!error.isError(), qPrintable(context));
            QVERIFY(!tokens.accessToken.isEmpty());
            QTRY_COMPARE(browserDone.count(), 1);
            QCOMPARE(browser.lastStatus, 200);
            QVERIFY(browser.lastPage.contains(QLatin1String("You can close this tab")));
        };

        switch (style.check) {
        case Check::OfflineAccessConsent: {
            expectSignedIn();
            QCOMPARE(QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("prompt")),
                     QStringLiteral("consent"));
            QVERIFY(browser.formsAnswered.contains(QStringLiteral("consent")));
            QVERIFY2(keepsSession, "no refresh token despite offline_access and consent");
            // The session refreshes with it once the access token is near its end.
            const Asked refreshed = askSession(config, tokens, {3600}).first();
            QVERIFY2(!refreshed.error.isError(), qPrintable(refreshed.error.toString()));
            QVERIFY(refreshed.token != tokens.accessToken);
            break;
        }
        case Check::NoRefreshToken: {
            expectSignedIn();
            QVERIFY(!QUrlQuery(authorizeUrl).hasQueryItem(QStringLiteral("prompt")));
            QVERIFY(!keepsSession);
            const Error after = askSession(config, tokens, {3600}).first().error;
            QCOMPARE(after.code, ErrorCode::SessionExpired);
            QVERIFY2(after.message.contains(QLatin1String("Your sign-in has ended")),
                     qPrintable(after.message));
            QVERIFY(after.detail.contains(QLatin1String("no refresh token")));
            break;
        }
        case Check::Signature:
            expectSignedIn();
            break;
        case Check::PairwiseNoEmail:
            expectSignedIn();
            QVERIFY2(identity.subject.startsWith(QLatin1String("pairwise-")),
                     qPrintable(identity.subject));
            QVERIFY(identity.email.isEmpty());
            QCOMPARE(identity.accountName(), identity.subject);
            break;
        case Check::PathIssuer:
            expectSignedIn();
            QVERIFY(config.issuerString().endsWith(QLatin1String("/realms/keyway")));
            QCOMPARE(identity.email, QStringLiteral("ada@example.com"));
            break;
        case Check::ShortAccessToken: {
            expectSignedIn();
            // Not refreshed the moment it arrived; refreshed after three quarters of 30 s.
            const QList<Asked> answers = askSession(config, tokens, {0, 24});
            QCOMPARE(answers.at(0).token, tokens.accessToken);
            QVERIFY2(!answers.at(1).error.isError(), qPrintable(answers.at(1).error.toString()));
            QVERIFY(answers.at(1).token != tokens.accessToken);
            break;
        }
        case Check::FixedPort:
            expectSignedIn();
            QCOMPARE(browser.lastUrl.port(), port);
            break;
        case Check::PortNotFixed:
            QCOMPARE(error.code, ErrorCode::SignInTimedOut);
            QTRY_COMPARE(browserDone.count(), 1);
            QCOMPARE(browser.lastStatus, 400);
            QVERIFY(browser.lastPage.contains(QLatin1String("must be exactly")));
            QVERIFY(!agent.isListening());
            break;
        case Check::Cancelled:
            QCOMPARE(error.code, ErrorCode::AuthorizationDenied);
            QVERIFY2(error.message.contains(QLatin1String("End-User aborted interaction")),
                     qPrintable(error.message));
            QCOMPARE(browser.formsAnswered.last(), QStringLiteral("cancel at ") + style.cancelAt);
            QTRY_COMPARE(browserDone.count(), 1);
            QCOMPARE(browser.lastStatus, 200);
            QVERIFY2(browser.lastPage.contains(QLatin1String("did not complete")),
                     qPrintable(browser.lastPage));
            break;
        case Check::TrailingSlash:
            expectSignedIn();
            QVERIFY(config.issuerString().endsWith(QLatin1Char('/')));
            QCOMPARE(identity.subject, QStringLiteral("johndoe"));
            QVERIFY(identity.email.isEmpty());
            QCOMPARE(identity.accountName(), QStringLiteral("johndoe"));
            break;
        case Check::TrailingSlashMisconfigured:
            QCOMPARE(error.code, ErrorCode::ProviderMisconfigured);
            QVERIFY2(error.detail.contains(provider.issuer().toString())
                         && error.detail.contains(config.issuerString() + QLatin1Char('"')),
                     qPrintable(error.detail));
            QVERIFY(authorizeUrl.isEmpty());
            break;
        case Check::FormEncodedError:
            QCOMPARE(error.code, ErrorCode::AuthorizationDenied);
            QVERIFY2(error.message.endsWith(QStringLiteral("\u201cAccess denied by policy\u201d")),
                     qPrintable(error.message));
            QTRY_COMPARE(browserDone.count(), 1);
            QVERIFY(browser.lastPage.contains(QLatin1String("did not complete")));
            break;
        }

        QStringList configuration = style.arguments;
        if (style.check == Check::FixedPort || style.check == Check::PortNotFixed)
            configuration << QStringLiteral("--exact-port N");
        QString setup = configuration.isEmpty()
            ? QString()
            : QStringLiteral(": `") + configuration.join(QLatin1Char(' ')) + QLatin1Char('`');
        if (style.scopes.contains(QLatin1String("offline_access")))
            setup += QStringLiteral(", scopes with `offline_access`");
        if (!style.cancelAt.isEmpty())
            setup += QStringLiteral(", Cancel on the %1 page").arg(style.cancelAt);
        m_rowsPassed.append(QStringLiteral("| %1 | %2%3 | %4 |")
                                .arg(QString::fromUtf8(style.provider), peerName(style.peer), setup,
                                     QString::fromUtf8(style.keyway)));
    }

    /// A licensing service apart from the identity provider ("licensingBaseUrl").
    void licensingServiceApart()
    {
        OidcProviderProcess provider;
        if (!startPeer(provider, Peer::OidcProvider, {}))
            QSKIP("the peer is not available");
        FakeHttpServer licensing;
        QVERIFY(licensing.listen());
        licensing.setHandler([](const FakeHttpServer::Request &) {
            return FakeHttpServer::json(R"({"error":"maintenance"})", 503);
        });
        VendorConfig config = configFor(provider.issuer(), {QStringLiteral("openid")});
        config.licensingBaseUrl = licensing.baseUrl().resolved(QUrl(QStringLiteral("/keyway")));
        ProviderBrowser browser;
        browser.login = QStringLiteral("ada");
        LoopbackAgent agent;
        agent.setLauncher([&browser](const QUrl &url) {
            browser.open(url);
            return true;
        });
        auto *signIn = new SignInJob(config, &m_nam);
        signIn->setAgent(&agent);
        signIn->setRedirectUri(config.loopbackRedirectUri);
        QVERIFY(run(signIn));
        QVERIFY2(!signIn->hasError(), qPrintable(signIn->error().toString()));
        auto *checkout = new CheckoutJob(config, &m_nam);
        checkout->setAccessToken(signIn->tokens().accessToken);
        checkout->setDeviceId(QStringLiteral("device"));
        checkout->setSubject(signIn->identity().subject);
        checkout->setRetryPolicy(0, 0);
        QVERIFY(run(checkout));
        QCOMPARE(checkout->error().code, ErrorCode::ServerError);
        QCOMPARE(licensing.count(QStringLiteral("/keyway/authz/.jwt")), 1);
        QCOMPARE(licensing.requests().first().headers.value("authorization"),
                 QByteArray("Bearer " + signIn->tokens().accessToken));
        delete checkout;
        delete signIn;
    }

    void keywayctl_data()
    {
        QTest::addColumn<int>("peer");
        QTest::addColumn<QString>("cancelAt");
        QTest::addColumn<bool>("chopSlash");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrHas");
        QTest::addColumn<QString>("stdoutHas");
        QTest::newRow("cancel: page flushed, reason, exit 4")
            << int(Peer::OidcProvider) << QStringLiteral("login") << false << 4
            << QStringLiteral("Details: access_denied: End-User aborted interaction "
                              "(AuthorizationDenied)")
            << QString();
        QTest::newRow("nobody signs in: exit 4 after signInTimeout")
            << int(Peer::OidcProvider) << QStringLiteral("nobody") << false << 4
            << QStringLiteral("not finished in time") << QString();
        QTest::newRow("issuer without the provider's slash: exit 2")
            << int(Peer::MockServer) << QString() << true << 2
            << QStringLiteral("(ProviderMisconfigured)") << QString();
        // Signed in, named by the subject; the mock has no licensing service (exit 3).
        QTest::newRow("account without e-mail: named by its subject")
            << int(Peer::MockServer) << QString() << false << 3
            << QStringLiteral("HTTP 404 from /authz/.jwt")
            << QStringLiteral("Signed in as johndoe.");
    }

    void keywayctl()
    {
        QFETCH(int, peer);
        QFETCH(QString, cancelAt);
        QFETCH(bool, chopSlash);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrHas);
        QFETCH(QString, stdoutHas);
        OidcProviderProcess provider;
        if (!startPeer(provider, Peer(peer), {}))
            QSKIP("the peer is not available");
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/client-config.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(shipped.readAll()).object();
        QString issuer = provider.issuer().toString();
        if (chopSlash)
            issuer.chop(1);
        json.insert(QStringLiteral("issuer"), issuer);
        json.insert(QStringLiteral("browser"), QStringLiteral("system"));
        // The shortest allowed: the row where nobody signs in waits for it.
        json.insert(QStringLiteral("signInTimeout"), 30);
        QFile configFile(dir.filePath(QStringLiteral("client-config.json")));
        QVERIFY(configFile.open(QIODevice::WriteOnly));
        configFile.write(QJsonDocument(json).toJson());
        configFile.close();

        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"),
                   QStringLiteral("Keyway-test/")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces));
        ctl.setProcessEnvironment(env);
        ctl.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  {QStringLiteral("--config"), configFile.fileName(), QStringLiteral("--data-dir"),
                   dir.filePath(QStringLiteral("data")), QStringLiteral("--verbose"),
                   QStringLiteral("login"), QStringLiteral("--browser=none")});
        QVERIFY(ctl.waitForStarted());
        ProviderBrowser browser;
        browser.login = QStringLiteral("ada");
        browser.cancelAt = cancelAt;
        QSignalSpy browserDone(&browser, &ProviderBrowser::done);
        QByteArray out;
        bool opened = false;
        QDeadlineTimer deadline(60000);
        while (ctl.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            QTest::qWait(20);
            out += ctl.readAllStandardOutput();
            const int at = out.indexOf("http://");
            if (!opened && at >= 0 && out.indexOf('\n', at) > at
                && cancelAt != QLatin1String("nobody")) {
                opened = true;
                browser.open(QUrl(QString::fromLatin1(out.mid(at, out.indexOf('\n', at) - at))));
            }
        }
        if (ctl.state() != QProcess::NotRunning)
            QVERIFY(ctl.waitForFinished(5000));
        out += ctl.readAllStandardOutput();
        const QString err = QString::fromUtf8(ctl.readAllStandardError());
        QVERIFY2(ctl.exitCode() == exitCode,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3")
                                .arg(ctl.exitCode())
                                .arg(QString::fromUtf8(out), err)));
        QVERIFY2(err.contains(stderrHas), qPrintable(err));
        QVERIFY2(QString::fromUtf8(out).contains(stdoutHas), out.constData());
        if (out.contains("Signed in as")) {
            // The session went to the test keyring: sign out to leave nothing behind.
            QProcess logout;
            logout.setProcessEnvironment(env);
            logout.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                         {QStringLiteral("--config"), configFile.fileName(),
                          QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                          QStringLiteral("logout")});
            QVERIFY(logout.waitForFinished(30000));
            QCOMPARE(logout.exitCode(), 0);
        }
        if (opened) {
            // The process is gone, and the browser still got the whole page.
            QTRY_COMPARE(browserDone.count(), 1);
            QCOMPARE(browser.lastStatus, 200);
            QVERIFY2(browser.lastPage.contains(QLatin1String("</html>")),
                     qPrintable(browser.lastPage));
        }
    }

    void matrixInDocs()
    {
        if (m_anySkipped || m_rowsPassed.size() != styles().size())
            QSKIP("not every row ran: the matrix is not compared");
        const QString path = QStringLiteral(KEYWAY_SOURCE_DIR "/docs/signin.md");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString doc = QString::fromUtf8(file.readAll());
        file.close();
        const QString table = matrixTable(m_rowsPassed);
        const qsizetype begin = doc.indexOf(MatrixBegin);
        const qsizetype end = doc.indexOf(MatrixEnd);
        QVERIFY2(begin >= 0 && end > begin, "docs/signin.md lacks the provider-matrix markers");
        const qsizetype from = begin + MatrixBegin.size() + 1;
        const QString current = doc.mid(from, end - from);
        if (current != table && qEnvironmentVariableIntValue("KEYWAY_UPDATE_DOCS") == 1) {
            doc.replace(from, end - from, table);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(doc.toUtf8());
            return;
        }
        QVERIFY2(current == table,
                 qPrintable(QStringLiteral("docs/signin.md's matrix differs from what the tests "
                                           "checked (KEYWAY_UPDATE_DOCS=1 rewrites it):\n")
                            + table));
    }
};

QTEST_GUILESS_MAIN(ProviderMatrixTest)
#include "providermatrixtest.moc"
