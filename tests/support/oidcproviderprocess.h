// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

/**
 * The certified peer, npm oidc-provider (tests/node/oidc-provider/provider.js), as a process on
 * a free port for integration and GUI tests. Stopped when this object goes away.
 */
class OidcProviderProcess : public QObject
{
    Q_OBJECT
public:
    explicit OidcProviderProcess(QObject *parent = nullptr);
    ~OidcProviderProcess() override;

    /// False with a reason in @p why when node or the installed package (npm ci) is missing.
    static bool isAvailable(const QString &providerDir, QString *why);
    /// Starts `node provider.js` in @p providerDir and waits up to 30 s for its ready line.
    bool start(const QString &providerDir, const QString &clientId);
    void stop();

    QUrl issuer() const { return m_issuer; }
    QByteArray output() const { return m_output; }

private:
    QProcess m_process;
    QUrl m_issuer;
    QByteArray m_output;
};
