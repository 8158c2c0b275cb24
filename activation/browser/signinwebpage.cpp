// SPDX-License-Identifier: BSD-3-Clause
#include "signinwebpage.h"

#include "chromiumprocess.h"
#include "oidc/authorizationagent.h"
#include "webenginesigninview.h"

#include <QTimer>
#include <QWebEngineNewWindowRequest>

namespace Keyway {

ExternalWindowPage::ExternalWindowPage(QWebEngineProfile *profile, bool userInitiated,
                                       QObject *parent)
    : QWebEnginePage(profile, parent), m_userInitiated(userInitiated)
{
    // A window that never navigates (about:blank written by a script) is dropped.
    QTimer::singleShot(10000, this, &QObject::deleteLater);
}

bool ExternalWindowPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    if (!isMainFrame)
        return false;
    if (url.scheme() == QLatin1String("about") && url.path() == QLatin1String("blank"))
        return true;
    if (m_userInitiated)
        Q_EMIT openExternally(url);
    else
        qCWarning(lcBrowser) << "sign-in page: refused a window a script opened without the "
                                "person's action, to"
                             << WebEngineSignInView::originOf(url);
    deleteLater();
    return false;
}

SignInPage::SignInPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) {
                auto *page = new ExternalWindowPage(
                    this->profile(), request.isUserInitiated() && userActedRecently(), this);
                connect(page, &ExternalWindowPage::openExternally, this,
                        &SignInPage::openExternally);
                request.openIn(page);
            });
}

bool SignInPage::userActedRecently() const
{
    return lastUserAction.isValid() && lastUserAction.elapsed() < UserActionLifespanMs;
}

bool SignInPage::isAllowed(const QUrl &url) const
{
    const QString origin = WebEngineSignInView::originOf(url);
    return origin == issuerOrigin || allowedOrigins.contains(origin);
}

bool SignInPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Without the query: it may carry the authorization code.
    qCDebug(lcBrowser) << "navigation" << type << (isMainFrame ? "main frame" : "subframe")
                       << url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!redirectUri.isEmpty() && AuthorizationAgent::matchesRedirect(url, redirectUri)) {
        Q_EMIT redirectCaught(url);
        return false;
    }
    // Nothing leaves the page for another application (mailto:, other apps' schemes), and
    // no local file is shown.
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!web && scheme != QLatin1String("about") && scheme != QLatin1String("data")) {
        qCWarning(lcBrowser) << "sign-in page: refused a navigation to the scheme" << scheme;
        return false;
    }
    if (!isMainFrame || issuerOrigin.isEmpty())
        return true;
    if (!web) {
        // data: and about: documents in the main frame would show a page of no origin.
        qCWarning(lcBrowser) << "sign-in page: refused a top-level" << scheme << "document";
        return false;
    }
    if (isAllowed(url))
        return true;
    if (type == NavigationTypeLinkClicked && userActedRecently()) {
        // The provider's "terms" or "help" links: the person's own browser shows them, but
        // only when the person clicked; a script never launches the system browser.
        Q_EMIT openExternally(url);
        return false;
    }
    qCWarning(lcBrowser) << "sign-in page: refused a navigation outside the allowed origins to"
                         << WebEngineSignInView::originOf(url) << "type" << type;
    Q_EMIT navigationRefused(url);
    return false;
}

void SignInPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                          const QString &message, int line, const QString &source)
{
    // The provider's scripts are not ours to debug; keep them out of the warnings.
    qCDebug(lcBrowser) << "js" << level << source << line << message;
}

} // namespace Keyway
