// SPDX-License-Identifier: BSD-3-Clause
// TLS as the client meets it (issue 7): keyway-devserver serves https with a certificate from a
// test CA made here with openssl. keywayctl refuses it, and says why, until the vendor
// configuration names the CA in "extraCaCertificates"; then the whole sign-in works over https.
// An unusable CA file is a configuration error naming the file. Discovery documents that send
// the client to plain http (other than loopback) are refused.

#include "devserverprocess.h"
#include "formbrowser.h"

#include "config/vendorconfig.h"
#include "net/tlssetup.h"
#include "oidc/providermetadata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Keyway;

class TlsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateIsRefused();
    void extraCaIsTrusted();
    void unusableCaFile_data();
    void unusableCaFile();
    void discoveryMustUseHttps_data();
    void discoveryMustUseHttps();
    void sslErrorsAreExplained();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    bool openssl(const QStringList &arguments);
    QString writeConfig(const QString &name, const QJsonObject &changes);
    QProcessEnvironment environment() const;
    Run ctl(const QString &config, const QStringList &arguments);

    QTemporaryDir m_dir;
    DevServerProcess m_server;
    QString m_caFile;
    QString m_service;
};

bool TlsTest::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TlsTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // A CA, and a server certificate for 127.0.0.1 and localhost signed by it (P-256: fast).
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                     QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Keyway Test Inspecting Proxy CA"),
                     QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                     QStringLiteral("-addext"),
                     QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
    QVERIFY(
        openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
                 QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                 QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1")}));
    QFile extensions(m_dir.filePath(QStringLiteral("server.ext")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                     "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext"),
                     QStringLiteral("-out"), QStringLiteral("server.pem")}));
    m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));

    QVERIFY2(
        m_server.start(QString(),
                       {QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                        QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))}),
        "keyway-devserver did not start with TLS");
    QCOMPARE(m_server.baseUrl().scheme(), QStringLiteral("https"));
}

QString TlsTest::writeConfig(const QString &name, const QJsonObject &changes)
{
    QFile original(m_server.configPath());
    if (!original.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject json = QJsonDocument::fromJson(original.readAll()).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        json.insert(it.key(), it.value());
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(QJsonDocument(json).toJson());
    return path;
}

QProcessEnvironment TlsTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
    // Only what the test decides is trusted.
    env.remove(QStringLiteral("SSL_CERT_FILE"));
    env.remove(QStringLiteral("SSL_CERT_DIR"));
    return env;
}

TlsTest::Run TlsTest::ctl(const QString &config, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  QStringList {QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                               m_dir.filePath(QStringLiteral("data"))}
                      + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TlsTest::untrustedCertificateIsRefused()
{
    const Run run =
        ctl(m_server.configPath(), {QStringLiteral("login"), QStringLiteral("--browser=none")});
    QVERIFY2(run.exitCode == 3, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("not trusted by this computer")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("extraCaCertificates")), qPrintable(run.err));
    // Refused before anything was sent: no sign-in address was printed.
    QVERIFY2(!run.out.contains(QStringLiteral("authz")), qPrintable(run.out));
}

void TlsTest::extraCaIsTrusted()
{
    const QString config = writeConfig(QStringLiteral("with-ca.json"),
                                       {{QStringLiteral("extraCaCertificates"), m_caFile}});
    QVERIFY(!config.isEmpty());

    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  {QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                   m_dir.filePath(QStringLiteral("data")), QStringLiteral("login"),
                   QStringLiteral("--browser=none")});
    QVERIFY(process.waitForStarted());
    QString out;
    static const QRegularExpression urlLine(QStringLiteral("^(https\\S+/user/oauth20/authz\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput()),
         urlLine.match(out).hasMatch() || process.state() == QProcess::NotRunning),
        60000);
    QVERIFY2(urlLine.match(out).hasMatch(),
             qPrintable(out + QString::fromUtf8(process.readAllStandardError())));

    // The played browser trusts the same CA, as the person's browser would on that network.
    auto authorities = QSslConfiguration::defaultConfiguration().caCertificates();
    authorities += QSslCertificate::fromPath(m_caFile);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(authorities);
    QSslConfiguration::setDefaultConfiguration(tls);
    FormBrowser browser;
    browser.setFollowLinkId(QStringLiteral("register-link"));
    browser.setFormValues(QStringLiteral("register-form"),
                          {{QStringLiteral("email"), QStringLiteral("tls@example.com")},
                           {QStringLiteral("password"), QStringLiteral("a long tls password")},
                           {QStringLiteral("given_name"), QStringLiteral("Tee")},
                           {QStringLiteral("family_name"), QStringLiteral("Ls")}});
    browser.authorize(QUrl(urlLine.match(out).captured(1), QUrl::StrictMode),
                      QUrl(QStringLiteral("never:/match")));
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    out += QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    // Discovery, token exchange, JWKS and checkout all went over https to the test CA's server.
    QVERIFY2(out.contains(QStringLiteral("Signed in as tls@example.com")), qPrintable(out + err));
    QVERIFY2(process.exitCode() == 1 || process.exitCode() == 0, qPrintable(out + err));

    const Run logout = ctl(config, {QStringLiteral("logout")});
    QVERIFY2(logout.exitCode == 0, qPrintable(logout.out + logout.err));
}

