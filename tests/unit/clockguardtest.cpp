// SPDX-License-Identifier: BSD-3-Clause
#include "license/clockguard.h"
#include "core/clock.h"
#include "license/licensestore.h"
#include "licensefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Keyway;
using namespace LicenseFixture;
using State = LicenseStore::ItemStatus::State;

namespace {
// 2026-10-24T12:00:00Z, the day before central Europe leaves summer time.
const qint64 Issued = 1792843200;
} // namespace

class ClockGuardTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_key;
    VendorConfig m_config;

    /// A store holding both items, issued at @p iat, checked at @p clock's time.
    QList<LicenseStore::ItemStatus> checkAt(const QString &dir, const Clock &clock,
                                            qint64 iat = Issued, qint64 lease = 86400 * 7)
    {
        LicenseStore store(dir);
        if (!store.save(
                User, QString(),
                {token(m_key.get(), Pro, iat, lease), token(m_key.get(), Export, iat, lease)}))
            return {};
        return store.check(m_config, Device, clock.now());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_key = TestKeys::rsa();
        m_config = config(m_key.get());
        QCOMPARE(m_config.clockToleranceSeconds, 3600);
    }

    void setBackTwoHoursIsBlockedAndExplained()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime::fromSecsSinceEpoch(Issued - 2 * 3600, Qt::UTC));
        const auto statuses = checkAt(dir.path(), clock);
        QCOMPARE(statuses.size(), 2);
        for (const auto &status : statuses) {
            QCOMPARE(int(status.state), int(State::ClockSetBack));
            QVERIFY(!status.isValid());
            QVERIFY2(status.reason.message.contains(QStringLiteral("clock")),
                     qPrintable(status.reason.message));
            QVERIFY(status.reason.detail.contains(QStringLiteral("7200 s behind")));
            QCOMPARE(LicenseStore::stateName(status.state), QStringLiteral("clockSetBack"));
        }
        // Put right, it works again.
        clock.set(QDateTime::fromSecsSinceEpoch(Issued + 60, Qt::UTC));
        LicenseStore store(dir.path());
        QVERIFY(store.allValid(m_config, Device, clock.now()));
    }

    void setBackTenMinutesIsFine()
    {
        QTemporaryDir dir;
        // A token the server issued "in the future" for a clock ten minutes slow.
        const FixedClock clock(QDateTime::fromSecsSinceEpoch(Issued - 600, Qt::UTC));
        const auto statuses = checkAt(dir.path(), clock);
        QCOMPARE(statuses.size(), 2);
        for (const auto &status : statuses)
            QCOMPARE(int(status.state), int(State::Valid));
    }

    void daylightSavingForwardThenBackIsFine()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        QTemporaryDir dir;
        // Issued in summer time (CEST) at 02:30 local on the night the clocks go back.
        const qint64 iat = 1792888200; // 2026-10-25T00:30:00Z = 02:30 CEST
        FixedClock clock(QDateTime::fromSecsSinceEpoch(iat, Qt::UTC).toTimeZone(berlin));
        QCOMPARE(clock.now().time().hour(), 2);
        QVERIFY(clock.now().isDaylightTime());
        QCOMPARE(int(checkAt(dir.path(), clock, iat).first().state), int(State::Valid));

        // 40 minutes later the wall clock reads 02:10 again (CET): back in local time only.
        clock.set(QDateTime::fromSecsSinceEpoch(iat + 40 * 60, Qt::UTC).toTimeZone(berlin));
        QVERIFY(!clock.now().isDaylightTime());
        QCOMPARE(clock.now().time().minute(), 10);
        QCOMPARE(clock.now().time().hour(), 2);
        LicenseStore store(dir.path());
        for (const auto &status : store.check(m_config, Device, clock.now()))
            QCOMPARE(int(status.state), int(State::Valid));

        // Forward: spring 2027, 01:59 CET then 03:01 CEST: two minutes later in UTC.
        QTemporaryDir spring;
        const qint64 springIat = 1806195540; // 2027-03-28T00:59:00Z = 01:59 CET
        clock.set(QDateTime::fromSecsSinceEpoch(springIat, Qt::UTC).toTimeZone(berlin));
        QCOMPARE(int(checkAt(spring.path(), clock, springIat).first().state), int(State::Valid));
        clock.set(QDateTime::fromSecsSinceEpoch(springIat + 120, Qt::UTC).toTimeZone(berlin));
        QCOMPARE(clock.now().time().hour(), 3);
        // ... and the user moves the clock back by 50 minutes (to "02:11" that never existed
        // locally is impossible, so 02:11 UTC+1 = 01:11Z): still within the tolerance.
        clock.advance(-50 * 60);
        for (const auto &status : LicenseStore(spring.path()).check(m_config, Device, clock.now()))
            QCOMPARE(int(status.state), int(State::Valid));
    }

    void restoringAnOlderFileIsNoticed()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC));
        QCOMPARE(int(checkAt(dir.path(), clock).first().state), int(State::Valid));
        ClockGuard guard(dir.path(), m_config.clockToleranceSeconds);
        QCOMPARE(guard.storedMark(), QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC));

        // A copy of the license file from five days earlier, and the clock set back to then.
        const qint64 older = Issued - 5 * 86400;
        clock.set(QDateTime::fromSecsSinceEpoch(older + 86400, Qt::UTC));
        const auto statuses = checkAt(dir.path(), clock, older);
        QCOMPARE(int(statuses.first().state), int(State::ClockSetBack));

        // Editing the mark downwards breaks its MAC: it is ignored, never believed.
        QFile file(guard.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        file.close();
        contents.replace(QByteArray::number(Issued), QByteArray::number(older));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
        file.close();
        QVERIFY(!guard.storedMark().isValid());
    }

    void markOnlyRisesAndIsPrivate()
    {
        QTemporaryDir dir;
        ClockGuard guard(dir.path());
        const QDateTime t = QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC);
        QVERIFY(guard.observe(t));
        QVERIFY(guard.observe(t.addDays(-3)));
        QCOMPARE(guard.storedMark(), t);
        QVERIFY(guard.observe(t.addSecs(5)));
        QCOMPARE(guard.storedMark(), t.addSecs(5));
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(guard.secretPath()) & (owner | others), owner);
        QCOMPARE(QFile::permissions(guard.filePath()) & (owner | others), owner);
        // A mark copied into another installation does not verify there.
        QTemporaryDir other;
        QVERIFY(QFile::copy(guard.filePath(), ClockGuard(other.path()).filePath()));
        QVERIFY(ClockGuard(other.path()).observe(t.addDays(-100)));
        QCOMPARE(ClockGuard(other.path()).storedMark(), t.addDays(-100));
    }

    void verdicts_data()
    {
        QTest::addColumn<qint64>("behind");
        QTest::addColumn<qint64>("tolerance");
        QTest::addColumn<bool>("setBack");
        QTest::newRow("ahead") << qint64(-86400) << qint64(3600) << false;
        QTest::newRow("equal") << qint64(0) << qint64(3600) << false;
        QTest::newRow("skew 10 min") << qint64(600) << qint64(3600) << false;
        QTest::newRow("exactly the tolerance") << qint64(3600) << qint64(3600) << false;
        QTest::newRow("one second more") << qint64(3601) << qint64(3600) << true;
        QTest::newRow("two hours") << qint64(7200) << qint64(3600) << true;
        QTest::newRow("two hours, tolerance 3 h") << qint64(7200) << qint64(10800) << false;
    }
    void verdicts()
    {
        QFETCH(qint64, behind);
        QFETCH(qint64, tolerance);
        QFETCH(bool, setBack);
        QTemporaryDir dir;
        const ClockGuard guard(dir.path(), tolerance);
        const QDateTime mark = QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC);
        const auto verdict = guard.evaluate(mark.addSecs(-behind), mark);
        QCOMPARE(verdict.setBack, setBack);
        QCOMPARE(verdict.behindSeconds, qMax<qint64>(0, behind));
        QCOMPARE(verdict.effectiveNow(), behind > 0 ? mark : mark.addSecs(-behind));
    }

    void toleranceIsConfigurable()
    {
        const VendorConfig relaxed =
            config(m_key.get(), {{QStringLiteral("clockTolerance"), 3 * 3600}});
        QCOMPARE(relaxed.clockToleranceSeconds, 3 * 3600);
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QVERIFY(store.save(User, QString(), {token(m_key.get(), Pro, Issued)}));
        const QDateTime twoHoursBack = QDateTime::fromSecsSinceEpoch(Issued - 7200, Qt::UTC);
        QCOMPARE(int(store.check(relaxed, Device, twoHoursBack).first().state), int(State::Valid));
        QCOMPARE(int(store.check(m_config, Device, twoHoursBack).first().state),
                 int(State::ClockSetBack));
        for (const QJsonValue &bad : {QJsonValue(10), QJsonValue(QStringLiteral("1h")),
                                      QJsonValue(1.5), QJsonValue(40 * 86400)}) {
            const auto parsed = VendorConfig::fromJson(
                TestKeys::json(configJson(m_key.get(), {{QStringLiteral("clockTolerance"), bad}})));
            QVERIFY(!parsed);
            QVERIFY(parsed.error().detail.contains(QStringLiteral("clockTolerance")));
        }
    }

    void perpetualLicenseIsNotBlocked()
    {
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        const qint64 sixtyYears = qint64(60) * 366 * 86400;
        // Only a vendor whose compiled-in lease allows it can grant one.
        const VendorConfig perpetual =
            config(m_key.get(), {{QStringLiteral("leaseSeconds"), double(sixtyYears)}});
        QCOMPARE(perpetual.leaseSeconds, sixtyYears);
        QVERIFY(store.save(User, QString(),
                           {token(m_key.get(), Pro, Issued, sixtyYears,
                                  {{QStringLiteral("rfr"), QJsonValue::Null}}),
                            token(m_key.get(), Export, Issued)}));
        const auto statuses =
            store.check(perpetual, Device, QDateTime::fromSecsSinceEpoch(Issued - 86400, Qt::UTC));
        QCOMPARE(int(statuses.at(0).state), int(State::Valid));
        QCOMPARE(int(statuses.at(1).state), int(State::ClockSetBack));
        // With the default maximum lease the same token is refused outright.
        QCOMPARE(int(store.check(m_config, Device, QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC))
                         .at(0)
                         .state),
                 int(State::LeaseTooLong));
    }

    // Issue 12: a 7-day lease expired at day +30 must not come back at day +3.
    void rollingBackWithinALeaseIsBlockedUntilOnline()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime::fromSecsSinceEpoch(Issued + 86400, Qt::UTC));
        QCOMPARE(int(checkAt(dir.path(), clock).first().state), int(State::Valid));
        LicenseStore store(dir.path());
        clock.set(QDateTime::fromSecsSinceEpoch(Issued + 30 * 86400, Qt::UTC));
        QCOMPARE(int(store.check(m_config, Device, clock.now()).first().state),
                 int(State::Expired));
        ClockGuard guard(dir.path(), m_config.clockToleranceSeconds);
        QCOMPARE(guard.storedLocalMark(), clock.now());

        clock.set(QDateTime::fromSecsSinceEpoch(Issued + 3 * 86400, Qt::UTC));
        const auto statuses = store.check(m_config, Device, clock.now());
        for (const auto &status : statuses) {
            QCOMPARE(int(status.state), int(State::ClockSetBack));
            QVERIFY2(status.reason.message.contains(QStringLiteral("27 day")),
                     qPrintable(status.reason.message));
            QVERIFY2(
                status.reason.message.contains(QStringLiteral("the last time Keyway Demo ran")),
                qPrintable(status.reason.message));
            QVERIFY(status.reason.message.contains(QStringLiteral("connect to the internet")));
            QVERIFY(status.reason.detail.contains(QStringLiteral("last local check")));
        }
        QVERIFY(guard.evaluate(clock.now()).setBackLocally);
        // Repeating it at +2 days changes nothing: the mark never moves back by itself.
        clock.set(QDateTime::fromSecsSinceEpoch(Issued + 2 * 86400, Qt::UTC));
        QCOMPARE(int(store.check(m_config, Device, clock.now()).first().state),
                 int(State::ClockSetBack));

        // A successful online check vouches for the time: the block is gone.
        QVERIFY(guard.confirmOnline(clock.now()));
        QCOMPARE(guard.storedLocalMark(), clock.now());
        QCOMPARE(int(store.check(m_config, Device, clock.now()).first().state), int(State::Valid));
    }

    void editedLocalMarkIsIgnored()
    {
        QTemporaryDir dir;
        ClockGuard guard(dir.path());
        const QDateTime t = QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC);
        QVERIFY(guard.observe(t));
        QVERIFY(guard.observeLocal(t.addDays(30)));
        QCOMPARE(guard.storedLocalMark(), t.addDays(30));
        QFile file(guard.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray contents = file.readAll();
        file.close();
        // The trusted mark's MAC does not authenticate the local mark.
        const QJsonObject root = QJsonDocument::fromJson(contents).object();
        QJsonObject swapped = root;
        swapped.insert(QStringLiteral("local"), Issued);
        swapped.insert(QStringLiteral("localMac"), root.value(QStringLiteral("mac")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(swapped).toJson());
        file.close();
        QVERIFY(!guard.storedLocalMark().isValid());
        QCOMPARE(guard.storedMark(), t);
    }

    void honestClockChangesNeverBlock_data()
    {
        QTest::addColumn<qint64>("firstOffset");
        QTest::addColumn<qint64>("secondOffset");
        QTest::addColumn<QByteArray>("zone");
        // Seconds after Issued, then where the clock is put; the zone the clock shows.
        QTest::newRow("10-minute NTP correction back")
            << qint64(3600) << qint64(3000) << QByteArray("UTC");
        QTest::newRow("DST back (Europe/Berlin)")
            << qint64(13 * 3600) << qint64(13 * 3600 + 2400) << QByteArray("Europe/Berlin");
        QTest::newRow("time zone Helsinki to New York")
            << qint64(7200) << qint64(7260) << QByteArray("America/New_York");
        QTest::newRow("days later") << qint64(3600) << qint64(5 * 86400) << QByteArray("UTC");
    }
    void honestClockChangesNeverBlock()
    {
        QFETCH(qint64, firstOffset);
        QFETCH(qint64, secondOffset);
        QFETCH(QByteArray, zone);
        const QTimeZone helsinki("Europe/Helsinki");
        const QTimeZone shown(zone);
        QVERIFY(shown.isValid());
        QTemporaryDir dir;
        FixedClock clock(
            QDateTime::fromSecsSinceEpoch(Issued + firstOffset, Qt::UTC).toTimeZone(helsinki));
        QCOMPARE(int(checkAt(dir.path(), clock).first().state), int(State::Valid));
        clock.set(QDateTime::fromSecsSinceEpoch(Issued + secondOffset, Qt::UTC).toTimeZone(shown));
        for (const auto &status : LicenseStore(dir.path()).check(m_config, Device, clock.now()))
            QVERIFY2(status.isValid(), qPrintable(status.reason.toString()));
    }

    void clockWrongForwardThenCorrectedOnlineNeverBlocks()
    {
        QTemporaryDir dir;
        // Wrong by a year, then put right while connected: the online check resets the mark.
        FixedClock clock(QDateTime::fromSecsSinceEpoch(Issued + 365 * 86400, Qt::UTC));
        checkAt(dir.path(), clock);
        ClockGuard guard(dir.path(), m_config.clockToleranceSeconds);
        QVERIFY(guard.storedLocalMark().isValid());
        const QDateTime rightNow = QDateTime::fromSecsSinceEpoch(Issued + 60, Qt::UTC);
        QVERIFY(guard.confirmOnline(rightNow));
        clock.set(rightNow.addSecs(30));
        for (const auto &status : LicenseStore(dir.path()).check(m_config, Device, clock.now()))
            QCOMPARE(int(status.state), int(State::Valid));
    }

    void localMarkIsWrittenSparingly()
    {
        QTemporaryDir dir;
        ClockGuard guard(dir.path(), 3600);
        QCOMPARE(guard.localGranularitySeconds(), 900);
        QCOMPARE(ClockGuard(dir.path(), 60).localGranularitySeconds(), 30);
        const QDateTime t = QDateTime::fromSecsSinceEpoch(Issued, Qt::UTC);
        QVERIFY(guard.observeLocal(t));
        QVERIFY(guard.observeLocal(t.addSecs(600)));
        QCOMPARE(guard.storedLocalMark(), t);
        QVERIFY(guard.observeLocal(t.addSecs(900)));
        QCOMPARE(guard.storedLocalMark(), t.addSecs(900));
        QVERIFY(guard.observeLocal(t));
        QCOMPARE(guard.storedLocalMark(), t.addSecs(900));
    }
};

QTEST_GUILESS_MAIN(ClockGuardTest)
#include "clockguardtest.moc"
