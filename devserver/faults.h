// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QList>
#include <QString>

#include <optional>

namespace Keyway::DevServer {

class Router;

/**
 * Failure switches for tests: `POST /dev/faults` makes the next N requests to one path answer a
 * given status (500, 503, 429 with Retry-After, ...) instead of being served, so that a client's
 * error handling can be walked without a broken server. `GET /dev/faults` lists what is armed,
 * `DELETE /dev/faults` disarms everything. Like /dev/outbox these exist only on the dev server,
 * which listens on 127.0.0.1 only. The /dev/ paths themselves are never faulted.
 */
class Faults
{
public:
    static constexpr int MaxCount = 1000;

    void registerRoutes(Router &router);
    /// The injected answer for @p request, if a fault is armed for its method and path; counts it.
    std::optional<HttpResponse> take(const HttpRequest &request);

private:
    struct Fault
    {
        QString path;
        QByteArray method; ///< empty: any method
        int status = 500;
        int remaining = 1;
        int retryAfter = -1; ///< seconds; -1: no Retry-After header
    };

    HttpResponse arm(const HttpRequest &request);
    HttpResponse list() const;
    HttpResponse clear();

    QList<Fault> m_faults;
};

} // namespace Keyway::DevServer
