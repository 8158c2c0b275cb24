// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QElapsedTimer>
#include <QStringList>
#include <QUrl>
#include <QWebEnginePage>

namespace Keyway {

/// A window the page asked for (a pop-up, a target=_blank link): never shown. When the person
/// asked for it (a click), its first navigation goes to the system browser; a window a script
/// opened by itself goes nowhere.
class ExternalWindowPage : public QWebEnginePage
{
    Q_OBJECT
public:
    ExternalWindowPage(QWebEngineProfile *profile, bool userInitiated, QObject *parent);

Q_SIGNALS:
    void openExternally(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override;

private:
    bool m_userInitiated;
};

/// The sign-in page of WebEngineSignInView: stops the navigation to the redirect URI before it
/// leaves the page, confines the main frame to the allowed origins, and watches where the page
/// goes. (The name SignInPage: the widgets' wizard page is BrowserPage.)
class SignInPage : public QWebEnginePage
{
    Q_OBJECT
public:
    /// How long a click or key press counts as the person's go-ahead (Chromium's transient user
    /// activation lasts as long).
    static constexpr qint64 UserActionLifespanMs = 5000;

    SignInPage(QWebEngineProfile *profile, QObject *parent);

    QUrl redirectUri;
    QString issuerOrigin;
    QStringList allowedOrigins;
    QElapsedTimer lastUserAction; ///< a click or key press in the view (WebEngineSignInView)

    /// Whether the person clicked or typed in the page a moment ago: Qt 6.4 tells no user
    /// gesture for a navigation, and a script's location change looks like a link click.
    bool userActedRecently() const;
    bool isAllowed(const QUrl &url) const;

Q_SIGNALS:
    void redirectCaught(const QUrl &url);
    void openExternally(const QUrl &url);
    void navigationRefused(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // No createWindow(): Qt 6.4 asks it first and emits newWindowRequested(), which tells
    // whether the person asked for the window, only when it returns no page.
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int line, const QString &source) override;
};

} // namespace Keyway
