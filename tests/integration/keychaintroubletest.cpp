// SPDX-License-Identifier: BSD-3-Clause
// Keychain trouble with real processes (issue 7): keywayctl against keyway-devserver, each case
// in a D-Bus session of its own with a GNOME Keyring of its own. No session bus, no Secret
// Service, a locked keyring (its unlock prompt dismissed, or shown where nobody answers it), a
// keyring whose write fails: keywayctl says so plainly, exits 4, `status --offline` keeps
// working, and no token is written anywhere in plain text. With "secretStorageFallback": "file"
// the tokens go to a 0600 file in the data folder instead, and keywayctl says so.
//
// "No token anywhere" is checked against the server: every 43-character base64url run in every
// file under the test's HOME (the data folder, the keyring's folder, XDG dirs), raw and
// base64-decoded, is hashed and looked up among the server's access and refresh token hashes.

#include "devserverprocess.h"
#include "formbrowser.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <qplatformdefs.h>

#include <memory>

namespace {

/// A D-Bus session bus of its own, with a GNOME Keyring (unlocked, password "keyway-test").
class PrivateBus
{
public:
    enum class Keyring { None, GnomeKeyring };
    enum class Activation { Standard, NoServices };

    ~PrivateBus() { stop(); }

    /**
     * @p display: the display the bus gives the keyring's prompter (empty: none, so an unlock
     * prompt is dismissed at once). NoServices: a bus that can start nothing, so that no one
     * provides org.freedesktop.secrets.
     */
    bool start(const QString &home, const QString &display, Keyring keyring,
               Activation activation = Activation::Standard)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (!display.isEmpty())
            env.insert(QStringLiteral("DISPLAY"), display);
        // Each bus its own keyring folder, under the HOME that is searched for tokens.
        static int buses = 0;
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"),
                   home + QStringLiteral("/.local/share/bus-%1").arg(++buses));
        QStringList args {QStringLiteral("--nofork"), QStringLiteral("--print-address=1")};
        if (activation == Activation::NoServices) {
            m_config = std::make_unique<QTemporaryDir>();
            const QString path = m_config->filePath(QStringLiteral("bus.conf"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return false;
            file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                       "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/"
                       "busconfig.dtd\">\n<busconfig><type>session</type>"
                       "<listen>unix:tmpdir=/tmp</listen><policy context=\"default\">"
                       "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                       "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
            file.close();
            args << QStringLiteral("--config-file=") + path;
        } else {
            args << QStringLiteral("--session");
        }
        m_bus.setProcessEnvironment(env);
        m_bus.start(QStringLiteral("dbus-daemon"), args);
        if (!m_bus.waitForStarted(10000))
            return false;
        QByteArray line;
        QElapsedTimer timer;
        timer.start();
        while (!line.contains('\n') && timer.elapsed() < 10000) {
            m_bus.waitForReadyRead(200);
            line += m_bus.readAllStandardOutput();
        }
        m_address = QString::fromUtf8(line).trimmed();
        if (m_address.isEmpty())
            return false;
        if (keyring == Keyring::None)
            return true;

        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        m_keyring.setProcessEnvironment(env);
        m_keyring.setProcessChannelMode(QProcess::MergedChannels);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(10000))
            return false;
        m_keyring.write("keyway-test");
        m_keyring.closeWriteChannel();
        // Ready when it owns its name (asked without activating another one) and answers with
        // its login collection.
        for (int i = 0; i < 100; ++i) {
            const bool owned =
                call({QStringLiteral("--object-path"), QStringLiteral("/org/freedesktop/DBus"),
                      QStringLiteral("--method"),
                      QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                      QStringLiteral("org.freedesktop.secrets")},
                     QStringLiteral("org.freedesktop.DBus"))
                    .contains(QStringLiteral("true"));
            if (owned
                && call({QStringLiteral("--object-path"),
                         QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                         QStringLiteral("org.freedesktop.Secret.Service.ReadAlias"),
                         QStringLiteral("default")})
                       .contains(QStringLiteral("/collection/login")))
                return true;
            QTest::qWait(100);
        }
        qWarning().noquote() << "gnome-keyring-daemon did not come up:"
                             << QString::fromUtf8(m_keyring.readAll()) << m_keyring.errorString();
        return false;
    }

    void stop()
    {
        for (QProcess *process : {&m_keyring, &m_bus}) {
            if (process->state() != QProcess::NotRunning) {
                process->terminate();
                if (!process->waitForFinished(3000)) {
                    process->kill();
                    process->waitForFinished(3000);
                }
            }
        }
    }

    QString address() const { return m_address; }

