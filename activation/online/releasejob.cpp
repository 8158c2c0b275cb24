// SPDX-License-Identifier: BSD-3-Clause
#include "releasejob.h"

#include "jose/jws.h"
#include "net/jsonreply.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

ReleaseJob::ReleaseJob(const VendorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : RequestJob(nam, parent), m_config(config)
{
}

ReleaseJob::~ReleaseJob() = default;

void ReleaseJob::start()
{
    if (m_leaseIds.isEmpty()) {
        finishLater(Error());
        return;
    }
    QUrl url = JsonReply::endpoint(m_config.licensingBase(), QStringLiteral("/authz/.json"));
    QStringList query {QStringLiteral("release")};
    for (const QString &lease : std::as_const(m_leaseIds))
        query.append(QString::fromLatin1(QUrl::toPercentEncoding(lease)));
    url.setQuery(query.join(QLatin1Char('&')), QUrl::StrictMode);
    QNetworkRequest request = JsonReply::request(url);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    sendRequest(request, "POST");
}

void ReleaseJob::handleReply(const JsonReply &reply)
{
    if (reply.error().isError()) {
        finish(reply.error());
        return;
    }
    const QJsonObject json = reply.json();
    for (const QString &lease : std::as_const(m_leaseIds))
        m_results.insert(lease, json.value(lease).toBool(false));
    qCInfo(lcOnline) << "released" << m_results.size() << "lease(s)";
    finish();
}

QStringList ReleaseJob::leaseIdsOf(const QList<QByteArray> &tokens)
{
    QStringList ids;
    for (const QByteArray &token : tokens) {
        const auto jws = Jws::parse(token);
        const QString id = jws ? jws->payload.value(QStringLiteral("jti")).toString() : QString();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace Keyway
