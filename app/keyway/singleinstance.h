// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>

namespace Keyway {

/**
 * One keyway window per data folder, so that two never write the same stores at once.
 *
 * acquire() takes a QLockFile in the data folder. When another process holds it, that process
 * is asked over a QLocalSocket (named after the data folder) to raise its window, and this one
 * should exit 0. When the holder does not answer (it hangs, or is just starting), the lock is
 * waited for up to a timeout; then errorString() says who holds it. A lock left by a process
 * that died is taken over.
 */
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Primary, ///< this process holds the lock and listens for later starts
        Activated, ///< another process holds it and was asked to raise its window: exit 0
        TimedOut, ///< another process holds it and did not answer in time; see errorString()
        Failed, ///< the data folder or the lock file cannot be used; see errorString()
    };
    Q_ENUM(Outcome)

    static constexpr int DefaultWaitMs = 10000;

    explicit SingleInstance(const QString &dataDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Blocks for at most @p waitMs (start-up, before the event loop runs).
    Outcome acquire(int waitMs = DefaultWaitMs);
    /// A translated sentence for TimedOut and Failed.
    QString errorString() const { return m_errorString; }

    QString lockFilePath() const;
    /// The local socket's name: "keyway-" and a hash of the canonical data folder path.
    static QString serverName(const QString &dataDirectory);

Q_SIGNALS:
    /// Another start of keyway for this data folder asks this one to show its window.
    void activationRequested();

private:
    bool listen();
    bool askPrimaryToActivate(int waitMs);

    QString m_directory;
    QLockFile m_lock;
    QLocalServer m_server;
    QString m_errorString;
};

} // namespace Keyway
