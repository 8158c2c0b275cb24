// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace Keyway::DevServer {
class HttpServer;
}

/**
 * A tiny HTTP/1.1 responder on 127.0.0.1, port 0, for tests that need a provider that misbehaves
 * on purpose: every request goes to a handler that decides the answer. It is the dev server's
 * own HTTP layer (devserver/http/, one request per connection, bodies by Content-Length) without
 * the headers the dev server adds: the answer is exactly what the handler says.
 */
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
        /// The body as a form (application/x-www-form-urlencoded), decoded.
        QString formValue(const QString &key) const;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool dropConnection = false; ///< close without answering (a network error)
        int delayMs = 0;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// How many requests reached @p path.
    int count(const QString &path) const { return m_counts.value(path); }
    QList<Request> requests() const { return m_requests; }
    void reset();

    static Response json(const QByteArray &body, int status = 200);

Q_SIGNALS:
    void requestReceived(const QString &path);

private:
    std::unique_ptr<Keyway::DevServer::HttpServer> m_server;
    Handler m_handler;
    QHash<QString, int> m_counts;
    QList<Request> m_requests;
};
