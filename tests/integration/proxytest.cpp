// SPDX-License-Identifier: BSD-3-Clause
// The proxy settings (activation/net/proxysettings): saved and loaded with QSettings without any
// credential, applied to the application, and a tiny HTTP proxy in this test that demands
// Proxy-Authorization (407): the request goes through it once the ProxyAuthenticator has asked
// (the test answers for the person), a refused password is asked again, a cancelled prompt fails
// the request, and the password appears in no log line and no settings file.
#include "fakehttpserver.h"

#include "net/proxysettings.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Keyway;

namespace {

const QString ProxyUser = QStringLiteral("alice");
const QString ProxyPassword = QStringLiteral("s3cret-proxy-pa55word");

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
                 + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/**
 * An HTTP proxy for absolute-form requests (no CONNECT) on 127.0.0.1: without the right
 * "Proxy-Authorization: Basic ..." it answers 407, otherwise it forwards the request to the
 * origin (Connection: close) and relays the answer.
 */
class TinyProxy : public QObject
{
public:
    TinyProxy()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection()) {
                client->setParent(this);
                QObject::connect(client, &QTcpSocket::readyRead, this,
                                 [this, client] { onReadyRead(client); });
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }

    int refused = 0; ///< 407 answers
    int forwarded = 0;
    QList<QByteArray> authorizations; ///< every Proxy-Authorization value received

private:
    void onReadyRead(QTcpSocket *client)
    {
        QByteArray &buffer = m_buffers[client];
        buffer += client->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        qsizetype length = 0;
        QByteArray authorization;
        QList<QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            if (name == "proxy-authorization")
                authorization = value;
            if (!name.startsWith("proxy-") && name != "connection")
                headers.append(line);
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        buffer.clear();
        if (!authorization.isEmpty())
            authorizations.append(authorization);
        const QByteArray expected =
            "Basic " + (ProxyUser + QLatin1Char(':') + ProxyPassword).toUtf8().toBase64();
        if (authorization != expected) {
            ++refused;
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"keyway-test-proxy\"\r\n"
                          "Content-Length: 0\r\nConnection: close\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        if (requestLine.size() < 3) {
            client->abort();
            return;
        }
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        ++forwarded;
        auto *origin = new QTcpSocket(client);
        QByteArray request = requestLine.at(0) + ' '
            + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
        for (const QByteArray &header : headers)
            request += header + "\r\n";
        request += "Connection: close\r\n\r\n" + body;
        QObject::connect(origin, &QTcpSocket::connected, origin,
                         [origin, request] { origin->write(request); });
        QObject::connect(origin, &QTcpSocket::readyRead, client,
                         [origin, client] { client->write(origin->readAll()); });
        QObject::connect(origin, &QTcpSocket::disconnected, client, [origin, client] {
            client->write(origin->readAll());
            client->disconnectFromHost();
        });
        origin->connectToHost(target.host(), quint16(target.port(80)));
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class ProxyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void settingsRoundTripWithoutCredentials_data();
    void settingsRoundTripWithoutCredentials();
    void unusableSettingsFallBackToTheSystem();
    void requestThroughAuthenticatingProxy();
    void refusedPasswordIsAskedAgain();
    void cancelledPromptFailsTheRequest();

private:
    /// GETs /hello from the origin through @p nam; returns the reply's error and body.
    QPair<QNetworkReply::NetworkError, QByteArray> get(QNetworkAccessManager &nam);

    FakeHttpServer m_origin;
    TinyProxy m_proxy;
    QTemporaryDir m_dir;
};

void ProxyTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(
        QStringLiteral("keyway.*.debug=true\nqt.network.*.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_origin.listen());
    m_origin.setHandler([](const FakeHttpServer::Request &) {
        return FakeHttpServer::json(R"({"hello":"through the proxy"})");
    });
    QVERIFY(m_proxy.listen());
}

void ProxyTest::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Nothing Qt or Keyway logged holds the password, in clear or as the Basic credentials.
    const QString basic =
        QString::fromLatin1((ProxyUser + QLatin1Char(':') + ProxyPassword).toUtf8().toBase64());
    QVERIFY(!g_log.isEmpty());
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(ProxyPassword), qPrintable(line));
        QVERIFY2(!line.contains(basic), qPrintable(line));
    }
}

void ProxyTest::init()
{
    m_origin.reset();
    m_proxy.refused = 0;
    m_proxy.forwarded = 0;
    m_proxy.authorizations.clear();
}

QPair<QNetworkReply::NetworkError, QByteArray> ProxyTest::get(QNetworkAccessManager &nam)
{
    QNetworkRequest request(m_origin.baseUrl().resolved(QUrl(QStringLiteral("/hello"))));
    request.setTransferTimeout(10000);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000))
        return {QNetworkReply::TimeoutError, QByteArray()};
    return {reply->error(), reply->readAll()};
}

void ProxyTest::settingsRoundTripWithoutCredentials_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("system") << int(ProxySettings::Mode::System) << QString() << 0;
    QTest::newRow("none") << int(ProxySettings::Mode::None) << QString() << 0;
    QTest::newRow("manual") << int(ProxySettings::Mode::Manual) << QStringLiteral("proxy.example")
                            << 3128;
}

