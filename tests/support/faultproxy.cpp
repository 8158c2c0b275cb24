// SPDX-License-Identifier: BSD-3-Clause
#include "faultproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace {
/// The offset just past the head's blank line, or -1.
qsizetype headEnd(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

qsizetype contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            return line.mid(colon + 1).trimmed().toLongLong();
    }
    return 0;
}

int statusOf(const QByteArray &response)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> words = response.left(response.indexOf('\r')).split(' ');
    return words.size() > 1 ? words.at(1).toInt() : 0;
}

/// The response with its body replaced by @p body and Content-Length made to match.
QByteArray replaceBody(const QByteArray &response, const QByteArray &body, int status = 0)
{
    const qsizetype end = headEnd(response);
    QList<QByteArray> lines = response.left(end < 0 ? response.size() : end - 4).split('\n');
    QByteArray head;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0 && status > 0)
            line = "HTTP/1.1 " + QByteArray::number(status) + " OK";
        else if (line.toLower().startsWith("content-length:"))
            line = "Content-Length: " + QByteArray::number(body.size());
        else if (line.toLower().startsWith("content-type:") && status > 0)
            line = "Content-Type: application/json";
        head += line + "\r\n";
    }
    return head + "\r\n" + body;
}
} // namespace

FaultProxy::FaultProxy(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    for (QTcpSocket *socket : m_connections.keys())
        socket->abort();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::addRule(const QString &path, Fault fault, int nth, int times, int delayMs)
{
    m_rules.append({path, fault, nth, times, delayMs});
}

void FaultProxy::releaseHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &entry : held) {
        if (entry.first)
            send(entry.first, entry.second);
    }
}

void FaultProxy::dropHeld()
{
    const auto held = std::exchange(m_held, {});
    for (const auto &entry : held) {
        if (entry.first)
            entry.first->abort();
    }
}

int FaultProxy::heldCount() const
{
    return int(m_held.size());
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        m_connections.insert(client, Connection());
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_connections.remove(client);
            client->deleteLater();
        });
    }
}

void FaultProxy::onClientData(QTcpSocket *client)
{
    auto it = m_connections.find(client);
    if (it == m_connections.end())
        return;
    it->buffer += client->readAll();
    if (it->handled)
        return;
    const qsizetype end = headEnd(it->buffer);
    if (end < 0)
        return;
    const qsizetype length = contentLength(it->buffer.left(end));
    if (it->buffer.size() < end + length)
        return;
    it->handled = true;
    const QByteArray request = it->buffer.left(end + length);
    // "POST /path?query HTTP/1.1"
    const QList<QByteArray> words = request.left(request.indexOf('\r')).split(' ');
    QString path = QString::fromLatin1(words.value(1));
    path = path.left(path.indexOf(QLatin1Char('?')) < 0 ? path.size()
                                                        : path.indexOf(QLatin1Char('?')));
    handle(client, request, path);
}

void FaultProxy::handle(QTcpSocket *client, const QByteArray &request, const QString &path)
{
    const int count = ++m_counts[path];
    m_requests[path].append(request);
    Fault fault = Fault::None;
    int delayMs = 0;
    for (const Rule &rule : qAsConst(m_rules)) {
        if (rule.path == path && count >= rule.nth
            && (rule.times < 0 || count < rule.nth + rule.times)) {
            fault = rule.fault;
            delayMs = rule.delayMs;
            break;
        }
    }
    Q_EMIT requestArrived(path, count);
    QPointer<QTcpSocket> guard(client);

    switch (fault) {
    case Fault::Refuse:
        client->abort();
        return;
    case Fault::Status500:
        send(client,
             answer(500, "Internal Server Error", "application/json",
                    R"({"error":"server_error","error_description":"injected"})"));
        return;
    case Fault::Status502:
        send(client,
             answer(502, "Bad Gateway", "text/html",
                    "<html><body><h1>502 Bad Gateway</h1></body></html>"));
        return;
    case Fault::Status503:
        send(client,
             answer(503, "Service Unavailable", "text/html",
                    "<html><body><h1>503 Service Unavailable</h1></body></html>"));
        return;
    default:
        break;
    }

    forward(client, request, path, [this, guard, fault, delayMs](const QByteArray &response) {
        if (!guard)
            return;
        QTcpSocket *client = guard;
        const qsizetype end = headEnd(response);
        const QByteArray body = end < 0 ? QByteArray() : response.mid(end);
        switch (fault) {
        case Fault::Delay:
            QTimer::singleShot(delayMs, this, [guard, response] {
                if (guard)
                    send(guard, response);
            });
            return;
        case Fault::ResetMidResponse:
            client->write(response.left(qMax<qsizetype>(1, response.size() / 2)));
            client->flush();
            client->abort();
            return;
        case Fault::DropAfterCommit:
            client->abort();
            return;
        case Fault::MalformedJson:
            send(client, replaceBody(response, "{\"licenses\": [ this is not JSON", 200));
            return;
        case Fault::TruncatedBody:
            send(client, replaceBody(response, body.left(body.size() / 2)));
            return;
        case Fault::Hold:
            m_held.append({guard, response});
            return;
        default:
            send(client, response);
            return;
        }
    });
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, const QString &path,
                         std::function<void(const QByteArray &)> then)
{
    auto *upstream = new QTcpSocket(this);
    auto *response = new QByteArray;
    QPointer<QTcpSocket> guard(client);
    connect(upstream, &QTcpSocket::connected, upstream,
            [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, upstream,
            [upstream, response] { *response += upstream->readAll(); });
    auto done = [this, upstream, response, path, then] {
        *response += upstream->readAll();
        const QByteArray answer = *response;
        delete response;
        upstream->deleteLater();
        if (answer.isEmpty()) {
            then(QByteArray());
            return;
        }
        m_responses[path].append(answer);
        Q_EMIT responseCommitted(path, statusOf(answer));
        then(answer);
    };
    connect(upstream, &QTcpSocket::disconnected, this, done);
    connect(upstream, &QTcpSocket::errorOccurred, this,
            [upstream, response, guard](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError)
                    return; // disconnected() follows
                // Nothing listens upstream (the server was killed): so the client sees it too.
                upstream->disconnect();
                delete response;
                if (guard)
                    guard->abort();
                upstream->deleteLater();
            });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::send(QTcpSocket *client, const QByteArray &data)
{
    if (data.isEmpty()) {
        client->abort();
        return;
    }
    client->write(data);
    client->disconnectFromHost();
}

QByteArray FaultProxy::answer(int status, const QByteArray &reason, const QByteArray &type,
                              const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}
