// SPDX-License-Identifier: BSD-3-Clause
// The compiled catalogues are in the library and load: a person whose system speaks Finnish,
// German or Swedish reads Keyway in that language, and English otherwise.

#include "core/translations.h"
#include "codes/activationcode.h"
#include "core/error.h"
#include "core/tr.h"

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
        QTest::addColumn<bool>("catalogue"); // English has one, for its plurals
        QTest::newRow("Finnish") << QStringLiteral("fi_FI") << true << true;
        QTest::newRow("German") << QStringLiteral("de_DE") << true << true;
        QTest::newRow("Swedish") << QStringLiteral("sv_SE") << true << true;
        QTest::newRow("Swedish in Finland") << QStringLiteral("sv_FI") << true << true;
        QTest::newRow("English") << QStringLiteral("en_US") << false << true;
        QTest::newRow("a language without a catalogue")
            << QStringLiteral("ja_JP") << false << false;
    }
    void messagesFollowTheLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(bool, translated);
        QFETCH(bool, catalogue);
        installTranslations(QLocale(QStringLiteral("en_US")));
        const QString english = errorMessage(ErrorCode::CodeChecksumMismatch);
        const QString englishCode =
            ActivationCode::parse(QStringLiteral("KWPW0")).error().error.message;

        QCOMPARE(installTranslations(QLocale(locale)), catalogue);
        const QString message = errorMessage(ErrorCode::CodeChecksumMismatch);
        QVERIFY(!message.isEmpty());
        QCOMPARE(message != english, translated);
        // Texts with their own context (a class's tr(), placeholders filled in) too.
        const QString code = ActivationCode::parse(QStringLiteral("KWPW0")).error().error.message;
        QCOMPARE(code != englishCode, translated);
        QVERIFY2(code.contains(QStringLiteral("0")), qPrintable(code));
    }

    void englishPlurals_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("English") << QStringLiteral("en_US");
        QTest::newRow("a language without a catalogue") << QStringLiteral("ja_JP");
    }
    void englishPlurals()
    {
        // "1 token", "2 tokens", never "token(s)": English has a catalogue of its plurals, and
        // a language Keyway does not speak falls back to it.
        QFETCH(QString, locale);
        installTranslations(QLocale(locale));
        const char *source = "… and %n more token(s) refused.";
        QCOMPARE(LicenseTr::tr(source, nullptr, 1), QStringLiteral("… and 1 more token refused."));
        QCOMPARE(LicenseTr::tr(source, nullptr, 3), QStringLiteral("… and 3 more tokens refused."));
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
