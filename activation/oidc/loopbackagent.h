// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "oidc/authorizationagent.h"

#include <QHash>
#include <QPointer>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Keyway {

/**
 * The system-browser mode of RFC 8252: the provider's page opens in the person's own browser and
 * the answer comes back to a listener on the loopback interface (§7.3).
 *
 * redirectUriFor() opens the listener on 127.0.0.1 (never another interface, §8.3) and returns
 * the configured loopback redirect URI with its port: the port the configured URI names (for
 * providers that match redirect URIs exactly, port included), else one the system picks. The
 * listener answers only the one request on the redirect path whose `state` is this attempt's;
 * anything else gets 400 and the listener keeps waiting. The matching request gets a small
 * translated "you can close this tab" page, is reported with redirected(), and the listener closes.
 *
 * In Mode::SystemBrowser the authorize URL is opened with the launcher (by default
 * openInSystemBrowser()); in Mode::None it is only handed out with urlReady(), for a person who
 * opens it elsewhere (`keywayctl login --browser=none`). urlReady() is emitted in both modes, so
 * a front end can always show the address as a fallback.
 */
class KEYWAY_ACTIVATION_EXPORT LoopbackAgent : public AuthorizationAgent
{
    Q_OBJECT
public:
    enum class Mode { SystemBrowser, None };
    Q_ENUM(Mode)
    /// Opens a URL outside this process; false when that failed.
    using Launcher = std::function<bool(const QUrl &url)>;

    explicit LoopbackAgent(Mode mode = Mode::SystemBrowser, QObject *parent = nullptr);
    ~LoopbackAgent() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    /// Replaces the system browser (tests hand the URL to an HTTP client instead).
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }

    QUrl redirectUriFor(const QUrl &configured) override;
    Error redirectUriError() const override { return m_listenError; }
    void authorize(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;

    /// The redirect URI with the listener's port, once redirectUriFor() opened it.
    QUrl redirectUri() const { return m_redirectUri; }
    bool isListening() const;

    /// The platform's way to open @p url in the default browser: xdg-open, open, ShellExecute.
    static bool openInSystemBrowser(const QUrl &url);

Q_SIGNALS:
    /// The address to open in a browser (both modes).
    void urlReady(const QUrl &authorizeUrl);
    /// The launcher could not open the browser: show urlReady()'s address to the person.
    void browserLaunchFailed(const QUrl &authorizeUrl);

private:
    void onReadyRead(QTcpSocket *socket);
    /// Reports @p redirect once @p socket has sent the page (or after a short grace period):
    /// a command-line caller may exit as soon as it hears of the redirect.
    void reportAfterFlush(QTcpSocket *socket, const QUrl &redirect);
    void respond(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void close();

    Mode m_mode;
    Launcher m_launcher;
    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QUrl m_redirectUri;
    QByteArray m_state;
    bool m_active = false;
    Error m_listenError;
};

} // namespace Keyway
