// SPDX-License-Identifier: BSD-3-Clause
#include "license/licensestore.h"
#include "config/vendorconfig.h"
#include "josetestkeys.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Keyway;
using State = LicenseStore::ItemStatus::State;

namespace {
const QString Device = QStringLiteral("device-aaaa");
const QString User = QStringLiteral("user-1");
const qint64 Now = 1750000000;
const QString Pro = QStringLiteral("keyway-pro");
const QString Export = QStringLiteral("keyway-export");

QDateTime now()
{
    return QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
}
} // namespace

class LicenseStoreTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_key, m_other;
    VendorConfig m_config;

    QByteArray token(const QString &item, const QJsonObject &changes = {}, EVP_PKEY *key = nullptr,
                     const char *kid = "license") const
    {
        QJsonObject claims {
            {QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8765")},
            {QStringLiteral("sub"), User},
            {QStringLiteral("iat"), Now - 3600},
            {QStringLiteral("exp"), Now + 86400},
            {QStringLiteral("jti"), QString(QStringLiteral("lease-") + item)},
            {QStringLiteral("lic"), QStringLiteral("license-1")},
            {QStringLiteral("hw"), Device},
            {item, true},
        };
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.value().isNull())
                claims.remove(it.key());
            else
                claims.insert(it.key(), it.value());
        }
        return TestKeys::makeJws(TestKeys::header(QStringLiteral("RS256"), QLatin1String(kid)),
                                 claims, key ? key : m_key.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_key = TestKeys::rsa();
        m_other = TestKeys::rsa();
        const QJsonObject json {
            {QStringLiteral("productName"), QStringLiteral("Keyway Demo")},
            {QStringLiteral("vendorName"), QStringLiteral("Example Software")},
            {QStringLiteral("issuer"), QStringLiteral("http://127.0.0.1:8765")},
            {QStringLiteral("clientId"), QStringLiteral("keyway-desktop")},
            {QStringLiteral("redirectUris"),
             QJsonObject {{QStringLiteral("embedded"), QStringLiteral("com.example.keyway:/cb")}}},
            {QStringLiteral("scopes"), QJsonArray {QStringLiteral("openid")}},
            {QStringLiteral("licensedItems"), QJsonArray {Pro, Export}},
            {QStringLiteral("licenseKeys"),
             QJsonObject {
                 {QStringLiteral("keys"),
                  QJsonArray {TestKeys::publicJwk(m_key.get(), QStringLiteral("license"))}}}},
        };
        const auto config = VendorConfig::fromJson(TestKeys::json(json));
        QVERIFY(config.hasValue());
        m_config = *config;
    }

    void check_data()
    {
        QTest::addColumn<QList<QByteArray>>("tokens");
        QTest::addColumn<QString>("device");
        QTest::addColumn<int>("proState");
        QTest::addColumn<int>("exportState");
        QTest::addColumn<ErrorCode>("proReason");
        const QByteArray pro = token(Pro);
        const QByteArray exp = token(Export);
        QTest::newRow("both valid") << QList<QByteArray> {pro, exp} << Device << int(State::Valid)
                                    << int(State::Valid) << ErrorCode::NoError;
        QTest::newRow("one missing") << QList<QByteArray> {pro} << Device << int(State::Valid)
                                     << int(State::Missing) << ErrorCode::NoError;
        QTest::newRow("nothing stored") << QList<QByteArray> {} << Device << int(State::Missing)
                                        << int(State::Missing) << ErrorCode::LicenseMissing;
        QTest::newRow("expired")
            << QList<QByteArray> {token(Pro, {{QStringLiteral("exp"), Now - 3600}}), exp} << Device
            << int(State::Expired) << int(State::Valid) << ErrorCode::LicenseExpired;
        QTest::newRow("wrong device")
            << QList<QByteArray> {pro, exp} << QStringLiteral("device-bbbb")
            << int(State::WrongDevice) << int(State::WrongDevice) << ErrorCode::LicenseWrongDevice;
        QTest::newRow("wrong account")
            << QList<QByteArray> {token(Pro, {{QStringLiteral("sub"), QStringLiteral("user-2")}}),
                                  exp}
            << Device << int(State::WrongAccount) << int(State::Valid)
            << ErrorCode::LicenseWrongAccount;
        QByteArray tampered = pro;
        tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
        QTest::newRow("tampered signature")
            << QList<QByteArray> {tampered, exp} << Device << int(State::Tampered)
            << int(State::Valid) << ErrorCode::TokenBadSignature;
        QTest::newRow("signed with the wrong key")
            << QList<QByteArray> {token(Pro, {}, m_other.get()), exp} << Device
            << int(State::Tampered) << int(State::Valid) << ErrorCode::TokenBadSignature;
        QTest::newRow("unknown key")
            << QList<QByteArray> {token(Pro, {}, m_other.get(), "other"), exp} << Device
            << int(State::UnknownKey) << int(State::Valid) << ErrorCode::TokenUnknownKey;
        const QByteArray denial =
            token(Pro,
                  {{Pro, QJsonValue::Null},
                   {QString(Pro + QStringLiteral("_errorCode")), QStringLiteral("NoLicense")},
                   {QString(Pro + QStringLiteral("_errorMessage")), QStringLiteral("none left")}});
        QTest::newRow("denied") << QList<QByteArray> {denial, exp} << Device << int(State::Denied)
                                << int(State::Valid) << ErrorCode::LicenseItemDenied;
        QTest::newRow("garbage token")
            << QList<QByteArray> {QByteArray("garbage"), exp} << Device << int(State::Tampered)
            << int(State::Valid) << ErrorCode::TokenMalformed;
        QTest::newRow("valid beats an expired one")
            << QList<QByteArray> {token(Pro, {{QStringLiteral("exp"), Now - 3600}}), pro, exp}
            << Device << int(State::Valid) << int(State::Valid) << ErrorCode::NoError;
    }
    void check()
    {
        QFETCH(QList<QByteArray>, tokens);
        QFETCH(QString, device);
        QFETCH(int, proState);
        QFETCH(int, exportState);
        QFETCH(ErrorCode, proReason);
        QTemporaryDir dir;
        LicenseStore store(dir.filePath(QStringLiteral("data")));
        QVERIFY(store.save(User, QStringLiteral("alice@example.com"), tokens).hasValue());

        // A fresh object over the same folder sees the same thing.
        for (const LicenseStore &reader : {store, LicenseStore(store.directory())}) {
            const QList<LicenseStore::ItemStatus> statuses = reader.check(m_config, device, now());
            QCOMPARE(statuses.size(), 2);
            QCOMPARE(statuses.at(0).item, Pro);
            QCOMPARE(statuses.at(1).item, Export);
            QCOMPARE(int(statuses.at(0).state), proState);
            QCOMPARE(int(statuses.at(1).state), exportState);
            QCOMPARE(statuses.at(0).reason.code, proReason);
            QVERIFY(!statuses.at(0).reason.message.isEmpty());
            QVERIFY(!statuses.at(1).reason.message.isEmpty());
            if (proState == State::Valid) {
                QCOMPARE(statuses.at(0).grant.expiresAt,
                         QDateTime::fromSecsSinceEpoch(Now + 86400, Qt::UTC));
                QCOMPARE(statuses.at(0).grant.leaseId, QStringLiteral("lease-keyway-pro"));
            }
            if (proReason == ErrorCode::LicenseExpired)
                QVERIFY(statuses.at(0).grant.expiresAt.isValid());
            QCOMPARE(reader.allValid(m_config, device, now()),
                     proState == State::Valid && exportState == State::Valid);
            QCOMPARE(reader.subject(), User);
            QCOMPARE(reader.email(), QStringLiteral("alice@example.com"));
        }
    }

    void damagedFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("not JSON") << QByteArray("{\"version\":1,\"tok");
        QTest::newRow("an array") << QByteArray("[]");
        QTest::newRow("wrong version")
            << QByteArray("{\"version\":2,\"subject\":\"u\",\"tokens\":[]}");
        QTest::newRow("tokens not an array")
            << QByteArray("{\"version\":1,\"subject\":\"u\",\"tokens\":\"x\"}");
        QTest::newRow("token not a string")
            << QByteArray("{\"version\":1,\"subject\":\"u\",\"tokens\":[1]}");
        QTest::newRow("no subject") << QByteArray("{\"version\":1,\"tokens\":[\"a.b.c\"]}");
        QTest::newRow("empty") << QByteArray();
    }
    void damagedFile()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QVERIFY(store.save(User, QString(), {token(Pro), token(Export)}).hasValue());
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
        file.close();
        const auto statuses = store.check(m_config, Device, now());
        QCOMPARE(statuses.size(), 2);
        for (const auto &status : statuses) {
            QCOMPARE(int(status.state), int(State::Tampered));
            QCOMPARE(status.reason.code, ErrorCode::TokenMalformed);
            QVERIFY(status.reason.message.contains(QStringLiteral("license file")));
        }
        QVERIFY(!store.allValid(m_config, Device, now()));
    }

    void permissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b"));
        LicenseStore store(path);
        QVERIFY(store.save(User, QString(), {token(Pro)}).hasValue());
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(store.filePath()) & all, owner);
        QCOMPARE(QFile::permissions(path) & all, owner | QFileDevice::ExeOwner);
        // Saving again keeps it private.
        QVERIFY(store.save(User, QString(), {token(Export)}).hasValue());
        QCOMPARE(QFile::permissions(store.filePath()) & all, owner);
    }

    void atomicSave()
    {
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QVERIFY(store.save(User, QString(), {token(Pro)}).hasValue());
#ifdef Q_OS_UNIX
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &before), 0);
#endif
        QVERIFY(store.save(QStringLiteral("user-9"), QString(), {token(Export)}).hasValue());
