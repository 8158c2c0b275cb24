// SPDX-License-Identifier: BSD-3-Clause
#include "webenginesigninview.h"

#include "chromiumprocess.h"
#include "signinwebpage.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QPointer>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace Keyway {

namespace {

// Chromium's net::ERR_ABORTED: a load replaced by another navigation, or one we stopped.
constexpr int ErrAborted = -3;

} // namespace

WebEngineSignInView::WebEngineSignInView(QObject *parent)
    : SignInView(parent), m_launcher(&WebEngineSignInView::openInSystemBrowser)
{
    prepareChromium();
    chromiumViewCreated();
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
    connect(m_page, &SignInPage::openExternally, this, [this](const QUrl &url) {
        qCInfo(lcBrowser) << "opening" << originOf(url) << "in the system browser";
        if (m_launcher && m_launcher(url))
            Q_EMIT openedExternally(url);
        else
            qCWarning(lcBrowser) << "the system browser could not be opened";
    });
    connect(m_page, &SignInPage::navigationRefused, this, [this](const QUrl &url) {
        if (!m_active)
            return;
        // A redirect or script took the page elsewhere: whatever it would show is not trusted.
        fail(Error(ErrorCode::AuthorizationDenied,
                   tr("The sign-in page tried to open %1, which this application does not "
                      "trust for signing in. Contact the vendor of the application.")
                       .arg(originOf(url)),
                   QStringLiteral("navigation to %1 outside the allowed origins refused")
                       .arg(originOf(url))));
    });
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
                // An HTTP error status still shows the provider's page; a person can act on it,
                // unless it is the provider's refusal of embedded browsers.
                if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
                    checkRefusal(info.errorCode());
                    return;
                }
                if (info.errorCode() == ErrAborted)
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
    // With its page from the start: a view without one would make a page of the default profile.
    m_view = new QWebEngineView(m_page, m_widget);
    m_view->setAccessibleName(tr("Sign-in page"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setMinimumSize(480, 520);
    layout->addWidget(m_view);
    m_widget->setFocusProxy(m_view);
    // The person's clicks and key presses in the page, which alone may open the system browser.
    QCoreApplication::instance()->installEventFilter(this);
}

bool WebEngineSignInView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        // The engine's own focus widget, made when the page first renders: with the view's name,
        // so that a screen reader does not land on an unnamed object when the focus enters.
        if (watched == m_view) {
            QObject *child = static_cast<QChildEvent *>(event)->child();
            if (child->isWidgetType())
                static_cast<QWidget *>(child)->setAccessibleName(m_view->accessibleName());
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::KeyPress:
    case QEvent::TouchEnd:
        if (auto *widget = qobject_cast<QWidget *>(watched);
            widget && m_view && (widget == m_view || m_view->isAncestorOf(widget)))
            m_page->lastUserAction.start();
        break;
    default:
        break;
    }
    return SignInView::eventFilter(watched, event);
}

WebEngineSignInView::~WebEngineSignInView()
{
    QCoreApplication::instance()->removeEventFilter(this);
    m_active = false;
    // The page must go before its profile, and the view before the page.
    delete m_widget;
    delete m_page;
    delete m_profile;
    chromiumViewDestroyed();
}

void WebEngineSignInView::setAllowedOrigins(const QStringList &origins)
{
    m_allowedOrigins.clear();
    for (const QString &origin : origins) {
        // Normalised like originOf(), so that "https://Login.Example.net/" matches too.
        const QString normalized = originOf(QUrl(origin));
        if (!normalized.isEmpty())
            m_allowedOrigins.append(normalized);
    }
    m_page->allowedOrigins = m_allowedOrigins;
}

void WebEngineSignInView::setLauncher(Launcher launcher)
{
    m_launcher = std::move(launcher);
}

bool WebEngineSignInView::openInSystemBrowser(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    return QDesktopServices::openUrl(url);
}

void WebEngineSignInView::checkRefusal(int httpStatus)
{
    if (httpStatus != 400 && httpStatus != 403)
        return;
    // Google answers an embedded browser with "Error 403: disallowed_useragent"; others word
    // it similarly. Only the page's text tells.
    m_page->runJavaScript(
        QStringLiteral("document.body ? document.body.innerText : ''"),
        [self = QPointer<WebEngineSignInView>(this)](const QVariant &text) {
            if (!self || !self->m_active)
                return;
            if (!text.toString().contains(QLatin1String("disallowed_useragent"),
                                          Qt::CaseInsensitive))
                return;
            Q_EMIT self->embeddedViewRefused(self->m_authorizeUrl);
            self->fail(Error(ErrorCode::AuthorizationDenied,
                             tr("This sign-in service does not allow signing in inside the "
                                "application. Sign in with your web browser instead."),
                             QStringLiteral("the provider refuses embedded browsers")));
        });
}

void WebEngineSignInView::authorize(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    m_redirectUri = redirectUri;
    m_authorizeUrl = authorizeUrl;
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
