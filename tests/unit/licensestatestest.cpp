// SPDX-License-Identifier: BSD-3-Clause
// The states of LicenseStore::check() beyond the walking skeleton: renewal due, valid offline,
// clock set back, and the tampering cases each with its own state and sentence.
#include "core/datetimetext.h"
#include "license/clockguard.h"
#include "license/licensestore.h"
#include "licensefixture.h"

#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyway;
using namespace LicenseFixture;
using State = LicenseStore::ItemStatus::State;

namespace {
const qint64 Issued = 1780000000;
const qint64 Lease = 7 * 86400;
QDateTime at(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}
} // namespace

class LicenseStatesTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_key, m_other;
    VendorConfig m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_key = TestKeys::rsa();
        m_other = TestKeys::rsa();
        m_config = config(m_key.get());
    }

    void states_data()
    {
        QTest::addColumn<QByteArray>("proToken");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("sentence");
        const QByteArray pro = token(m_key.get(), Pro, Issued, Lease);
        QTest::newRow("valid") << pro << Issued + 60 << int(State::Valid)
                               << QStringLiteral("Licensed until");
        QTest::newRow("renewal due") << pro << Issued + Lease / 2 + 1 << int(State::RenewalDue)
                                     << QStringLiteral("Renewal is due");
        // The license's end and the lease's are told apart; without the license's end the lease
        // is never presented as it.
        const QDateTime end = QDateTime::fromSecsSinceEpoch(Issued + 365 * 86400);
        const QDateTime lease = QDateTime::fromSecsSinceEpoch(Issued + Lease);
        QTest::newRow("valid: license end, then lease end")
            << pro << Issued + 60 << int(State::Valid)
            << QStringLiteral("Licensed until %1. Works offline until %2.")
                   .arg(DateTimeText::dateTime(end), DateTimeText::dateTime(lease));
        const QByteArray noEnd = token(m_key.get(), Pro, Issued, Lease,
                                       {{QStringLiteral("licenseValidUntil"), QJsonValue()}});
        QTest::newRow("valid, no license end")
            << noEnd << Issued + 60 << int(State::Valid) << QStringLiteral("Works offline until");
        QTest::newRow("renewal due, no license end")
            << noEnd << Issued + Lease / 2 + 1 << int(State::RenewalDue)
            << QStringLiteral("It works offline until");
        QTest::newRow("expired") << pro << Issued + Lease + 3600 << int(State::Expired)
                                 << QStringLiteral("expired on");
        QTest::newRow("not for this device")
            << token(m_key.get(), Pro, Issued, Lease, {{QStringLiteral("hw"), QStringLiteral("x")}})
            << Issued + 60 << int(State::WrongDevice) << QStringLiteral("another computer");
        QTest::newRow("not for this account")
            << token(m_key.get(), Pro, Issued, Lease,
                     {{QStringLiteral("sub"), QStringLiteral("user-2")}})
            << Issued + 60 << int(State::WrongAccount) << QString();
        QTest::newRow("unknown signer")
            << token(m_other.get(), Pro, Issued, Lease, {}, "other") << Issued + 60
            << int(State::UnknownKey) << QStringLiteral("not signed by");
        QByteArray flipped = pro;
        flipped[flipped.size() / 2] = flipped.at(flipped.size() / 2) == 'A' ? 'B' : 'A';
        QTest::newRow("a flipped byte")
            << flipped << Issued + 60 << int(State::Tampered) << QString();
        QTest::newRow("clock set back")
            << pro << Issued - 3 * 3600 << int(State::ClockSetBack) << QStringLiteral("clock");
        QTest::newRow("no license") << QByteArray() << Issued << int(State::Missing) << QString();
    }
    void states()
    {
        QFETCH(QByteArray, proToken);
        QFETCH(qint64, now);
        QFETCH(int, state);
        QFETCH(QString, sentence);
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QList<QByteArray> tokens {token(m_key.get(), Export, Issued - 60, Lease)};
        if (!proToken.isEmpty())
            tokens.prepend(proToken);
        QVERIFY(store.save(User, QString(), tokens));
        const auto status = store.check(m_config, Device, at(now)).first();
        QCOMPARE(LicenseStore::stateName(State(status.state)),
                 LicenseStore::stateName(State(state)));
        QVERIFY(!status.reason.message.isEmpty());
        QVERIFY(!LicenseStore::stateLabel(status.state).isEmpty());
        if (!sentence.isEmpty())
            QVERIFY2(status.reason.message.contains(sentence), qPrintable(status.reason.message));
        QCOMPARE(status.isValid(), state == State::Valid || state == State::RenewalDue);
    }

    void validOfflineAfterAFailedRenewal()
    {
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QVERIFY(store.save(User, QString(), {token(m_key.get(), Pro, Issued, Lease)}));
        LicenseStore::RenewalFailure failure;
        failure.failedAt = at(Issued + Lease / 2 + 10);
        failure.error = Error(ErrorCode::NetworkUnreachable, QStringLiteral("host unreachable"));
        failure.nextRetry = at(Issued + Lease / 2 + 70);
        QVERIFY(store.recordRenewalFailure(failure));
        QCOMPARE(store.lastRenewalFailure().error.code, ErrorCode::NetworkUnreachable);
        QCOMPARE(store.lastRenewalFailure().nextRetry, failure.nextRetry);

        auto status = store.check(m_config, Device, at(Issued + Lease / 2 + 20)).first();
        QCOMPARE(int(status.state), int(State::ValidOffline));
        QVERIFY(status.isValid());
        QVERIFY2(status.reason.message.contains(QStringLiteral("Valid offline until")),
                 qPrintable(status.reason.message));
        QVERIFY2(status.reason.message.contains(DateTimeText::dateTime(failure.nextRetry)),
                 qPrintable(status.reason.message));
        // Later than the planned attempt (a restart): no next attempt in the past is shown.
        status = store.check(m_config, Device, at(Issued + Lease / 2 + 3600)).first();
        QCOMPARE(int(status.state), int(State::ValidOffline));
        QVERIFY2(!status.reason.message.contains(DateTimeText::dateTime(failure.nextRetry)),
                 qPrintable(status.reason.message));
        // Past exp it stops, and says so.
        status = store.check(m_config, Device, at(Issued + Lease + 120)).first();
        QCOMPARE(int(status.state), int(State::Expired));

        // A successful renewal (a save) clears the failure.
        QVERIFY(store.save(User, QString(), {token(m_key.get(), Pro, Issued + Lease / 2, Lease)}));
        // (RenewJob confirms the time online: the checks past exp above no longer count.)
        QVERIFY(ClockGuard(dir.path(), m_config.clockToleranceSeconds)
                    .confirmOnline(at(Issued + Lease / 2)));
        QVERIFY(!store.lastRenewalFailure().isValid());
        status = store.check(m_config, Device, at(Issued + Lease / 2 + 20)).first();
        QCOMPARE(int(status.state), int(State::Valid));
    }

    void flippedByteInTheFile()
    {
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QVERIFY(store.save(User, QString(), {token(m_key.get(), Pro, Issued, Lease)}));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray data = file.readAll();
        const qsizetype at = data.indexOf("\"ey") + 40; // inside the token's header or payload
        data[at] = data.at(at) == 'x' ? 'y' : 'x';
        file.seek(0);
        file.write(data);
        file.close();
        const auto status = store.check(m_config, Device, ::at(Issued + 60)).first();
        QCOMPARE(int(status.state), int(State::Tampered));
    }
};

QTEST_GUILESS_MAIN(LicenseStatesTest)
#include "licensestatestest.moc"