#ifdef Q_OS_UNIX
        // Replaced by rename, not rewritten in place: a reader never sees half a file.
        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(store.filePath()).constData(), &after), 0);
        QVERIFY(before.st_ino != after.st_ino);
#endif
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("licenses.json")});
        QCOMPARE(store.subject(), QStringLiteral("user-9"));
        QCOMPARE(store.tokens().size(), 1);
        QVERIFY(store.updated().isValid());

        // A save that cannot happen leaves the old file alone.
        LicenseStore blocked(store.filePath()); // a file where the folder should be
        QVERIFY(!blocked.save(User, QString(), {token(Pro)}).hasValue());
        QCOMPARE(store.subject(), QStringLiteral("user-9"));
        QVERIFY(!store.save(QString(), QString(), {}).hasValue());
    }

    void clear()
    {
        QTemporaryDir dir;
        LicenseStore store(dir.path());
        QVERIFY(store.clear().hasValue());
        QVERIFY(store.save(User, QString(), {token(Pro), token(Export)}).hasValue());
        QVERIFY(store.allValid(m_config, Device, now()));
        QVERIFY(store.clear().hasValue());
        QVERIFY(!QFile::exists(store.filePath()));
        QVERIFY(store.subject().isEmpty());
        for (const auto &status : store.check(m_config, Device, now()))
            QCOMPARE(int(status.state), int(State::Missing));
    }

    void defaultDirectory()
    {
        qputenv("KEYWAY_DATA_DIR", "/tmp/keyway-data");
        QCOMPARE(LicenseStore::defaultDirectory(m_config), QStringLiteral("/tmp/keyway-data"));
        qunsetenv("KEYWAY_DATA_DIR");
        QVERIFY(LicenseStore::defaultDirectory(m_config).endsWith(
            QStringLiteral("/keyway-desktop_127.0.0.1_8765")));
    }

    void stateNames()
    {
        for (int state = State::Valid; state <= State::Missing; ++state) {
            QVERIFY(!LicenseStore::stateName(State(state)).isEmpty());
            QVERIFY(!LicenseStore::stateLabel(State(state)).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(LicenseStoreTest)
#include "licensestoretest.moc"
