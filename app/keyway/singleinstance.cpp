// SPDX-License-Identifier: BSD-3-Clause
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "keyway.app.instance")

constexpr char ActivateRequest[] = "activate\n";
constexpr char ActivateAnswer[] = "ok\n";
/// How long a running window has to answer before the lock is waited for instead.
constexpr int AnswerMs = 2000;
} // namespace

SingleInstance::SingleInstance(const QString &dataDirectory, QObject *parent)
    : QObject(parent), m_directory(QDir(dataDirectory).absolutePath()),
      m_lock(QDir(m_directory).filePath(QStringLiteral("keyway.lock")))
{
    // Staleness by process only: a window that runs for days keeps its lock.
    m_lock.setStaleLockTime(0);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine(64);
                if (line == ActivateRequest) {
                    qCInfo(lcInstance) << "another start asked for this window";
                    socket->write(ActivateAnswer);
                    socket->flush();
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
}

SingleInstance::~SingleInstance()
{
    m_server.close();
    m_lock.unlock();
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("keyway.lock"));
}

QString SingleInstance::serverName(const QString &dataDirectory)
{
    const QFileInfo info(dataDirectory);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("keyway-") + QString::fromLatin1(hash);
}

bool SingleInstance::listen()
{
    const QString name = serverName(m_directory);
    // The lock is ours: a socket file left by a crashed window is stale.
    QLocalServer::removeServer(name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(name)) {
        // Still the only window; later starts will wait for the lock instead of raising it.
        qCWarning(lcInstance) << "cannot listen on" << name << m_server.errorString();
        return false;
    }
    return true;
}

bool SingleInstance::askPrimaryToActivate(int waitMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(m_directory));
    if (!socket.waitForConnected(waitMs))
        return false;
    socket.write(ActivateRequest);
    if (!socket.waitForBytesWritten(waitMs))
        return false;
    QDeadlineTimer deadline(waitMs);
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
    }
    return socket.readLine(64) == ActivateAnswer;
}

SingleInstance::Outcome SingleInstance::acquire(int waitMs)
{
    if (!QDir().mkpath(m_directory)) {
        m_errorString = tr("The folder %1 cannot be created.").arg(m_directory);
        return Outcome::Failed;
    }
    if (m_lock.tryLock(0)) {
        listen();
        return Outcome::Primary;
    }
    if (m_lock.error() == QLockFile::PermissionError || m_lock.error() == QLockFile::UnknownError) {
        m_errorString = tr("The lock file %1 cannot be written.").arg(lockFilePath());
        return Outcome::Failed;
    }
    // Ask the window to come forward; if it does not answer (hanging, or still starting and not
    // listening yet), wait for its lock, asking again now and then.
    QDeadlineTimer deadline(waitMs);
    bool waitingLogged = false;
    do {
        if (askPrimaryToActivate(int(qMin<qint64>(AnswerMs, deadline.remainingTime())))) {
            qCInfo(lcInstance) << "the running window for" << m_directory << "was raised";
            return Outcome::Activated;
        }
        if (!waitingLogged) {
            qCInfo(lcInstance) << "the lock holder does not answer; waiting up to" << waitMs
                               << "ms";
            waitingLogged = true;
        }
        if (m_lock.tryLock(int(qMin<qint64>(500, deadline.remainingTime())))) {
            listen();
            return Outcome::Primary;
        }
    } while (!deadline.hasExpired());
    qint64 pid = 0;
    QString host, application;
    m_lock.getLockInfo(&pid, &host, &application);
    m_errorString = tr("Another activation window (process %1) is using %2 and does not answer. "
                       "Close it, or end that process, then start again.")
                        .arg(pid)
                        .arg(m_directory);
    return Outcome::TimedOut;
}

} // namespace Keyway
