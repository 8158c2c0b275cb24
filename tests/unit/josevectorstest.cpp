// SPDX-License-Identifier: BSD-3-Clause
// Wycheproof-style negative vectors for the JWS verifier (Nettle): signatures a careless
// verifier accepts (wrong PKCS#1 padding, trailing bytes, leading zeros, ECDSA r or s out of
// range, a non-canonical Ed25519 S, a small-order R) and keys it should never load (an RSA
// modulus too small, small-order or non-canonical Ed25519 points, EC coordinates out of range).
// Every signature is made from a real one or from the raw RSA private operation (OpenSSL, as a
// server would), so each row differs from a valid token in exactly the property it names.
#include "jose/jwk.h"
#include "jose/jws.h"
#include "josetestkeys.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <openssl/rsa.h>

using namespace Keyway;
using TestKeys::b64;

namespace {
// DER DigestInfo prefix of SHA-256 (RFC 8017 §9.2, note 1).
const QByteArray Sha256Prefix = QByteArray::fromHex("3031300d060960864801650304020105000420");

// The order n of P-256 and the group order L of Ed25519 (little endian), as bytes.
const QByteArray P256Order =
    QByteArray::fromHex("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
const QByteArray Ed25519OrderLe =
    QByteArray::fromHex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010");

QByteArray sha256(const QByteArray &data)
{
    unsigned char out[32];
    unsigned int length = 0;
    EVP_Digest(data.constData(), size_t(data.size()), out, &length, EVP_sha256(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

// The RSA private operation on @p encoded (k bytes, below n), no padding added: what a signer
// with a broken or malicious encoder would send.
QByteArray rsaRaw(EVP_PKEY *key, const QByteArray &encoded)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(key, nullptr);
    size_t length = 0;
    QByteArray out;
    if (ctx && EVP_PKEY_sign_init(ctx) == 1
        && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_NO_PADDING) == 1
        && EVP_PKEY_sign(ctx, nullptr, &length, reinterpret_cast<const uint8_t *>(encoded.data()),
                         size_t(encoded.size()))
            == 1) {
        out.resize(qsizetype(length));
        if (EVP_PKEY_sign(ctx, reinterpret_cast<uint8_t *>(out.data()), &length,
                          reinterpret_cast<const uint8_t *>(encoded.data()), size_t(encoded.size()))
            != 1)
            out.clear();
    }
    EVP_PKEY_CTX_free(ctx);
    return out;
}

// EMSA-PKCS1-v1_5 (RFC 8017 §9.2) of @p k bytes with the parts given, for bending one of them.
QByteArray pkcs1(int k, char blockType, char fill, const QByteArray &digestInfo,
                 const QByteArray &trailer = QByteArray())
{
    const qsizetype padding = k - 3 - digestInfo.size() - trailer.size();
    return QByteArray(1, '\0') + QByteArray(1, blockType) + QByteArray(padding, fill)
        + QByteArray(1, '\0') + digestInfo + trailer;
}

// Big-endian a - b for equal-length byte strings with a ≥ b.
QByteArray subtract(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), '\0');
    int borrow = 0;
    for (qsizetype i = a.size() - 1; i >= 0; --i) {
        int d = int(uint8_t(a[i])) - int(uint8_t(b[i])) - borrow;
        borrow = d < 0;
        out[i] = char(d + (borrow ? 256 : 0));
    }
    return out;
}

// Little-endian a + b for 32-byte strings (no overflow for the values used here).
QByteArray addLe(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(32, '\0');
    int carry = 0;
    for (int i = 0; i < 32; ++i) {
        const int s = int(uint8_t(a[i])) + int(uint8_t(b[i])) + carry;
        out[i] = char(s & 0xff);
        carry = s >> 8;
    }
    return out;
}

QByteArray le(const char *hex)
{
    return QByteArray::fromHex(hex);
}
} // namespace

class JoseVectorsTest : public QObject
{
    Q_OBJECT

private:
    TestKeys::Key m_rsa, m_rsa2047, m_ec, m_ed;

