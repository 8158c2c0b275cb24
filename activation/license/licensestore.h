// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"
#include "license/licensestatus.h"
#include "license/licensetoken.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Keyway {

struct VendorConfig;

/**
 * The license tokens of this product installation, kept in "licenses.json" in one directory:
 * {"version":1,"subject":"<user id>","email":"...","tokens":["<jws>",...],"updated":"<ISO>"}.
 *
 * The file holds nothing secret (tokens are signed, not encrypted) but is private to the user
 * (0600 in a 0700 directory). Nothing in it is trusted: check() verifies every token again, so
 * editing the file can only make a license invalid, never valid.
 */
class KEYWAY_LICENSE_EXPORT LicenseStore
{
public:
    static constexpr int FormatVersion = 1;

    /// The verdict on one configured item (the public name is LicenseStatus).
    using ItemStatus = LicenseStatus;
    /// The last failed renewal, kept in "renewal.json" until the next save().
    using RenewalFailure = Keyway::RenewalFailure;

    explicit LicenseStore(const QString &directory);

    /// $KEYWAY_DATA_DIR, else the application data folder + "/" + config.storageKey().
    static QString defaultDirectory(const VendorConfig &config);
    /// A stable machine-readable name for @p state ("valid", "wrongDevice", ...), for JSON.
    static QString stateName(ItemStatus::State state) { return LicenseStatus::stateName(state); }
    /**
     * The warning before a license ends (ItemStatus::endsSoon), for the earliest such end
     * among @p statuses: "The license of <product> ends in 9 days, on <date>." Empty when none
     * ends soon.
     */
    static QString endsSoonMessage(const QList<ItemStatus> &statuses, const QString &productName);
    /// The translated word for @p state, for a table.
    static QString stateLabel(ItemStatus::State state);

    QString directory() const { return m_directory; }
    QString filePath() const;

    /// Replaces the stored tokens, atomically, with a 0600 file.
    Result<void> save(const QString &subject, const QString &email,
                      const QList<QByteArray> &tokens);
    /// Forgets every token (signing out, deactivating). Succeeds if there was nothing to forget.
    /// The clock guard's mark stays: it only ever rises.
    Result<void> clear();

    /// Records a failed renewal (shown as ValidOffline until the next save()).
    Result<void> recordRenewalFailure(const RenewalFailure &failure);
    RenewalFailure lastRenewalFailure() const;

    QString subject() const;
    QString email() const;
    /// The stored tokens as they are, unverified.
    QList<QByteArray> tokens() const;
    /// When the tokens were last saved, invalid if never.
    QDateTime updated() const;

    /**
     * Reads the file again and verifies every token against @p config's license keys, this
     * device and the stored account at @p now. One status per config.licensedItems entry, in
     * that order.
     *
     * Time is judged by the ClockGuard of this folder (config.clockToleranceSeconds): leases
     * are measured against the later of @p now and the trusted time, and a clock more than the
     * tolerance behind it turns time-limited licenses into ClockSetBack. Verified tokens raise
     * the guard's stored mark.
     */
    QList<ItemStatus> check(const VendorConfig &config, const QString &deviceId,
                            const QDateTime &now) const;
    /// Whether every configured item is Valid.
    bool allValid(const VendorConfig &config, const QString &deviceId, const QDateTime &now) const;

private:
    struct Contents
    {
        QString subject;
        QString email;
        QList<QByteArray> tokens;
        QDateTime updated;
    };
    Result<Contents> read() const;

    QString m_directory;
};

} // namespace Keyway
