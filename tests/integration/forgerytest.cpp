// SPDX-License-Identifier: BSD-3-Clause
// Issue 12, the attacks of a determined customer against the real processes: a runtime
// configuration naming the customer's own key (keywayctl import and status --offline, the keyway
// window, LicenseGuard), a token signed by that key, a year-long lease signed by the vendor's own
// key (import, checkout), a far-future server Date. keywayctl-testvendor is keywayctl built with
// another compiled-in configuration: the token signed by that vendor's key passes there only.
#include "../unit/licensefixture.h"
#include "fakehttpserver.h"

#include "config/vendorconfig.h"
#include "license/clockguard.h"
#include "license/licenseguard.h"
#include "license/licensestore.h"
#include "online/checkoutjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyway;
using namespace LicenseFixture;
using State = LicenseStore::ItemStatus::State;

class ForgeryTest : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QString &program, const QStringList &arguments,
                   const QString &keywayConfig = QString())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        environment.remove(QStringLiteral("KEYWAY_CONFIG"));
        if (!keywayConfig.isEmpty())
            environment.insert(QStringLiteral("KEYWAY_CONFIG"), keywayConfig);
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
    Run ctl(const QStringList &arguments, const QString &keywayConfig = QString())
    {
        return run(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), arguments, keywayConfig);
    }
    QString deviceOf(const QString &program, const QString &dataDir)
    {
        const Run id =
            run(program, {QStringLiteral("--data-dir"), dataDir, QStringLiteral("device-id")});
        return id.exitCode == 0 ? QString::fromLatin1(id.out.trimmed()) : QString();
    }
    QString write(const QString &name, const QByteArray &contents)
    {
        const QString path = m_work.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(contents);
        return path;
    }
    /// Both items for @p device, signed with @p key under @p kid.
    static QByteArray tokens(EVP_PKEY *key, const QByteArray &kid, const QString &device,
                             qint64 lease)
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch() - 60;
        const QJsonObject bound {{QStringLiteral("hw"), device}};
        return token(key, Pro, now, lease, bound, kid.constData()) + '\n'
            + token(key, Export, now, lease, bound, kid.constData()) + '\n';
    }
    static QByteArray demoDocument()
    {
        QFile file(QStringLiteral(KEYWAY_SOURCE_DIR "/resources/client-config.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QTemporaryDir m_work;
    TestKeys::Key m_mine; ///< the customer's own key
    TestKeys::Key m_demo; ///< the vendor's (dev server's) key
    QByteArray m_demoKid;
    QString m_forgedConfig;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_mine = TestKeys::rsa();
        m_demo = demoKey();
        m_demoKid = demoKid();
        QVERIFY(m_demo && !m_demoKid.isEmpty());
        // The vendor's configuration with the customer's key added, as the issue describes.
        QJsonObject forged = QJsonDocument::fromJson(demoDocument()).object();
        QVERIFY(!forged.isEmpty());
        QJsonArray keys = forged.value(QStringLiteral("licenseKeys"))
                              .toObject()
                              .value(QStringLiteral("keys"))
                              .toArray();
        keys.append(TestKeys::publicJwk(m_mine.get(), QStringLiteral("mine")));
        forged.insert(QStringLiteral("licenseKeys"), QJsonObject {{QStringLiteral("keys"), keys}});
        m_forgedConfig = write(QStringLiteral("forged-config.json"), TestKeys::json(forged));
    }

    void forgedConfigurationIsRefusedByKeywayctl()
    {
        const QString data = m_work.filePath(QStringLiteral("ctl-forged"));
        const QString device = deviceOf(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), data);
        QVERIFY(!device.isEmpty());
        const QString file = write(QStringLiteral("mine.jwt"),
                                   tokens(m_mine.get(), "mine", device, qint64(49) * 365 * 86400));
        for (const QStringList &command :
             {QStringList {QStringLiteral("import"), file},
              QStringList {QStringLiteral("status"), QStringLiteral("--offline")}}) {
            const QStringList dataArgs {QStringLiteral("--data-dir"), data};
            const Run byOption =
                ctl(QStringList {QStringLiteral("--config"), m_forgedConfig} + dataArgs + command);
            QCOMPARE(byOption.exitCode, 2);
            QVERIFY2(byOption.err.contains("tries to change which licenses this product trusts"),
                     byOption.err.constData());
            QVERIFY(byOption.err.contains(m_forgedConfig.toUtf8()));
            const Run byVariable = ctl(dataArgs + command, m_forgedConfig);
            QCOMPARE(byVariable.exitCode, 2);
            QVERIFY2(byVariable.err.contains("licenseKeys"), byVariable.err.constData());
        }
        QVERIFY(!QFile::exists(LicenseStore(data).filePath()));
    }

    void forgedTokenIsRefusedByKeywayctlAndLicenseGuard()
    {
        const QString data = m_work.filePath(QStringLiteral("ctl-token"));
        const QString device = deviceOf(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), data);
        const QByteArray forged = tokens(m_mine.get(), "mine", device, qint64(49) * 365 * 86400);
        const Run import = ctl({QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                                write(QStringLiteral("mine2.jwt"), forged)});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains("Nothing was imported"), import.err.constData());
        QVERIFY(!QFile::exists(LicenseStore(data).filePath()));

        // Written into the real data folder by hand: still nobody's license.
        QVERIFY(LicenseStore(data).save(User, QString(), forged.trimmed().split('\n')));
        const Run status = ctl({QStringLiteral("--data-dir"), data, QStringLiteral("status"),
                                QStringLiteral("--offline"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(json.value(QStringLiteral("allValid")).toBool(true), false);
        for (const QJsonValue &item : json.value(QStringLiteral("items")).toArray())
            QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("unknownKey"));

        // LicenseGuard: the only configuration a product can get names the vendor's key.
        const auto refused = VendorConfig::resolve(demoDocument(), m_forgedConfig);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ConfigTrustOverride);
        const auto config = VendorConfig::resolve(demoDocument(), QString());
        QVERIFY(config);
        LicenseGuard guard(*config, data);
        QCOMPARE(guard.deviceId(), device);
        QVERIFY(!guard.check(Pro));
        QCOMPARE(int(guard.status(Pro).state), int(State::UnknownKey));
    }

    void forgedConfigurationIsRefusedByTheWindow()
    {
#ifndef KEYWAY_KEYWAY_BIN
        QSKIP("keyway is not built here (KEYWAY_BUILD_GUI=OFF)");
#else
        for (const bool byVariable : {false, true}) {
            QProcess window;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
            environment.remove(QStringLiteral("KEYWAY_CONFIG"));
            QStringList arguments {QStringLiteral("--data-dir"),
                                   m_work.filePath(QStringLiteral("window"))};
            if (byVariable)
                environment.insert(QStringLiteral("KEYWAY_CONFIG"), m_forgedConfig);
            else
                arguments << QStringLiteral("--config") << m_forgedConfig;
            window.setProcessEnvironment(environment);
            window.setProcessChannelMode(QProcess::MergedChannels);
            window.start(QStringLiteral(KEYWAY_KEYWAY_BIN), arguments);
            QVERIFY(window.waitForStarted());
            // It refuses before any window or data folder exists, with the message box only.
            QByteArray output;
            QTRY_VERIFY_WITH_TIMEOUT((output += window.readAll()).contains("ConfigTrustOverride")
                                         || window.state() == QProcess::NotRunning,
                                     20000);
            output += window.readAll();
            QVERIFY2(output.contains("ConfigTrustOverride"), output.constData());
            QVERIFY(!QFile::exists(m_work.filePath(QStringLiteral("window/licenses.json"))));
            window.kill();
            window.waitForFinished();
        }
#endif
    }

    void theSameTokenPassesOnlyInItsVendorsBuild()
    {
        TestKeys::Key vendor =
            TestKeys::fromPem(KEYWAY_SOURCE_DIR "/tests/data/test-license-key.pem");
        QVERIFY(vendor);
        const QString other = QStringLiteral(KEYWAY_TESTVENDOR_CTL_BIN);
        const QString data = m_work.filePath(QStringLiteral("test-vendor"));
        const QString device = deviceOf(other, data);
        QVERIFY(!device.isEmpty());
        QCOMPARE(deviceOf(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), data), device);
        const QString file = write(QStringLiteral("test-vendor.jwt"),
                                   tokens(vendor.get(), "test-vendor", device, 86400));

        const Run demo = ctl({QStringLiteral("--data-dir"), data, QStringLiteral("import"), file});
        QCOMPARE(demo.exitCode, 1);
        QVERIFY(!QFile::exists(LicenseStore(data).filePath()));
        const Run own =
            run(other, {QStringLiteral("--data-dir"), data, QStringLiteral("import"), file});
        QVERIFY2(own.exitCode == 0, own.err.constData());
        QCOMPARE(run(other,
                     {QStringLiteral("--data-dir"), data, QStringLiteral("status"),
                      QStringLiteral("--offline")})
                     .exitCode,
                 0);
        // And the demo build does not take them from the shared folder either.
        QCOMPARE(ctl({QStringLiteral("--data-dir"), data, QStringLiteral("status"),
                      QStringLiteral("--offline")})
                     .exitCode,
                 1);
    }

    void aYearLongLeaseIsRefusedOnImport()
    {
        const QString data = m_work.filePath(QStringLiteral("lease"));
        const QString device = deviceOf(QStringLiteral(KEYWAY_KEYWAYCTL_BIN), data);
        const QByteArray year = tokens(m_demo.get(), m_demoKid, device, qint64(365) * 86400);
        const Run import = ctl({QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                                write(QStringLiteral("year.jwt"), year)});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains("runs longer than the vendor ever grants"),
                 import.err.constData());
        QVERIFY(!QFile::exists(LicenseStore(data).filePath()));

        QVERIFY(LicenseStore(data).save(User, QString(), year.trimmed().split('\n')));
        const Run status = ctl({QStringLiteral("--data-dir"), data, QStringLiteral("status"),
                                QStringLiteral("--offline"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 1);
        for (const QJsonValue &item :
             QJsonDocument::fromJson(status.out).object().value(QStringLiteral("items")).toArray())
            QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("leaseTooLong"));

        // The vendor's own lease, by the same key: imported.
        QVERIFY(LicenseStore(data).clear());
        const Run week = ctl({QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                              write(QStringLiteral("week.jwt"),
                                    tokens(m_demo.get(), m_demoKid, device, 7 * 86400))});
        QVERIFY2(week.exitCode == 0, week.err.constData());
    }

    void checkoutAnswers_data()
    {
        QTest::addColumn<qint64>("lease");
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a year-long lease") << qint64(365) * 86400 << QByteArray() << false;
        QTest::newRow("a far-future Date")
            << qint64(86400) << QByteArray("Fri, 01 Jan 2100 00:00:00 GMT") << true;
    }
    void checkoutAnswers()
    {
        QFETCH(qint64, lease);
        QFETCH(QByteArray, date);
        QFETCH(bool, accepted);
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QString device = QStringLiteral("device-checkout");
        const QByteArray answer =
            tokens(m_demo.get(), m_demoKid, device, lease).trimmed().replace('\n', '&');
        server.setHandler([&](const FakeHttpServer::Request &) {
            FakeHttpServer::Response response;
            response.contentType = "application/jwt";
            response.body = answer;
            if (!date.isEmpty())
                response.headers.append({"Date", date});
            return response;
        });
        QJsonObject document = QJsonDocument::fromJson(demoDocument()).object();
        const QString runtime = write(
            QStringLiteral("runtime.json"),
            TestKeys::json(QJsonObject {
                {QStringLiteral("issuer"), server.baseUrl().toString(QUrl::StripTrailingSlash)}}));
        const auto config = VendorConfig::resolve(TestKeys::json(document), runtime);
        QVERIFY2(config, qPrintable(config ? QString() : config.error().toString()));
        QNetworkAccessManager nam;
        auto *job = new CheckoutJob(*config, &nam);
        job->setAutoDelete(false);
        job->setAccessToken("access");
        job->setDeviceId(device);
        job->setSubject(User);
        job->setRetryPolicy(0, 10);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(!job->hasError(), accepted);
        if (!accepted) {
            QCOMPARE(job->error().code, ErrorCode::LicenseLeaseTooLong);
            QVERIFY(job->tokens().isEmpty());
            delete job;
            return;
        }
        // The Date is far ahead, the time taken from it is not: licenses stay usable.
        const QDateTime issued = job->grants().first().issuedAt;
        QVERIFY(job->serverDate().date().year() == 2100);
        QCOMPARE(job->trustedTime(), issued.addSecs(config->clockToleranceSeconds));
        QTemporaryDir data;
        LicenseStore store(data.path());
        QVERIFY(store.save(User, QString(), job->tokens()));
        QVERIFY(ClockGuard(data.path(), config->clockToleranceSeconds)
                    .confirmOnline(job->trustedTime()));
        for (const auto &status : store.check(*config, device, QDateTime::currentDateTimeUtc()))
            QVERIFY2(status.isValid(), qPrintable(status.reason.toString()));
        delete job;
    }
};

QTEST_MAIN(ForgeryTest)
#include "forgerytest.moc"