    QByteArray input(const char *alg) const
    {
        return b64(TestKeys::json(TestKeys::header(QLatin1String(alg), QStringLiteral("k")))) + '.'
            + b64(TestKeys::json(QJsonObject {{QStringLiteral("sub"), QStringLiteral("u")}}));
    }
    static QByteArray token(const QByteArray &input, const QByteArray &signature)
    {
        return input + '.' + b64(signature);
    }
    static JwkSet one(const QJsonObject &jwk)
    {
        auto set = JwkSet::fromJson(QJsonObject {{QStringLiteral("keys"), QJsonArray {jwk}}});
        return set ? *set : JwkSet();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_rsa = TestKeys::rsa(2048);
        m_rsa2047 = TestKeys::rsa(2047);
        m_ec = TestKeys::p256();
        m_ed = TestKeys::ed25519();
        QVERIFY(m_rsa && m_rsa2047 && m_ec && m_ed);
    }

    void signature_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QByteArray>("compact");
        QTest::addColumn<bool>("valid");

        // ---- RS256: RSASSA-PKCS1-v1_5 with SHA-256, k = 256 bytes ----
        const QJsonObject rsaJwk = TestKeys::publicJwk(m_rsa.get(), QStringLiteral("k"));
        const QByteArray rs = input("RS256");
        const QByteArray digestInfo = Sha256Prefix + sha256(rs);
        const QByteArray good = TestKeys::sign(m_rsa.get(), rs);
        QCOMPARE(good, rsaRaw(m_rsa.get(), pkcs1(256, '\x01', '\xff', digestInfo)));
        auto rsaRow = [&](const char *name, const QByteArray &signature, bool valid) {
            QTest::newRow(name) << rsaJwk << token(rs, signature) << valid;
        };
        rsaRow("RS256 valid", good, true);
        rsaRow("RS256 block type 2", rsaRaw(m_rsa.get(), pkcs1(256, '\x02', '\xff', digestInfo)),
               false);
        rsaRow("RS256 block type 0", rsaRaw(m_rsa.get(), pkcs1(256, '\x00', '\xff', digestInfo)),
               false);
        QByteArray badFill = pkcs1(256, '\x01', '\xff', digestInfo);
        badFill[100] = '\xfe';
        rsaRow("RS256 padding byte not ff", rsaRaw(m_rsa.get(), badFill), false);
        rsaRow("RS256 zero padding", rsaRaw(m_rsa.get(), pkcs1(256, '\x01', '\0', digestInfo)),
               false);
        QByteArray noSeparator = pkcs1(256, '\x01', '\xff', digestInfo);
        noSeparator[256 - digestInfo.size() - 1] = '\xff';
        rsaRow("RS256 no zero separator", rsaRaw(m_rsa.get(), noSeparator), false);
        rsaRow("RS256 trailing bytes after the digest",
               rsaRaw(m_rsa.get(), pkcs1(256, '\x01', '\xff', digestInfo, QByteArray(2, '\0'))),
               false);
        // The digest moved left by garbage inside the DigestInfo's room (Bleichenbacher 2006).
        rsaRow("RS256 garbage after the digest",
               rsaRaw(m_rsa.get(), pkcs1(256, '\x01', '\xff', digestInfo, QByteArray(8, '\x5a'))),
               false);
        rsaRow("RS256 DigestInfo without NULL parameters",
               rsaRaw(m_rsa.get(),
                      pkcs1(256, '\x01', '\xff',
                            QByteArray::fromHex("302f300b0609608648016503040201") + "\x04\x20"
                                + sha256(rs))),
               false);
        rsaRow("RS256 DigestInfo of SHA-1 OID",
               rsaRaw(m_rsa.get(),
                      pkcs1(256, '\x01', '\xff',
                            QByteArray::fromHex("3031300d06092b0e03021a05000420") + sha256(rs))),
               false);
        rsaRow("RS256 bare digest, no DigestInfo",
               rsaRaw(m_rsa.get(), pkcs1(256, '\x01', '\xff', sha256(rs))), false);
        rsaRow("RS256 leading zero byte (k + 1 bytes)", QByteArray(1, '\0') + good, false);
        rsaRow("RS256 trailing zero byte (k + 1 bytes)", good + QByteArray(1, '\0'), false);
        rsaRow("RS256 last byte dropped (k - 1 bytes)", good.left(255), false);
        rsaRow("RS256 signature 0", QByteArray(256, '\0'), false);
        rsaRow("RS256 signature 1", QByteArray(255, '\0') + '\x01', false);
        const QByteArray modulus =
            *Base64Url::decode(rsaJwk.value(QStringLiteral("n")).toString().toLatin1());
        rsaRow("RS256 signature n", modulus, false);
        rsaRow("RS256 signature of another input", TestKeys::sign(m_rsa.get(), rs + "x"), false);

