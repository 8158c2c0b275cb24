// SPDX-License-Identifier: BSD-3-Clause
#include "faults.h"

#include "router.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevServerFaults, "keyway.devserver.faults")

namespace Keyway::DevServer {

namespace {
/// The protocol's error name for an injected status (docs/protocol.md §5).
QString errorName(int status)
{
    switch (status) {
    case 429:
        return QStringLiteral("rate_limited");
    case 503:
        return QStringLiteral("temporarily_unavailable");
    default:
        return status >= 500 ? QStringLiteral("server_error") : QStringLiteral("injected_fault");
    }
}
} // namespace

void Faults::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/dev/faults"),
               [this](const HttpRequest &r) { return arm(r); });
    router.add("GET", QStringLiteral("/dev/faults"),
               [this](const HttpRequest &) { return list(); });
    router.add("DELETE", QStringLiteral("/dev/faults"),
               [this](const HttpRequest &) { return clear(); });
}

HttpResponse Faults::arm(const HttpRequest &request)
{
    // Only JSON: a cross-site form or a text/plain fetch() cannot send it without a preflight.
    if (!request.header("content-type").startsWith("application/json"))
        return HttpResponse::jsonError(415, QStringLiteral("invalid_request"),
                                       QStringLiteral("The body must be application/json."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("The body must be a JSON object."));
    const QJsonObject json = document.object();
    Fault fault;
    fault.path = json.value(QLatin1String("path")).toString();
    fault.method = json.value(QLatin1String("method")).toString().toUpper().toLatin1();
    fault.status = json.value(QLatin1String("status")).toInt(500);
    fault.remaining = json.value(QLatin1String("count")).toInt(1);
    fault.retryAfter = json.value(QLatin1String("retryAfter")).toInt(-1);
    if (!fault.path.startsWith(QLatin1Char('/')) || fault.path.startsWith(QLatin1String("/dev/")))
        return HttpResponse::jsonError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("\"path\" must be an absolute path outside /dev/."));
    if (fault.status < 400 || fault.status > 599)
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"status\" must be 400..599."));
    if (fault.remaining < 1 || fault.remaining > MaxCount)
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"count\" must be 1..%1.").arg(MaxCount));
    if (fault.retryAfter < -1 || fault.retryAfter > 86400)
        return HttpResponse::jsonError(400, QStringLiteral("invalid_request"),
                                       QStringLiteral("\"retryAfter\" must be 0..86400."));
    m_faults.append(fault);
    qCInfo(lcDevServerFaults).noquote()
        << "armed:" << fault.remaining << "x" << fault.status << "for"
        << (fault.method.isEmpty() ? QStringLiteral("*") : QString::fromLatin1(fault.method))
        << fault.path;
    HttpResponse response = list();
    response.status = 201;
    return response;
}

HttpResponse Faults::list() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults) {
        QJsonObject object {{QStringLiteral("path"), fault.path},
                            {QStringLiteral("status"), fault.status},
                            {QStringLiteral("count"), fault.remaining}};
        if (!fault.method.isEmpty())
            object.insert(QStringLiteral("method"), QString::fromLatin1(fault.method));
        if (fault.retryAfter >= 0)
            object.insert(QStringLiteral("retryAfter"), fault.retryAfter);
        array.append(object);
    }
    HttpResponse response =
        HttpResponse::json(200, QJsonObject {{QStringLiteral("faults"), array}});
    response.setNoStore();
    return response;
}

HttpResponse Faults::clear()
{
    m_faults.clear();
    qCInfo(lcDevServerFaults) << "all faults disarmed";
    return list();
}

std::optional<HttpResponse> Faults::take(const HttpRequest &request)
{
    if (request.path.startsWith(QLatin1String("/dev/")))
        return std::nullopt;
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->path != request.path || (!it->method.isEmpty() && it->method != request.method))
            continue;
        HttpResponse response = HttpResponse::jsonError(
            it->status, errorName(it->status), QStringLiteral("Injected by POST /dev/faults."));
        if (it->retryAfter >= 0)
            response.setHeader("Retry-After", QByteArray::number(it->retryAfter));
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return response;
    }
    return std::nullopt;
}

} // namespace Keyway::DevServer
