// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

/**
 * A TCP proxy on 127.0.0.1:0 in front of keyway-devserver that injects faults per request path.
 * Start it first, then the dev server with `--public-url <proxy url>` and setUpstreamPort(), so
 * that discovery hands out the proxy's addresses and every request of the client passes here.
 *
 * Each request is read whole (the dev server and Qt send Content-Length), forwarded on a fresh
 * upstream connection, and the whole answer read (the dev server closes after each answer), so a
 * fault can be applied before, during or after the server committed. A rule applies to the
 * requests with its path (without the query) from its nth on, @p times of them, so a retry can
 * pass. Requests are counted per path.
 */
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        Refuse, ///< close the connection at once: the request never reaches the server
        Delay, ///< forward, then hold the answer delayMs before sending it
        ResetMidResponse, ///< forward, send half of the answer, then reset the connection
        DropAfterCommit, ///< forward, read the whole answer, close without sending any of it
        Status500, ///< answer 500 itself, nothing forwarded
        Status502, ///< answer 502 itself (a gateway's error page), nothing forwarded
        Status503, ///< answer 503 itself, nothing forwarded
        MalformedJson, ///< forward, then answer 200 with a body that is not JSON
        TruncatedBody, ///< forward, then send the first half of the body (consistent length)
        Hold, ///< forward, then keep the answer until releaseHeld()
    };
    Q_ENUM(Fault)

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /// Applies @p fault to the requests for @p path from the @p nth (1-based) on, @p times of
    /// them (-1: all).
    void addRule(const QString &path, Fault fault, int nth = 1, int times = 1, int delayMs = 0);
    void clearRules() { m_rules.clear(); }
    /// Requests seen for @p path (the path without the query).
    int requestCount(const QString &path) const { return m_counts.value(path); }
    /// Forgets the counts and the recorded requests and responses.
    void resetCounts()
    {
        m_counts.clear();
        m_requests.clear();
        m_responses.clear();
    }
    /// Upstream answers (head and body) for @p path, in order, e.g. the token endpoint's.
    QList<QByteArray> responses(const QString &path) const { return m_responses.value(path); }
    /// Requests (head and body) for @p path, in order.
    QList<QByteArray> requests(const QString &path) const { return m_requests.value(path); }
    /// Sends the answers held by Fault::Hold.
    void releaseHeld();
    /// Closes the connections of the answers held by Fault::Hold without sending them.
    void dropHeld();
    int heldCount() const;

Q_SIGNALS:
    /// A whole request for @p path arrived (its @p count for that path).
    void requestArrived(const QString &path, int count);
    /// The server's whole answer to a request for @p path arrived here.
    void responseCommitted(const QString &path, int status);

private:
    struct Rule
    {
        QString path;
        Fault fault;
        int nth;
        int times;
        int delayMs;
    };
    struct Connection
    {
        QByteArray buffer;
        bool handled = false;
    };
    void onNewConnection();
    void onClientData(QTcpSocket *client);
    void handle(QTcpSocket *client, const QByteArray &request, const QString &path);
    void forward(QTcpSocket *client, const QByteArray &request, const QString &path,
                 std::function<void(const QByteArray &response)> then);
    static void send(QTcpSocket *client, const QByteArray &data);
    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &type,
                             const QByteArray &body);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    QList<Rule> m_rules;
    QHash<QString, int> m_counts;
    QHash<QString, QList<QByteArray>> m_responses;
    QHash<QString, QList<QByteArray>> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<QPair<QPointer<QTcpSocket>, QByteArray>> m_held;
};
