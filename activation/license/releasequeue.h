// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QString>
#include <QStringList>

namespace Keyway {

/**
 * Lease ids whose release could not be sent (offline deactivation), kept in
 * "pending-release.json" next to the license store until an online command sends them. The ids
 * are not secret (a release needs the account's access token too), but the file is 0600 like
 * the store.
 */
class KEYWAY_LICENSE_EXPORT ReleaseQueue
{
public:
    explicit ReleaseQueue(const QString &directory);

    QString filePath() const;
    /// The queued lease ids, oldest first; empty if none or the file is unusable.
    QStringList pending() const;
    /// Adds @p leaseIds (duplicates are kept once).
    Result<void> add(const QStringList &leaseIds);
    /// Removes @p leaseIds; removes the file when nothing is left.
    Result<void> remove(const QStringList &leaseIds);

private:
    Result<void> write(const QStringList &leaseIds);

    QString m_directory;
};

} // namespace Keyway
