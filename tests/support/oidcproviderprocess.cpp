// SPDX-License-Identifier: BSD-3-Clause
#include "oidcproviderprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

OidcProviderProcess::OidcProviderProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, [this] { m_output += m_process.readAll(); });
}

OidcProviderProcess::~OidcProviderProcess()
{
    stop();
}

bool OidcProviderProcess::isAvailable(const QString &providerDir, QString *why, int nodeMajor)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *why = QStringLiteral("node is not installed");
        return false;
    }
    QProcess version;
    version.start(node, {QStringLiteral("--version")});
    version.waitForFinished(10000);
    const QString found = QString::fromLatin1(version.readAllStandardOutput()).trimmed();
    static const QRegularExpression major(QStringLiteral("^v(\\d+)\\."));
    const auto match = major.match(found);
    if (!match.hasMatch() || match.captured(1).toInt() < nodeMajor) {
        *why = QStringLiteral("the peer in %1 needs node %2 or later, found %3")
                   .arg(providerDir)
                   .arg(nodeMajor)
                   .arg(found);
        return false;
    }
    if (!QDir(providerDir).exists(QStringLiteral("node_modules/.package-lock.json"))) {
        *why = QStringLiteral("the peer is not installed: run npm ci in ") + providerDir;
        return false;
    }
    return true;
}

bool OidcProviderProcess::start(const QString &providerDir, const QString &clientId,
                                const QStringList &arguments)
{
    m_output.clear();
    m_issuer.clear();
    m_process.setWorkingDirectory(providerDir);
    m_process.start(QStringLiteral("node"),
                    QStringList {QStringLiteral("provider.js"), QStringLiteral("--port"),
                                 QStringLiteral("0"), QStringLiteral("--client-id"), clientId}
                        + arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("node did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    static const QRegularExpression ready(QStringLiteral("\\S+ ready at (http\\S+)"));
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        const auto match = ready.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_issuer = QUrl(match.captured(1));
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QTest::qWait(20);
    }
    qWarning("the provider did not become ready; it printed:\n%s", m_output.constData());
    stop();
    return false;
}

void OidcProviderProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
