// SPDX-License-Identifier: BSD-3-Clause
#include "fakehttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

QString FakeHttpServer::Request::formValue(const QString &key) const
{
    QByteArray plus = body;
    plus.replace('+', ' ');
    const QUrlQuery form(QString::fromLatin1(plus));
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    // A connection still open closes when its socket is destroyed, after m_buffers: it must not
    // report that to this half-destroyed server.
    for (const QObject *owner : {static_cast<QObject *>(this), static_cast<QObject *>(&m_server)}) {
        for (QTcpSocket *socket : owner->findChildren<QTcpSocket *>())
            socket->disconnect(this);
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeHttpServer::reset()
{
    m_counts.clear();
    m_requests.clear();
}

FakeHttpServer::Response FakeHttpServer::json(const QByteArray &body, int status)
{
    Response response;
    response.status = status;
    response.body = body;
    return response;
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.query = QUrlQuery(target);
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    const int length = request.headers.value("content-length").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket);
    socket->disconnect(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);

    m_counts[request.path] += 1;
    m_requests.append(request);
    Q_EMIT requestReceived(request.path);
    Response response;
    if (m_handler) {
        response = m_handler(request);
    } else {
        response.status = 404;
        response.contentType = "text/plain";
    }

    auto answer = [socket, response] {
        if (response.dropConnection) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        out += "Connection: close\r\n";
        for (const auto &header : response.headers)
            out += header.first + ": " + header.second + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
        socket->disconnectFromHost();
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, answer);
    else
        answer();
}
