// SPDX-License-Identifier: BSD-3-Clause
// The Devices section's decisions without a display: which row is this computer, the order, and
// the wording of last use (issue 14).
#include "online/devicelistmodel.h"
#include "license/devicename.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyway;

namespace {
// Noon UTC: the same local day in every time zone from UTC-11 to UTC+11.
const QDateTime Now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

DeviceInfo device(const QString &id, const QString &name, const QDateTime &lastSeen,
                  bool current = false)
{
    DeviceInfo info;
    info.id = id;
    info.name = name;
    info.lastSeen = lastSeen;
    info.firstSeen = lastSeen.addDays(-30);
    info.current = current;
    return info;
}
} // namespace

class DeviceListModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void lastUse_data()
    {
        QTest::addColumn<QDateTime>("lastSeen");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an hour ago") << Now.addSecs(-3600) << QStringLiteral("Last used today");
        QTest::newRow("a minute ahead (clocks differ)")
            << Now.addSecs(60) << QStringLiteral("Last used today");
        QTest::newRow("yesterday") << Now.addDays(-1) << QStringLiteral("Last used yesterday");
        QTest::newRow("two days ago")
            << Now.addDays(-2)
            << QStringLiteral("Last used on %1").arg(QStringLiteral("8 March 2026"));
        QTest::newRow("never") << QDateTime() << QStringLiteral("Not used yet");
    }
    void lastUse()
    {
        QFETCH(QDateTime, lastSeen);
        QFETCH(QString, expected);
        QCOMPARE(DeviceListModel::lastUse(lastSeen, Now), expected);
    }

    void dateHasNoTimeOfDay()
    {
        const QString text = DeviceListModel::date(Now.addDays(-2));
        QVERIFY2(text.contains(QStringLiteral("2026")) && text.contains(QStringLiteral("March")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char(':')), qPrintable(text)); // no seconds, no hours
        QCOMPARE(text, QStringLiteral("8 March 2026"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DeviceListModel::date(Now.addDays(-2)), QStringLiteral("8. März 2026"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void thisComputerFirstThenByLastUse()
    {
        DeviceListModel model;
        DeviceInfo old =
            device(QStringLiteral("a"), QStringLiteral("Old laptop"), Now.addDays(-40));
        DeviceInfo released =
            device(QStringLiteral("b"), QStringLiteral("Stolen laptop"), Now.addDays(-3));
        released.releasedAt = Now.addDays(-1);
        DeviceInfo desk = device(QStringLiteral("c"), QStringLiteral("Desk"), Now.addSecs(-60));
        desk.leases.append({QStringLiteral("keyway-pro"), QStringLiteral("lic"), Now.addDays(6)});
        desk.leases.append(
            {QStringLiteral("keyway-export"), QStringLiteral("lic"), Now.addDays(7)});
        DeviceInfo here =
            device(QStringLiteral("d"), QStringLiteral("Studio"), Now.addDays(-2), true);
        DeviceInfo unnamed = device(QStringLiteral("e"), QString(), Now.addDays(-5));
        model.setDevices({old, released, desk, here, unnamed}, {}, Now);

        const QList<DeviceListModel::Row> rows = model.rows();
        QCOMPARE(rows.size(), 5);
        QStringList order;
        for (const auto &row : rows)
            order.append(row.id);
        QCOMPARE(order, QStringLiteral("d c b e a").split(QLatin1Char(' ')));
        QCOMPARE(model.currentRow(), 0);
        QCOMPARE(model.countMessage(), QStringLiteral("5 computers on your account."));
        QCOMPARE(model.rowOf(QStringLiteral("b")), 2);
        QCOMPARE(model.rowOf(QStringLiteral("x")), -1);

        QCOMPARE(rows.at(0).label, QStringLiteral("Studio (this computer)"));
        QCOMPARE(rows.at(0).state, QStringLiteral("This computer"));
        QVERIFY(!rows.at(0).removable); // this one is deactivated, not removed
        QCOMPARE(rows.at(1).label, QStringLiteral("Desk"));
        QCOMPARE(rows.at(1).lastUse, QStringLiteral("Last used today"));
        QCOMPARE(rows.at(1).state, QStringLiteral("Uses keyway-export and keyway-pro"));
        QCOMPARE(rows.at(1).leaseEnd, Now.addDays(7));
        QVERIFY(rows.at(1).removable);
        QVERIFY(rows.at(2).state.startsWith(QStringLiteral("Removed from your account on ")));
        QVERIFY(!rows.at(2).removable);
        QCOMPARE(rows.at(3).name, QStringLiteral("(no name)"));
        QCOMPARE(rows.at(3).state, QStringLiteral("Uses no license now"));
        QCOMPARE(rows.at(1).accessibleText,
                 QStringLiteral("Desk. Last used today. Uses keyway-export and keyway-pro."));

        // With the vendor's names for the items, the customer reads those, in name order.
        VendorConfig config;
        config.itemNames[QStringLiteral("keyway-pro")].insert(QString(),
                                                              QStringLiteral("Advanced edition"));
        config.itemNames[QStringLiteral("keyway-export")].insert(QString(),
                                                                 QStringLiteral("PDF export"));
        model.setDevices({old, released, desk, here, unnamed}, {}, Now, &config);
        QCOMPARE(model.rows().at(1).state, QStringLiteral("Uses Advanced edition and PDF export"));
        QCOMPARE(model.rows().at(1).accessibleText,
                 QStringLiteral("Desk. Last used today. Uses Advanced edition and PDF export."));
    }

    void notSeenYet()
    {
        DeviceListModel model;
        model.setDevices({device(QStringLiteral("a"), QStringLiteral("Other"), Now)}, {}, Now);
        QCOMPARE(model.currentRow(), -1);
        QCOMPARE(model.countMessage(), QStringLiteral("1 computer on your account."));
        QVERIFY(model.rows().first().removable);
    }

    void seatsAndTheTransferBudget()
    {
        DeviceListModel model;
        SeatInfo pro;
        pro.productName = QStringLiteral("Keyway Demo Pro");
        pro.seats = 2;
        pro.seatsInUse = 2;
        pro.remoteReleasesLeft = 0;
        pro.nextRemoteReleaseAt = Now.addDays(12);
        SeatInfo standard;
        standard.productName = QStringLiteral("Keyway Demo Standard");
        standard.seats = 1;
        standard.seatsInUse = 0;
        standard.remoteReleasesLeft = 3;
        model.setDevices({}, {pro, standard}, Now);
        QCOMPARE(model.countMessage(), QStringLiteral("No computer uses your licenses yet."));
        const QStringList summary = model.seatSummary();
        QCOMPARE(summary.size(), 2);
        QCOMPARE(summary.at(0),
                 QStringLiteral("Keyway Demo Pro: 2 of 2 computers in use. No more computers can "
                                "be removed from it until %1.")
                     .arg(DeviceListModel::date(Now.addDays(12))));
        QCOMPARE(summary.at(1), QStringLiteral("Keyway Demo Standard: 0 of 1 computer in use."));
    }

    void removalConfirmation()
    {
        DeviceListModel::Row row;
        row.name = QStringLiteral("Desk");
        row.leaseEnd = Now.addDays(7);
        QCOMPARE(DeviceListModel::removeTitle(row),
                 QStringLiteral("Remove “Desk” from your account?"));
        QVERIFY(DeviceListModel::removeText(row).contains(DeviceListModel::date(Now.addDays(7))));
        row.leaseEnd = QDateTime();
        QVERIFY(DeviceListModel::removeText(row).contains(QStringLiteral("activated again")));
    }

    // The name sent at activation: the OS's, unless this computer was renamed here.
    void deviceNameIsRemembered()
    {
        QTemporaryDir dir;
        const QString system = DeviceName::systemDefault();
        QVERIFY(!system.isEmpty());
        QVERIFY(system.size() <= DeviceName::MaximumLength);
        QCOMPARE(system.isEmpty(), false);
        if (!QSysInfo::machineHostName().isEmpty()
            && !QSysInfo::machineHostName().startsWith(QLatin1String("localhost")))
            QCOMPARE(system, QSysInfo::machineHostName().left(DeviceName::MaximumLength));
        QCOMPARE(DeviceName::forDirectory(dir.path()), system);
        QVERIFY(DeviceName::remember(dir.path(), QStringLiteral("  Studio Mac  ")));
        QCOMPARE(DeviceName::remembered(dir.path()), QStringLiteral("Studio Mac"));
        QCOMPARE(DeviceName::forDirectory(dir.path()), QStringLiteral("Studio Mac"));
        QCOMPARE(int(QFile::permissions(DeviceName::filePath(dir.path()))
                     & (QFile::ReadOther | QFile::ReadGroup)),
                 0);
        // An edited file with a second line, or an over-long name, says nothing beyond a name.
        QFile file(DeviceName::filePath(dir.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Office\nsecond line\n");
        file.close();
        QCOMPARE(DeviceName::forDirectory(dir.path()), QStringLiteral("Office"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100, 'x'));
        file.close();
        QCOMPARE(DeviceName::forDirectory(dir.path()), system);
        QVERIFY(DeviceName::remember(dir.path(), QString()));
        QVERIFY(!QFile::exists(DeviceName::filePath(dir.path())));
    }
};

QTEST_GUILESS_MAIN(DeviceListModelTest)
#include "devicelistmodeltest.moc"
