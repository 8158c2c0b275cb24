// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QByteArray>
#include <QString>

namespace Keyway {

/**
 * Replaces the file @p path with @p data at once (QSaveFile: a crash leaves the old file or the
 * new one, never half of it), readable and writable by the owner only (0600). FileUnwritable
 * with the path and the reason in the detail.
 */
KEYWAY_LICENSE_EXPORT Result<void> writePrivateFile(const QString &path, const QByteArray &data);

} // namespace Keyway
