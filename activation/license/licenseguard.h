// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_license_export.h"
#include "license/licensestatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace Keyway {

class LicenseStore;

/**
 * The product's question "may I enable this feature?", answered synchronously from the verified
 * local store: no network, no keychain. Links only Qt Core and libcrypto (Keyway::License).
 *
 * Verification results are cached and keyed by the store file's size and modification time (and
 * the clock guard's); an edited or replaced file is verified again at the next check. Time-based
 * changes (renewal due, lease end, a clock set back) are judged at every check against the cached
 * boundaries, so the cache never outlives the state it stands for.
 *
 * changed() reports a state that differs from the last one seen, whether the file changed
 * (QFileSystemWatcher) or a lease boundary passed (a timer).
 */
class KEYWAY_LICENSE_EXPORT LicenseGuard : public QObject
{
    Q_OBJECT
public:
    /**
     * @p dataDir empty means LicenseStore::defaultDirectory(config). The device id is derived
     * once, here (DeviceId::forProduct).
     */
    explicit LicenseGuard(const VendorConfig &config, const QString &dataDir = QString(),
                          QObject *parent = nullptr);
    ~LicenseGuard() override;

    /// Whether @p item may be used now: Valid, RenewalDue or ValidOffline. False for an item the
    /// configuration does not list.
    bool check(const QString &item);
    /// The state of @p item with its translated reason.
    LicenseStatus status(const QString &item);
    /**
     * Whether @p item's license ends within the vendor's warning period
     * (VendorConfig::licenseEndWarningDays, 14 days unless configured): time to show the
     * vendor's renewal link (VendorConfig::renewalUrl). False for a subscription, an item
     * without a license end, and an item that is not valid.
     */
    bool endsSoon(const QString &item);
    /// Whole days until @p item's license ends (rounded up), -1 when it has no end or is not
    /// valid.
    int daysLeft(const QString &item);
    /// One status per configured item, in configuration order.
    QList<LicenseStatus> statuses();

    QString deviceId() const { return m_deviceId; }
    QString dataDirectory() const;
    const VendorConfig &config() const { return m_config; }

    /// Drops the cache; the next check verifies the file again.
    void invalidate();
    /// How many times the file was verified (cache misses), for tests and diagnostics.
    int verifications() const { return m_verifications; }

Q_SIGNALS:
    /**
     * A state differs from the last one seen. The file watch and the boundary timer start when
     * the first receiver connects, so a product that only calls check() never pays for them.
     */
    void changed(const QString &item, Keyway::LicenseStatus::State state);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void startWatching();
    struct FileStamp
    {
        qint64 size = -1;
        qint64 modified = 0;
        qint64 clockModified = 0;
        qint64 renewalModified = 0;
        bool operator==(const FileStamp &other) const;
    };
    FileStamp stamp() const;
    void ensureFresh();
    void recompute(const QDateTime &now, const FileStamp &stamp);
    void onFileChanged();
    void watch();
    void emitChanges();
    void scheduleBoundary();

    VendorConfig m_config;
    std::unique_ptr<const LicenseStore> m_store;
    QString m_deviceId;
    QByteArray m_storePath; ///< encoded once: check() only stat()s these three
    QByteArray m_clockPath;
    QByteArray m_renewalPath;
    QList<LicenseStatus> m_statuses;
    QHash<QString, LicenseStatus::State> m_reported;
    FileStamp m_stamp;
    bool m_cached = false;
    QDateTime m_validFrom; ///< before this the clock counts as set back: verify again
    QDateTime m_validUntil; ///< the next renewal or lease boundary
    int m_verifications = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_boundaryTimer = nullptr;
};

} // namespace Keyway