void ProxyTest::settingsRoundTripWithoutCredentials()
{
    QFETCH(int, mode);
    QFETCH(QString, host);
    QFETCH(int, port);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.ini"));
    QFile::remove(path);
    ProxySettings saved;
    saved.mode = ProxySettings::Mode(mode);
    saved.host = host;
    saved.port = quint16(port);
    {
        QSettings settings(path, QSettings::IniFormat);
        saved.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    const ProxySettings loaded = ProxySettings::load(settings);
    QVERIFY(loaded == saved);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY2(contents.contains(ProxySettings::modeName(saved.mode).toLatin1()), contents);
    QVERIFY(!contents.contains("password"));
    QVERIFY(!contents.contains(ProxyPassword.toUtf8()));
}

void ProxyTest::unusableSettingsFallBackToTheSystem()
{
    QSettings settings(m_dir.filePath(QStringLiteral("broken.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("network/proxy/mode"), QStringLiteral("manual"));
    settings.setValue(QStringLiteral("network/proxy/host"), QString());
    QCOMPARE(int(ProxySettings::load(settings).mode), int(ProxySettings::Mode::System));
    settings.setValue(QStringLiteral("network/proxy/mode"), QStringLiteral("carrier-pigeon"));
    QCOMPARE(int(ProxySettings::load(settings).mode), int(ProxySettings::Mode::System));
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QCOMPARE(none.describe(QUrl(QStringLiteral("https://example.com"))),
             QStringLiteral("none: direct"));
}

void ProxyTest::requestThroughAuthenticatingProxy()
{
    // As the window does at start: the saved manual setting, applied to the application.
    QSettings settings(m_dir.filePath(QStringLiteral("keyway.ini")), QSettings::IniFormat);
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("127.0.0.1");
    manual.port = m_proxy.port();
    manual.save(settings);
    const ProxySettings loaded = ProxySettings::load(settings);
    QVERIFY(loaded == manual);
    loaded.apply();
    QNetworkAccessManager nam;
    // The window's manager: its own proxy setting, so that 127.0.0.1 is not sent directly.
    loaded.applyTo(&nam);
    QCOMPARE(loaded.describe(m_origin.baseUrl()),
             QStringLiteral("manual: http 127.0.0.1:%1").arg(m_proxy.port()));

    ProxyAuthenticator authenticator;
    authenticator.attach(&nam);
    QList<QNetworkProxy> askedFor;
    authenticator.setAsker(
        [&askedFor](const QNetworkProxy &proxy, const QString &,
                    bool refused) -> std::optional<ProxyAuthenticator::Credentials> {
            askedFor.append(proxy);
            if (refused)
                return std::nullopt;
            return ProxyAuthenticator::Credentials {ProxyUser, ProxyPassword};
        });

    const auto [error, body] = get(nam);
    QCOMPARE(error, QNetworkReply::NoError);
    QVERIFY2(body.contains("through the proxy"), body);
    QCOMPARE(authenticator.timesAsked(), 1);
    QCOMPARE(askedFor.size(), 1);
    QCOMPARE(askedFor.first().port(), m_proxy.port());
    QCOMPARE(m_proxy.refused, 1);
    QCOMPARE(m_proxy.forwarded, 1);
    QCOMPARE(m_origin.count(QStringLiteral("/hello")), 1);
    // The proxy's header never reaches the origin.
    QVERIFY(!m_origin.requests().first().headers.contains("proxy-authorization"));

    // A second request is answered from memory: nobody is asked again.
    const auto second = get(nam);
    QCOMPARE(second.first, QNetworkReply::NoError);
    QCOMPARE(authenticator.timesAsked(), 1);
    QCOMPARE(m_origin.count(QStringLiteral("/hello")), 2);
}

void ProxyTest::refusedPasswordIsAskedAgain()
{
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("127.0.0.1");
    manual.port = m_proxy.port();
    QNetworkAccessManager nam;
    manual.applyTo(&nam);
    ProxyAuthenticator authenticator;
    authenticator.attach(&nam);
    QList<bool> refusals;
    authenticator.setAsker(
        [&refusals](const QNetworkProxy &, const QString &lastUser,
                    bool refused) -> std::optional<ProxyAuthenticator::Credentials> {
            refusals.append(refused);
            if (refusals.size() == 1)
                return ProxyAuthenticator::Credentials {ProxyUser, QStringLiteral("wrong")};
            if (lastUser != ProxyUser)
                return std::nullopt; // the prompt offers the name typed before
            return ProxyAuthenticator::Credentials {ProxyUser, ProxyPassword};
        });
    const auto [error, body] = get(nam);
    QCOMPARE(error, QNetworkReply::NoError);
    QVERIFY2(body.contains("through the proxy"), body);
    QCOMPARE(refusals, QList<bool>({false, true}));
    QCOMPARE(m_proxy.forwarded, 1);
}

void ProxyTest::cancelledPromptFailsTheRequest()
{
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("127.0.0.1");
    manual.port = m_proxy.port();
    QNetworkAccessManager nam;
    manual.applyTo(&nam);
    ProxyAuthenticator authenticator;
    authenticator.attach(&nam);
    authenticator.setAsker([](const QNetworkProxy &, const QString &, bool) {
        return std::optional<ProxyAuthenticator::Credentials>();
    });
    const auto [error, body] = get(nam);
    QCOMPARE(error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(authenticator.timesAsked(), 1);
    QCOMPARE(m_proxy.forwarded, 0);
    QCOMPARE(m_origin.count(QStringLiteral("/hello")), 0);

    // "No proxy" goes straight to the origin, without any prompt.
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    QNetworkAccessManager direct;
    none.applyTo(&direct);
    const auto straight = get(direct);
    QCOMPARE(straight.first, QNetworkReply::NoError);
    QCOMPARE(m_proxy.refused, 1);
    QCOMPARE(m_origin.count(QStringLiteral("/hello")), 1);
}

QTEST_GUILESS_MAIN(ProxyTest)
#include "proxytest.moc"
