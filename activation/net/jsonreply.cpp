// SPDX-License-Identifier: BSD-3-Clause
#include "jsonreply.h"

#include "core/clock.h"
#include "core/untrustedtext.h"
#include "net/tlssetup.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkReply>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcNet, "keyway.net")
}

namespace {
// A protocol answer is small; anything larger is refused rather than buffered.
constexpr qint64 MaxBodyBytes = 4 * 1024 * 1024;

Error transportError(QNetworkReply *reply)
{
    const QString detail = QStringLiteral("%1: %2").arg(
        QString::fromLatin1(
            QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error())),
        reply->errorString());
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return Error(ErrorCode::NetworkTimeout, detail);
    case QNetworkReply::SslHandshakeFailedError:
        // Says why the certificate was refused, and what to do (net/tlssetup.h).
        return TlsSetup::failure(reply, detail);
    default:
        return Error(ErrorCode::NetworkUnreachable, detail);
    }
}
} // namespace

JsonReply::JsonReply(QNetworkReply *reply, Body body, QObject *parent)
    : QObject(parent), m_reply(reply), m_bodyKind(body)
{
    Q_ASSERT(reply);
    TlsSetup::recordErrors(reply);
    connect(reply, &QNetworkReply::finished, this, &JsonReply::onFinished);
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        if (!m_reply)
            return;
        const QUrl from = m_reply->request().url();
        const QUrl to = from.resolved(target);
        const int standard = from.scheme() == QLatin1String("https") ? 443 : 80;
        if (to.scheme() == from.scheme() && to.host() == from.host()
            && to.port(standard) == from.port(standard)) {
            Q_EMIT m_reply->redirectAllowed();
            return;
        }
        // The request carries a bearer token or an authorization code: another origin must
        // never receive it (a 307 keeps the body and the headers).
        qCWarning(lcNet).noquote() << "refused a redirect from" << from.host() << "to"
                                   << to.toString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                  | QUrl::RemoveQuery | QUrl::RemoveFragment);
        m_refusedRedirect = to;
        m_reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > MaxBodyBytes && m_reply) {
            qCWarning(lcNet) << "reply larger than" << MaxBodyBytes << "bytes, aborting";
            m_reply->abort();
        }
    });
}

JsonReply::~JsonReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest JsonReply::request(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(DefaultTimeoutMs);
    return request;
}

QUrl JsonReply::endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void JsonReply::abort()
{
    if (m_reply)
        m_reply->abort();
}

QByteArray JsonReply::rawHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

QDateTime JsonReply::parseHttpDate(const QByteArray &value)
{
    // Qt's RFC 2822 parser wants a numeric zone; HTTP dates always say GMT.
    QByteArray text = value.trimmed();
    if (text.endsWith(" GMT"))
        text = text.chopped(4) + " +0000";
    return QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
}

QString JsonReply::requestId() const
{
    // The reference is shown to people and quoted to support: keep it short and printable.
    const QByteArray id = rawHeader("X-Request-Id").trimmed().left(MaxRequestIdLength);
    for (const char c : id) {
        if (c < 0x21 || c > 0x7e)
            return QString();
    }
    return QString::fromLatin1(id);
}

int JsonReply::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    // RFC 9110 §10.2.3: delay-seconds or an HTTP date.
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin(seconds, qint64(MaxRetryAfterSeconds)));
    const QDateTime at = parseHttpDate(text);
    if (!at.isValid())
        return -1;
    return int(qBound(qint64(0), now.secsTo(at), qint64(MaxRetryAfterSeconds)));
}

QDateTime JsonReply::serverDate() const
{
    return parseHttpDate(rawHeader("Date"));
}

void JsonReply::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_headers = reply->rawHeaderPairs();
    m_body = reply->readAll();
    const QString where = reply->request().url().path();

    if (!m_refusedRedirect.isEmpty()) {
        m_error =
            Error(ErrorCode::RedirectRefused,
                  QStringLiteral("%1 redirected to another origin, %2; not followed")
                      .arg(where,
                           m_refusedRedirect.toString(QUrl::RemoveUserInfo | QUrl::RemovePath
                                                      | QUrl::RemoveQuery | QUrl::RemoveFragment)));
        qCWarning(lcNet).noquote() << m_error.detail;
        Q_EMIT finished();
        return;
    }
    if (m_status == 0) {
        m_error = transportError(reply);
        qCInfo(lcNet) << reply->operation() << where << "failed:" << m_error.detail;
        Q_EMIT finished();
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (isJsonObject)
        m_json = document.object();

    if (m_status >= 200 && m_status < 300) {
        if (m_bodyKind == Body::Json && !isJsonObject) {
            m_error = Error(ErrorCode::ResponseMalformed,
                            QStringLiteral("HTTP %1 from %2 is not a JSON object: %3")
                                .arg(m_status)
                                .arg(where, parseError.errorString()));
            m_error.reference = requestId();
            m_error.httpStatus = m_status;
        }
        qCDebug(lcNet) << where << "HTTP" << m_status;
        Q_EMIT finished();
        return;
    }

    m_protocolError = m_json.value(QLatin1String("error")).toString();
    m_protocolErrorDescription = m_json.value(QLatin1String("error_description")).toString();
    // The server's words reach the details people see: never raw (core/untrustedtext.h).
    const QString name = UntrustedText::sanitize(m_protocolError, 64);
    const QString description = UntrustedText::sanitize(m_protocolErrorDescription);
    const QString detail = QStringLiteral("HTTP %1 from %2%3")
                               .arg(m_status)
                               .arg(where,
                                    name.isEmpty() ? QString()
                                                   : QStringLiteral(": ") + name
                                            + (description.isEmpty() ? QString()
                                                                     : QStringLiteral(" (")
                                                       + description + QLatin1Char(')')));
    if (m_status == 429 || m_status == 503)
        m_retryAfter = parseRetryAfter(rawHeader("Retry-After"), Clock::current());
    if (m_status == 429) {
        m_error = Error(ErrorCode::RateLimited, detail);
    } else if (m_status == 401) {
        m_error = Error(ErrorCode::Unauthorized, detail);
    } else if (m_status >= 500) {
        m_error = Error(ErrorCode::ServerError, detail);
    } else {
        m_error = Error(ErrorCode::HttpError, detail);
    }
    m_error.retryAfterSeconds = m_retryAfter;
    m_error.httpStatus = m_status;
    m_error.reference = requestId();
    qCInfo(lcNet).noquote() << where << "HTTP" << m_status << name
                            << (m_error.reference.isEmpty()
                                    ? QString()
                                    : QStringLiteral("reference ") + m_error.reference);
    Q_EMIT finished();
}

} // namespace Keyway
