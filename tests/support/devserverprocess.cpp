// SPDX-License-Identifier: BSD-3-Clause
#include "devserverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QTest>

DevServerProcess::DevServerProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] { m_output += m_process.readAll(); });
}

DevServerProcess::~DevServerProcess()
{
    stop();
}

QString DevServerProcess::binary()
{
    const QByteArray fromEnv = qgetenv("KEYWAY_DEVSERVER");
    return fromEnv.isEmpty() ? QStringLiteral(KEYWAY_DEVSERVER_BIN)
                             : QString::fromLocal8Bit(fromEnv);
}

bool DevServerProcess::start(const QString &dataDir, const QStringList &extraArgs)
{
    if (dataDir.isEmpty()) {
        if (!m_tempDir) {
            m_tempDir = std::make_unique<QTemporaryDir>();
            if (!m_tempDir->isValid())
                return false;
        }
        m_dataDir = m_tempDir->path();
    } else {
        m_dataDir = dataDir;
    }
    m_output.clear();
    m_baseUrl.clear();
    QStringList args {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                      m_dataDir, QStringLiteral("--dev-endpoints")};
    args += extraArgs;
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000)) {
        qWarning("keyway-devserver did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }

    static const QRegularExpression ready(
        QStringLiteral("keyway-devserver listening on (http\\S+)"));
    static const QRegularExpression adminKey(QStringLiteral("Admin API key: (\\S+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const auto match = ready.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            const auto key = adminKey.match(QString::fromUtf8(m_output));
            if (key.hasMatch())
                m_adminKey = key.captured(1).toLatin1();
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QTest::qWait(20);
    }
    qWarning("keyway-devserver did not become ready; it printed:\n%s", m_output.constData());
    stop();
    return false;
}

void DevServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_output += m_process.readAll();
}

bool DevServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

QString DevServerProcess::configPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("client-config.json"));
}

QStringList DevServerProcess::generateCodes(int count, const QString &configuration)
{
    QProcess process;
    process.start(binary(),
                  {QStringLiteral("codes"), QStringLiteral("generate"),
                   QStringLiteral("--configuration"), configuration, QStringLiteral("--count"),
                   QString::number(count), QStringLiteral("--data-dir"), m_dataDir});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("codes generate failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput())
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