    /// `gdbus call` on the keyring; returns its output (empty on failure).
    QString call(const QStringList &arguments,
                 const QString &destination = QStringLiteral("org.freedesktop.secrets"))
    {
        QProcess gdbus;
        gdbus.start(QStringLiteral("gdbus"),
                    QStringList {QStringLiteral("call"), QStringLiteral("--address"), m_address,
                                 QStringLiteral("--dest"), destination}
                        + arguments);
        if (!gdbus.waitForFinished(10000) || gdbus.exitCode() != 0)
            return QString();
        return QString::fromUtf8(gdbus.readAllStandardOutput());
    }

    bool lockLogin()
    {
        call({QStringLiteral("--object-path"), QStringLiteral("/org/freedesktop/secrets"),
              QStringLiteral("--method"), QStringLiteral("org.freedesktop.Secret.Service.Lock"),
              QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
        return call({QStringLiteral("--object-path"),
                     QStringLiteral("/org/freedesktop/secrets/collection/login"),
                     QStringLiteral("--method"),
                     QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                     QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")})
            .contains(QStringLiteral("true"));
    }

    bool deleteLogin()
    {
        return !call({QStringLiteral("--object-path"),
                      QStringLiteral("/org/freedesktop/secrets/collection/login"),
                      QStringLiteral("--method"),
                      QStringLiteral("org.freedesktop.Secret.Collection.Delete")})
                    .isEmpty();
    }

private:
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    std::unique_ptr<QTemporaryDir> m_config;
};

} // namespace

class KeychainTroubleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { m_keychainTimeoutSeconds = 20; }
    void noSessionBus();
    void noSecretService();
    void lockedKeyring();
    void lockedKeyringPromptUnanswered();
    void writeFails();
    void fileFallback();
    void fileFallbackMovesBackToKeychain();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        qint64 ms = 0;
    };
    QProcessEnvironment environment(const QString &busAddress) const;
    Run ctl(const QString &busAddress, const QStringList &arguments,
            const QString &config = QString());
    /// `keywayctl login --browser=none`, the page answered by a new account.
    Run login(const QString &busAddress, const QString &config = QString());
    /// Token hashes (SHA-256 hex) the server has issued.
    QSet<QString> issuedTokenHashes();
    /// Files under HOME that hold an issued access or refresh token, raw or base64-encoded.
    QStringList filesWithTokens();
    QString dataDir() const { return m_home.filePath(QStringLiteral("data")); }

    DevServerProcess m_server;
    QTemporaryDir m_home;
    QString m_fallbackConfig;
    QString m_service;
    QStringList m_codes;
    int m_accounts = 0;
    int m_keychainTimeoutSeconds = 20;
};

void KeychainTroubleTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_server.start(), "keyway-devserver did not start");
    m_codes = m_server.generateCodes(3);
    QCOMPARE(m_codes.size(), 3);
    m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QFile config(m_server.configPath());
    QVERIFY(config.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(config.readAll()).object();
    QVERIFY(!json.isEmpty());
    json.insert(QStringLiteral("secretStorageFallback"), QStringLiteral("file"));
    m_fallbackConfig = m_home.filePath(QStringLiteral("fallback-config.json"));
    QFile fallback(m_fallbackConfig);
    QVERIFY(fallback.open(QIODevice::WriteOnly));
    fallback.write(QJsonDocument(json).toJson());
}

QProcessEnvironment KeychainTroubleTest::environment(const QString &busAddress) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home.path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    env.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
    // A prompt nobody answers must end in seconds here, not the default minute. Only the case
    // that waits for that end uses 3 s: elsewhere a prompt that cannot open (no display) is
    // refused by gnome-keyring once gcr-prompter has started, which under a loaded machine (the
    // suite runs in parallel) has taken more than 3 s.
    env.insert(QStringLiteral("KEYWAY_KEYCHAIN_TIMEOUT"),
               QString::number(m_keychainTimeoutSeconds));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

