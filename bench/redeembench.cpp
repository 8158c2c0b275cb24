// SPDX-License-Identifier: BSD-3-Clause
// One activation end to end against keyway-devserver (a separate process), client side: an
// ActivateJob in system-browser mode (LoopbackAgent) whose launcher hands the address to
// FormBrowser, which logs in over HTTP as a person's browser would; the refresh token goes to a
// MemorySecretStore, the licenses to a LicenseStore in a temporary folder. Each activation
// redeems a fresh code.
//
// Baseline, alternating with it in the same run: the same HTTP requests made bare with
// QNetworkAccessManager (the same FormBrowser login ending at a trivial loopback listener, then
// token, JWKS, redemption and checkout) without PKCE bookkeeping, state check, ID token
// validation, license verification or storage. Both include FormBrowser's own cost, so the
// difference is the client's. The discovery document is fetched once before the runs in both
// (the client caches it per issuer).
//
// Usage: redeembench [activations=21]. Reports medians: wall time and CPU time of this process
// (getrusage RUSAGE_SELF, all threads) per activation.

#include "devserverprocess.h"
#include "formbrowser.h"

#include "config/vendorconfig.h"
#include "license/deviceid.h"
#include "license/licensestore.h"
#include "oidc/loopbackagent.h"
#include "online/activatejob.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

using namespace Keyway;

namespace {

const QString Password = QStringLiteral("correct horse battery");

double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

struct Cost
{
    double wallMs = -1;
    double cpuMs = -1;
    // The played browser's part (authorize page, login form, redirect), in the baseline.
    double browserWallMs = -1;
    double browserCpuMs = -1;
};

/// Runs the event loop until @p done is true (checked after every event batch), at most 30 s.
/// Not QTest::qWaitFor: it sleeps 10 ms between rounds, which would be measured as well.
template<typename Sender, typename Signal>
bool waitFor(const Sender *sender, Signal signal, const std::function<bool()> &done)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

QByteArray randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A browser that logs in with the account, or registers it.
std::unique_ptr<FormBrowser> makeBrowser(const QString &email, bool registering)
{
    auto browser = std::make_unique<FormBrowser>();
    if (registering) {
        browser->setFollowLinkId(QStringLiteral("register-link"));
        browser->setFormValues(QStringLiteral("register-form"),
                               {{QStringLiteral("email"), email},
                                {QStringLiteral("password"), Password},
                                {QStringLiteral("given_name"), QStringLiteral("Bench")},
                                {QStringLiteral("family_name"), QStringLiteral("Mark")}});
    } else {
        browser->setFormValues(
            QStringLiteral("login-form"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), Password}});
    }
    return browser;
}

/// Keyway's activation, as the wizard runs it in system-browser mode.
std::optional<Cost> activate(const VendorConfig &config, QNetworkAccessManager *nam,
                             const QString &dataDir, const QString &deviceId, const QString &code,
                             const QString &email, bool registering)
{
    MemorySecretStore secrets;
    LicenseStore licenses(dataDir);
    std::unique_ptr<FormBrowser> browser = makeBrowser(email, registering);
    const auto parsed = ActivationCode::parse(code);
    if (!parsed)
        return std::nullopt;

    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();
    LoopbackAgent agent(LoopbackAgent::Mode::SystemBrowser);
    agent.setLauncher([&browser](const QUrl &url) {
        // As a real browser: the provider's redirect is followed to the loopback listener.
        browser->authorize(url, QUrl(QStringLiteral("never:/match")));
        return true;
    });
    ActivateJob job(config);
    job.setAutoDelete(false);
    job.setNetworkAccessManager(nam);
    job.setAgent(&agent);
    job.setRedirectUri(config.loopbackRedirectUri);
    job.setSecretStore(&secrets);
    job.setLicenseStore(&licenses);
    job.setDeviceId(deviceId);
    job.setDeviceName(QStringLiteral("redeembench"));
    job.setCode(*parsed);
    job.setPage(SignInJob::Page::Login);
    bool done = false;
    QObject::connect(&job, &Job::finished, [&done] { done = true; });
    job.start();
    if (!waitFor(&job, &Job::finished, [&done] { return done; }) || job.hasError()) {
        std::fprintf(stderr, "activation failed: %s\n", qPrintable(job.error().toString()));
        return std::nullopt;
    }
    Cost cost;
    cost.wallMs = timer.nsecsElapsed() / 1e6;
    cost.cpuMs = cpuMs() - cpuStart;
    return cost;
}

