// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_browser_export.h"
#include "signinview.h"

#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QWebEngineProfile;
class QWebEngineView;

namespace Keyway {

class SignInPage;

/**
 * The provider's sign-in pages in an embedded Qt WebEngine view.
 *
 * Each view has its own off-the-record profile, created with it and destroyed with it, so no
 * cookie, cache or password outlives one sign-in. Its renderer process ends with it. Without the
 * sandbox, Chromium is started without zygote processes, so no helper process is left at all.
 * A while after the last view is gone, the heap memory Chromium freed and the pages of Qt
 * WebEngine's own files are handed back to the system. Chromium itself stays loaded: it cannot
 * be shut down and started again in one process (docs/performance.md). The navigation to the
 * redirect URI is caught by the page's navigation check and reported with redirected(), never
 * loaded and never handed to another application. Certificate errors are refused, never overridden;
 * a page that cannot be loaded ends the attempt with failed().
 *
 * Navigation of the main frame is confined to the issuer's origin and the vendor's
 * allowedOrigins (a federated login page, say). A link the person clicks to anywhere else, and
 * every pop-up window, opens in the system browser through the launcher instead; any other
 * navigation elsewhere (a redirect, a script) is refused. Subframes (a captcha) are not
 * confined: what the person types goes to the main frame, whose origin the host shows.
 *
 * Some providers refuse embedded browsers (Google's `disallowed_useragent`): the view notices
 * their refusal page, emits embeddedViewRefused() and then failed(), so that the host can offer
 * the system-browser mode (LoopbackAgent) for the next attempt.
 *
 * The private-use scheme is deliberately NOT registered with QWebEngineUrlScheme: with Qt
 * 6.4.2, once it is registered (with any flags, with or without a QWebEngineUrlSchemeHandler),
 * Chromium aborts the provider's HTTP 302 to it (net::ERR_ABORTED) before any handler,
 * interceptor or navigation check sees it, and the sign-in hangs. Unregistered, it is an
 * external protocol, which reaches acceptNavigationRequest() as a redirect navigation.
 */
class KEYWAY_BROWSER_EXPORT WebEngineSignInView : public SignInView
{
    Q_OBJECT
public:
    /// Opens a URL outside the embedded view; false when that failed.
    using Launcher = std::function<bool(const QUrl &url)>;

    explicit WebEngineSignInView(QObject *parent = nullptr);
    ~WebEngineSignInView() override;

    /// Origins besides the issuer's the page may navigate to ("https://login.example.net"),
    /// usually VendorConfig::allowedOrigins.
    void setAllowedOrigins(const QStringList &origins);
    QStringList allowedOrigins() const { return m_allowedOrigins; }
    /// Where links outside the allow-list and pop-ups go: QDesktopServices::openUrl by default
    /// (http and https only).
    void setLauncher(Launcher launcher);
    /// The launcher used when none is set.
    static bool openInSystemBrowser(const QUrl &url);

    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;

    QWidget *widget() override;
    QString currentOrigin() const override;

    /// The view itself, for tests that fill in the provider's forms.
    QWebEngineView *webView() const { return m_view; }

    /// "scheme://host[:port]" of @p url.
    static QString originOf(const QUrl &url);

Q_SIGNALS:
    /// A link or pop-up the person clicked was handed to the system browser instead of being
    /// shown here (a script alone never opens it).
    void openedExternally(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRedirectCaught(const QUrl &url);
    void onUrlChanged(const QUrl &url);
    void fail(const Error &error);
    void checkRefusal(int httpStatus);

    QWebEngineProfile *m_profile = nullptr;
    SignInPage *m_page = nullptr;
    QPointer<QWidget> m_widget;
    QWebEngineView *m_view = nullptr;
    QUrl m_redirectUri;
    QUrl m_authorizeUrl;
    QString m_issuerOrigin;
    QStringList m_allowedOrigins;
    Launcher m_launcher;
    QString m_origin;
    bool m_active = false;
};

} // namespace Keyway