        // ---- ES256: ECDSA P-256 with SHA-256, raw r || s ----
        const QJsonObject ecJwk = TestKeys::publicJwk(m_ec.get(), QStringLiteral("k"));
        const QByteArray es = input("ES256");
        const QByteArray ecGood = TestKeys::sign(m_ec.get(), es);
        const QByteArray r = ecGood.left(32), s = ecGood.mid(32);
        auto ecRow = [&](const char *name, const QByteArray &signature, bool valid) {
            QTest::newRow(name) << ecJwk << token(es, signature) << valid;
        };
        ecRow("ES256 valid", ecGood, true);
        // JWS does not demand low S; OpenSSL's signer gives either, so both verify.
        ecRow("ES256 S replaced by n - S", r + subtract(P256Order, s), true);
        ecRow("ES256 R = 0", QByteArray(32, '\0') + s, false);
        ecRow("ES256 S = 0", r + QByteArray(32, '\0'), false);
        ecRow("ES256 R = S = 0", QByteArray(64, '\0'), false);
        ecRow("ES256 R = n", P256Order + s, false);
        ecRow("ES256 S = n", r + P256Order, false);
        ecRow("ES256 R = 2^256 - 1", QByteArray(32, '\xff') + s, false);
        ecRow("ES256 S = 2^256 - 1", r + QByteArray(32, '\xff'), false);
        ecRow("ES256 R and S swapped", s + r, false);
        ecRow("ES256 R = S = 1", QByteArray(31, '\0') + '\x01' + QByteArray(31, '\0') + '\x01',
              false);
        ecRow("ES256 leading zero byte (65 bytes)", QByteArray(1, '\0') + ecGood, false);
        ecRow("ES256 trailing zero byte (65 bytes)", ecGood + QByteArray(1, '\0'), false);
        ecRow("ES256 DER instead of raw",
              QByteArray::fromHex("30440220") + r + QByteArray::fromHex("0220") + s, false);
        ecRow("ES256 R only (32 bytes)", r, false);