KeychainTroubleTest::Run KeychainTroubleTest::ctl(const QString &busAddress,
                                                  const QStringList &arguments,
                                                  const QString &config)
{
    QProcess process;
    process.setProcessEnvironment(environment(busAddress));
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  QStringList {QStringLiteral("--config"),
                               config.isEmpty() ? m_server.configPath() : config,
                               QStringLiteral("--data-dir"), dataDir()}
                      + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

KeychainTroubleTest::Run KeychainTroubleTest::login(const QString &busAddress,
                                                    const QString &config)
{
    QProcess process;
    process.setProcessEnvironment(environment(busAddress));
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                  {QStringLiteral("--config"), config.isEmpty() ? m_server.configPath() : config,
                   QStringLiteral("--data-dir"), dataDir(), QStringLiteral("login"),
                   QStringLiteral("--browser=none")});
    Run run;
    if (!process.waitForStarted())
        return run;
    static const QRegularExpression urlLine(QStringLiteral("^(http\\S+/user/oauth20/authz\\S+)$"),
                                            QRegularExpression::MultilineOption);
    QElapsedTimer wait;
    wait.start();
    while (!urlLine.match(run.out).hasMatch() && process.state() != QProcess::NotRunning
           && wait.elapsed() < 20000) {
        process.waitForReadyRead(100);
        run.out += QString::fromUtf8(process.readAllStandardOutput());
    }
    const QUrl address(urlLine.match(run.out).captured(1), QUrl::StrictMode);
    if (address.isValid()) {
        FormBrowser browser;
        browser.setFollowLinkId(QStringLiteral("register-link"));
        browser.setFormValues(
            QStringLiteral("register-form"),
            {{QStringLiteral("email"), QStringLiteral("trouble%1@example.com").arg(++m_accounts)},
             {QStringLiteral("password"), QStringLiteral("a long trouble password")},
             {QStringLiteral("given_name"), QStringLiteral("Key")},
             {QStringLiteral("family_name"), QStringLiteral("Chain")}});
        browser.authorize(address, QUrl(QStringLiteral("never:/match")));
        // The played browser needs this event loop: wait without blocking it.
        QElapsedTimer done;
        done.start();
        while (process.state() != QProcess::NotRunning && done.elapsed() < 30000)
            QTest::qWait(50);
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.ms = timer.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out += QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QSet<QString> KeychainTroubleTest::issuedTokenHashes()
{
    QSet<QString> hashes;
    const QString name = QStringLiteral("keychaintrouble");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/devserver.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT token_hash FROM refresh_tokens UNION ALL "
                                          "SELECT token_hash FROM access_tokens"))) {
                while (query.next())
                    hashes.insert(query.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return hashes;
}

QStringList KeychainTroubleTest::filesWithTokens()
{
    const QSet<QString> hashes = issuedTokenHashes();
    if (hashes.isEmpty())
        return {QStringLiteral("(the server's token table could not be read)")};
    static const QRegularExpression run(QStringLiteral("[A-Za-z0-9_+/=-]{43,}"));
    auto holdsToken = [&hashes](const QByteArray &data) {
        auto matches = run.globalMatch(QString::fromLatin1(data));
        while (matches.hasNext()) {
            const QByteArray text = matches.next().captured().toLatin1();
            QList<QByteArray> candidates {text};
            candidates.append(QByteArray::fromBase64(text));
            candidates.append(QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding));
            for (const QByteArray &candidate : std::as_const(candidates)) {
                for (qsizetype i = 0; i + 43 <= candidate.size(); ++i) {
                    const QByteArray hash =
                        QCryptographicHash::hash(candidate.mid(i, 43), QCryptographicHash::Sha256)
                            .toHex();
                    if (hashes.contains(QString::fromLatin1(hash)))
                        return true;
                }
            }
        }
        return false;
    };
    QStringList found;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        if (holdsToken(file.readAll()))
            found.append(path);
    }
    return found;
}

void KeychainTroubleTest::noSessionBus()
{
    const QString nowhere =
        QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus"));
    const Run run = login(nowhere);
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("no D-Bus session bus")), qPrintable(run.err));
    QVERIFY2(!run.out.contains(QStringLiteral("Signed in as")), qPrintable(run.out));
    QVERIFY2(!QFile::exists(dataDir() + QStringLiteral("/secrets.json")), "fallback file written");

    const Run status = ctl(nowhere, {QStringLiteral("status"), QStringLiteral("--offline")});
    // Nothing is licensed yet: "not activated" (1), said offline, no keychain needed.
    QVERIFY2(status.exitCode == 1, qPrintable(QString::number(status.exitCode) + status.err));
    const QStringList leaks = filesWithTokens();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

void KeychainTroubleTest::noSecretService()
{
    PrivateBus bus;
    QVERIFY(bus.start(m_home.path(), QString(), PrivateBus::Keyring::None,
                      PrivateBus::Activation::NoServices));
    const Run run = login(bus.address());
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("No system keychain is running")),
             qPrintable(run.err));
    const QStringList leaks = filesWithTokens();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

void KeychainTroubleTest::lockedKeyring()
{
    PrivateBus bus;
    QVERIFY(bus.start(m_home.path(), QString(), PrivateBus::Keyring::GnomeKeyring));
    // Signed in and activated while the keyring is open.
    Run run = login(bus.address());
    QVERIFY2((run.exitCode == 0 || run.exitCode == 1)
                 && run.out.contains(QStringLiteral("Signed in as")),
             qPrintable(QString::number(run.exitCode) + run.out + run.err));
    run = ctl(bus.address(), {QStringLiteral("redeem"), m_codes.at(0)});
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));

    QVERIFY(bus.lockLogin());
    // The unlock prompt cannot be shown (no display): the lookup finds nothing, which must not
    // read as "signed out".
    run = ctl(bus.address(), {QStringLiteral("refresh")});
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("keychain is locked")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("signed out")), qPrintable(run.err));

    run = ctl(bus.address(), {QStringLiteral("status"), QStringLiteral("--offline")});
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Professional edition")), qPrintable(run.out));

    // A new sign-in cannot be kept either, and says why.
    run = login(bus.address());
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("keychain is locked")), qPrintable(run.err));

    const QStringList leaks = filesWithTokens();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

