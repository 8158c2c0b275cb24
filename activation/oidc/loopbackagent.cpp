// SPDX-License-Identifier: BSD-3-Clause
#include "loopbackagent.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#include <shellapi.h>
#endif

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOidc)

namespace {
// A browser's GET with its headers fits easily; anything larger is not our redirect.
constexpr int MaxRequestBytes = 16 * 1024;
} // namespace

LoopbackAgent::LoopbackAgent(Mode mode, QObject *parent)
    : AuthorizationAgent(parent), m_mode(mode), m_launcher(&LoopbackAgent::openInSystemBrowser)
{
}

LoopbackAgent::~LoopbackAgent()
{
    close();
}

bool LoopbackAgent::isListening() const
{
    return m_server && m_server->isListening();
}

bool LoopbackAgent::openInSystemBrowser(const QUrl &url)
{
    // Only web addresses: this must never become a way to start another application.
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    const QString address = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    const auto result = reinterpret_cast<INT_PTR>(
        ShellExecuteW(nullptr, L"open", reinterpret_cast<const wchar_t *>(address.utf16()), nullptr,
                      nullptr, SW_SHOWNORMAL));
    return result > 32;
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {address});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {address});
#endif
}

QUrl LoopbackAgent::redirectUriFor(const QUrl &configured)
{
    const QHostAddress host(configured.host());
    if (configured.scheme() != QLatin1String("http")
        || host != QHostAddress(QHostAddress::LocalHost)) {
        // RFC 8252 §8.3: the literal 127.0.0.1, not "localhost" (which may resolve elsewhere).
        qCWarning(lcOidc) << "the loopback agent needs an http://127.0.0.1/ redirect URI, got"
                          << configured.toString();
        return QUrl();
    }
    close();
    m_listenError = Error();
    const int port = configured.port(0);
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, quint16(port))) {
        qCWarning(lcOidc) << "cannot listen on 127.0.0.1:" << port << m_server->errorString();
        m_listenError =
            Error(port == 0 ? ErrorCode::InternalError : ErrorCode::LoopbackPortUnavailable,
                  QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                      .arg(port)
                      .arg(m_server->errorString()));
        close();
        return QUrl();
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    m_redirectUri = configured;
    m_redirectUri.setPort(m_server->serverPort());
    qCInfo(lcOidc) << "loopback listener on port" << m_server->serverPort();
    return m_redirectUri;
}

void LoopbackAgent::authorize(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    if (!isListening() || !matchesRedirect(redirectUri, m_redirectUri)
        || redirectUri.port() != m_redirectUri.port()) {
        // Without our listener behind it, the redirect would reach nobody (or somebody else).
        Q_EMIT failed(Error(ErrorCode::InternalError,
                            QStringLiteral("loopback agent used without its redirect URI")));
        return;
    }
    m_state = QUrlQuery(authorizeUrl)
                  .queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded)
                  .toLatin1();
    m_active = true;
    Q_EMIT urlReady(authorizeUrl);
    if (m_mode == Mode::None)
        return;
    if (!m_launcher || !m_launcher(authorizeUrl)) {
        qCWarning(lcOidc) << "the system browser could not be opened";
        Q_EMIT browserLaunchFailed(authorizeUrl);
    }
}

void LoopbackAgent::cancel()
{
    m_active = false;
    close();
}

void LoopbackAgent::close()
{
    if (!m_server)
        return;
    m_server->close();
    const auto sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_server->deleteLater();
    m_server = nullptr;
}

void LoopbackAgent::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->read(MaxRequestBytes + 1 - buffer.size());
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxRequestBytes)
            respond(socket, 400, tr("Bad request"), tr("This address only accepts the sign-in."));
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)), QUrl::StrictMode);
    const QString state =
        QUrlQuery(target).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const bool ours = m_active && requestLine.size() == 3 && requestLine.at(0) == "GET"
        && target.isValid() && target.isRelative() && target.path() == m_redirectUri.path()
        && !m_state.isEmpty() && state.toLatin1() == m_state;
    if (!ours) {
        // A favicon, a probe from another program, an old tab: not the answer we wait for.
        qCInfo(lcOidc) << "loopback listener refused a request for" << target.path();
        respond(socket, 400, tr("Bad request"), tr("This address only accepts the sign-in."));
        return;
    }
    QUrl redirect = m_redirectUri;
    redirect.setQuery(target.query(QUrl::FullyEncoded), QUrl::StrictMode);
    const bool error = QUrlQuery(target).hasQueryItem(QStringLiteral("error"));
    if (error) {
        respond(socket, 200, tr("Sign-in not completed"),
                tr("The sign-in did not complete. You can close this tab and return to the "
                   "application to see why."));
    } else {
        respond(socket, 200, tr("Signed in"),
                tr("You can close this tab and return to the application."));
    }
    m_active = false;
    // Open for the one request only.
    m_buffers.remove(socket);
    close();
    qCInfo(lcOidc) << "redirect received on the loopback listener";
    reportAfterFlush(socket, redirect);
}

void LoopbackAgent::reportAfterFlush(QTcpSocket *socket, const QUrl &redirect)
{
    // An error redirect ends `keywayctl login` at once: the browser must have its page first.
    auto reported = std::make_shared<bool>(false);
    auto report = [this, reported, redirect] {
        if (*reported)
            return;
        *reported = true;
        Q_EMIT redirected(redirect);
    };
    if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() == 0) {
        QTimer::singleShot(0, this, report);
        return;
    }
    connect(socket, &QTcpSocket::bytesWritten, this, [socket, report] {
        if (socket->bytesToWrite() == 0)
            report();
    });
    connect(socket, &QTcpSocket::disconnected, this, report);
    connect(socket, &QObject::destroyed, this, report);
    QTimer::singleShot(2000, this, report);
}

void LoopbackAgent::respond(QTcpSocket *socket, int status, const QString &title,
                            const QString &text)
{
    const QByteArray html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                           "<title>%1</title></head><body><h1>%1</h1><p>%2</p>"
                                           "</body></html>")
                                .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
                                .toUtf8();
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK\r\n" : " Bad Request\r\n");
    out += "Content-Type: text/html; charset=utf-8\r\n"
           "Cache-Control: no-store\r\n"
           // The address bar holds the code: no page may learn it as a referrer.
           "Referrer-Policy: no-referrer\r\n"
           "Content-Security-Policy: default-src 'none'\r\n"
           "Connection: close\r\n"
           "Content-Length: "
        + QByteArray::number(html.size()) + "\r\n\r\n" + html;
    m_buffers.remove(socket);
    socket->disconnect(this);
    // Parentless, so that closing the listener does not cut the answer short.
    socket->setParent(nullptr);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace Keyway
