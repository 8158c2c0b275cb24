// SPDX-License-Identifier: BSD-3-Clause
// Nothing let out (issue 7): the whole keywayctl flow (login with a known password through a
// played browser, redeem, status, refresh, a crash mid-redemption, resume, logout) with every
// debug log category on, for keywayctl and keyway-devserver. The secrets (access, refresh and ID
// tokens captured at the token endpoint through FaultProxy and read from the keychain, the
// password, the activation codes in every spelling) must not appear in any output line of any
// process, in any file under the license folder or the temporary HOME and XDG folders the
// processes were given, or in what a process printed when it crashed (SIGABRT, SIGSEGV).
// The search is checked first on secrets planted on purpose, so that the test can fail.

#include "devserverprocess.h"
#include "faultproxy.h"
#include "formbrowser.h"

#include "codes/activationcode.h"
#include "config/vendorconfig.h"
#include "online/activatejob.h"
#include "online/redemptionjournal.h"
#include "storage/keychainsecretstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <signal.h>

using namespace Keyway;

namespace {
const QString Redemptions = QStringLiteral("/api/activation/v1/redemptions");
const QString TokenEndpoint = QStringLiteral("/user/oauth20/token");
} // namespace

class SecretLeakTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchFindsPlantedSecrets();
    void wholeFlowLeaksNothing();

private:
    struct Output
    {
        QString name;
        QByteArray text;
    };
    QProcessEnvironment environment() const;
    QStringList arguments(const QStringList &command) const;
    /// Runs keywayctl to its end (the proxy and the played browser need this event loop).
    Output ctl(const QString &name, const QStringList &command, int *exitCode = nullptr);
    /// Every spelling of an activation code a log line could hold.
    static QList<QByteArray> spellings(const QString &code);
    /// Where a secret of @p secrets occurs in @p haystacks or in a file under @p folders.
    static QStringList findLeaks(const QList<Output> &haystacks, const QStringList &folders,
                                 const QList<QPair<QString, QByteArray>> &secrets);
    QByteArray readKeychain(const QString &key);

    FaultProxy m_proxy;
    DevServerProcess m_server;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_home;
    QString m_service;
    VendorConfig m_config;
    const QString m_email = QStringLiteral("leak@example.com");
    // Letters and digits only: a password in a log would appear as typed, not percent-encoded.
    const QString m_password = QStringLiteral("LeakPw7f3Q9zXkR2");
};

void SecretLeakTest::initTestCase()
{
    // The dev server inherits this: all of its debug output is searched too.
    qputenv("QT_LOGGING_RULES", "*.debug=true;*.info=true");
    QVERIFY(m_proxy.listen());
    QVERIFY2(m_server.start(QString(), {QStringLiteral("--public-url"), m_proxy.url().toString()}),
             "keyway-devserver did not start");
    m_proxy.setUpstreamPort(quint16(m_server.baseUrl().port()));
    auto config = VendorConfig::load(m_server.configPath());
    QVERIFY(config);
    m_config = *config;
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    for (const char *dir : {"config", "data", "cache", "state", "runtime"})
        QVERIFY(QDir(m_home.path()).mkpath(QString::fromLatin1(dir)));
    QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void SecretLeakTest::cleanupTestCase()
{
    KeychainSecretStore secrets(m_service);
    for (SecretJob *job : {secrets.remove(ActivateJob::refreshTokenKey(m_config)),
                           RedemptionJournal::remove(&secrets, m_config)}) {
        QSignalSpy spy(job, &Job::finished);
        job->start();
        spy.wait(10000);
    }
}

QProcessEnvironment SecretLeakTest::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("KEYWAY_RETRY_DELAY_MS"), QStringLiteral("50"));
    // keywayctl silences its library's info lines unless the rules ask: ask for everything.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;*.info=true"));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
    return env;
}

QStringList SecretLeakTest::arguments(const QStringList &command) const
{
    return QStringList {QStringLiteral("--config"), m_server.configPath(),
                        QStringLiteral("--data-dir"), m_dataDir.path()}
    + command;
}

SecretLeakTest::Output SecretLeakTest::ctl(const QString &name, const QStringList &command,
                                           int *exitCode)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), arguments(command));
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {name, process.readAll()};
}

QList<QByteArray> SecretLeakTest::spellings(const QString &code)
{
    const auto parsed = ActivationCode::parse(code);
    if (!parsed)
        return {code.toUtf8()};
    QList<QByteArray> all {parsed->formatted().toUtf8(), parsed->symbols().toUtf8(),
                           parsed->formatted().toLower().toUtf8(),
                           parsed->symbols().toLower().toUtf8()};
    // Groups separated by spaces, as pasted.
    all.append(parsed->formatted().replace(QLatin1Char('-'), QLatin1Char(' ')).toUtf8());
    return all;
}

