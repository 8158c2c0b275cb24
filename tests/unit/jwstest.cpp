// SPDX-License-Identifier: BSD-3-Clause
#include "jose/jws.h"
#include "jose/jwk.h"
#include "josetestkeys.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace Keyway;
using TestKeys::b64;

class JwsTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_rsa, m_ec, m_ed, m_other;
    JwkSet m_keys;
    QJsonObject m_payload {{QStringLiteral("sub"), QStringLiteral("user-1")},
                           {QStringLiteral("exp"), 2000000000},
                           {QStringLiteral("keyway-pro"), true}};

    QByteArray token(const char *alg, const char *kid, EVP_PKEY *key) const
    {
        return TestKeys::makeJws(TestKeys::header(QLatin1String(alg), QLatin1String(kid)),
                                 m_payload, key);
    }
    static QList<QByteArray> parts(const QByteArray &token) { return token.split('.'); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_rsa = TestKeys::rsa();
        m_ec = TestKeys::p256();
        m_ed = TestKeys::ed25519();
        m_other = TestKeys::rsa();
        const auto set = JwkSet::fromJson(
            QJsonObject {{QStringLiteral("keys"),
                          QJsonArray {TestKeys::publicJwk(m_rsa.get(), QStringLiteral("rsa"),
                                                          QStringLiteral("RS256")),
                                      TestKeys::publicJwk(m_ec.get(), QStringLiteral("ec")),
                                      TestKeys::publicJwk(m_ed.get(), QStringLiteral("ed"))}}});
        QVERIFY(set.hasValue());
        m_keys = *set;
    }

    void verify_data()
    {
        QTest::addColumn<QByteArray>("compact");
        QTest::addColumn<ErrorCode>("expected");

        const QByteArray rs = token("RS256", "rsa", m_rsa.get());
        const QByteArray es = token("ES256", "ec", m_ec.get());
        const QByteArray ed = token("EdDSA", "ed", m_ed.get());
        QTest::newRow("good RS256") << rs << ErrorCode::NoError;
        QTest::newRow("good ES256") << es << ErrorCode::NoError;
        QTest::newRow("good EdDSA") << ed << ErrorCode::NoError;

        // Tampering: a changed payload under the original signature, a changed signature.
        for (const QByteArray &good : {rs, es, ed}) {
            const QList<QByteArray> p = parts(good);
            const QByteArray alg = Jws::parse(good)->algorithm().toLatin1();
            QByteArray payload = *Base64Url::decode(p.at(1));
            payload.replace("user-1", "user-2");
            QTest::addRow("%s payload byte changed", alg.constData())
                << p.at(0) + '.' + b64(payload) + '.' + p.at(2) << ErrorCode::TokenBadSignature;
            QByteArray signature = *Base64Url::decode(p.at(2));
            signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
            QTest::addRow("%s signature byte flipped", alg.constData())
                << p.at(0) + '.' + p.at(1) + '.' + b64(signature) << ErrorCode::TokenBadSignature;
            QTest::addRow("%s signature of another token", alg.constData())
                << p.at(0) + '.' + p.at(1) + '.'
                    + parts(alg == "RS256" ? token("RS256", "rsa", m_other.get()) : good).at(2)
                << (alg == "RS256" ? ErrorCode::TokenBadSignature : ErrorCode::NoError);
        }

        const QByteArray rsInput =
            b64(TestKeys::json(TestKeys::header(QStringLiteral("none"), QStringLiteral("rsa"))))
            + '.' + b64(TestKeys::json(m_payload));
        QTest::newRow("alg none, empty signature")
            << rsInput + '.' << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("alg none, some signature")
            << rsInput + '.' + b64("x") << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("alg None") << b64(TestKeys::json(TestKeys::header(QStringLiteral("None"))))
                + '.' + b64(TestKeys::json(m_payload)) + '.'
                + b64("x") << ErrorCode::TokenUnsupportedAlgorithm;

        // HS256 keyed with the RSA public key, the classic algorithm confusion.
        const QByteArray hsInput =
            b64(TestKeys::json(TestKeys::header(QStringLiteral("HS256"), QStringLiteral("rsa"))))
            + '.' + b64(TestKeys::json(m_payload));
        QTest::newRow("HS256 with the RSA public key as secret")
            << hsInput + '.' + b64(TestKeys::hs256(TestKeys::publicPem(m_rsa.get()), hsInput))
            << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("HS256 without kid")
            << TestKeys::makeJws(TestKeys::header(QStringLiteral("HS256")), m_payload, m_rsa.get())
            << ErrorCode::TokenUnsupportedAlgorithm;

        QTest::newRow("header ES256 for the RSA key")
            << token("ES256", "rsa", m_rsa.get()) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("header RS256 for the EC key")
            << token("RS256", "ec", m_rsa.get()) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("header EdDSA for the RSA key")
            << token("EdDSA", "rsa", m_ed.get()) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("unknown kid")
            << token("RS256", "other", m_other.get()) << ErrorCode::TokenUnknownKey;
        QTest::newRow("known kid, other key")
            << token("RS256", "rsa", m_other.get()) << ErrorCode::TokenBadSignature;
        QTest::newRow("no kid, one key of that alg")
            << token("EdDSA", "", m_ed.get()) << ErrorCode::NoError;
        QTest::newRow("kid not a string")
            << TestKeys::makeJws(QJsonObject {{QStringLiteral("alg"), QStringLiteral("RS256")},
                                              {QStringLiteral("kid"), 7}},
                                 m_payload, m_rsa.get())
            << ErrorCode::TokenMalformed;
        QTest::newRow("crit header") << TestKeys::makeJws(
            QJsonObject {{QStringLiteral("alg"), QStringLiteral("RS256")},
                         {QStringLiteral("kid"), QStringLiteral("rsa")},
                         {QStringLiteral("crit"), QJsonArray {QStringLiteral("b64")}},
                         {QStringLiteral("b64"), false}},
            m_payload, m_rsa.get()) << ErrorCode::TokenUnsupportedAlgorithm;
        QTest::newRow("no alg") << TestKeys::makeJws(
            QJsonObject {{QStringLiteral("kid"), QStringLiteral("rsa")}}, m_payload, m_rsa.get())
                                << ErrorCode::TokenMalformed;

        QTest::newRow("truncated") << rs.left(rs.size() - 10) << ErrorCode::TokenBadSignature;
        QTest::newRow("truncated to two parts")
            << rs.left(rs.lastIndexOf('.')) << ErrorCode::TokenMalformed;
        QTest::newRow("empty") << QByteArray() << ErrorCode::TokenMalformed;
        QTest::newRow("two parts")
            << parts(rs).at(0) + '.' + parts(rs).at(1) << ErrorCode::TokenMalformed;
        QTest::newRow("four parts") << rs + '.' + parts(rs).at(2) << ErrorCode::TokenMalformed;
        QTest::newRow("trailing dot") << rs + '.' << ErrorCode::TokenMalformed;
        QByteArray standard = rs;
        standard.replace('-', '+').replace('_', '/');
        if (standard == rs)
            standard.append('+');
        QTest::newRow("not base64url (standard alphabet)") << standard << ErrorCode::TokenMalformed;
        QTest::newRow("padding") << rs + "==" << ErrorCode::TokenMalformed;
        QTest::newRow("padded header") << parts(rs).at(0) + "=." + parts(rs).at(1) + '.'
                + parts(rs).at(2) << ErrorCode::TokenMalformed;
        QTest::newRow("whitespace") << rs + '\n' << ErrorCode::TokenMalformed;
        QTest::newRow("header not JSON") << b64("alg") + '.' + parts(rs).at(1) + '.'
                + parts(rs).at(2) << ErrorCode::TokenMalformed;
        QTest::newRow("payload an array") << parts(rs).at(0) + '.' + b64("[1]") + '.'
                + parts(rs).at(2) << ErrorCode::TokenMalformed;

        QJsonObject big = m_payload;
        big.insert(QStringLiteral("padding"), QString(70 * 1024, QLatin1Char('x')));
        QTest::newRow("larger than 64 KiB") << TestKeys::makeJws(
            TestKeys::header(QStringLiteral("RS256"), QStringLiteral("rsa")), big, m_rsa.get())
                                            << ErrorCode::TokenMalformed;
        big.insert(QStringLiteral("padding"), QString(40 * 1024, QLatin1Char('x')));
        QTest::newRow("large but under 64 KiB") << TestKeys::makeJws(
            TestKeys::header(QStringLiteral("RS256"), QStringLiteral("rsa")), big, m_rsa.get())
                                                << ErrorCode::NoError;
        QByteArray es64 = es;
        es64 = parts(es).at(0) + '.' + parts(es).at(1) + '.'
            + b64(Base64Url::decode(parts(es).at(2))->left(63));
        QTest::newRow("ES256 signature of 63 bytes") << es64 << ErrorCode::TokenBadSignature;
    }
    void verify()
    {
        QFETCH(QByteArray, compact);
        QFETCH(ErrorCode, expected);
        const auto jws = verifyCompact(compact, m_keys);
        if (expected == ErrorCode::NoError) {
            QVERIFY2(jws.hasValue(), qPrintable(jws ? QString() : jws.error().toString()));
            QCOMPARE(jws->payload.value(QStringLiteral("sub")).toString(),
                     QStringLiteral("user-1"));
            QCOMPARE(jws->compact, compact);
            QCOMPARE(jws->signingInput, compact.left(compact.lastIndexOf('.')));
        } else {
            QVERIFY(!jws.hasValue());
            QCOMPARE(jws.error().code, expected);
            QVERIFY(!jws.error().message.isEmpty());
        }
    }

    void ambiguousKeyWithoutKid()
    {
        const auto set = JwkSet::fromJson(
            QJsonObject {{QStringLiteral("keys"),
                          QJsonArray {TestKeys::publicJwk(m_rsa.get(), QStringLiteral("a")),
                                      TestKeys::publicJwk(m_other.get(), QStringLiteral("b"))}}});
        QVERIFY(set.hasValue());
        const auto jws = verifyCompact(token("RS256", "", m_rsa.get()), *set);
        QVERIFY(!jws.hasValue());
        QCOMPARE(jws.error().code, ErrorCode::TokenUnknownKey);
        const auto single = JwkSet::fromJson(QJsonObject {
            {QStringLiteral("keys"), QJsonArray {TestKeys::publicJwk(m_rsa.get(), QString())}}});
        QVERIFY(single.hasValue());
        QVERIFY(verifyCompact(token("RS256", "", m_rsa.get()), *single).hasValue());
    }

    void verifySignatureDirectly()
    {
        const auto jws = Jws::parse(token("ES256", "ec", m_ec.get()));
        QVERIFY(jws.hasValue());
        QCOMPARE(jws->algorithm(), QStringLiteral("ES256"));
        QCOMPARE(jws->keyId(), QStringLiteral("ec"));
        QVERIFY(verifySignature(*jws, *m_keys.find(QStringLiteral("ec"))).hasValue());
        const auto wrongType = verifySignature(*jws, *m_keys.find(QStringLiteral("rsa")));
        QVERIFY(!wrongType.hasValue());
        QCOMPARE(wrongType.error().code, ErrorCode::TokenUnsupportedAlgorithm);
        const auto nullKey = verifySignature(*jws, Jwk());
        QVERIFY(!nullKey.hasValue());
    }
};

QTEST_GUILESS_MAIN(JwsTest)
#include "jwstest.moc"
