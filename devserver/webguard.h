// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QStringList>
#include <QUrl>

#include <optional>

namespace Keyway::DevServer {

/**
 * What every request passes before the router, against attacks from web pages the person visits
 * (docs/protocol.md §7): a Host allow-list (DNS rebinding, 421), the Origin/Referer check and
 * the CSRF token of the browser forms (login CSRF, 403), and the /dev/ endpoints only when the
 * server was started with --dev-endpoints.
 */
class WebGuard
{
public:
    static constexpr char CsrfCookieName[] = "kw_csrf";

    /// Where the server is reached: 127.0.0.1 and localhost on @p port, and @p publicUrl.
    void configure(bool tls, quint16 port, const QUrl &publicUrl);
    void setDevEndpoints(bool on) { m_devEndpoints = on; }
    bool devEndpoints() const { return m_devEndpoints; }

    /// The refusal of @p request, or nothing; sets request.csrfToken (and @p newCsrf when the
    /// browser has no token yet, so that finish() sets the cookie).
    std::optional<HttpResponse> check(HttpRequest &request, bool *newCsrf) const;
    /// Adds the CSRF cookie to a page answering a browser that had none.
    void finish(const HttpRequest &request, bool newCsrf, HttpResponse &response) const;

    /// Whether @p url names this computer (127.0.0.0/8, ::1 or localhost).
    static bool isLoopback(const QUrl &url);
    /// "scheme://host[:port]" (the port only when not the scheme's default), lower case.
    static QString originOf(const QUrl &url);
    /// The browser forms that change state: they need the CSRF token and a same-origin sender.
    static bool isFormPost(const HttpRequest &request);

private:
    bool sameOrigin(const HttpRequest &request) const;

    QStringList m_hosts;
    QStringList m_origins;
    bool m_devEndpoints = false;
    bool m_secure = false;
};

} // namespace Keyway::DevServer
