// SPDX-License-Identifier: BSD-3-Clause
#include "licenseguard.h"

#include "core/clock.h"
#include "license/clockguard.h"
#include "license/deviceid.h"
#include "license/licensestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QTimer>
#include <qplatformdefs.h>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcGuard, "keyway.license.guard", QtInfoMsg)

qint64 modifiedNs(const QT_STATBUF &info)
{
#if defined(Q_OS_LINUX)
    return qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
#else
    return qint64(info.st_mtime) * 1000000000;
#endif
}
} // namespace

bool LicenseGuard::FileStamp::operator==(const FileStamp &other) const
{
    return size == other.size && modified == other.modified && clockModified == other.clockModified
        && renewalModified == other.renewalModified;
}

LicenseGuard::LicenseGuard(const VendorConfig &config, const QString &dataDir, QObject *parent)
    : QObject(parent), m_config(config),
      m_store(std::make_unique<LicenseStore>(
          dataDir.isEmpty() ? LicenseStore::defaultDirectory(config) : dataDir)),
      m_deviceId(DeviceId::forProduct(config, m_store->directory())),
      m_storePath(QFile::encodeName(m_store->filePath())),
      m_clockPath(QFile::encodeName(ClockGuard(m_store->directory()).filePath())),
      m_renewalPath(
          QFile::encodeName(QDir(m_store->directory()).filePath(QStringLiteral("renewal.json"))))
{
    // The states changed() is measured against.
    ensureFresh();
    for (const auto &status : std::as_const(m_statuses))
        m_reported.insert(status.item, status.state);
}

void LicenseGuard::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&LicenseGuard::changed))
        startWatching();
}

