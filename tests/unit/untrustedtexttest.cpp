// SPDX-License-Identifier: BSD-3-Clause
// Text nobody vouches for, made safe to print and show (core/untrustedtext.h).

#include "core/untrustedtext.h"

#include <QTest>

using Keyway::UntrustedText;

class UntrustedTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void lengthLimit();
    void quoted();
};

void UntrustedTextTest::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("keyway-pro") << QStringLiteral("keyway-pro");
    QTest::newRow("terminal colour")
        << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("[31mred[0m");
    QTest::newRow("clear screen and title")
        << QStringLiteral("a\x1b[2J\x1b]0;owned\x07z") << QStringLiteral("a[2J]0;ownedz");
    QTest::newRow("C1 CSI") << QStringLiteral("x\u009b31my") << QStringLiteral("x31my");
    QTest::newRow("fake second line") << QStringLiteral("denied\r\nSigned in as admin")
                                      << QStringLiteral("denied Signed in as admin");
    QTest::newRow("bidi override")
        << QStringLiteral("abc\u202Egpj.exe") << QStringLiteral("abcgpj.exe");
    QTest::newRow("zero width") << QStringLiteral("pa\u200Bypal") << QStringLiteral("paypal");
    QTest::newRow("line separator") << QStringLiteral("one\u2028two") << QStringLiteral("one two");
    QTest::newRow("backspace and NUL")
        << QString::fromUtf8("ab\bc\0d", 6) << QStringLiteral("abcd");
    QTest::newRow("spaces collapsed") << QStringLiteral("  a \t\t b  ") << QStringLiteral("a b");
    QTest::newRow("non-Latin kept")
        << QStringLiteral("Käyttäjä 日本 🙂") << QStringLiteral("Käyttäjä 日本 🙂");
}

void UntrustedTextTest::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(UntrustedText::sanitize(input), expected);
    QCOMPARE(UntrustedText::sanitize(input.toUtf8()), expected);
}

void UntrustedTextTest::lengthLimit()
{
    const QString cut = UntrustedText::sanitize(QString(5000, QLatin1Char('a')), 10);
    QCOMPARE(cut, QString(10, QLatin1Char('a')) + QChar(0x2026));
    // A huge input of control characters is not copied whole.
    const QString controls =
        UntrustedText::sanitize(QString(1000000, QChar(0x1b)) + QLatin1Char('x'), 20);
    QVERIFY(controls.size() <= 21);
    // Surrogate pairs are not split.
    const QString emoji =
        UntrustedText::sanitize(QString(20, QChar(0x2603)) + QStringLiteral("🙂🙂"), 21);
    QCOMPARE(emoji, QString(20, QChar(0x2603)) + QStringLiteral("🙂") + QChar(0x2026));
    // Invalid UTF-8 becomes replacement characters, never raw bytes.
    QVERIFY(!UntrustedText::sanitize(QByteArray("a\xff\xfe"
                                                "b"))
                 .contains(QChar(0xff)));
}

void UntrustedTextTest::quoted()
{
    const QString quoted = UntrustedText::quoted(QStringLiteral("Bad\x1b[2J request"));
    QCOMPARE(quoted, QStringLiteral("The service says: \u201cBad[2J request\u201d"));
    QVERIFY(UntrustedText::quoted(QStringLiteral("\x1b\x07")).isEmpty());
}

QTEST_GUILESS_MAIN(UntrustedTextTest)
#include "untrustedtexttest.moc"
