// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"

#include <QDateTime>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace Keyway {

/**
 * The one place that turns a QNetworkReply into a result: transport error, HTTP status, JSON
 * parse and the protocol's `{"error","error_description"}` body each become a distinct Error.
 * It owns the reply and always deleteLater()s it.
 */
class KEYWAY_ACTIVATION_EXPORT JsonReply : public QObject
{
    Q_OBJECT
public:
    /// Default transfer timeout for every request, in milliseconds.
    static constexpr int DefaultTimeoutMs = 30000;
    /// A Retry-After beyond this (one day) is taken as this.
    static constexpr int MaxRetryAfterSeconds = 86400;
    /// Longer X-Request-Id values are cut to this many characters.
    static constexpr int MaxRequestIdLength = 64;

    enum class Body { Json, Raw };

    explicit JsonReply(QNetworkReply *reply, Body body = Body::Json, QObject *parent = nullptr);
    ~JsonReply() override;

    /// A request with the JSON Accept header, no caching and the default timeout set. Redirects
    /// are followed only within the request's origin (same scheme, host and port): a request
    /// carries a token or a code, and another origin never receives it (RedirectRefused).
    static QNetworkRequest request(const QUrl &url);
    /// @p path (starting with '/') below @p base, keeping any path @p base has.
    static QUrl endpoint(const QUrl &base, const QString &path);

    void abort();

    /**
     * Set once finished(): NoError when the status was 2xx and the body parsed. An error from
     * an HTTP answer carries the server's X-Request-Id as Error::reference, and for 429 and 503
     * the Retry-After delay as Error::retryAfterSeconds.
     */
    const Error &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    /// The protocol error name from the body (`invalid_grant`, `code_expired`, ...), if any.
    QString protocolError() const { return m_protocolError; }
    /// The server's own words, as it sent them: show them only through UntrustedText.
    QString protocolErrorDescription() const { return m_protocolErrorDescription; }
    /// Seconds from Retry-After (429 and 503 answers), or -1.
    int retryAfter() const { return m_retryAfter; }
    /// The X-Request-Id response header (printable ASCII only), or empty.
    QString requestId() const;
    /// Retry-After as seconds from @p now (delay-seconds or an HTTP date), -1 when absent or
    /// unreadable, at most MaxRetryAfterSeconds.
    static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    QJsonObject json() const { return m_json; }
    QByteArray body() const { return m_body; }
    QByteArray rawHeader(const QByteArray &name) const;
    /// The Date header (RFC 9110 IMF-fixdate), invalid when absent or unreadable.
    QDateTime serverDate() const;
    /// Parses an HTTP date such as "Sun, 06 Nov 1994 08:49:37 GMT".
    static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    void finished();

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    Body m_bodyKind;
    Error m_error;
    int m_status = 0;
    QString m_protocolError;
    QString m_protocolErrorDescription;
    QUrl m_refusedRedirect; ///< a redirect to another origin, not followed
    int m_retryAfter = -1;
    QJsonObject m_json;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace Keyway
