// SPDX-License-Identifier: BSD-3-Clause
// The compiled catalogues are in the library and load: a person whose system speaks Finnish,
// German or Swedish reads Keyway in that language, and English otherwise.

#include "core/translations.h"
#include "codes/activationcode.h"
#include "core/error.h"

#include <QTest>

using namespace Keyway;

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void availableLanguages()
    {
        const QStringList languages = Keyway::availableLanguages();
        for (const char *language : {"en", "fi", "de", "sv"})
            QVERIFY2(languages.contains(QLatin1String(language)), qPrintable(languages.join(u',')));
    }

    void messagesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("translated");
        QTest::newRow("Finnish") << QStringLiteral("fi_FI") << true;
        QTest::newRow("German") << QStringLiteral("de_DE") << true;
        QTest::newRow("Swedish") << QStringLiteral("sv_SE") << true;
        QTest::newRow("Swedish in Finland") << QStringLiteral("sv_FI") << true;
        QTest::newRow("English") << QStringLiteral("en_US") << false;
        QTest::newRow("a language without a catalogue") << QStringLiteral("ja_JP") << false;
    }
    void messagesFollowTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(bool, translated);
        installTranslations(QLocale(QStringLiteral("en_US")));
        const QString english = errorMessage(ErrorCode::CodeChecksumMismatch);
        const QString englishCode =
            ActivationCode::parse(QStringLiteral("KWPW0")).error().error.message;

        QCOMPARE(installTranslations(QLocale(locale)), translated);
        const QString message = errorMessage(ErrorCode::CodeChecksumMismatch);
        QVERIFY(!message.isEmpty());
        QCOMPARE(message != english, translated);
        // Texts with their own context (a class's tr(), placeholders filled in) too.
        const QString code = ActivationCode::parse(QStringLiteral("KWPW0")).error().error.message;
        QCOMPARE(code != englishCode, translated);
        QVERIFY2(code.contains(QStringLiteral("0")), qPrintable(code));
    }

    void dialogButtonsFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("yes");
        QTest::newRow("Finnish") << QStringLiteral("fi_FI") << QStringLiteral("Peruuta")
                                 << QStringLiteral("&Kyllä");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("Abbrechen")
                                << QStringLiteral("&Ja");
        QTest::newRow("Swedish") << QStringLiteral("sv_SE") << QStringLiteral("Avbryt")
                                 << QStringLiteral("&Ja");
        QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("Cancel")
                                 << QStringLiteral("&Yes");
    }
    void dialogButtonsFollowTheLanguage()
    {
        // What QPlatformTheme::defaultStandardButtonText() asks for a confirmation's buttons.
        QFETCH(QString, locale);
        QFETCH(QString, cancel);
        QFETCH(QString, yes);
        installTranslations(QLocale(locale));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), yes);
    }

    void cleanupTestCase() { installTranslations(QLocale(QStringLiteral("en_US"))); }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "translationstest.moc"
