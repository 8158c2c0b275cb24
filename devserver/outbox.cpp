// SPDX-License-Identifier: BSD-3-Clause
#include "outbox.h"

#include "database.h"
#include "pages.h"
#include "router.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDevServerOutbox, "keyway.devserver.outbox")

namespace Keyway::DevServer {

namespace {
QString isoDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

Outbox::Outbox(Database &database) : m_database(database) { }

void Outbox::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/dev/outbox"),
               [this](const HttpRequest &r) { return listHtml(r); });
    router.add("GET", QStringLiteral("/dev/outbox.json"),
               [this](const HttpRequest &r) { return listJson(r); });
}

bool Outbox::send(const QString &recipient, const QString &subject, const QString &text,
                  const QStringList &links)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const qint64 seq =
        m_database.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox"))
            .toLongLong();
    if (!m_database.run(
            QStringLiteral("INSERT INTO outbox (id, seq, recipient, subject, body, "
                           "links, created) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, seq, recipient, subject, text,
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(links)).toJson(QJsonDocument::Compact)),
             created}))
        return false;
    if (!m_directory.isEmpty() && QDir().mkpath(m_directory)) {
        QSaveFile file(
            QDir(m_directory)
                .filePath(QStringLiteral("%1-%2.txt").arg(seq, 6, 10, QLatin1Char('0')).arg(id)));
        const QString message = QStringLiteral("Date: %1\nTo: %2\nSubject: %3\n\n%4\n")
                                    .arg(isoDate(created), recipient, subject, text);
        if (!file.open(QIODevice::WriteOnly) || file.write(message.toUtf8()) < 0 || !file.commit())
            qCWarning(lcDevServerOutbox).noquote()
                << "cannot write" << file.fileName() << file.errorString();
        else
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // The recipient is no secret on a dev server; the links are, so they stay out of the log.
    qCInfo(lcDevServerOutbox).noquote() << "mail" << id << "to" << recipient << "-" << subject;
    return true;
}

QList<Outbox::Message> Outbox::messages(const HttpRequest &request)
{
    const QString to = HttpRequest::value(request.queryParams(), QStringLiteral("to"));
    QSqlQuery query = to.isEmpty()
        ? m_database.exec(QStringLiteral("SELECT id, recipient, subject, body, links, created "
                                         "FROM outbox ORDER BY seq"))
        : m_database.exec(QStringLiteral("SELECT id, recipient, subject, body, links, created "
                                         "FROM outbox WHERE recipient = ? ORDER BY seq"),
                          {to});
    QList<Message> list;
    while (query.next()) {
        Message message;
        message.id = query.value(0).toString();
        message.recipient = query.value(1).toString();
        message.subject = query.value(2).toString();
        message.body = query.value(3).toString();
        for (const auto &link : QJsonDocument::fromJson(query.value(4).toByteArray()).array())
            message.links.append(link.toString());
        message.created = query.value(5).toLongLong();
        list.append(message);
    }
    return list;
}

HttpResponse Outbox::listJson(const HttpRequest &request)
{
    QJsonArray array;
    for (const Message &message : messages(request)) {
        array.append(
            QJsonObject {{QStringLiteral("id"), message.id},
                         {QStringLiteral("to"), message.recipient},
                         {QStringLiteral("subject"), message.subject},
                         {QStringLiteral("body"), message.body},
                         {QStringLiteral("links"), QJsonArray::fromStringList(message.links)},
                         {QStringLiteral("created"), isoDate(message.created)}});
    }
    HttpResponse response =
        HttpResponse::json(200, QJsonObject {{QStringLiteral("messages"), array}});
    response.setNoStore();
    return response;
}

HttpResponse Outbox::listHtml(const HttpRequest &request)
{
    QString body = QStringLiteral("<h1>Outbox</h1>\n");
    const QList<Message> list = messages(request);
    if (list.isEmpty())
        body += QStringLiteral("<p>No e-mail has been sent yet.</p>\n");
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        body += QStringLiteral("<article id=\"mail-%1\">\n<h2>").arg(Pages::escape(it->id))
            + Pages::escape(it->subject) + QStringLiteral("</h2>\n<p class=\"hint\">To ")
            + Pages::escape(it->recipient) + QStringLiteral(", ") + isoDate(it->created)
            + QStringLiteral("</p>\n<pre>") + Pages::escape(it->body)
            + QStringLiteral("</pre>\n<ul>\n");
        for (const QString &link : it->links)
            body += QStringLiteral("<li><a href=\"") + Pages::escape(link) + QStringLiteral("\">")
                + Pages::escape(link) + QStringLiteral("</a></li>\n");
        body += QStringLiteral("</ul>\n</article>\n");
    }
    HttpResponse response =
        HttpResponse::html(200, Pages::page(m_productName, QStringLiteral("Outbox"), body));
    response.setNoStore();
    return response;
}

} // namespace Keyway::DevServer
