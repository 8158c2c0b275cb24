// SPDX-License-Identifier: BSD-3-Clause
#include "tlstcpserver.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcDevServerTls, "keyway.devserver.tls")

namespace Keyway::DevServer {

bool TlsTcpServer::setTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this Qt build has no TLS backend");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificateFile);
        return false;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(keyFile, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no unencrypted PEM RSA or EC private key").arg(keyFile);
        return false;
    }
    m_configuration = QSslConfiguration::defaultConfiguration();
    m_configuration.setLocalCertificateChain(chain);
    m_configuration.setPrivateKey(key);
    m_configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = true;
    return true;
}

void TlsTcpServer::incomingConnection(qintptr descriptor)
{
    if (!m_tls) {
        QTcpServer::incomingConnection(descriptor);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcDevServerTls) << "cannot take the connection:" << socket->errorString();
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_configuration);
    connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) {
        if (!socket->isEncrypted())
            qCInfo(lcDevServerTls).noquote() << "TLS handshake failed:" << socket->errorString();
    });
    addPendingConnection(socket);
    socket->startServerEncryption();
}

} // namespace Keyway::DevServer
