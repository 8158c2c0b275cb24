// SPDX-License-Identifier: BSD-3-Clause
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Keyway {

namespace {
QPointer<QTranslator> s_keyway;
QPointer<QTranslator> s_qt;
bool s_localeSet = false;
QLocale s_locale;

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}
} // namespace

QStringList availableLanguages()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/keyway/i18n")).entryList({QStringLiteral("keyway_*.qm")});
    for (const QString &file : files)
        languages.append(file.mid(7, file.size() - 10));
    languages.removeDuplicates(); // keyway_en.qm holds only English plurals
    return languages;
}

// The buttons of Keyway's dialogs (QMessageBox, QDialogButtonBox) take their texts from Qt's
// catalogue, context QPlatformTheme. Qt 6.4 has none for Swedish and says "Peru" in Finnish, and
// a system may lack Qt's catalogues altogether: Keyway's catalogue carries these, and is asked
// before Qt's.
[[maybe_unused]] const char *const StandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),  QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
};

QLocale uiLocale()
{
    return s_localeSet ? s_locale : QLocale();
}

bool installTranslations(const QLocale &locale)
{
    s_locale = locale;
    s_localeSet = true;
    // The translator installed last is asked first: Qt's, then Keyway's.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        replace(s_qt, qt);
    } else {
        replace(s_qt, nullptr);
        delete qt;
    }

    auto *keyway = new QTranslator(QCoreApplication::instance());
    const bool found = keyway->load(locale, QStringLiteral("keyway"), QStringLiteral("_"),
                                    QStringLiteral(":/keyway/i18n"));
    // A language Keyway does not speak is shown in English, with English plurals.
    if (found || keyway->load(QStringLiteral(":/keyway/i18n/keyway_en.qm"))) {
        replace(s_keyway, keyway);
    } else {
        replace(s_keyway, nullptr);
        delete keyway;
    }
    return found;
}

} // namespace Keyway
