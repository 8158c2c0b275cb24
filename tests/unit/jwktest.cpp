// SPDX-License-Identifier: BSD-3-Clause
#include "jose/jwk.h"
#include "jose/base64url.h"
#include "jose/jws.h"
#include "josetestkeys.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Keyway;

class JwkTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_rsa, m_rsa1024, m_ec, m_ed;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_rsa = TestKeys::rsa(2048);
        m_rsa1024 = TestKeys::rsa(1024);
        m_ec = TestKeys::p256();
        m_ed = TestKeys::ed25519();
        QVERIFY(m_rsa && m_rsa1024 && m_ec && m_ed);
    }

    void accepted_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("kty");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("bits");
        QTest::newRow("RSA with alg")
            << TestKeys::publicJwk(m_rsa.get(), QStringLiteral("r1"), QStringLiteral("RS256"))
            << QStringLiteral("RSA") << QStringLiteral("RS256") << 2048;
        QTest::newRow("RSA derived alg")
            << TestKeys::publicJwk(m_rsa.get(), QStringLiteral("r1")) << QStringLiteral("RSA")
            << QStringLiteral("RS256") << 2048;
        QTest::newRow("EC P-256") << TestKeys::publicJwk(m_ec.get(), QStringLiteral("e1"))
                                  << QStringLiteral("EC") << QStringLiteral("ES256") << 256;
        QTest::newRow("EC P-256 with alg")
            << TestKeys::publicJwk(m_ec.get(), QStringLiteral("e1"), QStringLiteral("ES256"))
            << QStringLiteral("EC") << QStringLiteral("ES256") << 256;
        QTest::newRow("Ed25519") << TestKeys::publicJwk(m_ed.get(), QStringLiteral("o1"))
                                 << QStringLiteral("OKP") << QStringLiteral("EdDSA") << 256;
        QTest::newRow("Ed25519 with RFC 9864 alg Ed25519")
            << TestKeys::publicJwk(m_ed.get(), QStringLiteral("o1"), QStringLiteral("Ed25519"))
            << QStringLiteral("OKP") << QStringLiteral("EdDSA") << 256;
        QTest::newRow("Ed25519 with alg EdDSA")
            << TestKeys::publicJwk(m_ed.get(), QStringLiteral("o1"), QStringLiteral("EdDSA"))
            << QStringLiteral("OKP") << QStringLiteral("EdDSA") << 256;
        QJsonObject withPrivate = TestKeys::publicJwk(m_ed.get(), QStringLiteral("o1"));
        withPrivate.insert(QStringLiteral("d"),
                           QStringLiteral("c2VjcmV0LWlnbm9yZWQtYnktdGhlLWNsaWVudA"));
        QTest::newRow("private member ignored")
            << withPrivate << QStringLiteral("OKP") << QStringLiteral("EdDSA") << 256;
    }
    void accepted()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, kty);
        QFETCH(QString, alg);
        QFETCH(int, bits);
        const auto key = Jwk::fromJson(json);
        QVERIFY2(key.hasValue(), qPrintable(key ? QString() : key.error().toString()));
        QVERIFY(!key->isNull());
        QCOMPARE(key->keyType(), kty);
        QCOMPARE(key->algorithm(), alg);
        QCOMPARE(key->bits(), bits);
        QCOMPARE(key->keyId(), json.value(QStringLiteral("kid")).toString());
        QVERIFY(key->nativeHandle());
        const QJsonObject out = key->toJson();
        QVERIFY(!out.contains(QStringLiteral("d")));
        for (const QString &member :
             {QStringLiteral("n"), QStringLiteral("e"), QStringLiteral("x"), QStringLiteral("y")})
            QCOMPARE(out.value(member), json.value(member));
        // What toJson() writes reads back as the same key.
        const auto again = Jwk::fromJson(out);
        QVERIFY(again.hasValue());
        QCOMPARE(again->toJson(), out);
    }

    /// A provider that drops a coordinate's leading zero byte (31 bytes): padded, and it verifies.
    void shortEcCoordinate_data()
    {
        QTest::addColumn<QString>("coordinate");
        QTest::newRow("x") << QStringLiteral("x");
        QTest::newRow("y") << QStringLiteral("y");
    }
    void shortEcCoordinate()
    {
        QFETCH(QString, coordinate);
        // About one P-256 key in 256 has a coordinate with a leading zero byte.
        TestKeys::Key key;
        QJsonObject json;
        for (int i = 0; i < 5000 && json.isEmpty(); ++i) {
            key = TestKeys::p256();
            const QJsonObject candidate = TestKeys::publicJwk(key.get(), QStringLiteral("short"));
            if (Base64Url::decode(candidate.value(coordinate).toString().toLatin1())->at(0) == 0)
                json = candidate;
        }
        QVERIFY(!json.isEmpty());
        const QByteArray full = *Base64Url::decode(json.value(coordinate).toString().toLatin1());
        json.insert(coordinate, QString::fromLatin1(TestKeys::b64(full.mid(1))));
        QTest::ignoreMessage(QtInfoMsg,
                             QRegularExpression(QStringLiteral("JWK member .*%1.* has 31 bytes; "
                                                               "padded to 32 with leading zeros")
                                                    .arg(coordinate)));
        const auto parsed = Jwk::fromJson(json);
        QVERIFY2(parsed.hasValue(), qPrintable(parsed ? QString() : parsed.error().toString()));
        JwkSet set = *JwkSet::fromJson(QJsonObject {{QStringLiteral("keys"), QJsonArray {json}}});
        const QByteArray token =
            TestKeys::makeJws(TestKeys::header(QStringLiteral("ES256"), QStringLiteral("short")),
                              {{QStringLiteral("sub"), QStringLiteral("a")}}, key.get());
        QVERIFY(verifyCompact(token, set).hasValue());
    }

    /// A token whose header says "Ed25519" (RFC 9864) verifies with an OKP key, as "EdDSA" does.
    void ed25519AlgorithmName()
    {
        const JwkSet set = *JwkSet::fromJson(
            QJsonObject {{QStringLiteral("keys"),
                          QJsonArray {TestKeys::publicJwk(m_ed.get(), QStringLiteral("o"),
                                                          QStringLiteral("Ed25519"))}}});
        for (const QString &alg : {QStringLiteral("Ed25519"), QStringLiteral("EdDSA")}) {
            const QByteArray token =
                TestKeys::makeJws(TestKeys::header(alg, QStringLiteral("o")),
                                  {{QStringLiteral("sub"), QStringLiteral("a")}}, m_ed.get());
            const auto verified = verifyCompact(token, set);
            QVERIFY2(verified.hasValue(), qPrintable(verified ? alg : verified.error().toString()));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<ErrorCode>("expected");
        const QJsonObject rsa = TestKeys::publicJwk(m_rsa.get(), QStringLiteral("r"));
        const QJsonObject ec = TestKeys::publicJwk(m_ec.get(), QStringLiteral("e"));
        const QJsonObject ed = TestKeys::publicJwk(m_ed.get(), QStringLiteral("o"));
        auto with = [](QJsonObject object, const char *key, const QJsonValue &value) {
            if (value.isUndefined())
                object.remove(QLatin1String(key));
            else
                object.insert(QLatin1String(key), value);
            return object;
        };
        QTest::newRow("RSA 1024 bits")
            << TestKeys::publicJwk(m_rsa1024.get(), QStringLiteral("w")) << ErrorCode::KeyInvalid;
        QTest::newRow("RSA without n")
            << with(rsa, "n", QJsonValue::Undefined) << ErrorCode::KeyInvalid;
        QTest::newRow("RSA without e")
            << with(rsa, "e", QJsonValue::Undefined) << ErrorCode::KeyInvalid;
        QTest::newRow("RSA n padded") << with(
            rsa, "n", QString(rsa.value(QStringLiteral("n")).toString() + QStringLiteral("==")))
                                      << ErrorCode::KeyInvalid;
        QTest::newRow("RSA even exponent")
            << with(rsa, "e", QStringLiteral("AQAA")) << ErrorCode::KeyInvalid;
        QTest::newRow("RSA for ES256")
            << with(rsa, "alg", QStringLiteral("ES256")) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("RSA for HS256")
            << with(rsa, "alg", QStringLiteral("HS256")) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("RSA PS256")
            << with(rsa, "alg", QStringLiteral("PS256")) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("EC x short")
            << with(ec, "x", QStringLiteral("AAAA")) << ErrorCode::KeyInvalid;
        QString offCurve = ec.value(QStringLiteral("y")).toString();
        offCurve[5] = offCurve.at(5) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::newRow("EC point off the curve") << with(ec, "y", offCurve) << ErrorCode::KeyInvalid;
        QTest::newRow("EC P-384") << with(ec, "crv", QStringLiteral("P-384"))
                                  << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("OKP Ed448")
            << with(ed, "crv", QStringLiteral("Ed448")) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("OKP X25519")
            << with(ed, "crv", QStringLiteral("X25519")) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("OKP x too long")
            << with(ed, "x", QString::fromLatin1(TestKeys::b64(QByteArray(33, 'x'))))
            << ErrorCode::KeyInvalid;
        QTest::newRow("oct") << QJsonObject {{QStringLiteral("kty"), QStringLiteral("oct")},
                                             {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}}
                             << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("no kty") << QJsonObject() << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("alg not a string") << with(rsa, "alg", 256) << ErrorCode::KeyInvalid;
    }
    void refused()
    {
        QFETCH(QJsonObject, json);
        QFETCH(ErrorCode, expected);
        const auto key = Jwk::fromJson(json);
        QVERIFY(!key.hasValue());
        QCOMPARE(key.error().code, expected);
        QVERIFY(!key.error().detail.isEmpty());
    }

    void nullKey()
    {
        const Jwk key;
        QVERIFY(key.isNull());
        QCOMPARE(key.bits(), 0);
        QVERIFY(!key.nativeHandle());
        QVERIFY(key.toJson().isEmpty());
    }

    void set_data()
    {
        QTest::addColumn<QJsonArray>("keys");
        QTest::addColumn<QStringList>("kids");
        const QJsonObject rsa = TestKeys::publicJwk(m_rsa.get(), QStringLiteral("rsa"));
        const QJsonObject ec = TestKeys::publicJwk(m_ec.get(), QStringLiteral("ec"));
        const QJsonObject ed = TestKeys::publicJwk(m_ed.get(), QStringLiteral("ed"));
        QJsonObject enc = TestKeys::publicJwk(m_rsa.get(), QStringLiteral("enc"));
        enc.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QJsonObject noUse = TestKeys::publicJwk(m_ec.get(), QStringLiteral("nouse"));
        noUse.remove(QStringLiteral("use"));
        const QJsonObject oct {{QStringLiteral("kty"), QStringLiteral("oct")},
                               {QStringLiteral("kid"), QStringLiteral("oct")},
                               {QStringLiteral("k"), QStringLiteral("c2VjcmV0")}};
        QJsonObject p384 = ec;
        p384.insert(QStringLiteral("crv"), QStringLiteral("P-384"));
        p384.insert(QStringLiteral("kid"), QStringLiteral("p384"));
        QTest::newRow("three types")
            << QJsonArray {rsa, ec, ed}
            << QStringList {QStringLiteral("rsa"), QStringLiteral("ec"), QStringLiteral("ed")};
        QTest::newRow("skips enc") << QJsonArray {enc, rsa} << QStringList {QStringLiteral("rsa")};
        QTest::newRow("skips oct") << QJsonArray {oct, ed} << QStringList {QStringLiteral("ed")};
        QTest::newRow("skips P-384") << QJsonArray {p384, ec} << QStringList {QStringLiteral("ec")};
        QTest::newRow("use absent is fine")
            << QJsonArray {noUse} << QStringList {QStringLiteral("nouse")};
    }
    void set()
    {
        QFETCH(QJsonArray, keys);
        QFETCH(QStringList, kids);
        const auto set = JwkSet::fromJson(QJsonObject {{QStringLiteral("keys"), keys}});
        QVERIFY2(set.hasValue(), qPrintable(set ? QString() : set.error().toString()));
        QVERIFY(!set->isEmpty());
        QStringList found;
        for (const Jwk &key : set->keys())
            found.append(key.keyId());
        QCOMPARE(found, kids);
        for (const QString &kid : kids) {
            QVERIFY(set->find(kid));
            QCOMPARE(set->find(kid)->keyId(), kid);
        }
        QVERIFY(!set->find(QStringLiteral("enc")));
        QVERIFY(!set->find(QStringLiteral("nope")));
        QCOMPARE(set->toJson().value(QStringLiteral("keys")).toArray().size(), kids.size());
    }

    void setRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QJsonObject enc = TestKeys::publicJwk(m_rsa.get(), QStringLiteral("enc"));
        enc.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QJsonObject broken = TestKeys::publicJwk(m_ec.get(), QStringLiteral("broken"));
        broken.insert(QStringLiteral("x"), QStringLiteral("AAAA"));
        QTest::newRow("no keys member") << QJsonObject();
        QTest::newRow("keys not an array") << QJsonObject {{QStringLiteral("keys"), 1}};
        QTest::newRow("empty") << QJsonObject {{QStringLiteral("keys"), QJsonArray()}};
        QTest::newRow("only enc") << QJsonObject {{QStringLiteral("keys"), QJsonArray {enc}}};
        QTest::newRow("damaged key") << QJsonObject {
            {QStringLiteral("keys"),
             QJsonArray {TestKeys::publicJwk(m_ed.get(), QStringLiteral("ok")), broken}}};
        QTest::newRow("weak key") << QJsonObject {
            {QStringLiteral("keys"),
             QJsonArray {TestKeys::publicJwk(m_rsa1024.get(), QStringLiteral("w"))}}};
    }
    void setRefused()
    {
        QFETCH(QJsonObject, json);
        const auto set = JwkSet::fromJson(json);
        QVERIFY(!set.hasValue());
        QCOMPARE(set.error().code, ErrorCode::KeyInvalid);
    }
};

QTEST_GUILESS_MAIN(JwkTest)
#include "jwktest.moc"
