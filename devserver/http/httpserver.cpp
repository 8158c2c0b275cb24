// SPDX-License-Identifier: BSD-3-Clause
#include "httpserver.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcDevServerHttp, "keyway.devserver.http")

namespace Keyway::DevServer {

HttpServer::HttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    // The sockets still open close when m_server (their parent) is destroyed, after
    // m_connections: they must not report that to this half-destroyed server.
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void HttpServer::close()
{
    m_server.close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        Connection connection;
        connection.timer.start();
        connection.request.peerAddress = socket->peerAddress().toString();
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        // A client that never finishes its request does not keep the connection forever.
        QTimer::singleShot(IdleTimeoutMs, socket, [socket] { socket->abort(); });
    }
}

void HttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = it.value();
    if (connection.responded) {
        socket->readAll();
        return;
    }
    connection.buffer += socket->readAll();

    if (!connection.headersDone) {
        const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (connection.buffer.size() > MaxHeaderBytes)
                respond(socket, HttpResponse::text(431, "text/plain", "Header too large\n"));
            return;
        }
        if (end > MaxHeaderBytes) {
            respond(socket, HttpResponse::text(431, "text/plain", "Header too large\n"));
            return;
        }
        const QByteArray head = connection.buffer.left(end);
        connection.buffer.remove(0, end + 4);
        int errorStatus = 400;
        if (!parseHead(connection, head, &errorStatus)) {
            respond(socket,
                    HttpResponse::text(errorStatus, "text/plain",
                                       HttpResponse::reasonPhrase(errorStatus) + '\n'));
            return;
        }
        connection.headersDone = true;
        const QByteArray expect = connection.request.header("expect").toLower();
        if (!expect.isEmpty()) {
            if (expect != "100-continue") {
                respond(socket, HttpResponse::text(417, "text/plain", "Expectation Failed\n"));
                return;
            }
            if (connection.buffer.size() < connection.contentLength)
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }

    if (connection.buffer.size() < connection.contentLength)
        return;
    connection.request.body = connection.buffer.left(connection.contentLength);
    connection.buffer.clear();
    HttpResponse response = m_handler ? m_handler(connection.request)
                                      : HttpResponse::text(500, "text/plain", "No handler\n");
    respond(socket, response);
}

bool HttpServer::parseHead(Connection &connection, const QByteArray &head, int *errorStatus)
{
    HttpRequest &request = connection.request;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return false;
    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const QByteArray version = requestLine.at(2);
    if (!version.startsWith("HTTP/1.")) {
        *errorStatus = 505;
        return false;
    }
    if (!target.startsWith('/'))
        return false;
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (request.headers.contains(name)) {
            if (name == "content-length" || name == "host" || name == "authorization")
                return false; // request smuggling and confusion: refuse duplicates outright
            request.headers[name] += ", " + value;
        } else {
            request.headers.insert(name, value);
        }
    }

    if (request.headers.contains("transfer-encoding")) {
        *errorStatus = 411; // no chunked bodies: send Content-Length
        return false;
    }
    if (request.headers.contains("content-length")) {
        bool ok = false;
        const QByteArray text = request.header("content-length");
        connection.contentLength = text.toLongLong(&ok);
        if (!ok || connection.contentLength < 0 || text.startsWith('+'))
            return false;
        if (connection.contentLength > MaxBodyBytes) {
            *errorStatus = 413;
            return false;
        }
    }
    return true;
}

QByteArray HttpServer::newRequestId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

void HttpServer::respond(QTcpSocket *socket, const HttpResponse &response)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->responded)
        return;
    it->responded = true;
    const HttpRequest &request = it->request;
    HttpResponse answer = response;
    if (m_standardHeaders) {
        // Every answer carries a fresh reference a person can quote to support; the log line
        // has it too, so that the two can be matched (docs/protocol.md §5).
        const QByteArray requestId = newRequestId();
        answer.setHeader("X-Request-Id", requestId);
        qCInfo(lcDevServerHttp).noquote()
            << QString::fromLatin1(request.method.isEmpty() ? QByteArray("-") : request.method)
            << (request.path.isEmpty() ? QStringLiteral("-") : request.path) << answer.status
            << QStringLiteral("%1 ms").arg(it->timer.elapsed())
            << QStringLiteral("id=") + QString::fromLatin1(requestId);
    }
    if (answer.dropConnection) {
        socket->abort();
        return;
    }
    const QByteArray bytes = answer.serialize(m_standardHeaders);
    auto send = [socket, bytes] {
        socket->write(bytes);
        socket->disconnectFromHost();
    };
    if (answer.delayMs > 0)
        QTimer::singleShot(answer.delayMs, socket, send);
    else
        send();
}

} // namespace Keyway::DevServer
