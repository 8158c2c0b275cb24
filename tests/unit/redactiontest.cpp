// SPDX-License-Identifier: BSD-3-Clause
// fingerprint(): the one form of a secret or identifier in logs and reports.
#include "core/redaction.h"

#include <QRegularExpression>
#include <QTest>

using namespace Keyway;

class RedactionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fingerprintIsShortStableAndHidesTheValue()
    {
        const QByteArray secret("rt-3f9a1c0b77e24d5e8a6b");
        const QString print = fingerprint(secret);
        QVERIFY(
            QRegularExpression(QStringLiteral("^sha256:[0-9a-f]{12}$")).match(print).hasMatch());
        QCOMPARE(fingerprint(secret), print);
        QVERIFY(!print.contains(QString::fromLatin1(secret)));
        QVERIFY(fingerprint(QByteArray("rt-3f9a1c0b77e24d5e8a6c")) != print);
        // SHA-256("abc") = ba7816bf8f01cfea...
        QCOMPARE(fingerprint(QByteArray("abc")), QStringLiteral("sha256:ba7816bf8f01"));
    }

    void textIsHashedAsUtf8()
    {
        const QString email = QStringLiteral("jyrki.mäkelä@example.fi");
        QCOMPARE(fingerprint(email), fingerprint(email.toUtf8()));
    }

    void emptyStaysEmpty()
    {
        QCOMPARE(fingerprint(QByteArray()), QString());
        QCOMPARE(fingerprint(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(RedactionTest)
#include "redactiontest.moc"