QStringList SecretLeakTest::findLeaks(const QList<Output> &haystacks, const QStringList &folders,
                                      const QList<QPair<QString, QByteArray>> &secrets)
{
    QList<Output> all = haystacks;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all.append({file.fileName(), file.readAll()});
        }
    }
    QStringList leaks;
    for (const Output &haystack : qAsConst(all)) {
        for (const auto &secret : secrets) {
            if (secret.second.size() >= 8 && haystack.text.contains(secret.second))
                leaks.append(secret.first + QStringLiteral(" in ") + haystack.name);
        }
    }
    return leaks;
}

QByteArray SecretLeakTest::readKeychain(const QString &key)
{
    KeychainSecretStore store(m_service);
    SecretJob *job = store.read(key);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &Job::finished);
    job->start();
    const QByteArray secret = spy.wait(10000) && !job->hasError() ? job->secret() : QByteArray();
    delete job;
    return secret;
}

void SecretLeakTest::searchFindsPlantedSecrets()
{
    // The search itself must find what it looks for: in an output, in any spelling, and in a
    // file deep under a searched folder.
    const QString code = m_server.generateCodes(1).value(0);
    QVERIFY(!code.isEmpty());
    QList<QPair<QString, QByteArray>> secrets;
    for (const QByteArray &spelling : spellings(code))
        secrets.append({QStringLiteral("code"), spelling});
    secrets.append({QStringLiteral("token"), QByteArrayLiteral("eyJplanted.token.value")});
    const QByteArray lower = ActivationCode::parse(code)->symbols().toLower().toUtf8();
    QStringList leaks =
        findLeaks({{QStringLiteral("planted output"), "log: " + lower + "\n"}}, {}, secrets);
    QCOMPARE(leaks, QStringList {QStringLiteral("code in planted output")});

    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("a/b")));
    QFile planted(folder.filePath(QStringLiteral("a/b/.hidden")));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("x=eyJplanted.token.value;");
    planted.close();
    leaks = findLeaks({{QStringLiteral("clean output"), "nothing here"}}, {folder.path()}, secrets);
    QCOMPARE(leaks.size(), 1);
    QVERIFY(leaks.first().startsWith(QStringLiteral("token in ")));
}

void SecretLeakTest::wholeFlowLeaksNothing()
{
    QElapsedTimer timer;
    timer.start();
    const QStringList codes = m_server.generateCodes(2);
    QCOMPARE(codes.size(), 2);
    QList<Output> outputs;
    int exitCode = -1;

    // login --browser=none, the printed address opened by a played browser that registers.
    {
        QProcess login;
        login.setProcessEnvironment(environment());
        login.setProcessChannelMode(QProcess::MergedChannels);
        login.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                    arguments({QStringLiteral("login"), QStringLiteral("--browser=none")}));
        QVERIFY(login.waitForStarted());
        static const QRegularExpression urlLine(
            QStringLiteral("^(http\\S+/user/oauth20/authz\\?\\S+)$"),
            QRegularExpression::MultilineOption);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += login.readAll(), urlLine.match(QString::fromUtf8(out)).hasMatch()), 20000);
        FormBrowser browser;
        browser.setFollowLinkId(QStringLiteral("register-link"));
        browser.setFormValues(QStringLiteral("register-form"),
                              {{QStringLiteral("email"), m_email},
                               {QStringLiteral("password"), m_password},
                               {QStringLiteral("given_name"), QStringLiteral("Leak")},
                               {QStringLiteral("family_name"), QStringLiteral("Test")}});
        browser.authorize(QUrl(urlLine.match(QString::fromUtf8(out)).captured(1), QUrl::StrictMode),
                          QUrl(QStringLiteral("never:/match")));
        QTRY_VERIFY_WITH_TIMEOUT(login.state() == QProcess::NotRunning, 30000);
        out += login.readAll();
        QVERIFY2(out.contains("Signed in as"), out.constData());
        outputs.append({QStringLiteral("keywayctl login"), out});
    }

    // The formatted code, then the second one without dashes in lower case.
    outputs.append(ctl(QStringLiteral("keywayctl redeem"), {QStringLiteral("redeem"), codes.at(0)},
                       &exitCode));
    QVERIFY2(exitCode == 0, outputs.last().text.constData());
    outputs.append(ctl(QStringLiteral("keywayctl status"), {QStringLiteral("status")}, &exitCode));
    QCOMPARE(exitCode, 0);
    outputs.append(ctl(QStringLiteral("keywayctl status --json"),
                       {QStringLiteral("status"), QStringLiteral("--json")}));
    outputs.append(
        ctl(QStringLiteral("keywayctl refresh"), {QStringLiteral("refresh")}, &exitCode));
    QVERIFY2(exitCode == 0, outputs.last().text.constData());
    outputs.append(ctl(QStringLiteral("keywayctl diagnose"), {QStringLiteral("diagnose")}));

    // Crashes in the middle of a redemption: what the dying process printed is searched too.
    const QString lowerCode = ActivationCode::parse(codes.at(1))->symbols().toLower();