        // ---- EdDSA: Ed25519, R || S with S little endian ----
        const QJsonObject edJwk = TestKeys::publicJwk(m_ed.get(), QStringLiteral("k"));
        const QByteArray ed = input("EdDSA");
        const QByteArray edGood = TestKeys::sign(m_ed.get(), ed);
        const QByteArray edR = edGood.left(32), edS = edGood.mid(32);
        auto edRow = [&](const char *name, const QByteArray &signature, bool valid) {
            QTest::newRow(name) << edJwk << token(ed, signature) << valid;
        };
        edRow("EdDSA valid", edGood, true);
        edRow("EdDSA S + L (malleated)", edR + addLe(edS, Ed25519OrderLe), false);
        edRow("EdDSA S = L", edR + Ed25519OrderLe, false);
        edRow("EdDSA S = 2^256 - 1", edR + QByteArray(32, '\xff'), false);
        edRow("EdDSA R neutral, S = 0", le("01") + QByteArray(31, '\0') + QByteArray(32, '\0'),
              false);
        edRow("EdDSA R of order 8, S = 0",
              le("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05")
                  + QByteArray(32, '\0'),
              false);
        edRow("EdDSA R with y = p (not canonical)",
              le("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") + edS, false);
        edRow("EdDSA all zero", QByteArray(64, '\0'), false);
        edRow("EdDSA 63 bytes", edGood.left(63), false);
        edRow("EdDSA 65 bytes", edGood + QByteArray(1, '\0'), false);
        QByteArray flipped = edGood;
        flipped[10] = char(flipped[10] ^ 0x01);
        edRow("EdDSA one bit of R flipped", flipped, false);
        edRow("EdDSA signature of another input", TestKeys::sign(m_ed.get(), ed + "x"), false);
    }
    void signature()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QByteArray, compact);
        QFETCH(bool, valid);
        const JwkSet keys = one(jwk);
        QVERIFY(!keys.isEmpty());
        const auto jws = verifyCompact(compact, keys);
        if (valid) {
            QVERIFY2(jws.hasValue(), qPrintable(jws ? QString() : jws.error().toString()));
        } else {
            QVERIFY(!jws.hasValue());
            QCOMPARE(jws.error().code, ErrorCode::TokenBadSignature);
        }
    }

    void key_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        auto edKey = [](const char *hexLe) {
            return QJsonObject {
                {QStringLiteral("kty"), QStringLiteral("OKP")},
                {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                {QStringLiteral("x"), QString::fromLatin1(b64(QByteArray::fromHex(hexLe)))}};
        };
        // The eight points of small order (RFC 8032's 8-torsion) by their y, with either sign
        // bit, and y at or above p: each one verifies forged signatures or is not canonical.
        const char *smallOrder[] = {
            "0000000000000000000000000000000000000000000000000000000000000000", // order 4
            "0100000000000000000000000000000000000000000000000000000000000000", // neutral
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // order 2
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", // order 8
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
        };
        for (const char *hex : smallOrder) {
            QByteArray negative = QByteArray::fromHex(hex);
            negative[31] = char(negative[31] | 0x80);
            QTest::addRow("Ed25519 small order %s", hex) << edKey(hex);
            QTest::addRow("Ed25519 small order %s, sign bit set", hex)
                << edKey(negative.toHex().constData());
        }
        QTest::newRow("Ed25519 y = p")
            << edKey("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("Ed25519 y = p + 1 (the neutral element, not canonical)")
            << edKey("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
        QTest::newRow("Ed25519 y = 2^255 - 1")
            << edKey("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

        // RSA: a modulus one bit short of 2048, exponents a verifier should not take.
        QTest::newRow("RSA modulus of 2047 bits")
            << TestKeys::publicJwk(m_rsa2047.get(), QStringLiteral("k"));
        QJsonObject rsa = TestKeys::publicJwk(m_rsa.get(), QStringLiteral("k"));
        auto withE = [rsa](const QByteArray &e) {
            QJsonObject out = rsa;
            out.insert(QStringLiteral("e"), QString::fromLatin1(b64(e)));
            return out;
        };
        QTest::newRow("RSA exponent 1") << withE(QByteArray(1, '\x01'));
        QTest::newRow("RSA exponent 0") << withE(QByteArray(1, '\0'));
        QTest::newRow("RSA exponent 2^64 + 1")
            << withE(QByteArray(1, '\x01') + QByteArray(7, '\0') + QByteArray(1, '\x01'));
        QJsonObject rsaSmall = rsa;
        rsaSmall.insert(QStringLiteral("n"),
                        QString::fromLatin1(b64(QByteArray(1, '\0') + QByteArray(255, '\xff'))));
        QTest::newRow("RSA modulus of 2040 bits with a leading zero byte") << rsaSmall;

        // P-256: coordinates of p or more, the point (0, 0).
        const QJsonObject ec = TestKeys::publicJwk(m_ec.get(), QStringLiteral("k"));
        const QByteArray p =
            QByteArray::fromHex("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff");
        QJsonObject xIsP = ec;
        xIsP.insert(QStringLiteral("x"), QString::fromLatin1(b64(p)));
        QTest::newRow("P-256 x = p") << xIsP;
        QJsonObject yPlusP = ec;
        yPlusP.insert(QStringLiteral("y"), QString::fromLatin1(b64(QByteArray(32, '\xff'))));
        QTest::newRow("P-256 y = 2^256 - 1") << yPlusP;
        QJsonObject zero = ec;
        zero.insert(QStringLiteral("x"), QString::fromLatin1(b64(QByteArray(32, '\0'))));
        zero.insert(QStringLiteral("y"), QString::fromLatin1(b64(QByteArray(32, '\0'))));
        QTest::newRow("P-256 point (0, 0)") << zero;
        QJsonObject swapped = ec;
        swapped.insert(QStringLiteral("x"), ec.value(QStringLiteral("y")));
        swapped.insert(QStringLiteral("y"), ec.value(QStringLiteral("x")));
        QTest::newRow("P-256 x and y swapped") << swapped;
    }
    void key()
    {
        QFETCH(QJsonObject, jwk);
        const auto key = Jwk::fromJson(jwk);
        QVERIFY(!key.hasValue());
        QCOMPARE(key.error().code, ErrorCode::KeyInvalid);
    }
};

QTEST_GUILESS_MAIN(JoseVectorsTest)
#include "josevectorstest.moc"
