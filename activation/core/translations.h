// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QLocale>

namespace Keyway {

/**
 * Loads Keyway's own catalogue (compiled into the library) and Qt's for @p locale into the
 * application, replacing any installed earlier. Call it after the QCoreApplication exists.
 * Returns false when Keyway has no catalogue for the language (English is then shown). English
 * has one, for its plurals only ("1 license", "2 licenses").
 */
KEYWAY_LICENSE_EXPORT bool installTranslations(const QLocale &locale = QLocale());

/**
 * The language the window speaks: the locale installTranslations() was last given, or
 * QLocale() before that. Vendor texts (VendorConfig::itemDisplayName()) follow it.
 */
KEYWAY_LICENSE_EXPORT QLocale uiLocale();
/// The languages Keyway's catalogues cover, as BCP 47 tags ("en" first).
KEYWAY_LICENSE_EXPORT QStringList availableLanguages();

} // namespace Keyway
