// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_export.h"

#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAuthenticator;
class QNetworkAccessManager;
class QSettings;
class QUrl;

namespace Keyway {

/**
 * How Keyway reaches the network: the system's proxy configuration (the default), no proxy at
 * all, or a manual HTTP proxy. Kept in QSettings under "network/proxy/..." (mode, host, port)
 * and applied to the whole application with apply(). No credential is ever stored: a proxy that
 * asks for them is answered by a ProxyAuthenticator, and the password stays in memory.
 */
struct KEYWAY_ACTIVATION_EXPORT ProxySettings
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host; ///< Manual only
    quint16 port = 0; ///< Manual only

    /// Reads the settings; anything missing or unusable gives the system configuration.
    static ProxySettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    /// A Manual setting needs a host and a port.
    bool isUsable() const;
    /// Sets the application-wide proxy (QNetworkProxy / QNetworkProxyFactory). Qt sends requests
    /// to loopback addresses directly whatever this says.
    void apply() const;
    /**
     * Sets the proxy of @p nam itself: Manual and None are then used for every request of it,
     * loopback addresses included; System leaves it to the application-wide setting.
     */
    void applyTo(QNetworkAccessManager *nam) const;
    /// The proxy a request to @p url goes through under these settings (NoProxy for direct).
    QNetworkProxy proxyFor(const QUrl &url) const;
    /// For logs and support reports, no credentials: "system: http 10.0.0.1:3128", "none", ...
    QString describe(const QUrl &url) const;

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name, bool *ok = nullptr);

    bool operator==(const ProxySettings &other) const
    {
        return mode == other.mode && host == other.host && port == other.port;
    }
};

/**
 * Answers QNetworkAccessManager::proxyAuthenticationRequired: asks the person once (through the
 * credentials callback, a dialog in the window) and keeps the answer in memory for the session,
 * per proxy. When the proxy refuses the answer it asks again; an empty answer (cancelled) lets the
 * request fail with Qt's ProxyAuthenticationRequiredError. Never logs the password.
 */
class KEYWAY_ACTIVATION_EXPORT ProxyAuthenticator : public QObject
{
    Q_OBJECT
public:
    struct Credentials
    {
        QString user;
        QString password;
        bool isEmpty() const { return user.isEmpty() && password.isEmpty(); }
    };
    /// Asked with the proxy (host, port) and the user name last used; returns nothing to cancel.
    using Asker = std::function<std::optional<Credentials>(
        const QNetworkProxy &proxy, const QString &lastUser, bool previousRefused)>;

    explicit ProxyAuthenticator(QObject *parent = nullptr);
    ~ProxyAuthenticator() override;

    void setAsker(const Asker &asker) { m_asker = asker; }
    /// Connects @p nam's proxyAuthenticationRequired to this object (several may be attached).
    void attach(QNetworkAccessManager *nam);
    /// Forgets every remembered password.
    void clear() { m_credentials.clear(); }
    /// How often the asker was called (for tests and support).
    int timesAsked() const { return m_asked; }

    void authenticate(const QNetworkProxy &proxy, QAuthenticator *authenticator);

private:
    Asker m_asker;
    QHash<QString, Credentials> m_credentials; ///< by "host:port"
    int m_asked = 0;
};

} // namespace Keyway