void LicenseGuard::startWatching()
{
    if (m_watcher)
        return;
    m_boundaryTimer = new QTimer(this);
    m_boundaryTimer->setSingleShot(true);
    connect(m_boundaryTimer, &QTimer::timeout, this, [this] { emitChanges(); });
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { onFileChanged(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { onFileChanged(); });
    watch();
    scheduleBoundary();
}

LicenseGuard::~LicenseGuard() = default;

QString LicenseGuard::dataDirectory() const
{
    return m_store->directory();
}

LicenseGuard::FileStamp LicenseGuard::stamp() const
{
    // One stat() per file, nothing read: the whole cost of a warm check().
    FileStamp result;
    QT_STATBUF info;
    if (QT_STAT(m_storePath.constData(), &info) == 0) {
        result.size = qint64(info.st_size);
        result.modified = modifiedNs(info);
    }
    if (QT_STAT(m_clockPath.constData(), &info) == 0)
        result.clockModified = modifiedNs(info);
    if (QT_STAT(m_renewalPath.constData(), &info) == 0)
        result.renewalModified = modifiedNs(info);
    return result;
}

void LicenseGuard::invalidate()
{
    m_cached = false;
}

void LicenseGuard::ensureFresh()
{
    const QDateTime now = Clock::current();
    const FileStamp current = stamp();
    if (m_cached && current == m_stamp && (!m_validFrom.isValid() || now >= m_validFrom)
        && (!m_validUntil.isValid() || now < m_validUntil))
        return;
    recompute(now, current);
}

void LicenseGuard::recompute(const QDateTime &now, const FileStamp &fileStamp)
{
    ++m_verifications;
    m_statuses = m_store->check(m_config, m_deviceId, now);
    // check() may have raised the clock mark (a new file): stamp after it.
    m_stamp = fileStamp.size == -1 ? fileStamp : stamp();
    m_cached = true;

    // The cached answer holds while the clock stays within the tolerance of the trusted time
    // and no renewal or lease boundary is crossed.
    const ClockGuard::Verdict verdict =
        ClockGuard(m_store->directory(), m_config.clockToleranceSeconds).evaluate(now);
    const QDateTime latestMark = verdict.latestMark();
    m_validFrom =
        latestMark.isValid() ? latestMark.addSecs(-m_config.clockToleranceSeconds) : QDateTime();
    m_validUntil = QDateTime();
    auto consider = [this, &now](const QDateTime &boundary) {
        if (boundary.isValid() && boundary > now
            && (!m_validUntil.isValid() || boundary < m_validUntil))
            m_validUntil = boundary;
    };
    // The local clock mark (ClockGuard::observeLocal) follows a product that runs for days.
    consider(now.addSecs(ClockGuard(m_store->directory(), m_config.clockToleranceSeconds)
                             .localGranularitySeconds()));
    for (const auto &status : std::as_const(m_statuses)) {
        consider(status.grant.renewAfter);
        // LicenseToken allows 60 s of leeway past "exp".
        if (status.grant.expiresAt.isValid())
            consider(status.grant.expiresAt.addSecs(61));
        // The warning before the license ends starts, and its count of days goes down, at
        // these moments.
        if (status.daysLeft > 0) {
            consider(status.grant.licenseEnd.addDays(-m_config.licenseEndWarningDays));
            consider(status.grant.licenseEnd.addDays(-(status.daysLeft - 1)));
        }
    }
    // A clock set back is re-judged at every change of the clock; in that state the cache
    // holds only until the clock is no longer behind.
    if (verdict.setBack)
        m_validFrom = QDateTime();
    qCDebug(lcGuard) << "verified the license file; cached until" << m_validUntil;
}

QList<LicenseStore::ItemStatus> LicenseGuard::statuses()
{
    ensureFresh();
    return m_statuses;
}

LicenseStore::ItemStatus LicenseGuard::status(const QString &item)
{
    ensureFresh();
    for (const auto &status : std::as_const(m_statuses)) {
        if (status.item == item)
            return status;
    }
    LicenseStore::ItemStatus unknown;
    unknown.item = item;
    unknown.state = LicenseStore::ItemStatus::Missing;
    unknown.reason =
        Error(ErrorCode::LicenseMissing,
              QStringLiteral("\"%1\" is not a licensed item of this product").arg(item));
    return unknown;
}

bool LicenseGuard::endsSoon(const QString &item)
{
    return status(item).endsSoon;
}

int LicenseGuard::daysLeft(const QString &item)
{
    return status(item).daysLeft;
}

bool LicenseGuard::check(const QString &item)
{
    ensureFresh();
    for (const auto &status : std::as_const(m_statuses)) {
        if (status.item == item)
            return status.isValid();
    }
    return false;
}

void LicenseGuard::watch()
{
    if (!m_watcher)
        return;
    const QString directory = m_store->directory();
    if (QFileInfo::exists(directory) && !m_watcher->directories().contains(directory))
        m_watcher->addPath(directory);
    // The store is replaced by rename: the watch on the old inode ends, so add it again.
    const QString file = m_store->filePath();
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
        m_watcher->addPath(file);
}

void LicenseGuard::onFileChanged()
{
    watch();
    emitChanges();
}

void LicenseGuard::emitChanges()
{
    m_cached = false;
    ensureFresh();
    for (const auto &status : std::as_const(m_statuses)) {
        const auto previous = m_reported.find(status.item);
        if (previous != m_reported.end() && *previous == status.state)
            continue;
        m_reported.insert(status.item, status.state);
        Q_EMIT changed(status.item, status.state);
    }
    scheduleBoundary();
}

void LicenseGuard::scheduleBoundary()
{
    if (!m_boundaryTimer)
        return;
    if (!m_validUntil.isValid()) {
        m_boundaryTimer->stop();
        return;
    }
    const qint64 ms = Clock::current().msecsTo(m_validUntil);
    // QTimer takes an int; a lease boundary weeks away is looked at again daily.
    m_boundaryTimer->start(int(qBound<qint64>(0, ms, qint64(24) * 3600 * 1000)));
}

} // namespace Keyway
