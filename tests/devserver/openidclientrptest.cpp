// SPDX-License-Identifier: BSD-3-Clause
// The certified relying party (npm openid-client, tests/node/openid-client/rp.js) against a fresh
// keyway-devserver: discovery, the code flow with PKCE, ID-token validation, userinfo, refresh,
// reuse detection, revocation and sign-out, all judged by a library we did not write.

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class OpenIdClientRpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void certifiedRelyingParty();

private:
    QTemporaryDir m_dataDir;
    QProcess m_server;
    QByteArray m_serverOutput;
    QString m_baseUrl;
};

void OpenIdClientRpTest::initTestCase()
{
    const QString rpDir = QStringLiteral(KEYWAY_RP_DIR);
    const bool ci = !qEnvironmentVariableIsEmpty("CI");
    if (!QFileInfo::exists(rpDir + QStringLiteral("/node_modules/openid-client")) && !ci)
        QSKIP("tests/node/openid-client/node_modules is missing: run `npm ci` there "
              "(scripts/test.sh does)");
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty(), "node not found");

    QVERIFY(m_dataDir.isValid());
    m_server.setStandardErrorFile(m_dataDir.filePath(QStringLiteral("server.log")));
    connect(&m_server, &QProcess::readyReadStandardOutput, this,
            [this] { m_serverOutput += m_server.readAllStandardOutput(); });
    m_server.start(QStringLiteral(KEYWAY_DEVSERVER_BIN),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                    m_dataDir.path()});
    QVERIFY(m_server.waitForStarted(10000));
    static const QRegularExpression ready(
        QStringLiteral("\nkeyway-devserver listening on (http://127\\.0\\.0\\.1:\\d+)\n$"));
    QTRY_VERIFY_WITH_TIMEOUT(ready.match(QString::fromUtf8("\n" + m_serverOutput)).hasMatch(),
                             20000);
    m_baseUrl = ready.match(QString::fromUtf8("\n" + m_serverOutput)).captured(1);
}

void OpenIdClientRpTest::cleanupTestCase()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    QVERIFY(m_server.waitForFinished(10000));
    QCOMPARE(m_server.exitCode(), 0);
}

void OpenIdClientRpTest::certifiedRelyingParty()
{
    QProcess node;
    node.setWorkingDirectory(QStringLiteral(KEYWAY_RP_DIR));
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), {QStringLiteral("rp.js"), m_baseUrl});
    QVERIFY(node.waitForStarted(10000));
    QVERIFY(node.waitForFinished(60000));
    const QByteArray output = node.readAll();
    qInfo().noquote() << QString::fromUtf8(output).trimmed();
    QCOMPARE(node.exitStatus(), QProcess::NormalExit);
    QVERIFY2(node.exitCode() == 0, output.constData());
    QVERIFY(output.contains("all steps passed"));
}

QTEST_GUILESS_MAIN(OpenIdClientRpTest)
#include "openidclientrptest.moc"
