// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

/**
 * keyway-devserver as a real process for integration and GUI tests: a fresh data folder (or a
 * given one, to test restarts), a free port picked by the server, and its ready line awaited.
 * The server is stopped when this object goes away.
 */
class DevServerProcess : public QObject
{
    Q_OBJECT
public:
    explicit DevServerProcess(QObject *parent = nullptr);
    ~DevServerProcess() override;

    /// Starts the server (with --dev-endpoints); @p dataDir empty means a temporary folder owned by
    /// this object. Waits up to 30 s for the ready line. Extra command-line arguments may be given.
    bool start(const QString &dataDir = QString(), const QStringList &extraArgs = {});
    /// SIGTERM, then waits for a clean exit (kills after 10 s).
    void stop();
    bool isRunning() const;

    QUrl baseUrl() const { return m_baseUrl; }
    QString dataDir() const { return m_dataDir; }
    /// The client-config.json the server wrote for this run.
    QString configPath() const;
    QByteArray adminKey() const { return m_adminKey; }
    /// Everything the server printed so far (stdout and stderr).
    QByteArray output() const { return m_output; }

    /// `keyway-devserver codes generate`: fresh, unused codes.
    QStringList generateCodes(int count, const QString &configuration = QStringLiteral("KWP"));

    static QString binary();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QProcess m_process;
    QString m_dataDir;
    QUrl m_baseUrl;
    QByteArray m_adminKey;
    QByteArray m_output;
};
