// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

/**
 * An OpenID provider from npm as a process on a free port for integration and GUI tests: the
 * certified peer oidc-provider (tests/node/oidc-provider/provider.js) or the independent
 * oauth2-mock-server (tests/node/oauth2-mock-server/provider.js). Stopped when this object goes
 * away.
 */
class OidcProviderProcess : public QObject
{
    Q_OBJECT
public:
    explicit OidcProviderProcess(QObject *parent = nullptr);
    ~OidcProviderProcess() override;

    /// False with a reason in @p why when node (of at least @p nodeMajor) or the installed
    /// packages (npm ci) are missing.
    static bool isAvailable(const QString &providerDir, QString *why, int nodeMajor = 18);
    /**
     * Starts `node provider.js --port 0 --client-id ID ARGS...` in @p providerDir and waits up
     * to 30 s for its "... ready at <issuer>" line.
     */
    bool start(const QString &providerDir, const QString &clientId,
               const QStringList &arguments = QStringList());
    void stop();

    QUrl issuer() const { return m_issuer; }
    QByteArray output() const { return m_output; }

private:
    QProcess m_process;
    QUrl m_issuer;
    QByteArray m_output;
};
