// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

/**
 * Plays a person's browser on an OpenID provider's pages over plain HTTP: follows redirects,
 * answers oidc-provider's development login form (fields `login`, `password`) and consent form,
 * or presses their "[ Cancel ]" link, and loads whatever the provider finally redirects to, the
 * loopback listener included, as a browser would. A provider without pages (oauth2-mock-server)
 * simply redirects.
 */
class ProviderBrowser : public QObject
{
    Q_OBJECT
public:
    QString login;
    QString password;
    /// "login" or "consent": press Cancel on that page instead of answering it.
    QString cancelAt;
    QString lastPage;
    QUrl lastUrl;
    int lastStatus = 0;
    /// "login", "consent", "cancel at login", ... in the order met.
    QStringList formsAnswered;

    void open(const QUrl &url) { request(url, QByteArray(), 0); }

Q_SIGNALS:
    void done();

private:
    void request(const QUrl &url, const QByteArray &form, int hops);

    QNetworkAccessManager m_nam;
};
