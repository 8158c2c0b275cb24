// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/compositejob.h"
#include "keyway_activation_export.h"
#include "online/devicelistjob.h"

class QNetworkAccessManager;

namespace Keyway {

/**
 * Renames a computer of the account (`PATCH /api/activation/v1/devices/<id>`). Without a target
 * it renames this computer: it first lists the devices to learn this one's id. Errors:
 * DeviceNameInvalid (checked before anything is sent), DeviceUnknown, and those of every
 * request.
 */
class KEYWAY_ACTIVATION_EXPORT DeviceRenameJob : public CompositeJob
{
    Q_OBJECT
public:
    static constexpr int MaximumNameLength = 64;

    DeviceRenameJob(const VendorConfig &config, QNetworkAccessManager *nam,
                    QObject *parent = nullptr);
    ~DeviceRenameJob() override;

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    /// This computer's device id.
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// The service's id of the computer to rename; empty: this computer.
    void setTarget(const QString &id) { m_target = id; }
    void setName(const QString &name) { m_name = name; }

    /// Whether the service accepts @p name: 1 to 64 characters, not only spaces, no control
    /// characters.
    static bool isValidName(const QString &name);

    void start() override;

    /// The renamed computer as the service now lists it.
    DeviceInfo device() const { return m_device; }

private:
    void rename();

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    QByteArray m_accessToken;
    QString m_deviceId;
    QString m_target;
    QString m_name;
    DeviceInfo m_device;
};

} // namespace Keyway
