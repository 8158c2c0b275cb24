// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"
#include "tlstcpserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <functional>

class QTcpSocket;

namespace Keyway::DevServer {

/**
 * A deliberately small HTTP/1.1 server on 127.0.0.1: request line, headers, Content-Length
 * bodies (with "Expect: 100-continue"), size limits, one request per connection
 * ("Connection: close"), over TLS when configured. Chunked request bodies are refused with 411.
 * Every request is logged with its method, path (never the query), status, duration and the
 * random X-Request-Id its response carries.
 */
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr int MaxHeaderBytes = 16 * 1024;
    static constexpr int MaxBodyBytes = 1024 * 1024;
    static constexpr int IdleTimeoutMs = 30000;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Whether every answer gets a fresh X-Request-Id, a Date and X-Content-Type-Options, and a
    /// log line (default). A test's fake server answers only what its handler says.
    void setStandardHeaders(bool on) { m_standardHeaders = on; }
    /// Listens on 127.0.0.1:@p port (0: any free port).
    bool listen(quint16 port);
    /// Serves HTTPS instead of HTTP (see TlsTcpServer); call before listen().
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error)
    {
        return m_server.setTls(certificateFile, keyFile, error);
    }
    bool isTls() const { return m_server.isTls(); }
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    void close();

    /// 32 random hex digits: the X-Request-Id of one response.
    static QByteArray newRequestId();

private:
    struct Connection
    {
        QByteArray buffer;
        HttpRequest request;
        qint64 contentLength = 0;
        bool headersDone = false;
        bool responded = false;
        QElapsedTimer timer;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool parseHead(Connection &connection, const QByteArray &head, int *errorStatus);
    void respond(QTcpSocket *socket, const HttpResponse &response);

    TlsTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    Handler m_handler;
    bool m_standardHeaders = true;
};

} // namespace Keyway::DevServer
