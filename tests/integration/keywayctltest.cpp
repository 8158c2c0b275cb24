// SPDX-License-Identifier: BSD-3-Clause
// keywayctl as a process: every exit code, --help of every command, status --json against its
// schema (tests/data/status.schema.json), import, diagnose without secrets, release queued
// offline. No server: the issuer is a closed port, so online steps fail as "network".
#include "../unit/licensefixture.h"
#include "core/datetimetext.h"
#include "jsonschemacheck.h"

#include "license/deviceid.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "online/activatejob.h"
#include "storage/keychainsecretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#endif

#include <vector>

using namespace Keyway;
using namespace LicenseFixture;

class KeywayctlTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run ctl(const QStringList &arguments, const QString &dataDir = QString())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(environment);
        QStringList all {QStringLiteral("--config"), m_configPath, QStringLiteral("--data-dir"),
                         dataDir.isEmpty() ? m_data.path() : dataDir};
        process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), all + arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    QString writeTokens(const QString &name, const QList<QByteArray> &tokens)
    {
        const QString path = m_work.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(tokens.join('\n') + '\n');
        return path;
    }
    QStringList schemaProblems(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            return {QStringLiteral("not JSON: ") + error.errorString()};
        return JsonSchema::check(document.object(), m_schema);
    }

    /// A token signed with the demo key keywayctl has compiled in.
    QByteArray demoToken(const QString &item, qint64 iat, qint64 lease = 86400,
                         const QJsonObject &changes = {})
    {
        return token(m_key.get(), item, iat, lease, changes, m_kid.constData());
    }

    TestKeys::Key m_key, m_other;
    QByteArray m_kid;
    VendorConfig m_config;
    QTemporaryDir m_work;
    QTemporaryDir m_data;
    QString m_configPath;
    QString m_device;
    QString m_service;
    QJsonObject m_schema;
    qint64 m_now = QDateTime::currentSecsSinceEpoch();

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // keywayctl trusts only the key compiled into it: the demo key.
        m_key = demoKey();
        QVERIFY(m_key);
        m_kid = demoKid();
        QVERIFY(!m_kid.isEmpty());
        m_other = TestKeys::rsa();
        // A closed port: nothing answers there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString issuer = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        const QJsonObject json = configJson(
            m_key.get(),
            {{QStringLiteral("issuer"), issuer},
             {QStringLiteral("redirectUris"),
              QJsonObject {{QStringLiteral("embedded"), QStringLiteral("com.example.keyway:/cb")},
                           {QStringLiteral("loopback"),
                            QStringLiteral("http://127.0.0.1/oauth2redirect")}}}});
        m_configPath = m_work.filePath(QStringLiteral("client-config.json"));
        QFile file(m_configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestKeys::json(json));
        file.close();
        auto config = VendorConfig::load(m_configPath);
        QVERIFY(config);
        m_config = *config;
        m_device = DeviceId::forProduct(m_config, m_data.path());
        QVERIFY(!m_device.isEmpty());
        m_service = QStringLiteral("Keyway-test/") + QUuid::createUuid().toString(QUuid::Id128);

        QFile schema(QStringLiteral(KEYWAY_SOURCE_DIR "/tests/data/status.schema.json"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        m_schema = QJsonDocument::fromJson(schema.readAll()).object();
        QVERIFY(!m_schema.isEmpty());
    }

    void helpForEveryCommand()
    {
        const Run global = ctl({QStringLiteral("--help")});
        QCOMPARE(global.exitCode, 0);
        for (const char *command : {"status", "device-id", "import", "diagnose", "check-code",
                                    "login", "redeem", "refresh", "release", "logout", "devices"}) {
            QVERIFY2(global.out.contains(command), command);
            const Run help = ctl({QString::fromLatin1(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains("Usage:"), command);
        }
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(ctl({}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("status"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(
            ctl({QStringLiteral("login"), QStringLiteral("--browser=carrier-pigeon")}).exitCode, 2);
        QProcess process;
        process.start(QStringLiteral(KEYWAY_KEYWAYCTL_BIN),
                      {QStringLiteral("--config"), m_work.filePath(QStringLiteral("missing.json")),
                       QStringLiteral("status"), QStringLiteral("--offline")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 2);
    }

    void statusJsonFollowsTheSchema()
    {
        QTemporaryDir empty;
        Run run =
            ctl({QStringLiteral("status"), QStringLiteral("--offline"), QStringLiteral("--json")},
                empty.path());
        QCOMPARE(run.exitCode, 1);
        QStringList problems = schemaProblems(run.out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // The checker itself notices a wrong document.
        QJsonObject wrong = QJsonDocument::fromJson(run.out).object();
        wrong.insert(QStringLiteral("surprise"), 1);
        wrong.remove(QStringLiteral("deviceId"));
        QCOMPARE(JsonSchema::check(wrong, m_schema).size(), 2);
    }

    void importVerifiesBeforeStoring()
    {
        QTemporaryDir data;
        const QString device = DeviceId::forProduct(m_config, data.path());
        const QJsonObject bound {{QStringLiteral("hw"), device}};
        // Refused: another device, an unknown signer. Nothing is stored, exit 1.
        const QString foreign =
            writeTokens(QStringLiteral("foreign.jwt"),
                        {demoToken(Pro, m_now - 60, 86400),
                         token(m_other.get(), Export, m_now - 60, 86400, bound, "other")});
        Run run = ctl({QStringLiteral("import"), foreign}, data.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("another computer"), run.err);
        QVERIFY2(run.err.contains("not signed by"), run.err);
        QVERIFY(!QFile::exists(LicenseStore(data.path()).filePath()));

        QCOMPARE(
            ctl({QStringLiteral("import"), m_work.filePath(QStringLiteral("nope"))}, data.path())
                .exitCode,
            5);

        // Accepted: both items, joined with '&' as the server sends them.
        const QString good = m_work.filePath(QStringLiteral("good.jwt"));
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(demoToken(Pro, m_now - 60, 86400, bound) + '&'
                   + demoToken(Export, m_now - 60, 86400, bound));
        file.close();
        run = ctl({QStringLiteral("import"), good}, data.path());
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        QVERIFY(run.out.contains("Imported 2"));

        run = ctl({QStringLiteral("status"), QStringLiteral("--offline"), QStringLiteral("--json")},
                  data.path());
        QCOMPARE(run.exitCode, 0);
        const QStringList problems = schemaProblems(run.out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QJsonObject status = QJsonDocument::fromJson(run.out).object();
        QVERIFY(status.value(QStringLiteral("allValid")).toBool());
        QCOMPARE(status.value(QStringLiteral("items")).toArray().size(), 2);
        // The license's end (the token's licenseValidUntil) apart from the lease's (exp).
        const QJsonObject first =
            status.value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(
            first.value(QStringLiteral("licenseEnd")).toString(),
            QDateTime::fromSecsSinceEpoch(m_now - 60 + 365 * 86400, Qt::UTC).toString(Qt::ISODate));
        QCOMPARE(first.value(QStringLiteral("expires")).toString(),
                 QDateTime::fromSecsSinceEpoch(m_now - 60 + 86400, Qt::UTC).toString(Qt::ISODate));
        run = ctl({QStringLiteral("status"), QStringLiteral("--offline")}, data.path());
        QCOMPARE(run.exitCode, 0);
        const QString licenseEnd =
            DateTimeText::dateTime(QDateTime::fromSecsSinceEpoch(m_now - 60 + 365 * 86400));
        QVERIFY2(
            run.out.contains(
                QStringLiteral("Licensed until %1. Works offline until ").arg(licenseEnd).toUtf8()),
            run.out.constData());

        // device-id agrees with the library.
        run = ctl({QStringLiteral("device-id")}, data.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), device.toLatin1());
        run = ctl({QStringLiteral("device-id"), QStringLiteral("--explain")}, data.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(device.toLatin1()));

        // diagnose: no token, no account id, no e-mail, no code.
        LicenseStore store(data.path());
        QVERIFY(store.save(User, QStringLiteral("ada@example.com"), store.tokens()));
        run = ctl({QStringLiteral("diagnose"), QStringLiteral("--json")}, data.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(run.out).isNull());
        for (const QByteArray &secret : store.tokens()) {
            QVERIFY(!run.out.contains(secret));
            QVERIFY(!run.out.contains(secret.split('.').at(1))); // not even the payload
            QVERIFY(!run.out.contains(secret.split('.').at(2))); // nor the signature
        }
        QVERIFY2(!run.out.contains(User.toLatin1()), run.out);
        QVERIFY(!run.out.contains("ada@example.com"));
        QVERIFY(!run.out.contains("lease-keyway-pro"));
        QVERIFY(run.out.contains("keyway-pro"));
        QVERIFY(run.out.contains("valid"));

        // A tampered file: exit 1 with the reason.
        QFile stored(store.filePath());
        QVERIFY(stored.open(QIODevice::ReadWrite));
        QByteArray contents = stored.readAll();
        // A byte of the payload (in the header it could name another key instead).
        const qsizetype at = contents.indexOf('.', contents.indexOf("\"ey")) + 20;
        contents[at] = contents.at(at) == 'x' ? 'y' : 'x';
        stored.seek(0);
        stored.write(contents);
        stored.close();
        run = ctl({QStringLiteral("status"), QStringLiteral("--offline")}, data.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("Damaged"));
    }

    // Issue 14: a subscription has no end; `status` says it renews itself, and shows no license
    // end (the lease's end is only how long it works offline).
    void statusOfASubscription()
    {
        QTemporaryDir data;
        const QString device = DeviceId::forProduct(m_config, data.path());
        const QJsonObject subscription {{QStringLiteral("hw"), device},
                                        {QStringLiteral("licenseValidUntil"), QJsonValue()},
                                        {QStringLiteral("licenseSubscription"), true}};
        const QString path = writeTokens(QStringLiteral("subscription.jwt"),
                                         {demoToken(Pro, m_now - 60, 86400, subscription),
                                          demoToken(Export, m_now - 60, 86400, subscription)});
        Run run = ctl({QStringLiteral("import"), path}, data.path());
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        run = ctl({QStringLiteral("status"), QStringLiteral("--offline")}, data.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Subscription renews automatically. Works offline until "),
                 run.out.constData());
        QVERIFY2(!run.out.contains("Licensed until"), run.out.constData());
        run = ctl({QStringLiteral("status"), QStringLiteral("--offline"), QStringLiteral("--json")},
                  data.path());
        const QStringList problems = schemaProblems(run.out);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QJsonObject first = QJsonDocument::fromJson(run.out)
                                      .object()
                                      .value(QStringLiteral("items"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QVERIFY(!first.contains(QStringLiteral("licenseEnd")));
        QVERIFY(first.value(QStringLiteral("expires")).isString());
    }

    void releaseOfflineIsQueued()
    {
        QTemporaryDir data;
        const QString device = DeviceId::forProduct(m_config, data.path());
        const QJsonObject bound {{QStringLiteral("hw"), device}};
        LicenseStore store(data.path());
        QVERIFY(store.save(User, QString(),
                           {demoToken(Pro, m_now - 60, 86400, bound),
                            demoToken(Export, m_now - 60, 86400, bound)}));

        // The server cannot be reached: exit 3, the tokens are gone, the release is queued.
        Run run = ctl({QStringLiteral("release")}, data.path());
        QVERIFY2(run.exitCode == 3, run.err.constData());
        QVERIFY(run.out.contains("next online command"));
        QVERIFY(!QFile::exists(store.filePath()));
        QCOMPARE(ReleaseQueue(data.path()).pending(),
                 (QStringList {QStringLiteral("lease-keyway-pro"),
                               QStringLiteral("lease-keyway-export")}));
        run = ctl({QStringLiteral("status"), QStringLiteral("--offline")}, data.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("2 lease releases are waiting"), run.out);
    }

    void networkFailureExitsThree()
    {
        // A session in the keychain, but the server is not there.
        KeychainSecretStore secrets(m_service);
        SecretJob *write = secrets.write(ActivateJob::refreshTokenKey(m_config), "rt-not-used");
        QSignalSpy written(write, &Job::finished);
        write->start();
        QVERIFY(written.wait(20000));
        if (write->hasError())
            QSKIP("no keychain in this environment (run under scripts/with-keyring.sh)");

        QTemporaryDir data;
        const QString device = DeviceId::forProduct(m_config, data.path());
        LicenseStore store(data.path());
        QVERIFY(store.save(User, QString(),
                           {demoToken(Pro, m_now - 60, 86400, {{QStringLiteral("hw"), device}})}));
        Run run = ctl({QStringLiteral("refresh")}, data.path());
        QVERIFY2(run.exitCode == 3, run.err);
        QVERIFY(store.lastRenewalFailure().isValid());
        run = ctl({QStringLiteral("release")}, data.path());
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(ReleaseQueue(data.path()).pending(),
                 QStringList {QStringLiteral("lease-keyway-pro")});
        // status without --offline still answers (exit 1: keyway-export is not licensed).
        run = ctl({QStringLiteral("status")}, data.path());
        QCOMPARE(run.exitCode, 1);

        SecretJob *remove = secrets.remove(ActivateJob::refreshTokenKey(m_config));
        QSignalSpy removed(remove, &Job::finished);
        remove->start();
        QVERIFY(removed.wait(20000));
    }

    void importShowsNoUntrustedControlCharacters()
    {
        // A refused token's item names are anybody's words: printed, they must not drive the
        // terminal (clear it, retitle it, reorder the text).
        QTemporaryDir data;
        const QString evil = writeTokens(
            QStringLiteral("evil.jwt"),
            {token(m_other.get(),
                   QStringLiteral("\x1b[2J\x1b]0;owned\x07pro\u202Etxt.exe\r\nImported 1"),
                   m_now - 60, 86400, {}, "other")});
        Run run = ctl({QStringLiteral("import"), evil}, data.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("[2J]0;ownedprotxt.exe Imported 1"), run.err.constData());
        for (const QByteArray &forbidden : {QByteArray("\x1b"), QByteArray("\x07"),
                                            QByteArray("\r"), QStringLiteral("\u202E").toUtf8()}) {
            QVERIFY(!run.err.contains(forbidden));
            QVERIFY(!run.out.contains(forbidden));
        }

        // Many refused tokens: a handful listed, the rest counted.
        QList<QByteArray> many;
        for (int i = 0; i < 40; ++i)
            many.append(token(m_other.get(), QStringLiteral("item-%1").arg(i), m_now - 60, 86400,
                              {}, "other"));
        run = ctl({QStringLiteral("import"), writeTokens(QStringLiteral("many.jwt"), many)},
                  data.path());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count("Refused a token"), 5);
        QVERIFY2(run.err.contains("35 more"), run.err.constData());
        QVERIFY(!QFile::exists(LicenseStore(data.path()).filePath()));
    }

    void importRefusesHugeFiles()
    {
#ifdef Q_OS_LINUX
        // 4 MiB of garbage: refused at once, never parsed into 700,000 lines.
        const QString garbage = m_work.filePath(QStringLiteral("garbage.bin"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (int i = 0; i < 64; ++i) {
            for (qsizetype j = 0; j < chunk.size(); ++j)
                chunk[j] = "ab. \n\x1b"[(i * 7 + j * 13) % 6];
            file.write(chunk);
        }
        file.close();
        QCOMPARE(file.size(), 4 * 1024 * 1024);

        // wait4() gives this one child's peak RSS and CPU time (QProcess reaps by itself).
        QTemporaryDir data;
        const QString outPath = m_work.filePath(QStringLiteral("huge.out"));
        const QString errPath = m_work.filePath(QStringLiteral("huge.err"));
        const QList<QByteArray> args {QByteArray(KEYWAY_KEYWAYCTL_BIN), "--config",
                                      QFile::encodeName(m_configPath),  "--data-dir",
                                      QFile::encodeName(data.path()),   "import",
                                      QFile::encodeName(garbage)};
        QList<QByteArray> env;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KEYWAY_KEYCHAIN_SERVICE"), m_service);
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        for (const QString &entry : environment.toStringList())
            env.append(entry.toLocal8Bit());
        std::vector<char *> argv, envp;
        for (const QByteArray &arg : args)
            argv.push_back(const_cast<char *>(arg.constData()));
        argv.push_back(nullptr);
        for (const QByteArray &entry : env)
            envp.push_back(const_cast<char *>(entry.constData()));
        envp.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, QFile::encodeName(outPath).constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&actions, 2, QFile::encodeName(errPath).constData(),
                                         O_WRONLY | O_CREAT | O_TRUNC, 0600);
        pid_t pid = 0;
        QCOMPARE(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data()), 0);
        posix_spawn_file_actions_destroy(&actions);
        int status = 0;
        struct rusage usage
        {
        };
        QCOMPARE(wait4(pid, &status, 0, &usage), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 5); // the file's fault
        const double cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        const long peakKiB = usage.ru_maxrss;
        qInfo("import of 4 MiB of garbage: %.3f s CPU, peak RSS %ld KiB", cpuSeconds, peakKiB);
#ifndef __SANITIZE_ADDRESS__
        // Far below what parsing 4 MiB would cost; under ASan every allocation costs more.
        QVERIFY2(cpuSeconds < 1.0, qPrintable(QString::number(cpuSeconds)));
        QVERIFY2(peakKiB < 50 * 1024, qPrintable(QString::number(peakKiB)));
#endif
        QFile err(errPath);
        QVERIFY(err.open(QIODevice::ReadOnly));
        const QByteArray message = err.readAll();
        QVERIFY2(message.contains("too large"), message.constData());
        QVERIFY2(message.count('\n') <= 3, message.constData());
        QFile out(outPath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().isEmpty());
        QVERIFY(!QFile::exists(LicenseStore(data.path()).filePath()));
#else
        QSKIP("wait4() and peak RSS are measured on Linux only");
#endif
    }

    void docsKeepCodesOffTheCommandLine()
    {
        // An activation code on the command line lands in the shell history and in `ps`: no
        // example in the README, docs, man page or examples puts one there.
        QStringList files {QStringLiteral("README.md"),
                           QStringLiteral("packaging/man/keywayctl.1")};
        for (const QString &folder : {QStringLiteral("docs"), QStringLiteral("examples/webshop")}) {
            const QDir dir(QStringLiteral(KEYWAY_SOURCE_DIR "/") + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files))
                files.append(folder + QLatin1Char('/') + name);
        }
        static const QRegularExpression redeem(
            QStringLiteral("keywayctl\\b[^\\n`]*?\\bredeem[ \\t]+(\\S+)"));
        static const QRegularExpression codeLike(
            QStringLiteral("^[\"']?(\\$\\{?CODE|CODE|<code>|\\\\fI|[A-Z0-9]{5}-)"),
            QRegularExpression::CaseInsensitiveOption);
        int checked = 0;
        for (const QString &name : std::as_const(files)) {
            QFile file(QStringLiteral(KEYWAY_SOURCE_DIR "/") + name);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QString text = QString::fromUtf8(file.readAll());
            auto it = redeem.globalMatch(text);
            while (it.hasNext()) {
                const QString next = it.next().captured(1);
                ++checked;
                QVERIFY2(!codeLike.match(next).hasMatch(),
                         qPrintable(name + QStringLiteral(": keywayctl redeem ") + next));
            }
        }
        QVERIFY(checked > 0);
    }

    void checkCodeExitCodes()
    {
        QCOMPARE(ctl({QStringLiteral("check-code"), QStringLiteral("KWPWK-3DEGZ")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(KeywayctlTest)
#include "keywayctltest.moc"
