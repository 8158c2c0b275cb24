// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Keyway::DevServer {

/**
 * One parsed HTTP/1.1 request as the socket layer hands it to the router: method, decoded path,
 * the raw query, lower-cased headers and the complete body.
 */
struct HttpRequest
{
    /// One name=value pair of a query or form body; @c hasValue is false for a bare "name".
    struct Param
    {
        QString name;
        QString value;
        bool hasValue = false;
    };

    QByteArray method;
    QString path;
    QByteArray rawQuery;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QString peerAddress; ///< the client's IP address (the rate limits count per address)
    /// The browser's CSRF token (WebGuard): from its kw_csrf cookie, or a new one the response
    /// sets; pages put it into every form's hidden "csrf" field.
    QString csrfToken;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    /// application/x-www-form-urlencoded parsing ('+' is a space), also used for the query.
    static QList<Param> parseUrlEncoded(const QByteArray &data);
    QList<Param> queryParams() const { return parseUrlEncoded(rawQuery); }
    /// The form body, or nothing if the Content-Type is not form-encoded.
    QList<Param> formParams() const;
    bool hasFormContentType() const;
    /// The value of the first parameter named @p name.
    static QString value(const QList<Param> &params, const QString &name);
    /// Whether any parameter name occurs twice (OAuth forbids it, RFC 6749 §3.1).
    static bool hasDuplicates(const QList<Param> &params);
    QString cookie(const QByteArray &name) const;
    /// The token of "Authorization: Bearer <token>", or empty.
    QByteArray bearerToken() const;
};

} // namespace Keyway::DevServer
