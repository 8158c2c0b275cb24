// SPDX-License-Identifier: BSD-3-Clause
#include "josetestkeys.h"

#include "oidc/idtokenvalidator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Keyway;

class IdTokenValidatorTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_key = TestKeys::rsa();
    TestKeys::Key m_otherKey = TestKeys::rsa();
    JwkSet m_keys;
    const QString m_issuer = QStringLiteral("https://id.example.com");
    const QString m_client = QStringLiteral("keyway-desktop");
    const QByteArray m_nonce = "n-0S6_WzA2Mj";
    const QByteArray m_accessToken = "access-token-value";
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

    QJsonObject claims() const
    {
        const QByteArray digest =
            QCryptographicHash::hash(m_accessToken, QCryptographicHash::Sha256);
        return {
            {QStringLiteral("iss"), m_issuer},
            {QStringLiteral("sub"), QStringLiteral("user-1")},
            {QStringLiteral("aud"), m_client},
            {QStringLiteral("exp"), m_now.toSecsSinceEpoch() + 600},
            {QStringLiteral("iat"), m_now.toSecsSinceEpoch() - 5},
            {QStringLiteral("nonce"), QString::fromLatin1(m_nonce)},
            {QStringLiteral("at_hash"), QString::fromLatin1(Base64Url::encode(digest.left(16)))},
            {QStringLiteral("email"), QStringLiteral("ada@example.com")},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("given_name"), QStringLiteral("Ada")},
        };
    }

    IdTokenValidator validator() const
    {
        IdTokenValidator v(m_issuer, m_client);
        v.setNonce(m_nonce);
        v.setAccessToken(m_accessToken);
        v.setLeeway(300);
        v.setNow(m_now);
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto keys =
            JwkSet::fromJson({{QStringLiteral("keys"),
                               QJsonArray {TestKeys::publicJwk(m_key.get(), QStringLiteral("k1"),
                                                               QStringLiteral("RS256"))}}});
        QVERIFY(keys);
        m_keys = *keys;
    }

    void accepts()
    {
        const QByteArray token = TestKeys::makeJws(
            TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k1")), claims(), m_key.get());
        const auto identity = validator().validate(token, m_keys);
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.error().detail));
        QCOMPARE(identity->subject, QStringLiteral("user-1"));
        QCOMPARE(identity->email, QStringLiteral("ada@example.com"));
        QVERIFY(identity->emailVerified);
        QCOMPARE(identity->displayName(), QStringLiteral("Ada"));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the claim
        QTest::addColumn<ErrorCode>("error");
        QTest::newRow("other issuer")
            << QStringLiteral("iss") << QJsonValue(QStringLiteral("https://evil.example"))
            << ErrorCode::IdTokenIssuerMismatch;
        QTest::newRow("other audience")
            << QStringLiteral("aud") << QJsonValue(QStringLiteral("someone-else"))
            << ErrorCode::IdTokenAudienceMismatch;
        QTest::newRow("audiences without us")
            << QStringLiteral("aud")
            << QJsonValue(QJsonArray {QStringLiteral("a"), QStringLiteral("b")})
            << ErrorCode::IdTokenAudienceMismatch;
        QTest::newRow("expired beyond leeway")
            << QStringLiteral("exp") << QJsonValue(1800000000 - 301) << ErrorCode::IdTokenExpired;
        QTest::newRow("issued in the future")
            << QStringLiteral("iat") << QJsonValue(1800000000 + 3600)
            << ErrorCode::IdTokenIssuedInFuture;
        QTest::newRow("no exp") << QStringLiteral("exp") << QJsonValue(QJsonValue::Undefined)
                                << ErrorCode::IdTokenInvalid;
        QTest::newRow("nonce missing")
            << QStringLiteral("nonce") << QJsonValue(QJsonValue::Undefined)
            << ErrorCode::IdTokenNonceMismatch;
        QTest::newRow("nonce wrong")
            << QStringLiteral("nonce") << QJsonValue(QStringLiteral("other"))
            << ErrorCode::IdTokenNonceMismatch;
        QTest::newRow("at_hash wrong")
            << QStringLiteral("at_hash") << QJsonValue(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"))
            << ErrorCode::IdTokenInvalid;
        QTest::newRow("no sub") << QStringLiteral("sub") << QJsonValue(QJsonValue::Undefined)
                                << ErrorCode::IdTokenInvalid;
    }
    void refuses()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(ErrorCode, error);
        QJsonObject payload = claims();
        if (value.isUndefined())
            payload.remove(claim);
        else
            payload.insert(claim, value);
        const QByteArray token = TestKeys::makeJws(
            TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k1")), payload, m_key.get());
        const auto identity = validator().validate(token, m_keys);
        QVERIFY(!identity);
        QCOMPARE(identity.error().code, error);
        QVERIFY(!identity.error().message.isEmpty());
    }

    void clockMessageSaysByHowMuch()
    {
        QJsonObject payload = claims();
        payload.insert(QStringLiteral("iat"), m_now.toSecsSinceEpoch() + 45 * 60);
        payload.insert(QStringLiteral("exp"), m_now.toSecsSinceEpoch() + 55 * 60);
        const auto identity = validator().validate(
            TestKeys::makeJws(TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k1")),
                              payload, m_key.get()),
            m_keys);
        QVERIFY(!identity);
        QVERIFY2(identity.error().message.contains(QStringLiteral("45 minute")),
                 qPrintable(identity.error().message));
    }

    void signatureProblems_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<ErrorCode>("error");
        QTest::newRow("unknown kid (caller refetches)") << 0 << ErrorCode::TokenUnknownKey;
        QTest::newRow("signed by another key") << 1 << ErrorCode::IdTokenInvalid;
        QTest::newRow("alg none") << 2 << ErrorCode::IdTokenInvalid;
        QTest::newRow("HS256 with the public key as secret") << 3 << ErrorCode::IdTokenInvalid;
        QTest::newRow("truncated") << 4 << ErrorCode::IdTokenInvalid;
        QTest::newRow("empty") << 5 << ErrorCode::IdTokenInvalid;
    }
    void signatureProblems()
    {
        QFETCH(int, kind);
        QFETCH(ErrorCode, error);
        QByteArray token;
        const QByteArray good = TestKeys::makeJws(
            TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k1")), claims(), m_key.get());
        switch (kind) {
        case 0:
            token =
                TestKeys::makeJws(TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k2")),
                                  claims(), m_otherKey.get());
            break;
        case 1:
            token =
                TestKeys::makeJws(TestKeys::header(QStringLiteral("RS256"), QStringLiteral("k1")),
                                  claims(), m_otherKey.get());
            break;
        case 2:
            token = TestKeys::b64(TestKeys::json(
                        TestKeys::header(QStringLiteral("none"), QStringLiteral("k1"))))
                + '.' + TestKeys::b64(TestKeys::json(claims())) + '.';
            break;
        case 3: {
            const QByteArray input =
                TestKeys::b64(
                    TestKeys::json(TestKeys::header(QStringLiteral("HS256"), QStringLiteral("k1"))))
                + '.' + TestKeys::b64(TestKeys::json(claims()));
            token = input + '.'
                + TestKeys::b64(TestKeys::hs256(TestKeys::publicPem(m_key.get()), input));
            break;
        }
        case 4:
            token = good.left(good.lastIndexOf('.'));
            break;
        case 5:
            break;
        }
        const auto identity = validator().validate(token, m_keys);
        QVERIFY(!identity);
        QCOMPARE(identity.error().code, error);
    }
};

QTEST_GUILESS_MAIN(IdTokenValidatorTest)
#include "idtokenvalidatortest.moc"
