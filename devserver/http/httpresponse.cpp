// SPDX-License-Identifier: BSD-3-Clause
#include "httpresponse.h"

#include <QDateTime>

#include <QJsonDocument>

namespace Keyway::DevServer {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return text(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::jsonError(int status, const QString &error, const QString &description)
{
    HttpResponse response = json(status,
                                 QJsonObject {{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}});
    response.setNoStore();
    return response;
}

HttpResponse HttpResponse::html(int status, const QString &page)
{
    HttpResponse response = text(status, "text/html; charset=utf-8", page.toUtf8());
    response.setNoStore();
    // No external resources, no scripts: inline styles only; never framed.
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    response.setHeader("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: a form post must carry its real Origin (no-referrer makes
    // it "null"), which WebGuard checks; other sites still learn nothing.
    response.setHeader("Referrer-Policy", "same-origin");
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl &location)
{
    HttpResponse response;
    response.status = 302;
    response.setHeader("Location", location.toEncoded());
    response.setNoStore();
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray &contentType, const QByteArray &body)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", contentType);
    response.body = body;
    return response;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0
            && name.toLower() != "set-cookie") {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

void HttpResponse::setNoStore()
{
    setHeader("Cache-Control", "no-store");
    setHeader("Pragma", "no-cache");
}

QByteArray HttpResponse::httpDate(const QDateTime &time)
{
    // IMF-fixdate, always in English and GMT, whatever the locale.
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    return QByteArray(days[date.dayOfWeek() - 1]) + ", "
        + QByteArray::number(date.day()).rightJustified(2, '0') + ' ' + months[date.month() - 1]
        + ' ' + QByteArray::number(date.year()) + ' '
        + utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " GMT";
}

QByteArray HttpResponse::serialize(bool standardHeaders) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasDate = false;
    for (const auto &header : headers) {
        out += header.first + ": " + header.second + "\r\n";
        hasDate = hasDate || header.first.compare("Date", Qt::CaseInsensitive) == 0;
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (standardHeaders) {
        // RFC 9110 §6.6.1: an origin server with a clock sends Date. Clients use it as trusted
        // time for their clock guard.
        if (!hasDate)
            out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
        out += "X-Content-Type-Options: nosniff\r\n";
    }
    out += "Connection: close\r\n\r\n";
    out += body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 421:
        return "Misdirected Request";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

} // namespace Keyway::DevServer
