// SPDX-License-Identifier: BSD-3-Clause
#include "server.h"

#include "crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcDevServer, "keyway.devserver")

namespace Keyway::DevServer {

Server::Server(QObject *parent)
    : QObject(parent), m_oidc(m_database, m_idTokenKeys), m_outbox(m_database),
      m_licensing(m_database, m_oidc, m_licenseSigner), m_devices(m_database, m_oidc),
      m_accounts(m_database, m_oidc, m_outbox), m_http(this)
{
    m_oidc.setProductName(QStringLiteral("Keyway Demo"));
    m_oidc.setOutbox(&m_outbox);
    m_outbox.setProductName(QStringLiteral("Keyway Demo"));
    m_oidc.registerRoutes(m_router);
    m_licensing.registerRoutes(m_router);
    m_devices.registerRoutes(m_router);
    m_accounts.registerRoutes(m_router);
    m_outbox.registerRoutes(m_router);
    m_faults.registerRoutes(m_router);
    m_http.setHandler([this](const HttpRequest &incoming) {
        HttpRequest request = incoming;
        bool newCsrf = false;
        if (auto refused = m_guard.check(request, &newCsrf))
            return *refused;
        if (auto injected = m_faults.take(request))
            return *injected;
        HttpResponse response = m_router.handle(request);
        m_guard.finish(request, newCsrf, response);
        return response;
    });
}

bool Server::open(const QString &dataDir, QString *error)
{
    m_dataDir = QDir(dataDir).absolutePath();
    if (!QDir().mkpath(m_dataDir)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(m_dataDir);
        return false;
    }
    QFile::setPermissions(m_dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(m_dataDir);
    if (!m_database.open(dir.filePath(QStringLiteral("devserver.sqlite")), error))
        return false;
    if (!m_idTokenKeys.open(m_dataDir, m_idTokenAlgorithm, error)
        || !(m_licenseKeyFile.isEmpty() ? m_licenseSigner.load(demoLicenseKeyPath(), error)
                                        : m_licenseSigner.loadOrCreate(m_licenseKeyFile, error)))
        return false;
    QByteArray codeSecret;
    if (!loadSecret(QStringLiteral("code-secret"), &codeSecret, error)
        || !loadSecret(QStringLiteral("admin-api-key"), &m_adminKey, error))
        return false;
    m_licensing.setCodeSecret(codeSecret);
    m_licensing.setAdminKey(m_adminKey);
    m_accounts.setAdminKey(m_adminKey);
    m_outbox.setDirectory(dir.filePath(QStringLiteral("outbox")));
    m_oidc.setOtherJwks(QJsonArray {m_licenseSigner.publicJwk()});
    return m_licensing.seedDemoData(error);
}

bool Server::loadSecret(const QString &fileName, QByteArray *secret, QString *error)
{
    QFile file(QDir(m_dataDir).filePath(fileName));
    if (file.open(QIODevice::ReadOnly)) {
        *secret = file.readAll().trimmed();
        if (secret->size() >= 32)
            return true;
        *error = QStringLiteral("%1 is damaged").arg(file.fileName());
        return false;
    }
    *secret = Crypto::randomToken(32);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(*secret + '\n') != secret->size() + 1) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool Server::listen(quint16 port, const QString &publicUrl, QString *error)
{
    if (m_guard.devEndpoints() && !publicUrl.isEmpty() && !WebGuard::isLoopback(QUrl(publicUrl))) {
        // The outbox holds one-time activation links: never where others can reach it.
        *error = QStringLiteral("--dev-endpoints only with a --public-url on this computer "
                                "(127.0.0.1, ::1 or localhost)");
        return false;
    }
    if (!m_tlsCertificate.isEmpty() && !m_http.setTls(m_tlsCertificate, m_tlsKey, error))
        return false;
    if (!m_http.listen(port)) {
        *error =
            QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_http.errorString());
        return false;
    }
    QString issuer = publicUrl;
    while (issuer.endsWith(QLatin1Char('/')))
        issuer.chop(1);
    if (issuer.isEmpty())
        issuer = localUrl();
    m_oidc.setIssuer(issuer);
    m_guard.configure(m_http.isTls(), m_http.port(), QUrl(publicUrl));
    if (!writeClientConfig(error))
        return false;
    qCInfo(lcDevServer).noquote() << "serving" << issuer << "from" << m_dataDir;
    return true;
}

QString Server::localUrl() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_http.isTls() ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(m_http.port());
}

void Server::stop()
{
    m_http.close();
}

bool Server::writeClientConfig(QString *error)
{
    auto array = [](const QStringList &list) { return QJsonArray::fromStringList(list); };
    const QJsonObject config {
        {QStringLiteral("productName"), QStringLiteral("Keyway Demo")},
        {QStringLiteral("vendorName"), QStringLiteral("Example Software")},
        {QStringLiteral("issuer"), m_oidc.issuer()},
        {QStringLiteral("clientId"), QStringLiteral("keyway-desktop")},
        {QStringLiteral("redirectUris"),
         QJsonObject {
             {QStringLiteral("embedded"), QStringLiteral("com.example.keyway:/oauth2redirect")},
             {QStringLiteral("loopback"), QStringLiteral("http://127.0.0.1/oauth2redirect")}}},
        {QStringLiteral("scopes"),
         array({QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                QStringLiteral("offline_access")})},
        {QStringLiteral("licensedItems"),
         array({QStringLiteral("keyway-pro"), QStringLiteral("keyway-export")})},
        // The names the window shows for the items, as resources/client-config.json has them.
        {QStringLiteral("itemNames"),
         QJsonObject {
             {QStringLiteral("keyway-pro"),
              QJsonObject {{QStringLiteral("en"), QStringLiteral("Professional edition")},
                           {QStringLiteral("fi"), QStringLiteral("Ammattilaisversio")},
                           {QStringLiteral("de"), QStringLiteral("Profi-Edition")},
                           {QStringLiteral("sv"), QStringLiteral("Proffsversion")}}},
             {QStringLiteral("keyway-export"),
              QJsonObject {{QStringLiteral("en"), QStringLiteral("Export to other formats")},
                           {QStringLiteral("fi"), QStringLiteral("Vienti muihin muotoihin")},
                           {QStringLiteral("de"), QStringLiteral("Export in andere Formate")},
                           {QStringLiteral("sv"), QStringLiteral("Export till andra format")}}}}},
        {QStringLiteral("leaseSeconds"), Licensing::MaximumLeaseMs / 1000},
        {QStringLiteral("licenseKeys"),
         QJsonObject {{QStringLiteral("keys"), QJsonArray {m_licenseSigner.publicJwk()}}}},
    };
    QSaveFile file(QDir(m_dataDir).filePath(QStringLiteral("client-config.json")));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(config).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Keyway::DevServer
