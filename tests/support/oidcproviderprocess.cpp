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

bool OidcProviderProcess::isAvailable(const QString &providerDir, QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *why = QStringLiteral("node is not installed");
        return false;
    }
    if (!QDir(providerDir).exists(QStringLiteral("node_modules/oidc-provider/package.json"))) {
        *why = QStringLiteral("oidc-provider is not installed: run npm ci in ") + providerDir;
        return false;
    }
    return true;
}

bool OidcProviderProcess::start(const QString &providerDir, const QString &clientId)
{
    m_output.clear();
    m_issuer.clear();
    m_process.setWorkingDirectory(providerDir);
    m_process.start(QStringLiteral("node"),
                    {QStringLiteral("provider.js"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--client-id"), clientId});
    if (!m_process.waitForStarted(10000)) {
        qWarning("node did not start: %s", qPrintable(m_process.errorString()));
        return false;
    }
    static const QRegularExpression ready(QStringLiteral("oidc-provider ready at (http\\S+)"));
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
    qWarning("oidc-provider did not become ready; it printed:\n%s", m_output.constData());
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