#if defined(__SANITIZE_ADDRESS__)
    // Under ASan a SIGSEGV is ASan's: it reports it and exits 1 instead of crashing.
    const QList<int> crashSignals {SIGABRT};
#else
    const QList<int> crashSignals {SIGABRT, SIGSEGV};
#endif
    for (const int signal : crashSignals) {
        m_proxy.clearRules();
        m_proxy.addRule(Redemptions, FaultProxy::Fault::Hold, 1, -1);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                      arguments({QStringLiteral("redeem"), lowerCode}));
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_proxy.heldCount() == 1, 30000);
        ::kill(pid_t(process.processId()), signal);
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        m_proxy.dropHeld();
        outputs.append({QStringLiteral("keywayctl redeem killed by signal %1").arg(signal),
                        process.readAll()});
    }
    m_proxy.clearRules();
    outputs.append(ctl(QStringLiteral("keywayctl status (pending)"), {QStringLiteral("status")}));
    QVERIFY(outputs.last().text.contains("pending"));
    outputs.append(
        ctl(QStringLiteral("keywayctl redeem (resume)"), {QStringLiteral("redeem")}, &exitCode));
    QVERIFY2(exitCode == 0, outputs.last().text.constData());

    // The secrets: every token the token endpoint handed out (seen through the proxy), the
    // refresh token in the keychain, the password, the codes.
    QList<QPair<QString, QByteArray>> secrets;
    const QByteArray refreshToken = readKeychain(ActivateJob::refreshTokenKey(m_config));
    QVERIFY2(!refreshToken.isEmpty(), "no refresh token in the keychain");
    secrets.append({QStringLiteral("refresh token (keychain)"), refreshToken});
    int tokens = 0;
    bool keychainTokenSeen = false;
    for (const QByteArray &response : m_proxy.responses(TokenEndpoint)) {
        const QJsonObject json =
            QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        for (const char *name : {"access_token", "refresh_token", "id_token"}) {
            const QByteArray value = json.value(QLatin1String(name)).toString().toLatin1();
            if (!value.isEmpty()) {
                secrets.append({QString::fromLatin1(name), value});
                keychainTokenSeen = keychainTokenSeen || value == refreshToken;
                ++tokens;
            }
        }
    }
    // A sign-in and at least two refreshes, each with access, refresh and ID token.
    QVERIFY2(tokens >= 6, qPrintable(QString::number(tokens)));
    // What the proxy captured is what the client kept.
    QVERIFY(keychainTokenSeen);
    // The one-time authorization code and the PKCE verifier of the sign-in (token requests).
    for (const QByteArray &request : m_proxy.requests(TokenEndpoint)) {
        const QUrlQuery form(QString::fromLatin1(request.mid(request.indexOf("\r\n\r\n") + 4)));
        for (const char *name : {"code", "code_verifier"}) {
            const QString value = form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
            if (!value.isEmpty())
                secrets.append({QStringLiteral("OAuth ") + QLatin1String(name), value.toUtf8()});
        }
    }
    secrets.append({QStringLiteral("password"), m_password.toUtf8()});
    for (const QString &code : codes) {
        for (const QByteArray &spelling : spellings(code))
            secrets.append({QStringLiteral("activation code"), spelling});
    }

    // Before logout: the files as they are while signed in.
    QStringList leaks = findLeaks({}, {m_dataDir.path(), m_home.path()}, secrets);
    outputs.append(ctl(QStringLiteral("keywayctl logout"), {QStringLiteral("logout")}, &exitCode));
    QCOMPARE(exitCode, 0);
    QVERIFY(readKeychain(ActivateJob::refreshTokenKey(m_config)).isEmpty());
    m_server.stop();
    outputs.append({QStringLiteral("keyway-devserver"), m_server.output()});
    leaks += findLeaks(outputs, {m_dataDir.path(), m_home.path()}, secrets);
    leaks.removeDuplicates();
    int lines = 0;
    for (const Output &output : qAsConst(outputs))
        lines += int(output.text.count('\n'));
    qInfo("searched %d output lines of %d runs for %d secrets in %lld ms", lines,
          int(outputs.size()), int(secrets.size()), timer.elapsed());
    // Debug logging was really on, or the search proves little.
    QVERIFY(m_server.output().contains("keyway.devserver"));
    QVERIFY(outputs.at(1).text.contains("keyway.online: redeeming code"));
    QVERIFY(outputs.at(1).text.contains("keyway.net"));
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(SecretLeakTest)
#include "secretleaktest.moc"