/// A loopback listener that only takes the query of the first request and answers 200.
class BareListener : public QTcpServer
{
    Q_OBJECT
public:
    BareListener()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    const int end = data.indexOf(" HTTP/");
                    if (!data.startsWith("GET ") || end < 0)
                        return;
                    query = QUrlQuery(QUrl::fromEncoded(data.mid(4, end - 4)).query());
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                                  "Content-Length: 2\r\nConnection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                    received = true;
                    Q_EMIT redirectReceived();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrlQuery query;
    bool received = false;

Q_SIGNALS:
    void redirectReceived();
};

QNetworkReply *await(QNetworkReply *reply)
{
    if (!waitFor(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); }))
        reply->abort();
    reply->deleteLater();
    return reply;
}

/// The baseline: the same requests, bare.
std::optional<Cost> bareRequests(const VendorConfig &config, const QJsonObject &discovery,
                                 QNetworkAccessManager *nam, const QString &deviceId,
                                 const QString &code, const QString &email)
{
    std::unique_ptr<FormBrowser> browser = makeBrowser(email, false);
    const double cpuStart = cpuMs();
    QElapsedTimer timer;
    timer.start();

    BareListener listener;
    QUrl redirectUri = config.loopbackRedirectUri;
    redirectUri.setPort(listener.serverPort());
    const QByteArray verifier = randomToken();
    const QByteArray challenge =
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl authorize(discovery.value(QLatin1String("authorization_endpoint")).toString());
    QUrlQuery query;
    const auto add = [&query](const QString &key, const QString &value) {
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), config.clientId);
    add(QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded));
    add(QStringLiteral("scope"), config.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(randomToken()));
    add(QStringLiteral("nonce"), QString::fromLatin1(randomToken()));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    authorize.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    browser->authorize(authorize, QUrl(QStringLiteral("never:/match")));
    if (!waitFor(&listener, &BareListener::redirectReceived,
                 [&listener] { return listener.received; })) {
        std::fprintf(stderr, "baseline: no redirect reached the listener\n");
        return std::nullopt;
    }
    const QString authorizationCode = listener.query.queryItemValue(QStringLiteral("code"));
    const double browserWallMs = timer.nsecsElapsed() / 1e6;
    const double browserCpuMs = cpuMs() - cpuStart;

    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), config.clientId);
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"),
                      QString::fromLatin1(QUrl::toPercentEncoding(authorizationCode)));
    form.addQueryItem(
        QStringLiteral("redirect_uri"),
        QString::fromLatin1(QUrl::toPercentEncoding(redirectUri.toString(QUrl::FullyEncoded))));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
    QNetworkRequest tokenRequest(QUrl(discovery.value(QLatin1String("token_endpoint")).toString()));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                           QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *token =
        await(nam->post(tokenRequest, form.query(QUrl::FullyEncoded).toLatin1()));
    const QByteArray accessToken = QJsonDocument::fromJson(token->readAll())
                                       .object()
                                       .value(QLatin1String("access_token"))
                                       .toString()
                                       .toLatin1();
    if (accessToken.isEmpty()) {
        std::fprintf(stderr, "baseline: no access token\n");
        return std::nullopt;
    }
    await(nam->get(QNetworkRequest(QUrl(discovery.value(QLatin1String("jwks_uri")).toString()))));

    QUrl redeemUrl = config.issuer;
    redeemUrl.setPath(QStringLiteral("/api/activation/v1/redemptions"));
    QNetworkRequest redeem(redeemUrl);
    redeem.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    redeem.setRawHeader("Authorization", "Bearer " + accessToken);
    redeem.setRawHeader("Idempotency-Key",
                        QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
    const QJsonObject body {{QStringLiteral("code"), code},
                            {QStringLiteral("hw"), deviceId},
                            {QStringLiteral("hwName"), QStringLiteral("redeembench")}};
    QNetworkReply *redeemed =
        await(nam->post(redeem, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    const int redeemStatus = redeemed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    QUrl checkoutUrl = config.issuer;
    checkoutUrl.setPath(QStringLiteral("/authz/.jwt"));
    QStringList items;
    for (const QString &item : config.licensedItems)
        items.append(QString::fromLatin1(QUrl::toPercentEncoding(item)));
    items.append(QStringLiteral("hw=") + QString::fromLatin1(QUrl::toPercentEncoding(deviceId)));
    items.append(QStringLiteral("consumptionMode=checkout"));
    items.append(QStringLiteral("consumeDuration=") + QString::number(config.leaseSeconds * 1000));
    checkoutUrl.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    QNetworkRequest checkout(checkoutUrl);
    checkout.setRawHeader("Accept", "application/jwt");
    checkout.setRawHeader("Authorization", "Bearer " + accessToken);
    QNetworkReply *checkedOut = await(nam->get(checkout));
    const int checkoutStatus =
        checkedOut->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 tokenBytes = checkedOut->readAll().size();

    Cost cost;
    cost.wallMs = timer.nsecsElapsed() / 1e6;
    cost.cpuMs = cpuMs() - cpuStart;
    cost.browserWallMs = browserWallMs;
    cost.browserCpuMs = browserCpuMs;
    if (redeemStatus / 100 != 2 || checkoutStatus != 200 || tokenBytes == 0) {
        std::fprintf(stderr, "baseline: redemption %d, checkout %d\n", redeemStatus,
                     checkoutStatus);
        return std::nullopt;
    }
    return cost;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 21;

    DevServerProcess server;
    if (!server.start()) {
        std::fprintf(stderr, "keyway-devserver did not start\n");
        return 1;
    }
    auto loaded = VendorConfig::load(server.configPath());
    if (!loaded) {
        std::fprintf(stderr, "config: %s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    const VendorConfig config = *loaded;
    // One for the account's registration (not measured), two per round.
    const QStringList codes = server.generateCodes(1 + 2 * runs);
    if (codes.size() != 1 + 2 * runs) {
        std::fprintf(stderr, "could not generate codes\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString clientData = dir.filePath(QStringLiteral("client"));
    const QString deviceId = DeviceId::forProduct(config, clientData);
    const QString email = QStringLiteral("redeem.%1@example.com")
                              .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));

    QNetworkAccessManager clientNam;
    QNetworkAccessManager bareNam;
    // Registers the account and fills the client's discovery cache.
    if (!activate(config, &clientNam, clientData, deviceId, codes.at(0), email, true))
        return 1;
    QUrl discoveryUrl = config.issuer;
    discoveryUrl.setPath(QStringLiteral("/.well-known/openid-configuration"));
    QNetworkReply *discoveryReply = await(bareNam.get(QNetworkRequest(discoveryUrl)));
    const QJsonObject discovery = QJsonDocument::fromJson(discoveryReply->readAll()).object();
    if (discovery.isEmpty()) {
        std::fprintf(stderr, "no discovery document at %s\n", qPrintable(discoveryUrl.toString()));
        return 1;
    }

    std::vector<double> clientWall, clientCpu, bareWall, bareCpu, browserWall, browserCpu;
    for (int i = 0; i < runs; ++i) {
        // Each goes first in every other round, so that neither always finds the server warm.
        std::optional<Cost> bare, ours;
        if (i % 2 == 0)
            bare = bareRequests(config, discovery, &bareNam, deviceId, codes.at(1 + 2 * i), email);
        ours =
            activate(config, &clientNam, clientData, deviceId, codes.at(2 + 2 * i), email, false);
        if (i % 2 == 1)
            bare = bareRequests(config, discovery, &bareNam, deviceId, codes.at(1 + 2 * i), email);
        if (!bare || !ours)
            return 1;
        bareWall.push_back(bare->wallMs);
        bareCpu.push_back(bare->cpuMs);
        browserWall.push_back(bare->browserWallMs);
        browserCpu.push_back(bare->browserCpuMs);
        clientWall.push_back(ours->wallMs);
        clientCpu.push_back(ours->cpuMs);
    }
    const double bw = median(bareWall), bc = median(bareCpu);
    const double cw = median(clientWall), cc = median(clientCpu);
    std::printf("%-58s %10s %10s\n", "one activation, client side (system-browser mode)", "wall ms",
                "CPU ms");
    std::printf("%-58s %10.1f %10.1f\n", "baseline: the same HTTP requests, bare", bw, bc);
    std::printf("%-58s %10.1f %10.1f\n", "  of which the played browser's login (in both)",
                median(browserWall), median(browserCpu));
    std::printf("%-58s %10.1f %10.1f\n", "Keyway ActivateJob (sign-in, redeem, checkout, store)",
                cw, cc);
    std::printf("%-58s %+10.1f %+10.1f\n", "difference: Keyway's own work", cw - bw, cc - bc);
    std::printf("ratio (median): wall %.2f, CPU %.2f; fastest activation: baseline %.1f ms, Keyway "
                "%.1f ms\n",
                cw / bw, cc / bc, *std::min_element(bareWall.begin(), bareWall.end()),
                *std::min_element(clientWall.begin(), clientWall.end()));
    std::printf("medians of %d activations each, interleaved; both include the played browser "
                "(FormBrowser) and the dev server's answers, not the server's CPU\n",
                runs);
    return 0;
}

#include "redeembench.moc"
