// SPDX-License-Identifier: BSD-3-Clause
#include "router.h"

namespace Keyway::DevServer {

void Router::add(const QByteArray &method, const QString &path, HttpServer::Handler handler)
{
    m_routes[path].insert(method, std::move(handler));
}

void Router::addPrefix(const QByteArray &method, const QString &prefix, HttpServer::Handler handler)
{
    m_prefixes[prefix].insert(method, std::move(handler));
}

HttpResponse Router::handle(const HttpRequest &request) const
{
    const QMap<QByteArray, HttpServer::Handler> *methods = nullptr;
    const auto route = m_routes.constFind(request.path);
    if (route != m_routes.constEnd()) {
        methods = &route.value();
    } else {
        for (auto prefix = m_prefixes.constBegin(); prefix != m_prefixes.constEnd(); ++prefix) {
            if (request.path.startsWith(prefix.key())) {
                methods = &prefix.value();
                break;
            }
        }
    }
    if (!methods)
        return HttpResponse::jsonError(404, QStringLiteral("not_found"),
                                       QStringLiteral("No such endpoint."));
    const auto handler = methods->constFind(request.method);
    if (handler == methods->constEnd()) {
        HttpResponse response =
            HttpResponse::jsonError(405, QStringLiteral("method_not_allowed"),
                                    QStringLiteral("This endpoint does not accept %1.")
                                        .arg(QString::fromLatin1(request.method)));
        response.setHeader("Allow", methods->keys().join(", "));
        return response;
    }
    return handler.value()(request);
}

} // namespace Keyway::DevServer
