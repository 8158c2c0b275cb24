// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QString>

namespace Keyway {

/**
 * The name this computer goes by on the account's list of computers (sent as "hwName" at
 * activation, docs/protocol.md §3). The OS's computer name unless the person renamed this
 * computer (the status view's Devices section, `keywayctl devices rename`); the chosen name is
 * remembered in the file "device-name" of the product's data folder, so that the next
 * activation (after a deactivation, or a removal from another computer) sends it again.
 */
class KEYWAY_LICENSE_EXPORT DeviceName
{
public:
    static constexpr int MaximumLength = 64;

    /**
     * The OS's computer name (QSysInfo::machineHostName()), or the system's pretty name
     * ("Debian GNU/Linux 12 (bookworm)") when the host name says nothing ("localhost", empty),
     * cut to MaximumLength characters.
     */
    static QString systemDefault();
    /// The remembered name in @p dataDir, else systemDefault().
    static QString forDirectory(const QString &dataDir);
    /// The remembered name in @p dataDir, empty if none.
    static QString remembered(const QString &dataDir);
    /// Remembers @p name in @p dataDir (trimmed; an empty name forgets it). FileUnwritable.
    static Result<void> remember(const QString &dataDir, const QString &name);
    /// The file the name is kept in.
    static QString filePath(const QString &dataDir);
};

} // namespace Keyway
