// SPDX-License-Identifier: BSD-3-Clause
#include "webenginesigninview.h"

#include <QLoggingCategory>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcBrowser, "keyway.browser")

namespace Keyway {

namespace {

// Chromium's net::ERR_ABORTED: a load replaced by another navigation, or one we stopped.
constexpr int ErrAborted = -3;

} // namespace

/// Stops the navigation to the redirect URI before it leaves the page, and watches where the
/// page goes.
class SignInPage : public QWebEnginePage
{
    Q_OBJECT
public:
    SignInPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent) { }

    QUrl redirectUri;
    QString issuerOrigin;

Q_SIGNALS:
    void redirectCaught(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
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
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")
            && scheme != QLatin1String("about") && scheme != QLatin1String("data")) {
            qCWarning(lcBrowser) << "sign-in page: refused a navigation to the scheme" << scheme;
            return false;
        }
        // Issue 4 confines the page to the provider's origins; for now it is only noted.
        const QString origin = WebEngineSignInView::originOf(url);
        if (isMainFrame && !issuerOrigin.isEmpty() && origin != issuerOrigin)
            qCWarning(lcBrowser) << "sign-in page navigates outside the issuer:" << origin
                                 << "navigation type" << type;
        return true;
    }

    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override
    {
        // The provider's scripts are not ours to debug; keep them out of the warnings.
        qCDebug(lcBrowser) << "js" << level << source << line << message;
    }
};

WebEngineSignInView::WebEngineSignInView(QObject *parent) : SignInView(parent)
{
    // No storage name: an off-the-record profile, memory only, gone with this view.
    m_profile = new QWebEngineProfile(this);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);

    m_page = new SignInPage(m_profile, this);
    // The redirect URI's private-use scheme is an "external protocol" to Chromium: only with
    // this policy does a navigation to it reach acceptNavigationRequest() (which refuses every
    // scheme but http(s), about and data, so nothing is ever handed to the desktop) also when
    // the form was submitted without a user gesture (a password manager, a test).
    m_page->settings()->setUnknownUrlSchemePolicy(QWebEngineSettings::AllowAllUnknownUrlSchemes);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    m_page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    connect(m_page, &SignInPage::redirectCaught, this, &WebEngineSignInView::onRedirectCaught);
    connect(m_page, &QWebEnginePage::urlChanged, this, &WebEngineSignInView::onUrlChanged);
    connect(m_page, &QWebEnginePage::certificateError, this,
            [this](const QWebEngineCertificateError &error) {
                QWebEngineCertificateError refused = error;
                refused.rejectCertificate();
                fail(Error(ErrorCode::TlsFailure,
                           QStringLiteral("certificate of %1 refused: %2")
                               .arg(originOf(error.url()), error.description())));
            });
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) {
                qCDebug(lcBrowser) << "loading" << info.status()
                                   << info.url().toString(QUrl::RemoveQuery | QUrl::RemoveFragment)
                                   << info.errorDomain() << info.errorCode() << info.errorString();
                if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus || !m_active)
                    return;
                // An HTTP error status still shows the provider's page; a person can act on it.
                if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain
                    || info.errorCode() == ErrAborted)
                    return;
                if (m_redirectUri.isValid() && matchesRedirect(info.url(), m_redirectUri))
                    return;
                const ErrorCode code =
                    info.errorDomain() == QWebEngineLoadingInfo::CertificateErrorDomain
                    ? ErrorCode::TlsFailure
                    : ErrorCode::NetworkUnreachable;
                fail(Error(code,
                           QStringLiteral("loading %1 failed: %2 (%3)")
                               .arg(originOf(info.url()), info.errorString())
                               .arg(info.errorCode())));
            });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                if (m_active)
                    fail(Error(ErrorCode::InternalError,
                               QStringLiteral("the browser's render process ended (status %1, "
                                              "exit code %2)")
                                   .arg(int(status))
                                   .arg(exitCode)));
            });

    m_widget = new QWidget;
    m_widget->setObjectName(QStringLiteral("signInView"));
    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QWebEngineView(m_widget);
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Sign-in page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setMinimumSize(480, 520);
    layout->addWidget(m_view);
    m_widget->setFocusProxy(m_view);
}

WebEngineSignInView::~WebEngineSignInView()
{
    m_active = false;
    // The page must go before its profile, and the view before the page.
    delete m_widget;
    delete m_page;
    delete m_profile;
}

void WebEngineSignInView::authorize(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    m_issuerOrigin = originOf(authorizeUrl);
    m_page->redirectUri = redirectUri;
    m_page->issuerOrigin = m_issuerOrigin;

    m_active = true;
    qCInfo(lcBrowser) << "showing the sign-in page at" << m_issuerOrigin;
    m_page->load(authorizeUrl);
}

void WebEngineSignInView::cancel()
{
    if (!m_active)
        return;
    m_active = false;
    m_page->triggerAction(QWebEnginePage::Stop);
}

QWidget *WebEngineSignInView::widget()
{
    return m_widget;
}

QString WebEngineSignInView::currentOrigin() const
{
    return m_origin;
}

QString WebEngineSignInView::originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return url.scheme().isEmpty() ? QString() : url.scheme() + QLatin1Char(':');
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

void WebEngineSignInView::onRedirectCaught(const QUrl &url)
{
    // A redirect may be reported again while the page stops.
    if (!m_active)
        return;
    if (!matchesRedirect(url, m_redirectUri)) {
        qCWarning(lcBrowser) << "ignoring a navigation to the redirect scheme with another path:"
                             << url.path();
        return;
    }
    m_active = false;
    // The URL carries the authorization code: it is not logged.
    qCInfo(lcBrowser) << "redirect captured";
    Q_EMIT redirected(url);
}

void WebEngineSignInView::onUrlChanged(const QUrl &url)
{
    if (m_redirectUri.isValid() && matchesRedirect(url, m_redirectUri))
        return;
    const QString origin = originOf(url);
    if (origin.isEmpty() || origin == m_origin)
        return;
    m_origin = origin;
    Q_EMIT originChanged(m_origin);
}

void WebEngineSignInView::fail(const Error &error)
{
    if (!m_active)
        return;
    m_active = false;
    qCWarning(lcBrowser).noquote() << "sign-in page failed:" << error.detail;
    Q_EMIT failed(error);
}

} // namespace Keyway

#include "webenginesigninview.moc"
