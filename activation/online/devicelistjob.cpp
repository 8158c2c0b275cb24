// SPDX-License-Identifier: BSD-3-Clause
#include "devicelistjob.h"

#include "core/untrustedtext.h"
#include "net/jsonreply.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

namespace {
QDateTime date(const QJsonValue &value)
{
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}
} // namespace

DeviceInfo DeviceInfo::fromJson(const QJsonObject &json)
{
    DeviceInfo device;
    device.id = UntrustedText::sanitize(json.value(QLatin1String("id")).toString(), 64);
    device.name = UntrustedText::sanitize(json.value(QLatin1String("name")).toString(), 64);
    device.platform = UntrustedText::sanitize(json.value(QLatin1String("platform")).toString(), 64);
    device.firstSeen = date(json.value(QLatin1String("firstSeen")));
    device.lastSeen = date(json.value(QLatin1String("lastSeen")));
    device.releasedAt = date(json.value(QLatin1String("releasedAt")));
    device.releasedFrom =
        UntrustedText::sanitize(json.value(QLatin1String("releasedFrom")).toString(), 64);
    device.current = json.value(QLatin1String("current")).toBool();
    const QJsonArray leases = json.value(QLatin1String("leases")).toArray();
    for (const QJsonValue &value : leases) {
        const QJsonObject lease = value.toObject();
        device.leases.append(
            {UntrustedText::sanitize(lease.value(QLatin1String("item")).toString(), 128),
             lease.value(QLatin1String("licenseId")).toString(),
             date(lease.value(QLatin1String("leaseEnd")))});
    }
    return device;
}

DeviceListJob::DeviceListJob(const VendorConfig &config, QNetworkAccessManager *nam,
                             QObject *parent)
    : RequestJob(nam, parent), m_config(config)
{
}

DeviceListJob::~DeviceListJob() = default;

DeviceInfo DeviceListJob::currentDevice() const
{
    for (const DeviceInfo &device : m_devices) {
        if (device.current)
            return device;
    }
    return DeviceInfo();
}

void DeviceListJob::start()
{
    QUrl url =
        JsonReply::endpoint(m_config.licensingBase(), QStringLiteral("/api/activation/v1/devices"));
    if (!m_deviceId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("hw"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_deviceId)));
        url.setQuery(query);
    }
    QNetworkRequest request = JsonReply::request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    sendRequest(request);
}

void DeviceListJob::handleReply(const JsonReply &reply)
{
    if (reply.error().isError()) {
        finish(reply.error());
        return;
    }
    const QJsonObject json = reply.json();
    if (!json.value(QLatin1String("devices")).isArray()) {
        Error error(ErrorCode::ResponseMalformed,
                    QStringLiteral("the devices answer has no \"devices\" list"));
        error.reference = reply.requestId();
        finish(error);
        return;
    }
    for (const QJsonValue &value : json.value(QLatin1String("devices")).toArray())
        m_devices.append(DeviceInfo::fromJson(value.toObject()));
    for (const QJsonValue &value : json.value(QLatin1String("licenses")).toArray()) {
        const QJsonObject license = value.toObject();
        m_licenses.append(
            {license.value(QLatin1String("id")).toString(),
             UntrustedText::sanitize(license.value(QLatin1String("productName")).toString(), 128),
             license.value(QLatin1String("seats")).toInt(),
             license.value(QLatin1String("seatsInUse")).toInt(),
             license.value(QLatin1String("remoteReleasesLeft")).toInt(),
             date(license.value(QLatin1String("nextRemoteReleaseAt")))});
    }
    qCInfo(lcOnline) << "listed" << m_devices.size() << "device(s)";
    finish();
}

} // namespace Keyway
