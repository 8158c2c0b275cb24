// SPDX-License-Identifier: BSD-3-Clause
#include "license/licensetoken.h"
#include "core/datetimetext.h"
#include "jose/jwk.h"
#include "josetestkeys.h"

#include <QJsonArray>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace Keyway;

namespace {
const QString Device = QStringLiteral("device-aaaa");
const QString User = QStringLiteral("user-1");
const qint64 Now = 1750000000;
} // namespace

class LicenseTokenTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_key, m_other;
    JwkSet m_keys;

    QJsonObject grant() const
    {
        return QJsonObject {
            {QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8765")},
            {QStringLiteral("sub"), User},
            {QStringLiteral("iat"), Now - 3600},
            {QStringLiteral("exp"), Now + 86400},
            {QStringLiteral("rfr"), Now + 43200},
            {QStringLiteral("jti"), QStringLiteral("lease-1")},
            {QStringLiteral("lic"), QStringLiteral("license-1")},
            {QStringLiteral("hw"), Device},
            {QStringLiteral("keyway-pro"), true},
        };
    }
    QByteArray sign(const QJsonObject &claims, EVP_PKEY *key = nullptr,
                    const char *kid = "license") const
    {
        return TestKeys::makeJws(TestKeys::header(QStringLiteral("RS256"), QLatin1String(kid)),
                                 claims, key ? key : m_key.get());
    }
    static QJsonObject with(QJsonObject object, const char *key, const QJsonValue &value)
    {
        if (value.isUndefined())
            object.remove(QLatin1String(key));
        else
            object.insert(QLatin1String(key), value);
        return object;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_key = TestKeys::rsa();
        m_other = TestKeys::rsa();
        m_keys = *JwkSet::fromJson(QJsonObject {
            {QStringLiteral("keys"),
             QJsonArray {TestKeys::publicJwk(m_key.get(), QStringLiteral("license"))}}});
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("expectedSubject");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<QStringList>("items");
        const QJsonObject g = grant();
        QTest::newRow("grant") << sign(g) << User << ErrorCode::NoError
                               << QStringList {QStringLiteral("keyway-pro")};
        QTest::newRow("grant, any account") << sign(g) << QString() << ErrorCode::NoError
                                            << QStringList {QStringLiteral("keyway-pro")};
        QTest::newRow("two items")
            << sign(with(g, "keyway-export", true)) << User << ErrorCode::NoError
            << QStringList {QStringLiteral("keyway-export"), QStringLiteral("keyway-pro")};
        QTest::newRow("false is no grant")
            << sign(with(g, "keyway-export", false)) << User << ErrorCode::NoError
            << QStringList {QStringLiteral("keyway-pro")};
        QTest::newRow("wrong device") << sign(with(g, "hw", QStringLiteral("device-bbbb"))) << User
                                      << ErrorCode::LicenseWrongDevice << QStringList();
        QTest::newRow("no device") << sign(with(g, "hw", QJsonValue::Undefined)) << User
                                   << ErrorCode::LicenseWrongDevice << QStringList();
        QTest::newRow("wrong account") << sign(g) << QStringLiteral("user-2")
                                       << ErrorCode::LicenseWrongAccount << QStringList();
        QTest::newRow("expired") << sign(with(g, "exp", Now - 61)) << User
                                 << ErrorCode::LicenseExpired << QStringList();
        QTest::newRow("expired within leeway")
            << sign(with(g, "exp", Now - 30)) << User << ErrorCode::NoError
            << QStringList {QStringLiteral("keyway-pro")};
        QTest::newRow("issued in the future") << sign(with(g, "iat", Now + 600)) << User
                                              << ErrorCode::LicenseNotYetValid << QStringList();
        QTest::newRow("not before in the future") << sign(with(g, "nbf", Now + 600)) << User
                                                  << ErrorCode::LicenseNotYetValid << QStringList();
        QTest::newRow("no exp") << sign(with(g, "exp", QJsonValue::Undefined)) << User
                                << ErrorCode::TokenMalformed << QStringList();
        QTest::newRow("exp a string") << sign(with(g, "exp", QStringLiteral("tomorrow"))) << User
                                      << ErrorCode::TokenMalformed << QStringList();
        QTest::newRow("no sub") << sign(with(g, "sub", QJsonValue::Undefined)) << QString()
                                << ErrorCode::TokenMalformed << QStringList();
        QTest::newRow("no item") << sign(with(g, "keyway-pro", QJsonValue::Undefined)) << User
                                 << ErrorCode::LicenseMissing << QStringList();
        QJsonObject denial = with(g, "keyway-pro", QJsonValue::Undefined);
        denial.insert(QStringLiteral("keyway-pro_errorCode"), QStringLiteral("NoLicense"));
        denial.insert(QStringLiteral("keyway-pro_errorMessage"),
                      QStringLiteral("No license for keyway-pro"));
        QTest::newRow("denial") << sign(denial) << User << ErrorCode::LicenseItemDenied
                                << QStringList();
        QTest::newRow("signed by another key")
            << sign(g, m_other.get()) << User << ErrorCode::TokenBadSignature << QStringList();
        QTest::newRow("signed by an unknown key") << sign(g, m_other.get(), "other") << User
                                                  << ErrorCode::TokenUnknownKey << QStringList();
        QByteArray tampered = sign(g);
        const QList<QByteArray> parts = tampered.split('.');
        tampered = parts.at(0) + '.'
            + TestKeys::b64(TestKeys::json(with(g, "exp", Now + 10 * 86400))) + '.' + parts.at(2);
        QTest::newRow("tampered exp")
            << tampered << User << ErrorCode::TokenBadSignature << QStringList();
        QTest::newRow("garbage") << QByteArray("not a token") << User << ErrorCode::TokenMalformed
                                 << QStringList();
    }
    void verify()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, expectedSubject);
        QFETCH(ErrorCode, expected);
        QFETCH(QStringList, items);
        const QDateTime now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
        const auto grants = LicenseToken::verify(token, m_keys, Device, expectedSubject, now);
        if (expected != ErrorCode::NoError) {
            QVERIFY(!grants.hasValue());
            QCOMPARE(grants.error().code, expected);
            return;
        }
        QVERIFY2(grants.hasValue(), qPrintable(grants ? QString() : grants.error().toString()));
        QStringList found;
        for (const LicenseGrant &grant : *grants) {
            found.append(grant.item);
            QCOMPARE(grant.subject, User);
            QCOMPARE(grant.deviceId, Device);
            QCOMPARE(grant.licenseId, QStringLiteral("license-1"));
            QCOMPARE(grant.leaseId, QStringLiteral("lease-1"));
            QCOMPARE(grant.issuer, QStringLiteral("http://127.0.0.1:8765"));
            QCOMPARE(grant.issuedAt, QDateTime::fromSecsSinceEpoch(Now - 3600, Qt::UTC));
            QCOMPARE(grant.renewAfter, QDateTime::fromSecsSinceEpoch(Now + 43200, Qt::UTC));
            QCOMPARE(grant.token, token);
        }
        found.sort();
        QCOMPARE(found, items);
    }

    void denialDetail()
    {
        QJsonObject denial = with(grant(), "keyway-pro", QJsonValue::Undefined);
        denial.insert(QStringLiteral("keyway-pro_errorCode"), QStringLiteral("NoLicense"));
        denial.insert(QStringLiteral("keyway-pro_errorMessage"),
                      QStringLiteral("Your seat is taken"));
        const auto grants = LicenseToken::verify(sign(denial), m_keys, Device, User,
                                                 QDateTime::fromSecsSinceEpoch(Now, Qt::UTC));
        QVERIFY(!grants.hasValue());
        QVERIFY(grants.error().detail.contains(QStringLiteral("Your seat is taken")));
        QVERIFY(grants.error().detail.contains(QStringLiteral("keyway-pro")));
        QCOMPARE(LicenseToken::itemsDenied(denial), QStringList {QStringLiteral("keyway-pro")});
        QCOMPARE(LicenseToken::itemsMentioned(grant()), QStringList {QStringLiteral("keyway-pro")});
    }

    // Issue 14: the seat limit and a computer removed elsewhere are their own errors, with
    // sentences that say what to do; any other denial stays LicenseItemDenied.
    void denialCodes()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
        QJsonObject denial = with(grant(), "keyway-pro", QJsonValue::Undefined);
        denial.insert(QStringLiteral("keyway-pro_errorCode"), QStringLiteral("seatLimitReached"));
        denial.insert(QStringLiteral("keyway-pro_errorMessage"), QStringLiteral("All seats"));
        denial.insert(QStringLiteral("keyway-pro_seats"), 2);
        auto refused = LicenseToken::verify(sign(denial), m_keys, Device, User, now);
        QCOMPARE(refused.error().code, ErrorCode::SeatLimitReached);
        QVERIFY2(refused.error().message.contains(QStringLiteral("in use on 2 computers")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().detail.contains(QStringLiteral("seatLimitReached")));

        QJsonObject released = with(grant(), "keyway-pro", QJsonValue::Undefined);
        released.insert(QStringLiteral("keyway-pro_errorCode"), QStringLiteral("deviceReleased"));
        released.insert(QStringLiteral("keyway-pro_releasedAt"), Now - 600);
        // The other computer's name is shown: control characters never reach the sentence.
        released.insert(QStringLiteral("keyway-pro_releasedFrom"), QStringLiteral("Lap\ntop"));
        refused = LicenseToken::verify(sign(released), m_keys, Device, User, now);
        QCOMPARE(refused.error().code, ErrorCode::DeviceReleased);
        QVERIFY(refused.error().message.contains(QStringLiteral("removed from your account on")));
        QVERIFY(!refused.error().message.contains(QLatin1Char('\n')));
        QVERIFY(!refused.error().message.contains(QStringLiteral("works offline until")));
        const QDateTime until = QDateTime::fromSecsSinceEpoch(Now + 3600, Qt::UTC);
        const Error withLease = LicenseToken::denialError(released, until);
        QCOMPARE(withLease.code, ErrorCode::DeviceReleased);
        QVERIFY(withLease.message.contains(
            QStringLiteral("works offline until %1").arg(DateTimeText::dateTime(until))));

        QJsonObject other = with(grant(), "keyway-pro", QJsonValue::Undefined);
        other.insert(QStringLiteral("keyway-pro_errorCode"), QStringLiteral("notEntitled"));
        QCOMPARE(LicenseToken::verify(sign(other), m_keys, Device, User, now).error().code,
                 ErrorCode::LicenseItemDenied);
        QVERIFY(!LicenseToken::denialError(grant()).isError());
    }

    // Issue 14: the license's own end travels beside the lease's.
    void licenseEnd()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
        auto withEnd = LicenseToken::verify(
            sign(with(grant(), "licenseValidUntil", QJsonValue(Now + 300 * 86400))), m_keys, Device,
            User, now);
        QVERIFY(withEnd);
        QCOMPARE(withEnd->first().licenseEnd,
                 QDateTime::fromSecsSinceEpoch(Now + 300 * 86400, Qt::UTC));
        QCOMPARE(withEnd->first().expiresAt, QDateTime::fromSecsSinceEpoch(Now + 86400, Qt::UTC));
        // Not an item, however it is spelled.
        QCOMPARE(withEnd->size(), 1);
        auto without = LicenseToken::verify(sign(grant()), m_keys, Device, User, now);
        QVERIFY(without);
        QVERIFY(!without->first().licenseEnd.isValid());
        auto text = LicenseToken::verify(
            sign(with(grant(), "licenseValidUntil", QStringLiteral("next year"))), m_keys, Device,
            User, now);
        QVERIFY(!text);
        QCOMPARE(text.error().code, ErrorCode::TokenMalformed);
    }

    // Issue 12: no token outlasts the vendor's maximum lease (plus the clock tolerance).
    void leaseBound()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(Now, Qt::UTC);
        // grant(): iat Now - 3600, exp Now + 86400: a lease of 90000 s.
        QVERIFY(LicenseToken::verify(sign(grant()), m_keys, Device, User, now, 60, 90000));
        const auto tooLong =
            LicenseToken::verify(sign(grant()), m_keys, Device, User, now, 60, 89999);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::LicenseLeaseTooLong);
        QVERIFY(tooLong.error().detail.contains(QStringLiteral("lease of 90000 s")));
        QVERIFY(!tooLong.error().message.isEmpty());
        // A year-long lease signed by the vendor's own key is still refused.
        const QJsonObject year = with(grant(), "exp", QJsonValue(Now - 3600 + qint64(365) * 86400));
        const auto refused =
            LicenseToken::verify(sign(year), m_keys, Device, User, now, 60, 604800 + 3600);
        QCOMPARE(refused.error().code, ErrorCode::LicenseLeaseTooLong);
    }

    void splitCheckoutBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::newRow("one") << QByteArray("a.b.c") << 1;
        QTest::newRow("two") << QByteArray("a.b.c&d.e.f") << 2;
        QTest::newRow("trailing newline") << QByteArray("a.b.c&d.e.f\n") << 2;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("empty part") << QByteArray("a.b.c&") << -1;
        QTest::newRow("not a JWS") << QByteArray("{\"error\":\"x\"}") << -1;
        QTest::newRow("four parts") << QByteArray("a.b.c.d") << -1;
    }
    void splitCheckoutBody()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const auto parts = LicenseToken::splitCheckoutBody(body);
        if (count < 0) {
            QVERIFY(!parts.hasValue());
            QCOMPARE(parts.error().code, ErrorCode::ResponseMalformed);
        } else {
            QVERIFY(parts.hasValue());
            QCOMPARE(parts->size(), count);
        }
    }
};

QTEST_GUILESS_MAIN(LicenseTokenTest)
#include "licensetokentest.moc"
