// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_export.h"
#include "net/requestjob.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QNetworkAccessManager;

namespace Keyway {

/// One computer of the account as the licensing service lists it (docs/protocol.md §3, Devices).
struct KEYWAY_ACTIVATION_EXPORT DeviceInfo
{
    struct Lease
    {
        QString item;
        QString licenseId;
        QDateTime end;
    };
    QString id; ///< the service's opaque id, never the device id itself
    QString name; ///< as the person sees it: made harmless (UntrustedText)
    QString platform;
    QDateTime firstSeen;
    QDateTime lastSeen;
    QDateTime releasedAt; ///< invalid unless removed from the account and not activated since
    QString releasedFrom; ///< the name of the computer it was removed from, if known
    bool current = false; ///< this computer
    QList<Lease> leases;

    static DeviceInfo fromJson(const QJsonObject &json);
};

/// A license's seats as the devices list reports them.
struct KEYWAY_ACTIVATION_EXPORT SeatInfo
{
    QString licenseId;
    QString productName;
    int seats = 0;
    int seatsInUse = 0;
    int remoteReleasesLeft = 0;
    QDateTime nextRemoteReleaseAt; ///< invalid while a remote release is possible
};

/**
 * Lists the account's computers and the seats of its licenses
 * (`GET /api/activation/v1/devices?hw=<this device>`), this computer marked current.
 */
class KEYWAY_ACTIVATION_EXPORT DeviceListJob : public RequestJob
{
    Q_OBJECT
public:
    DeviceListJob(const VendorConfig &config, QNetworkAccessManager *nam,
                  QObject *parent = nullptr);
    ~DeviceListJob() override;

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    /// This computer's device id, so that the list can mark it.
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }

    void start() override;

    QList<DeviceInfo> devices() const { return m_devices; }
    QList<SeatInfo> licenses() const { return m_licenses; }
    /// This computer's entry, or an empty one (no id) when the service has not seen it.
    DeviceInfo currentDevice() const;

protected:
    void handleReply(const JsonReply &reply) override;

private:
    VendorConfig m_config;
    QByteArray m_accessToken;
    QString m_deviceId;
    QList<DeviceInfo> m_devices;
    QList<SeatInfo> m_licenses;
};

} // namespace Keyway
