// SPDX-License-Identifier: BSD-3-Clause
#include "httprequest.h"

#include <QSet>

namespace Keyway::DevServer {

QList<HttpRequest::Param> HttpRequest::parseUrlEncoded(const QByteArray &data)
{
    QList<Param> params;
    for (const QByteArray &pair : data.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
        };
        Param param;
        param.name = decode(eq < 0 ? pair : pair.left(eq));
        if (eq >= 0) {
            param.value = decode(pair.mid(eq + 1));
            param.hasValue = true;
        }
        params.append(param);
    }
    return params;
}

bool HttpRequest::hasFormContentType() const
{
    const QByteArray type = header("content-type").split(';').first().trimmed().toLower();
    return type == "application/x-www-form-urlencoded";
}

QList<HttpRequest::Param> HttpRequest::formParams() const
{
    if (!hasFormContentType())
        return {};
    return parseUrlEncoded(body);
}

QString HttpRequest::value(const QList<Param> &params, const QString &name)
{
    for (const Param &param : params) {
        if (param.name == name)
            return param.value;
    }
    return {};
}

bool HttpRequest::hasDuplicates(const QList<Param> &params)
{
    QSet<QString> seen;
    for (const Param &param : params) {
        if (seen.contains(param.name))
            return true;
        seen.insert(param.name);
    }
    return false;
}

QString HttpRequest::cookie(const QByteArray &name) const
{
    for (const QByteArray &part : header("cookie").split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(QByteArray(name + '=')))
            return QString::fromLatin1(trimmed.mid(name.size() + 1));
    }
    return {};
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray authorization = header("authorization").trimmed();
    if (authorization.size() < 8 || authorization.left(7).toLower() != "bearer ")
        return {};
    return authorization.mid(7).trimmed();
}

} // namespace Keyway::DevServer
