// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QDateTime>
#include <QString>

namespace Keyway {

/**
 * The one way dates and times are written for a person (the status view, the wizard, the
 * Devices section, error sentences): in the customer's locale and local time zone, never to the
 * second. Diagnostics and files keep ISO 8601.
 */
namespace DateTimeText {

/// A moment to the minute: the locale's short date and time without seconds
/// ("12/3/26 9:05 AM", "03.12.26 09:05"). Empty for an invalid time.
KEYWAY_LICENSE_EXPORT QString dateTime(const QDateTime &time);

/// Only the day, where the time does not matter (a license's end, a computer's last use): the
/// locale's long date without the weekday ("3 March 2026", "3. März 2026"). Empty when invalid.
KEYWAY_LICENSE_EXPORT QString date(const QDateTime &time);

} // namespace DateTimeText
} // namespace Keyway
