// SPDX-License-Identifier: BSD-3-Clause
#include "fakehttpserver.h"

#include "httpserver.h"

using Keyway::DevServer::HttpRequest;
using Keyway::DevServer::HttpResponse;
using Keyway::DevServer::HttpServer;

QString FakeHttpServer::Request::formValue(const QString &key) const
{
    QByteArray plus = body;
    plus.replace('+', ' ');
    const QUrlQuery form(QString::fromLatin1(plus));
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent), m_server(std::make_unique<HttpServer>())
{
    m_server->setStandardHeaders(false);
    m_server->setHandler([this](const HttpRequest &received) {
        Request request;
        request.method = received.method;
        request.path = received.path;
        request.query = QUrlQuery(QString::fromLatin1(received.rawQuery));
        request.headers = received.headers;
        request.body = received.body;
        m_counts[request.path] += 1;
        m_requests.append(request);
        Q_EMIT requestReceived(request.path);

        HttpResponse answer;
        if (!m_handler) {
            answer.status = 404;
            answer.setHeader("Content-Type", "text/plain");
            return answer;
        }
        const Response response = m_handler(request);
        answer.status = response.status;
        if (!response.contentType.isEmpty())
            answer.headers.append(qMakePair(QByteArray("Content-Type"), response.contentType));
        answer.headers += response.headers;
        answer.body = response.body;
        answer.delayMs = response.delayMs;
        answer.dropConnection = response.dropConnection;
        return answer;
    });
}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    return m_server->listen(0);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
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