void KeychainTroubleTest::lockedKeyringPromptUnanswered()
{
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty())
        QSKIP("needs an X display for the keyring's unlock prompt (scripts/test.sh has one)");
    PrivateBus bus;
    QVERIFY(bus.start(m_home.path(), display, PrivateBus::Keyring::GnomeKeyring));
    Run run = login(bus.address());
    QVERIFY2(run.out.contains(QStringLiteral("Signed in as")),
             qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY(bus.lockLogin());

    // The prompt opens on the display and nobody answers it: keywayctl gives up after
    // KEYWAY_KEYCHAIN_TIMEOUT (3 s) instead of hanging, and says what to do.
    m_keychainTimeoutSeconds = 3;
    run = ctl(bus.address(), {QStringLiteral("refresh")});
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("did not answer within 3 second")),
             qPrintable(run.err));
    // Qt's coarse timers may fire a little early.
    QVERIFY2(run.ms >= 2500 && run.ms < 30000, qPrintable(QString::number(run.ms)));

    run = ctl(bus.address(), {QStringLiteral("status"), QStringLiteral("--offline")});
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
}

void KeychainTroubleTest::writeFails()
{
    PrivateBus bus;
    QVERIFY(bus.start(m_home.path(), QString(), PrivateBus::Keyring::GnomeKeyring));
    // No default keyring to write to; making one needs a prompt, which fails without a display.
    QVERIFY(bus.deleteLogin());
    const Run run = login(bus.address());
    QVERIFY2(run.exitCode == 4, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("no default keyring")), qPrintable(run.err));
    const QStringList leaks = filesWithTokens();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
}

void KeychainTroubleTest::fileFallback()
{
    const QString nowhere =
        QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus"));
    const QString file = dataDir() + QStringLiteral("/secrets.json");
    Run run = login(nowhere, m_fallbackConfig);
    QVERIFY2((run.exitCode == 0 || run.exitCode == 1)
                 && run.out.contains(QStringLiteral("Signed in as")),
             qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Notice: your sign-in is kept in the file")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(file), qPrintable(run.err));
    QVERIFY(QFile::exists(file));
    QT_STATBUF info;
    QCOMPARE(QT_STAT(QFile::encodeName(file).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);
    // The scan finds what the file holds: it would find a token anywhere else too.
    QCOMPARE(filesWithTokens(), QStringList {file});

    // The session in the file is used.
    run = ctl(nowhere, {QStringLiteral("redeem"), m_codes.at(1)}, m_fallbackConfig);
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    run = ctl(nowhere, {QStringLiteral("refresh")}, m_fallbackConfig);
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Notice:")), qPrintable(run.err));

    run = ctl(nowhere, {QStringLiteral("logout")}, m_fallbackConfig);
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY(!QFile::exists(file));
    QVERIFY(filesWithTokens().isEmpty());
    run = ctl(nowhere, {QStringLiteral("status"), QStringLiteral("--offline")}, m_fallbackConfig);
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
}

void KeychainTroubleTest::fileFallbackMovesBackToKeychain()
{
    const QString nowhere =
        QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus"));
    const QString file = dataDir() + QStringLiteral("/secrets.json");
    Run run = login(nowhere, m_fallbackConfig);
    QVERIFY2(run.out.contains(QStringLiteral("Signed in as")),
             qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY(QFile::exists(file));

    // The keychain is back: the next refresh reads the session from the file, and the rotated
    // refresh token goes to the keychain, leaving nothing in plain text.
    PrivateBus bus;
    QVERIFY(bus.start(m_home.path(), QString(), PrivateBus::Keyring::GnomeKeyring));
    run = ctl(bus.address(), {QStringLiteral("refresh")}, m_fallbackConfig);
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
             qPrintable(QString::number(run.exitCode) + run.out + run.err));
    QVERIFY2(!QFile::exists(file), qPrintable(run.err));
    const QStringList leaks = filesWithTokens();
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char(' '))));
    run = ctl(bus.address(), {QStringLiteral("logout")}, m_fallbackConfig);
    QVERIFY2(run.exitCode == 0, qPrintable(QString::number(run.exitCode) + run.out + run.err));
}

QTEST_GUILESS_MAIN(KeychainTroubleTest)
#include "keychaintroubletest.moc"