void TlsTest::unusableCaFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot be used");
    QTest::newRow("not PEM") << QByteArray("this is not a certificate\n")
                             << QStringLiteral("holds no PEM certificate");
}

void TlsTest::unusableCaFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, expected);
    const QString caFile =
        m_dir.filePath(QStringLiteral("bad-%1.pem")
                           .arg(QString::fromLatin1(QTest::currentDataTag())
                                    .replace(QLatin1Char(' '), QLatin1Char('-'))));
    if (!contents.isEmpty()) {
        QFile file(caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    const QString config = writeConfig(QStringLiteral("bad-ca.json"),
                                       {{QStringLiteral("extraCaCertificates"), caFile}});
    const Run run = ctl(config, {QStringLiteral("login"), QStringLiteral("--browser=none")});
    QVERIFY2(run.exitCode == 2, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(caFile), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));

    // The same, in-process: ConfigInvalid.
    auto loaded = VendorConfig::load(config);
    QVERIFY(loaded);
    const auto applied = TlsSetup::apply(*loaded);
    QVERIFY(!applied);
    QCOMPARE(applied.error().code, ErrorCode::ConfigInvalid);
}

void TlsTest::discoveryMustUseHttps_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https token endpoint") << QStringLiteral("token_endpoint")
                                          << QStringLiteral("https://id.example.com/token") << true;
    QTest::newRow("http token endpoint") << QStringLiteral("token_endpoint")
                                         << QStringLiteral("http://id.example.com/token") << false;
    QTest::newRow("http authorization") << QStringLiteral("authorization_endpoint")
                                        << QStringLiteral("http://id.example.com/a") << false;
    QTest::newRow("http jwks") << QStringLiteral("jwks_uri")
                               << QStringLiteral("http://id.example.com/jwks") << false;
    QTest::newRow("http userinfo") << QStringLiteral("userinfo_endpoint")
                                   << QStringLiteral("http://id.example.com/me") << false;
    QTest::newRow("http revocation") << QStringLiteral("revocation_endpoint")
                                     << QStringLiteral("http://id.example.com/r") << false;
    QTest::newRow("http end session") << QStringLiteral("end_session_endpoint")
                                      << QStringLiteral("http://id.example.com/l") << false;
    QTest::newRow("ftp jwks") << QStringLiteral("jwks_uri")
                              << QStringLiteral("ftp://id.example.com/jwks") << false;
    QTest::newRow("loopback http") << QStringLiteral("token_endpoint")
                                   << QStringLiteral("http://127.0.0.1:8080/token") << true;
    QTest::newRow("localhost http")
        << QStringLiteral("jwks_uri") << QStringLiteral("http://localhost:8080/jwks") << true;
    QTest::newRow("ipv6 loopback")
        << QStringLiteral("userinfo_endpoint") << QStringLiteral("http://[::1]:8080/me") << true;
    QTest::newRow("127.0.0.1 lookalike")
        << QStringLiteral("token_endpoint") << QStringLiteral("http://127.0.0.1.example.com/t")
        << false;
}

void TlsTest::discoveryMustUseHttps()
{
    QFETCH(QString, key);
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QJsonObject discovery {
        {QStringLiteral("issuer"), QStringLiteral("https://id.example.com")},
        {QStringLiteral("authorization_endpoint"),
         QStringLiteral("https://id.example.com/authorize")},
        {QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.com/token")},
        {QStringLiteral("jwks_uri"), QStringLiteral("https://id.example.com/jwks")},
    };
    discovery.insert(key, url);
    const auto metadata =
        ProviderMetadata::fromJson(discovery, QUrl(QStringLiteral("https://id.example.com")));
    QCOMPARE(bool(metadata), accepted);
    if (!accepted) {
        QCOMPARE(metadata.error().code, ErrorCode::ProviderMisconfigured);
        QVERIFY2(metadata.error().message.contains(QStringLiteral("https")),
                 qPrintable(metadata.error().message));
    }
}

void TlsTest::sslErrorsAreExplained()
{
    const QSslCertificate certificate = QSslCertificate::fromPath(m_caFile).value(0);
    QVERIFY(!certificate.isNull());
    const Error wrongHost = TlsSetup::failure({QSslError(QSslError::HostNameMismatch, certificate)},
                                              QStringLiteral("d"));
    QCOMPARE(wrongHost.code, ErrorCode::TlsFailure);
    QVERIFY(wrongHost.message.contains(QStringLiteral("belongs to another server")));
    const Error expired = TlsSetup::failure({QSslError(QSslError::CertificateExpired, certificate)},
                                            QStringLiteral("d"));
    QVERIFY(expired.message.contains(QStringLiteral("date and time")));
    const Error other = TlsSetup::failure(QList<QSslError>(), QStringLiteral("d"));
    QCOMPARE(other.message, errorMessage(ErrorCode::TlsFailure));
}

QTEST_GUILESS_MAIN(TlsTest)
#include "tlstest.moc"
