// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_browser_export.h"
#include "signinview.h"

#include <QPointer>
#include <QUrl>

class QWebEngineProfile;
class QWebEngineView;

namespace Keyway {

class SignInPage;

/**
 * The provider's sign-in pages in an embedded Qt WebEngine view.
 *
 * Each view has its own off-the-record profile, created with it and destroyed with it, so no
 * cookie, cache or password outlives one sign-in. The navigation to the redirect URI is caught
 * by the page's navigation check and reported with redirected(), never loaded and never handed
 * to another application. Certificate errors are refused, never overridden; a page that cannot
 * be loaded ends the attempt with failed().
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
    explicit WebEngineSignInView(QObject *parent = nullptr);
    ~WebEngineSignInView() override;

    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;

    QWidget *widget() override;
    QString currentOrigin() const override;

    /// The view itself, for tests that fill in the provider's forms.
    QWebEngineView *webView() const { return m_view; }

    /// "scheme://host[:port]" of @p url.
    static QString originOf(const QUrl &url);

private:
    void onRedirectCaught(const QUrl &url);
    void onUrlChanged(const QUrl &url);
    void fail(const Error &error);

    QWebEngineProfile *m_profile = nullptr;
    SignInPage *m_page = nullptr;
    QPointer<QWidget> m_widget;
    QWebEngineView *m_view = nullptr;
    QUrl m_redirectUri;
    QString m_issuerOrigin;
    QString m_origin;
    bool m_active = false;
};

} // namespace Keyway
