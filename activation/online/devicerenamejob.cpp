// SPDX-License-Identifier: BSD-3-Clause
#include "devicerenamejob.h"

#include "net/requestjob.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

namespace {
/// The PATCH itself; the renamed device is read from its answer.
class RenameRequest : public RequestJob
{
public:
    RenameRequest(QNetworkAccessManager *nam, const QNetworkRequest &request,
                  const QByteArray &body, QObject *parent)
        : RequestJob(nam, parent), m_request(request), m_body(body)
    {
    }
    void start() override { sendRequest(m_request, "PATCH", m_body); }
    DeviceInfo device;

protected:
    void handleReply(const JsonReply &reply) override
    {
        Error error = reply.error();
        if (error.isError()) {
            if (reply.protocolError() == QLatin1String("device_unknown"))
                error = error.recoded(ErrorCode::DeviceUnknown);
            else if (reply.protocolError() == QLatin1String("invalid_request"))
                error = error.recoded(ErrorCode::DeviceNameInvalid);
            finish(error);
            return;
        }
        device = DeviceInfo::fromJson(reply.json().value(QLatin1String("device")).toObject());
        finish();
    }

private:
    QNetworkRequest m_request;
    QByteArray m_body;
};
} // namespace

DeviceRenameJob::DeviceRenameJob(const VendorConfig &config, QNetworkAccessManager *nam,
                                 QObject *parent)
    : CompositeJob(parent), m_config(config), m_nam(nam)
{
}

DeviceRenameJob::~DeviceRenameJob() = default;

bool DeviceRenameJob::isValidName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > MaximumNameLength)
        return false;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

void DeviceRenameJob::start()
{
    if (!isValidName(m_name)) {
        finishLater(Error(ErrorCode::DeviceNameInvalid,
                          QStringLiteral("name of %1 characters refused").arg(m_name.size())));
        return;
    }
    if (!m_target.isEmpty()) {
        rename();
        return;
    }
    auto *list = new DeviceListJob(m_config, m_nam, this);
    list->setAccessToken(m_accessToken);
    list->setDeviceId(m_deviceId);
    startSubjob(list, [this, list] {
        m_target = list->currentDevice().id;
        if (m_target.isEmpty()) {
            finish(Error(ErrorCode::DeviceUnknown,
                         tr("This computer is not on your account's list of computers yet. "
                            "Activate the product here first."),
                         QStringLiteral("this computer is not among the account's devices")));
            return;
        }
        rename();
    });
}

void DeviceRenameJob::rename()
{
    QUrl url =
        JsonReply::endpoint(m_config.licensingBase(),
                            QStringLiteral("/api/activation/v1/devices/%1")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_target))));
    if (!m_deviceId.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("hw"),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_deviceId)));
        url.setQuery(query);
    }
    QNetworkRequest request = JsonReply::request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("name"), m_name}})
                                .toJson(QJsonDocument::Compact);
    auto *patch = new RenameRequest(m_nam, request, body, this);
    startSubjob(patch, [this, patch] {
        m_device = patch->device;
        qCInfo(lcOnline) << "renamed device" << m_target;
        finish();
    });
}

} // namespace Keyway
