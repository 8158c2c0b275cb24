// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace Keyway::DevServer {

/**
 * A QTcpServer that, once given a certificate and key, hands out QSslSockets that have already
 * started the server side of the TLS handshake. Without them it is a plain QTcpServer. Callers
 * read and write the sockets as QTcpSockets; QSslSocket only delivers decrypted data.
 */
class TlsTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    /// Loads a PEM certificate (chain, leaf first) and its PEM private key (RSA or EC).
    bool setTls(const QString &certificateFile, const QString &keyFile, QString *error);
    bool isTls() const { return m_tls; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_configuration;
    bool m_tls = false;
};

} // namespace Keyway::DevServer
