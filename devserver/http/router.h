// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httpserver.h"

#include <QHash>
#include <QMap>

namespace Keyway::DevServer {

/**
 * Maps a method and an exact path (or a path prefix) to a handler; answers 404 and 405 (with Allow)
 * itself.
 */
class Router
{
public:
    void add(const QByteArray &method, const QString &path, HttpServer::Handler handler);
    /// A handler for every path under @p prefix that has no exact route (it parses the rest).
    void addPrefix(const QByteArray &method, const QString &prefix, HttpServer::Handler handler);
    HttpResponse handle(const HttpRequest &request) const;

private:
    QHash<QString, QMap<QByteArray, HttpServer::Handler>> m_routes;
    QMap<QString, QMap<QByteArray, HttpServer::Handler>> m_prefixes;
};

} // namespace Keyway::DevServer
