// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QString>
#include <QStringList>

namespace Keyway::DevServer {

class Database;
class Router;

/**
 * The dev server's mail: nothing is sent, every message is kept in the database, written as a
 * text file under <data-dir>/outbox/ and listed at /dev/outbox (HTML) and /dev/outbox.json,
 * links included, so that a test or a person can "open the e-mail". Links carry one-time
 * secrets: they appear in the outbox and never in a log line.
 */
class Outbox
{
public:
    explicit Outbox(Database &database);

    void setDirectory(const QString &directory) { m_directory = directory; }
    void setProductName(const QString &name) { m_productName = name; }
    void registerRoutes(Router &router);

    /// Stores one message to @p recipient; @p links are also listed apart from the text.
    bool send(const QString &recipient, const QString &subject, const QString &text,
              const QStringList &links);

private:
    HttpResponse listJson(const HttpRequest &request);
    HttpResponse listHtml(const HttpRequest &request);
    struct Message
    {
        QString id;
        QString recipient;
        QString subject;
        QString body;
        QStringList links;
        qint64 created = 0;
    };
    QList<Message> messages(const HttpRequest &request);

    Database &m_database;
    QString m_directory;
    QString m_productName;
};

} // namespace Keyway::DevServer
