// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_export.h"
#include "net/requestjob.h"
#include "online/devicelistjob.h"

class QNetworkAccessManager;

namespace Keyway {

/**
 * Removes a computer from the account (`POST /api/activation/v1/devices/<id>/release`): its
 * leases end at the service at once, so its seats are free for this one, and it is refused at
 * its next renewal. Errors: TransferLimitReached (the sentence says when the next removal is
 * possible), DeviceUnknown, and those of every request.
 */
class KEYWAY_ACTIVATION_EXPORT DeviceReleaseJob : public RequestJob
{
    Q_OBJECT
public:
    DeviceReleaseJob(const VendorConfig &config, QNetworkAccessManager *nam,
                     QObject *parent = nullptr);
    ~DeviceReleaseJob() override;

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    /// This computer's device id: the service records the removal as made from it.
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// The service's id of the computer to remove (DeviceInfo::id).
    void setTarget(const QString &id) { m_target = id; }

    void start() override;

    /// The removed computer as the service now lists it.
    DeviceInfo device() const { return m_device; }
    /// After TransferLimitReached: when the next removal is possible (invalid if not said).
    QDateTime nextReleaseAt() const { return m_nextReleaseAt; }

protected:
    void handleReply(const JsonReply &reply) override;

private:
    VendorConfig m_config;
    QByteArray m_accessToken;
    QString m_deviceId;
    QString m_target;
    DeviceInfo m_device;
    QDateTime m_nextReleaseAt;
};

} // namespace Keyway
