// SPDX-License-Identifier: BSD-3-Clause
#include "devicereleasejob.h"

#include "net/jsonreply.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

DeviceReleaseJob::DeviceReleaseJob(const VendorConfig &config, QNetworkAccessManager *nam,
                                   QObject *parent)
    : RequestJob(nam, parent), m_config(config)
{
}

DeviceReleaseJob::~DeviceReleaseJob() = default;

void DeviceReleaseJob::start()
{
    if (m_target.isEmpty()) {
        finishLater(Error(ErrorCode::DeviceUnknown, QStringLiteral("no device id given")));
        return;
    }
    const QUrl url =
        JsonReply::endpoint(m_config.licensingBase(),
                            QStringLiteral("/api/activation/v1/devices/%1/release")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_target))));
    QNetworkRequest request = JsonReply::request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject body;
    if (!m_deviceId.isEmpty())
        body.insert(QStringLiteral("hw"), m_deviceId);
    sendRequest(request, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void DeviceReleaseJob::handleReply(const JsonReply &reply)
{
    Error error = reply.error();
    if (error.isError()) {
        if (reply.protocolError() == QLatin1String("transfer_limit_reached")) {
            m_nextReleaseAt = QDateTime::fromString(
                reply.json().value(QLatin1String("nextReleaseAt")).toString(), Qt::ISODate);
            error = error.recoded(ErrorCode::TransferLimitReached,
                                  transferLimitMessage(m_nextReleaseAt));
        } else if (reply.protocolError() == QLatin1String("device_unknown")) {
            error = error.recoded(ErrorCode::DeviceUnknown);
        }
        finish(error);
        return;
    }
    m_device = DeviceInfo::fromJson(reply.json().value(QLatin1String("device")).toObject());
    qCInfo(lcOnline) << "removed device" << m_target << "from the account";
    finish();
}

} // namespace Keyway
