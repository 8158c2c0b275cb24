// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QDateTime>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Keyway::DevServer {

/**
 * An HTTP response built by a handler: status, headers and body. The socket layer adds
 * Content-Length and "Connection: close" when it serializes it.
 */
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Answer this many milliseconds later (a slow server; tests).
    int delayMs = 0;
    /// Close the connection without answering (a dropped connection; tests).
    bool dropConnection = false;

    static HttpResponse json(int status, const QJsonObject &object);
    /// RFC 6749 §5.2 style: {"error", "error_description"}.
    static HttpResponse jsonError(int status, const QString &error, const QString &description);
    static HttpResponse html(int status, const QString &page);
    static HttpResponse redirect(const QUrl &location);
    static HttpResponse text(int status, const QByteArray &contentType, const QByteArray &body);

    void setHeader(const QByteArray &name, const QByteArray &value);
    /// Marks the response as never to be cached (tokens, user data, pages with forms).
    void setNoStore();
    /// The status line, the headers, Content-Length and "Connection: close", and the body. With
    /// @p standardHeaders also Date (unless set) and X-Content-Type-Options.
    QByteArray serialize(bool standardHeaders = true) const;
    /// @p time as an HTTP date (IMF-fixdate, RFC 9110 §5.6.7).
    static QByteArray httpDate(const QDateTime &time);
    static QByteArray reasonPhrase(int status);
};

} // namespace Keyway::DevServer
