// SPDX-License-Identifier: BSD-3-Clause
#include "deviceid.h"

#include "config/vendorconfig.h"
#include "core/tr.h"
#include "jose/base64url.h"
#include "jose/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcDeviceId, "keyway.license.deviceid", QtInfoMsg)

const QLatin1String FallbackFileName("device-id");

bool isPlausibleId(const QByteArray &id)
{
    return id.size() >= 16 && id.size() <= 128 && Base64Url::decode(id).hasValue();
}

// The random stand-in for a missing machine id: read it, or create it once.
QByteArray fallbackId(const QString &directory)
{
    if (directory.isEmpty())
        return QByteArray();
    const QString path = QDir(directory).filePath(FallbackFileName);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QByteArray id = existing.read(256).trimmed();
        if (isPlausibleId(id))
            return id;
        qCWarning(lcDeviceId) << "ignoring a damaged" << path;
    }

    if (!QDir().mkpath(directory)) {
        qCWarning(lcDeviceId) << "cannot create" << directory;
        return QByteArray();
    }
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / int(sizeof(quint32)));
    const QByteArray id = Base64Url::encode(random);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcDeviceId) << "cannot write" << path << file.errorString();
        return QByteArray();
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(id + '\n');
    if (!file.commit()) {
        qCWarning(lcDeviceId) << "cannot write" << path << file.errorString();
        return QByteArray();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcDeviceId) << "no machine id on this system; created a fallback id in" << path;
    return id;
}
} // namespace

QString DeviceId::forProduct(const VendorConfig &config, const QString &fallbackDir)
{
    return compute(config.clientId, fallbackDir);
}

QString DeviceId::compute(const QString &salt)
{
    return compute(salt, defaultFallbackDirectory());
}

QString DeviceId::compute(const QString &salt, const QString &fallbackDir)
{
    return computeFrom(salt, QSysInfo::machineUniqueId(), fallbackDir);
}

QString DeviceId::computeFrom(const QString &salt, const QByteArray &machineId,
                              const QString &fallbackDir)
{
    const QByteArray source = machineId.isEmpty() ? fallbackId(fallbackDir) : machineId;
    if (source.isEmpty())
        return QString();
    Sha256 hash;
    hash.addData(salt.toUtf8());
    hash.addData(QByteArray(1, '\0'));
    hash.addData(source);
    return QString::fromLatin1(Base64Url::encode(hash.result()).left(Length));
}

QString DeviceId::defaultFallbackDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/keyway");
}

QString DeviceId::explain()
{
    QString text =
        LicenseTr::tr("The device id identifies this computer to the licensing service. It is a "
                      "SHA-256 hash of the product's identifier and the operating system's "
                      "machine id (on Linux /etc/machine-id, on Windows the MachineGuid, on "
                      "macOS the hardware UUID), shortened to 32 characters. The machine id "
                      "itself is never sent or stored, and other products get a different "
                      "device id. It stays the same after updates, network changes and "
                      "reinstalling the product; it changes when the operating system is "
                      "reinstalled.");
    text += QLatin1Char('\n');
    if (QSysInfo::machineUniqueId().isEmpty())
        text += LicenseTr::tr(
            "This system has no machine id, so a random id was generated once and is "
            "kept in the file \"device-id\" in the product's data folder; deleting that "
            "file changes the device id.");
    else
        text += LicenseTr::tr("On this computer the operating system's machine id is used.");
    return text;
}

} // namespace Keyway
