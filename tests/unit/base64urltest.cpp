// SPDX-License-Identifier: BSD-3-Clause
#include "jose/base64url.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Keyway;

class Base64UrlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void vectors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("encoded");
        // RFC 4648 §10, without padding.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
        QTest::newRow("JOSE header")
            << QByteArray("{\"alg\":\"RS256\"}") << QByteArray("eyJhbGciOiJSUzI1NiJ9");
    }
    void vectors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, encoded);
        QCOMPARE(Base64Url::encode(data), encoded);
        const auto decoded = Base64Url::decode(encoded);
        QVERIFY(decoded.hasValue());
        QCOMPARE(*decoded, data);
    }

    void roundTrip()
    {
        for (int length = 0; length <= 70; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char &c : data)
                c = char(QRandomGenerator::global()->bounded(256));
            const auto decoded = Base64Url::decode(Base64Url::encode(data));
            QVERIFY(decoded.hasValue());
            QCOMPARE(*decoded, data);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("padding ==") << QByteArray("Zg==");
        QTest::newRow("padding =") << QByteArray("Zm8=");
        QTest::newRow("standard alphabet +") << QByteArray("+_-_");
        QTest::newRow("standard alphabet /") << QByteArray("-/-_");
        QTest::newRow("space") << QByteArray("Zm9v Yg");
        QTest::newRow("newline") << QByteArray("Zm9v\n");
        QTest::newRow("dot") << QByteArray("Zm9v.Yg");
        QTest::newRow("non-ASCII") << QByteArray("Zm9v\xc3\xa4");
        QTest::newRow("NUL") << QByteArray("Zm9v\0Yg", 7);
        QTest::newRow("impossible length") << QByteArray("Zm9vY");
        QTest::newRow("single symbol") << QByteArray("A");
        QTest::newRow("non-canonical trailing bits") << QByteArray("Zh");
        QTest::newRow("non-canonical two bytes") << QByteArray("Zm9");
    }
    void refused()
    {
        QFETCH(QByteArray, input);
        const auto decoded = Base64Url::decode(input);
        QVERIFY(!decoded.hasValue());
        QCOMPARE(decoded.error().code, ErrorCode::TokenMalformed);
    }
};

QTEST_GUILESS_MAIN(Base64UrlTest)
#include "base64urltest.moc"
