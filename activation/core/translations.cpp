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
    return languages;
}

bool installTranslations(const QLocale &locale)
{
    auto *keyway = new QTranslator(QCoreApplication::instance());
    const bool found = keyway->load(locale, QStringLiteral("keyway"), QStringLiteral("_"),
                                    QStringLiteral(":/keyway/i18n"));
    replace(s_keyway, found ? keyway : nullptr);
    if (!found)
        delete keyway;

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        replace(s_qt, qt);
    } else {
        replace(s_qt, nullptr);
        delete qt;
    }
    return found;
}

} // namespace Keyway
