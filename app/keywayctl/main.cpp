// SPDX-License-Identifier: BSD-3-Clause
// keywayctl: the product's activation from the command line (docs/licensing.md).

#include "core/translations.h"
#include "ctl.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the keyway application, so that both find the same license folder.
    QCoreApplication::setOrganizationName(QStringLiteral("Keyway"));
    QCoreApplication::setApplicationName(QStringLiteral("keyway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYWAY_VERSION));
    Keyway::installTranslations();
    // The result is the output; the library's log stays quiet unless QT_LOGGING_RULES asks.
    QLoggingCategory::setFilterRules(QStringLiteral("keyway.*.debug=false\nkeyway.*.info=false"));
    Ctl ctl;
    return ctl.run(QCoreApplication::arguments());
}
