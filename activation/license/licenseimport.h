// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"
#include "license/licensestatus.h"

#include <QDateTime>
#include <QStringList>

namespace Keyway {

class LicenseStore;
struct VendorConfig;

/**
 * Air-gapped activation: license tokens an administrator downloaded for this computer's device
 * id, read from a file and stored like tokens from the server. Every token is verified first
 * (signature with the pinned keys, device, account, validity, the clock guard); if any is
 * refused, nothing is stored. Imported tokens replace stored ones for the same items.
 *
 * One place for the command line (`keywayctl import`) and the window's "Import license file".
 */
class KEYWAY_LICENSE_EXPORT LicenseImport
{
public:
    using Imported = ImportedLicenses;

    /// @p contents: compact JWSs separated by white space or '&' (as the server joins them).
    static Result<Imported> importTokens(LicenseStore &store, const VendorConfig &config,
                                         const QString &deviceId, const QByteArray &contents,
                                         const QDateTime &now);
    /// The same for a file; FileUnreadable when it cannot be read.
    static Result<Imported> importFile(LicenseStore &store, const VendorConfig &config,
                                       const QString &deviceId, const QString &path,
                                       const QDateTime &now);
};

} // namespace Keyway
