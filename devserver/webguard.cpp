// SPDX-License-Identifier: BSD-3-Clause
#include "webguard.h"

#include "crypto.h"
#include "pages.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcDevServerGuard, "keyway.devserver.guard")

namespace Keyway::DevServer {

namespace {
QString hostPort(const QString &host, int port, int defaultPort)
{
    const QString name =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return port < 0 || port == defaultPort ? name : name + QLatin1Char(':') + QString::number(port);
}

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

HttpResponse refusedForm(const HttpRequest &request)
{
    const QString l = Pages::languageOf(request.header("accept-language"));
    HttpResponse response = HttpResponse::html(
        403,
        Pages::error(QStringLiteral("Keyway Demo"),
                     Pages::text(l, "Sign-in refused", "Kirjautuminen estetty"),
                     Pages::text(l,
                                 "This form was sent from another site, or it has expired. Go "
                                 "back to the application and start again.",
                                 "Lomake lähetettiin toiselta sivustolta, tai se on vanhentunut. "
                                 "Palaa sovellukseen ja aloita alusta."),
                     l));
    response.setNoStore();
    return response;
}
} // namespace

bool WebGuard::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString WebGuard::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || url.host().isEmpty())
        return {};
    return scheme + QStringLiteral("://")
        + hostPort(url.host().toLower(), url.port(), defaultPort(scheme));
}

bool WebGuard::isFormPost(const HttpRequest &request)
{
    static const QStringList forms {
        QStringLiteral("/user/login"),    QStringLiteral("/user/register"),
        QStringLiteral("/user/continue"), QStringLiteral("/user/confirm"),
        QStringLiteral("/user/activate"), QStringLiteral("/user/forgot"),
        QStringLiteral("/user/reset")};
    return request.method == "POST" && forms.contains(request.path);
}

void WebGuard::configure(bool tls, quint16 port, const QUrl &publicUrl)
{
    const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
    m_secure = tls || publicUrl.scheme() == QLatin1String("https");
    m_hosts.clear();
    m_origins.clear();
    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        m_hosts.append(hostPort(host, port, -1));
        m_origins.append(scheme + QStringLiteral("://")
                         + hostPort(host, port, defaultPort(scheme)));
    }
    if (publicUrl.isValid() && !publicUrl.host().isEmpty()) {
        const int standard = defaultPort(publicUrl.scheme());
        m_hosts.append(hostPort(publicUrl.host().toLower(), publicUrl.port(), standard));
        m_hosts.append(hostPort(publicUrl.host().toLower(), publicUrl.port(standard), -1));
        m_origins.append(originOf(publicUrl));
    }
    m_hosts.removeDuplicates();
    m_origins.removeDuplicates();
}

bool WebGuard::sameOrigin(const HttpRequest &request) const
{
    // A browser says who sends a request; curl and the client say nothing and pass. A cross-site
    // sender is refused, "Origin: null" (sandboxed frames, data: pages) too.
    if (request.header("sec-fetch-site") == "cross-site")
        return false;
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty())
        return m_origins.contains(originOf(QUrl(QString::fromLatin1(origin))));
    const QByteArray referer = request.header("referer");
    if (!referer.isEmpty())
        return m_origins.contains(originOf(QUrl(QString::fromLatin1(referer))));
    return true;
}

std::optional<HttpResponse> WebGuard::check(HttpRequest &request, bool *newCsrf) const
{
    *newCsrf = false;
    const QByteArray host = request.header("host").toLower();
    if (!host.isEmpty() && !m_hosts.contains(QString::fromLatin1(host))) {
        // DNS rebinding: a page of another name that now points here reads nothing.
        qCWarning(lcDevServerGuard) << "refused a request for a foreign host name";
        return HttpResponse::text(421, "text/plain", "Misdirected Request\n");
    }
    const bool dev =
        request.path == QLatin1String("/dev") || request.path.startsWith(QLatin1String("/dev/"));
    if (dev && !m_devEndpoints)
        return HttpResponse::jsonError(404, QStringLiteral("not_found"),
                                       QStringLiteral("No such endpoint."));
    const bool changes = request.method != "GET" && request.method != "HEAD";
    if ((dev && changes) || isFormPost(request)) {
        if (!sameOrigin(request)) {
            qCWarning(lcDevServerGuard).noquote()
                << "refused a cross-site" << request.method << request.path;
            return dev ? HttpResponse::jsonError(403, QStringLiteral("forbidden"),
                                                 QStringLiteral("Cross-site request refused."))
                       : refusedForm(request);
        }
    }

    static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9_-]{32,64}$"));
    const QString cookie = request.cookie(CsrfCookieName);
    const bool hasCookie = tokenPattern.match(cookie).hasMatch();
    if (isFormPost(request)) {
        const QString field = HttpRequest::value(request.formParams(), QStringLiteral("csrf"));
        if (!hasCookie || !Crypto::constantTimeEquals(field.toLatin1(), cookie.toLatin1())) {
            qCWarning(lcDevServerGuard).noquote()
                << "refused" << request.path << "without the form's CSRF token";
            return refusedForm(request);
        }
    }
    if (hasCookie) {
        request.csrfToken = cookie;
    } else {
        request.csrfToken = QString::fromLatin1(Crypto::randomToken(32));
        *newCsrf = true;
    }
    return std::nullopt;
}

void WebGuard::finish(const HttpRequest &request, bool newCsrf, HttpResponse &response) const
{
    if (!newCsrf)
        return;
    bool html = false;
    for (const auto &header : response.headers)
        html = html
            || (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0
                && header.second.startsWith("text/html"));
    if (!html)
        return;
    QByteArray cookie = QByteArray(CsrfCookieName) + '=' + request.csrfToken.toLatin1()
        + "; Path=/user; HttpOnly; SameSite=Strict";
    if (m_secure)
        cookie += "; Secure";
    response.headers.append({"Set-Cookie", cookie});
}

} // namespace Keyway::DevServer
