// SPDX-License-Identifier: BSD-3-Clause
#include "webenginesigninview.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineCertificateError>
#include <QWebEngineLoadingInfo>
#include <QWebEngineNewWindowRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

Q_LOGGING_CATEGORY(lcBrowser, "keyway.browser")

namespace Keyway {

namespace {

// Chromium's net::ERR_ABORTED: a load replaced by another navigation, or one we stopped.
constexpr int ErrAborted = -3;

// How long a click or key press counts as the person's go-ahead (Chromium's transient user
// activation lasts as long).
constexpr qint64 UserActionLifespanMs = 5000;

/**
 * Before Qt WebEngine starts (it reads its Chromium flags and environment when the first profile
 * is made); the one place for the engine's platform switches.
 *
 * On Linux Qt WebEngine builds a page's accessibility tree only when
 * QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY is set: without it a screen reader finds the sign-in page
 * empty (docs/accessibility.md). Windows and macOS need no switch: the engine follows the
 * platform's assistive technology there.
 *
 * On Linux without the sandbox Chromium needs no zygote processes, and without them every helper
 * process ends with the last page, so nothing keeps running after a sign-in. With the sandbox (a
 * normal desktop user) the two zygotes are required and stay until the application quits; see
 * docs/performance.md.
 */
void prepareChromium()
{
#if defined(Q_OS_LINUX)
    static bool prepared = false;
    if (prepared)
        return;
    prepared = true;
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY"))
        qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const QList<QByteArray> switches = flags.simplified().split(' ');
    const bool noSandbox = qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX")
        || switches.contains("--no-sandbox")
        || QCoreApplication::arguments().contains(QLatin1String("--no-sandbox"));
    if (noSandbox && !switches.contains("--no-zygote")) {
        qCDebug(lcBrowser) << "no sandbox: starting Chromium without its zygote processes";
        const QByteArray existing = flags.simplified();
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                existing.isEmpty() ? QByteArray("--no-zygote") : existing + " --no-zygote");
    }
#endif
}

/**
 * Hands back the pages of Qt WebEngine's own files (its library, resource packs, ICU data)
 * once no page is shown: they stay mapped, as Chromium cannot be unloaded, but are clean copies
 * of files, read in again should a later sign-in need them. Only files no other part of the
 * application uses; Linux 5.4 or later, elsewhere nothing happens. Returns the MiB advised.
 */
double pageOutWebEngineFiles()
{
#if defined(Q_OS_LINUX) && defined(MADV_PAGEOUT)
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return 0;
    struct Mapping
    {
        quint64 start = 0;
        quint64 end = 0;
        bool writable = false;
        QByteArray path;
    };
    QList<Mapping> mappings;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        // "start-end perms offset dev inode path"
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 6)
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        mappings.append({range.value(0).toULongLong(nullptr, 16),
                         range.value(1).toULongLong(nullptr, 16), fields.at(1).contains('w'),
                         fields.mid(5).join(' ')});
    }
    quint64 bytes = 0;
    for (int i = 0; i < mappings.size(); ++i) {
        const Mapping &m = mappings.at(i);
        if (m.writable || m.end <= m.start)
            continue;
        if (!m.path.contains("libQt6WebEngineCore") && !m.path.contains("/qtwebengine_")
            && !m.path.endsWith("/icudtl.dat"))
            continue;
        // The relocated data (RELRO, read-only right before the library's writable data) was
        // written at load time: it is private memory, not a copy of the file. It stays.
        if (i + 1 < mappings.size() && mappings.at(i + 1).writable
            && mappings.at(i + 1).path == m.path && mappings.at(i + 1).start == m.end)
            continue;
        // Cold first: the kernel then reclaims these pages before others when memory is short.
        // Out at once only where the process may write the file (root, an installation the user
        // owns): for files of others Linux ignores MADV_PAGEOUT on their pages.
        void *address = reinterpret_cast<void *>(m.start);
        madvise(address, m.end - m.start, MADV_COLD);
        if (madvise(address, m.end - m.start, MADV_PAGEOUT) == 0)
            bytes += m.end - m.start;
    }
    return bytes / 1048576.0;
#else
    return 0;
#endif
}

/// Views alive in this process: Chromium's memory is handed back only when none is left.
int s_liveViews = 0;

/**
 * A while after the last view is gone, hands back what Chromium no longer uses: the heap
 * memory it freed (glibc keeps it in its arenas, of which Chromium's many threads make many,
 * until trimmed) and Qt WebEngine's file pages. Later rather than at once, as Chromium finishes
 * tearing a page down on its own threads.
 */
void releaseMemoryLater()
{
    static QPointer<QTimer> timer;
    if (!QCoreApplication::instance() || QCoreApplication::closingDown())
        return;
    if (!timer) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        timer->setInterval(2000);
        QObject::connect(timer, &QTimer::timeout, [] {
            if (s_liveViews > 0)
                return;
#if defined(__GLIBC__)
            malloc_trim(0);
#endif
            const double pagedOut = pageOutWebEngineFiles();
            qCDebug(lcBrowser) << "no sign-in page left: heap trimmed, Qt WebEngine's files"
                               << "paged out (" << pagedOut << "MiB mapped)";
        });
    }
    timer->start();
}

} // namespace

/// A window the page asked for (a pop-up, a target=_blank link): never shown. When the person
/// asked for it (a click), its first navigation goes to the system browser; a window a script
/// opened by itself goes nowhere.
class ExternalWindowPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ExternalWindowPage(QWebEngineProfile *profile, bool userInitiated, QObject *parent)
        : QWebEnginePage(profile, parent), m_userInitiated(userInitiated)
    {
        // A window that never navigates (about:blank written by a script) is dropped.
        QTimer::singleShot(10000, this, &QObject::deleteLater);
    }

Q_SIGNALS:
    void openExternally(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
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

private:
    bool m_userInitiated;
};

/// Stops the navigation to the redirect URI before it leaves the page, confines the main frame
/// to the allowed origins, and watches where the page goes.
class SignInPage : public QWebEnginePage
{
    Q_OBJECT
public:
    SignInPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
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

    QUrl redirectUri;
    QString issuerOrigin;
    QStringList allowedOrigins;
    QElapsedTimer lastUserAction; ///< a click or key press in the view (WebEngineSignInView)

    /// Whether the person clicked or typed in the page a moment ago: Qt 6.4 tells no user
    /// gesture for a navigation, and a script's location change looks like a link click.
    bool userActedRecently() const
    {
        return lastUserAction.isValid() && lastUserAction.elapsed() < UserActionLifespanMs;
    }

    bool isAllowed(const QUrl &url) const
    {
        const QString origin = WebEngineSignInView::originOf(url);
        return origin == issuerOrigin || allowedOrigins.contains(origin);
    }

Q_SIGNALS:
    void redirectCaught(const QUrl &url);
    void openExternally(const QUrl &url);
    void navigationRefused(const QUrl &url);

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

    // No createWindow(): Qt 6.4 asks it first and emits newWindowRequested(), which tells
    // whether the person asked for the window, only when it returns no page.

    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override
    {
        // The provider's scripts are not ours to debug; keep them out of the warnings.
        qCDebug(lcBrowser) << "js" << level << source << line << message;
    }
};

WebEngineSignInView::WebEngineSignInView(QObject *parent)
    : SignInView(parent), m_launcher(&WebEngineSignInView::openInSystemBrowser)
{
    prepareChromium();
    ++s_liveViews;
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
    --s_liveViews;
    releaseMemoryLater();
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

#include "webenginesigninview.moc"
