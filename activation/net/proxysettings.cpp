// SPDX-License-Identifier: BSD-3-Clause
#include "proxysettings.h"

#include <QAuthenticator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QUrl>

namespace Keyway {

Q_LOGGING_CATEGORY(lcProxy, "keyway.net.proxy")

namespace {
const QString ModeKey = QStringLiteral("network/proxy/mode");
const QString HostKey = QStringLiteral("network/proxy/host");
const QString PortKey = QStringLiteral("network/proxy/port");

QString key(const QNetworkProxy &proxy)
{
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}
} // namespace

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromName(const QString &name, bool *ok)
{
    for (Mode mode : {Mode::System, Mode::None, Mode::Manual}) {
        if (name == modeName(mode)) {
            if (ok)
                *ok = true;
            return mode;
        }
    }
    if (ok)
        *ok = false;
    return Mode::System;
}

ProxySettings ProxySettings::load(const QSettings &settings)
{
    ProxySettings result;
    bool ok = false;
    result.mode = modeFromName(settings.value(ModeKey).toString(), &ok);
    result.host = settings.value(HostKey).toString().trimmed();
    const int port = settings.value(PortKey).toInt();
    result.port = port > 0 && port <= 65535 ? quint16(port) : 0;
    if (!ok || (result.mode == Mode::Manual && !result.isUsable())) {
        if (settings.contains(ModeKey))
            qCWarning(lcProxy) << "unusable proxy setting, using the system's:"
                               << settings.value(ModeKey).toString();
        result.mode = Mode::System;
    }
    return result;
}

void ProxySettings::save(QSettings &settings) const
{
    settings.setValue(ModeKey, modeName(mode));
    if (mode == Mode::Manual) {
        settings.setValue(HostKey, host);
        settings.setValue(PortKey, int(port));
    }
    settings.sync();
}

bool ProxySettings::isUsable() const
{
    if (mode != Mode::Manual)
        return true;
    return !host.isEmpty() && port != 0 && !host.contains(QLatin1Char('/'))
        && !host.contains(QLatin1Char(' '));
}

void ProxySettings::apply() const
{
    switch (mode) {
    case Mode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Mode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case Mode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, host, port));
        break;
    }
    qCInfo(lcProxy).noquote() << "proxy:" << modeName(mode)
                              << (mode == Mode::Manual
                                      ? host + QLatin1Char(':') + QString::number(port)
                                      : QString());
}

void ProxySettings::applyTo(QNetworkAccessManager *nam) const
{
    if (!nam)
        return;
    nam->setProxy(mode == Mode::System ? QNetworkProxy(QNetworkProxy::DefaultProxy)
                                       : proxyFor(QUrl()));
    // Connections made through another proxy are not reused.
    nam->clearConnectionCache();
}

QNetworkProxy ProxySettings::proxyFor(const QUrl &url) const
{
    switch (mode) {
    case Mode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case Mode::Manual:
        return QNetworkProxy(QNetworkProxy::HttpProxy, host, port);
    case Mode::System:
        break;
    }
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

QString ProxySettings::describe(const QUrl &url) const
{
    const QNetworkProxy proxy = proxyFor(url);
    QString used;
    switch (proxy.type()) {
    case QNetworkProxy::NoProxy:
    case QNetworkProxy::DefaultProxy:
        used = QStringLiteral("direct");
        break;
    case QNetworkProxy::Socks5Proxy:
        used = QStringLiteral("socks5 ") + key(proxy);
        break;
    default:
        // Host and port only: a system proxy URL may carry a user name and password.
        used = QStringLiteral("http ") + key(proxy);
        break;
    }
    return modeName(mode) + QStringLiteral(": ") + used;
}

ProxyAuthenticator::ProxyAuthenticator(QObject *parent) : QObject(parent) { }

ProxyAuthenticator::~ProxyAuthenticator() = default;

void ProxyAuthenticator::attach(QNetworkAccessManager *nam)
{
    if (!nam)
        return;
    connect(nam, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ProxyAuthenticator::authenticate, Qt::UniqueConnection);
}

void ProxyAuthenticator::authenticate(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    if (!authenticator)
        return;
    const QString where = key(proxy);
    const Credentials known = m_credentials.value(where);
    // The authenticator still holding what we gave it means the proxy refused it.
    const bool refused = !known.isEmpty() && authenticator->user() == known.user
        && authenticator->password() == known.password;
    if (!known.isEmpty() && !refused) {
        qCDebug(lcProxy).noquote()
            << "proxy" << where << "asks for credentials: answered from memory";
        authenticator->setUser(known.user);
        authenticator->setPassword(known.password);
        return;
    }
    if (refused) {
        qCInfo(lcProxy).noquote() << "proxy" << where << "refused the credentials";
        m_credentials.remove(where);
    }
    if (!m_asker) {
        qCInfo(lcProxy).noquote() << "proxy" << where << "asks for credentials; nobody to ask";
        return;
    }
    ++m_asked;
    qCInfo(lcProxy).noquote() << "proxy" << where << "asks for credentials, realm"
                              << authenticator->realm();
    const std::optional<Credentials> answer =
        m_asker(proxy, known.user.isEmpty() ? authenticator->user() : known.user, refused);
    if (!answer || answer->isEmpty()) {
        qCInfo(lcProxy).noquote() << "proxy credentials not given";
        return;
    }
    m_credentials.insert(where, *answer);
    authenticator->setUser(answer->user);
    authenticator->setPassword(answer->password);
}

} // namespace Keyway
