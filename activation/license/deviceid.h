// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QByteArray>
#include <QString>

namespace Keyway {

struct VendorConfig;

/**
 * The device id a license is bound to (the "hw" claim): base64url(SHA-256(salt || 0x00 ||
 * machine id)), cut to 32 characters. The salt (the product's client id) makes ids of
 * different products unlinkable; the raw machine id never leaves this class.
 *
 * The machine id is QSysInfo::machineUniqueId() (/etc/machine-id or the D-Bus machine id on
 * Linux, MachineGuid on Windows, IOPlatformUUID on macOS): it survives kernel updates, network
 * card changes and reinstalling the product. Where the system has none (some containers), a
 * random id is generated once and kept in the file "device-id" (mode 0600) of a fallback
 * folder, so the id stays stable for as long as that file lives.
 */
class KEYWAY_LICENSE_EXPORT DeviceId
{
public:
    static constexpr int Length = 32;

    /**
     * The id a product's licenses are bound to: salted with its client id, which stays the same
     * across versions and servers. The one function every caller (window, command line, the
     * product's check) uses, so that they always agree.
     */
    static QString forProduct(const VendorConfig &config, const QString &fallbackDir);
    /// The id for @p salt; without a machine id, uses the fallback file in the default folder.
    static QString compute(const QString &salt);
    /**
     * The id for @p salt; without a machine id, uses the fallback file in @p fallbackDir
     * (created 0700 if needed). Empty only when there is no machine id and the fallback file
     * can neither be read nor written.
     */
    static QString compute(const QString &salt, const QString &fallbackDir);
    /// The derivation itself, for tests: @p machineId replaces the system's machine id.
    static QString computeFrom(const QString &salt, const QByteArray &machineId,
                               const QString &fallbackDir);
    /// The folder compute(salt) keeps its fallback file in.
    static QString defaultFallbackDirectory();

    /// A short, translated description of what the id is made of and where it comes from here.
    static QString explain();
};

} // namespace Keyway
