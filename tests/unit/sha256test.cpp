// SPDX-License-Identifier: BSD-3-Clause
#include "jose/sha256.h"
#include "license/deviceid.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>

using namespace Keyway;

// Keyway::Sha256 (Nettle) against published vectors and against Qt's own implementation, which
// computed the device ids and clock marks of earlier releases: both must stay the same.
class Sha256Test : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hash_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        // FIPS 180-4 examples (NIST CSRC).
        QTest::newRow("empty")
            << QByteArray()
            << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc")
            << QByteArray("abc")
            << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks")
            << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a")
            << QByteArray(1000000, 'a')
            << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
    void hash()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        QCOMPARE(Sha256::hash(input).toHex(), digest);
        // In pieces, and the object starts over after result().
        Sha256 pieces;
        pieces.addData("ignored");
        (void)pieces.result();
        for (qsizetype at = 0; at < input.size(); at += 1000)
            pieces.addData(input.mid(at, 1000));
        QCOMPARE(pieces.result().toHex(), digest);
    }

    void hmac_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("mac");
        // RFC 4231 test cases 1, 2, 6 (a key longer than the block).
        QTest::newRow("RFC 4231 1")
            << QByteArray(20, '\x0b') << QByteArray("Hi There")
            << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("RFC 4231 2")
            << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
            << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("RFC 4231 6")
            << QByteArray(131, '\xaa')
            << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
            << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
    void hmac()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, mac);
        QCOMPARE(Sha256::hmac(key, message).toHex(), mac);
    }

    void sameAsQt()
    {
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 200; ++round) {
            QByteArray key(int(random->bounded(100)), Qt::Uninitialized);
            QByteArray message(int(random->bounded(300)), Qt::Uninitialized);
            for (char &c : key)
                c = char(random->bounded(256));
            for (char &c : message)
                c = char(random->bounded(256));
            QCOMPARE(Sha256::hash(message),
                     QCryptographicHash::hash(message, QCryptographicHash::Sha256));
            QCOMPARE(Sha256::hmac(key, message),
                     QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256));
        }
    }

    void deviceIdUnchanged()
    {
        // The device id of earlier releases (QCryptographicHash): a computer keeps its id.
        QCOMPARE(DeviceId::computeFrom(QStringLiteral("com.example.product"),
                                       "0123456789abcdef0123456789abcdef", QString()),
                 QStringLiteral("GYWsk2rUJ7H3S-TcnKZtThJyNOkI2szo"));
    }
};

QTEST_GUILESS_MAIN(Sha256Test)
#include "sha256test.moc"
