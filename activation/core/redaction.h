// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QByteArray>
#include <QString>

namespace Keyway {

/**
 * The one form in which a secret or a personal identifier (a token, an activation code, an
 * account id, an e-mail address, a lease id) may reach a log line or a support report: "sha256:"
 * and the first 12 hex digits of its SHA-256. Stable, so two lines about the same value can be
 * matched; short, so the value cannot be recovered from it. Empty for an empty value.
 */
KEYWAY_LICENSE_EXPORT QString fingerprint(const QByteArray &value);
/// The same for text, hashed as UTF-8.
KEYWAY_LICENSE_EXPORT QString fingerprint(const QString &value);

} // namespace Keyway
