// SPDX-License-Identifier: BSD-3-Clause
// The one date-time formatting helper (issue 17 item 10): to the minute in the customer's
// locale, dates without the weekday where only the day matters, never seconds.
#include "core/datetimetext.h"
#include "core/error.h"

#include <QLocale>
#include <QTest>

using namespace Keyway;

class DateTimeTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void toTheMinute_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << "en_US"
                            << "3/8/26 9:05 AM";
        QTest::newRow("de") << "de_DE"
                            << "08.03.26 09:05";
        QTest::newRow("fi") << "fi_FI"
                            << "8.3.2026 9.05";
        QTest::newRow("sv") << "sv_SE"
                            << "2026-03-08 09:05";
    }
    void toTheMinute()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        const QDateTime time(QDate(2026, 3, 8), QTime(9, 5, 47), Qt::LocalTime);
        const QString text = DateTimeText::dateTime(time);
        QCOMPARE(text.simplified().replace(QChar(0x202F), QLatin1Char(' ')), expected);
        QVERIFY2(!text.contains(QLatin1String("47")), qPrintable(text));
    }

    void dateWithoutWeekday()
    {
        const QDateTime time(QDate(2026, 3, 8), QTime(23, 5, 47), Qt::LocalTime);
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(DateTimeText::date(time), QStringLiteral("8. März 2026"));
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        QCOMPARE(DateTimeText::date(time), QStringLiteral("8 March 2026"));
    }

    void invalidIsEmpty()
    {
        QVERIFY(DateTimeText::dateTime(QDateTime()).isEmpty());
        QVERIFY(DateTimeText::date(QDateTime()).isEmpty());
    }

    // An error sentence with a date (the transfer limit's next removal) uses the helper.
    void errorSentences()
    {
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const QDateTime next(QDate(2026, 3, 8), QTime(9, 5, 47), Qt::LocalTime);
        const QString message = transferLimitMessage(next);
        QVERIFY2(message.contains(DateTimeText::dateTime(next)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String(":47")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(DateTimeTextTest)
#include "datetimetexttest.moc"
