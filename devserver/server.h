// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "accounts.h"
#include "database.h"
#include "devices.h"
#include "faults.h"
#include "httpserver.h"
#include "idtokenkeys.h"
#include "licensing.h"
#include "oidcprovider.h"
#include "outbox.h"
#include "router.h"
#include "signer.h"
#include "webguard.h"

#include <QObject>

namespace Keyway::DevServer {

/**
 * keyway-devserver assembled: the data folder (database, signing keys, secrets), the OpenID
 * provider and licensing routes on the HTTP server, and the client configuration it writes.
 * open() is also all the `codes` commands need, so they work beside a running server.
 */
class Server : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 DefaultPort = 8765;

    explicit Server(QObject *parent = nullptr);

    /// Prepares @p dataDir: creates it (0700), migrates the database, loads or generates the
    /// keys and secrets, seeds the demo data on first use.
    bool open(const QString &dataDir, QString *error);
    /// The algorithm of new ID tokens (RS256 by default); set before open().
    void setIdTokenAlgorithm(Signer::Algorithm algorithm) { m_idTokenAlgorithm = algorithm; }
    /// Serve HTTPS with this PEM certificate (chain) and private key; set before listen().
    void setTls(const QString &certificateFile, const QString &keyFile)
    {
        m_tlsCertificate = certificateFile;
        m_tlsKey = keyFile;
    }
    /**
     * Sign licenses with the key in @p pemFile (created, RSA-2048, if missing) instead of the
     * committed demo key (demoLicenseKeyPath()); set before open().
     */
    void setLicenseKeyFile(const QString &pemFile) { m_licenseKeyFile = pemFile; }
    /// The demo-only license key compiled into keyway-devserver: its public half is the one in
    /// resources/client-config.json, compiled into the demo keyway and keywayctl.
    static QString demoLicenseKeyPath()
    {
        return QStringLiteral(":/keyway-devserver/demo-license-key.pem");
    }
    /// Serve /dev/outbox and /dev/faults (tests and the demo); refused by listen() with a
    /// --public-url that is not this computer's.
    void setDevEndpoints(bool on) { m_guard.setDevEndpoints(on); }
    /// http:// or https://127.0.0.1:<port>, as the server is reached locally.
    QString localUrl() const;
    /// Listens on 127.0.0.1:@p port and writes client-config.json. @p publicUrl (may be empty)
    /// overrides the issuer.
    bool listen(quint16 port, const QString &publicUrl, QString *error);
    void stop();

    quint16 port() const { return m_http.port(); }
    QByteArray adminKey() const { return m_adminKey; }
    Licensing &licensing() { return m_licensing; }
    Devices &devices() { return m_devices; }
    OidcProvider &oidc() { return m_oidc; }
    IdTokenKeys &idTokenKeys() { return m_idTokenKeys; }

private:
    bool loadSecret(const QString &fileName, QByteArray *secret, QString *error);
    bool writeClientConfig(QString *error);

    QString m_dataDir;
    Database m_database;
    Signer::Algorithm m_idTokenAlgorithm = Signer::Algorithm::RS256;
    QString m_tlsCertificate;
    QString m_tlsKey;
    QString m_licenseKeyFile;
    IdTokenKeys m_idTokenKeys;
    Signer m_licenseSigner;
    OidcProvider m_oidc;
    Outbox m_outbox;
    Licensing m_licensing;
    Devices m_devices;
    Accounts m_accounts;
    Faults m_faults;
    Router m_router;
    WebGuard m_guard;
    HttpServer m_http;
    QByteArray m_adminKey;
};

} // namespace Keyway::DevServer
