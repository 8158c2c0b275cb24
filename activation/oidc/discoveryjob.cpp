// SPDX-License-Identifier: BSD-3-Clause
#include "discoveryjob.h"

#include "core/clock.h"
#include "net/jsonreply.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace Keyway {

namespace {
struct CacheEntry
{
    ProviderMetadata metadata;
    QDateTime expires;
};

QMutex s_cacheMutex;
QHash<QUrl, CacheEntry> &cache()
{
    static QHash<QUrl, CacheEntry> entries;
    return entries;
}

int maxAge(const QByteArray &cacheControl)
{
    static const QRegularExpression re(QStringLiteral("max-age=(\\d+)"));
    const auto match = re.match(QString::fromLatin1(cacheControl));
    if (match.hasMatch())
        return qBound(0, match.captured(1).toInt(), 24 * 3600);
    return 3600;
}
} // namespace

DiscoveryJob::DiscoveryJob(QNetworkAccessManager *nam, const QUrl &issuer, QObject *parent)
    : RequestJob(nam, parent), m_issuer(issuer)
{
}

DiscoveryJob::~DiscoveryJob() = default;

void DiscoveryJob::clearCache()
{
    QMutexLocker locker(&s_cacheMutex);
    cache().clear();
}

void DiscoveryJob::start()
{
    {
        QMutexLocker locker(&s_cacheMutex);
        const auto it = cache().constFind(m_issuer);
        if (it != cache().constEnd() && it->expires > Clock::current()) {
            m_metadata = it->metadata;
            finishLater(Error());
            return;
        }
    }
    sendRequest(JsonReply::request(ProviderMetadata::discoveryUrl(m_issuer)));
}

void DiscoveryJob::handleReply(const JsonReply &reply)
{
    if (reply.error().isError()) {
        Error error = reply.error();
        if (error.code == ErrorCode::HttpError || error.code == ErrorCode::ResponseMalformed)
            error = error.recoded(ErrorCode::DiscoveryFailed);
        error.detail =
            QStringLiteral("discovery %1: %2")
                .arg(ProviderMetadata::discoveryUrl(m_issuer).toDisplayString(), error.detail);
        finish(error);
        return;
    }
    auto metadata = ProviderMetadata::fromJson(reply.json(), m_issuer);
    if (!metadata) {
        finish(metadata.error());
        return;
    }
    m_metadata = *metadata;
    {
        QMutexLocker locker(&s_cacheMutex);
        cache().insert(
            m_issuer,
            {m_metadata, Clock::current().addSecs(maxAge(reply.rawHeader("Cache-Control")))});
    }
    finish();
}

} // namespace Keyway
