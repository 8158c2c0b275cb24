// SPDX-License-Identifier: BSD-3-Clause
#include "license/deviceid.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyway;

class DeviceIdTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void derivation_data()
    {
        QTest::addColumn<QString>("salt");
        QTest::addColumn<QByteArray>("machineId");
        QTest::newRow("product a") << QStringLiteral("a") << QByteArray("0123456789abcdef");
        QTest::newRow("product b") << QStringLiteral("b") << QByteArray("0123456789abcdef");
        QTest::newRow("other machine") << QStringLiteral("a") << QByteArray("fedcba9876543210");
        QTest::newRow("empty salt") << QString() << QByteArray("0123456789abcdef");
    }
    void derivation()
    {
        QFETCH(QString, salt);
        QFETCH(QByteArray, machineId);
        const QString id = DeviceId::computeFrom(salt, machineId, QString());
        QCOMPARE(id.size(), DeviceId::Length);
        QCOMPARE(DeviceId::computeFrom(salt, machineId, QString()), id);
        QVERIFY(!id.contains(QString::fromLatin1(machineId)));
        for (QChar c : id)
            QVERIFY(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'));
    }

    void saltsAndMachinesDiffer()
    {
        const QByteArray machine("0123456789abcdef");
        const QString a = DeviceId::computeFrom(QStringLiteral("a"), machine, QString());
        QVERIFY(a != DeviceId::computeFrom(QStringLiteral("b"), machine, QString()));
        QVERIFY(a != DeviceId::computeFrom(QStringLiteral("a"), "fedcba9876543210", QString()));
        // The 0x00 separator: ("ab", "c...") and ("a", "bc...") differ.
        QVERIFY(DeviceId::computeFrom(QStringLiteral("ab"), "cdef0123456789ab", QString())
                != DeviceId::computeFrom(QStringLiteral("a"), "bcdef0123456789ab", QString()));
    }

    void fallbackFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        const QString id = DeviceId::computeFrom(QStringLiteral("a"), QByteArray(), folder);
        QCOMPARE(id.size(), DeviceId::Length);
        const QString file = folder + QStringLiteral("/device-id");
        QVERIFY(QFile::exists(file));
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(file) & all, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Stable across calls, different per salt, and the random id is not the device id.
        QCOMPARE(DeviceId::computeFrom(QStringLiteral("a"), QByteArray(), folder), id);
        QVERIFY(DeviceId::computeFrom(QStringLiteral("b"), QByteArray(), folder) != id);
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(!id.contains(QString::fromLatin1(stored.readAll().trimmed().left(16))));
        // Without a machine id and without a usable folder there is no id.
        QVERIFY(DeviceId::computeFrom(QStringLiteral("a"), QByteArray(), QString()).isEmpty());
    }

    void system()
    {
        QTemporaryDir dir;
        const QString id = DeviceId::compute(QStringLiteral("a"), dir.path());
        QCOMPARE(id.size(), DeviceId::Length);
        QCOMPARE(DeviceId::compute(QStringLiteral("a"), dir.path()), id);
        QVERIFY(!DeviceId::explain().isEmpty());
    }
};

QTEST_GUILESS_MAIN(DeviceIdTest)
#include "deviceidtest.moc"
