// SPDX-License-Identifier: BSD-3-Clause
#include "license/clockguard.h"
#include "core/clock.h"
#include "license/licensestore.h"
#include "licensefixture.h"

#include <QFile>
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
                                            qint64 iat = Issued, qint64 lease = 86400 * 14)
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

        // A copy of the license file from ten days earlier, and the clock set back to then.
        const qint64 older = Issued - 10 * 86400;
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
        QVERIFY(store.save(User, QString(),
                           {token(m_key.get(), Pro, Issued, sixtyYears,
                                  {{QStringLiteral("rfr"), QJsonValue::Null}}),
                            token(m_key.get(), Export, Issued)}));
        const auto statuses =
            store.check(m_config, Device, QDateTime::fromSecsSinceEpoch(Issued - 86400, Qt::UTC));
        QCOMPARE(int(statuses.at(0).state), int(State::Valid));
        QCOMPARE(int(statuses.at(1).state), int(State::ClockSetBack));
    }
};

QTEST_GUILESS_MAIN(ClockGuardTest)
#include "clockguardtest.moc"
