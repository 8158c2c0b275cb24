// SPDX-License-Identifier: BSD-3-Clause
#include "connectiontest.h"

#include "core/datetimetext.h"
#include "net/jsonreply.h"
#include "oidc/providermetadata.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcConnectionTest, "keyway.net.connectiontest")

QString socketErrorName(QAbstractSocket::SocketError error)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<QAbstractSocket::SocketError>().valueToKey(int(error)));
}

QString subjectName(const QSslCertificate &certificate)
{
    return certificate.subjectInfo(QSslCertificate::CommonName).value(0);
}

QString issuerName(const QSslCertificate &certificate)
{
    const QStringList organization = certificate.issuerInfo(QSslCertificate::Organization);
    return organization.isEmpty() ? certificate.issuerInfo(QSslCertificate::CommonName).value(0)
                                  : organization.first();
}
} // namespace

ConnectionTest::ConnectionTest(const QUrl &url, QObject *parent) : Job(parent), m_url(url)
{
    for (Step step : {Step::Proxy, Step::Dns, Step::Tcp, Step::Tls, Step::Http}) {
        Result result;
        result.step = step;
        result.title = stepTitle(step);
        m_results.append(result);
    }
}

ConnectionTest::~ConnectionTest()
{
    cleanUp();
}

QString ConnectionTest::stepTitle(Step step)
{
    switch (step) {
    case Step::Proxy:
        return tr("Proxy");
    case Step::Dns:
        return tr("Name lookup (DNS)");
    case Step::Tcp:
        return tr("Connection");
    case Step::Tls:
        return tr("Secure connection (TLS)");
    case Step::Http:
        return tr("Sign-in service");
    }
    return QString();
}

QString ConnectionTest::stateLabel(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Not run yet");
    case State::Passed:
        return tr("Passed");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped");
    }
    return QString();
}

void ConnectionTest::start()
{
    if (!m_url.isValid() || m_url.host().isEmpty()
        || (m_url.scheme() != QLatin1String("http") && m_url.scheme() != QLatin1String("https"))) {
        finishLater(
            Error(ErrorCode::ConfigInvalid,
                  QStringLiteral("connection test: not an http(s) URL: %1").arg(m_url.toString())));
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    // finished() must come from the event loop, never from inside start().
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            checkProxy();
    });
}

void ConnectionTest::armTimer(const std::function<void()> &onTimeout)
{
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, onTimeout);
    m_timer->start(m_timeoutMs);
}

void ConnectionTest::pass(Step step, const QString &summary, const QString &advice,
                          const QString &detail)
{
    m_timer->stop();
    Result &r = result(step);
    r.state = State::Passed;
    r.summary = summary;
    r.advice = advice;
    r.detail = detail;
    qCInfo(lcConnectionTest).noquote() << stepTitle(step) << "passed" << detail;
    Q_EMIT stepFinished(int(step));
}

void ConnectionTest::skip(Step step, const QString &summary)
{
    Result &r = result(step);
    r.state = State::Skipped;
    r.summary = summary;
    Q_EMIT stepFinished(int(step));
}

void ConnectionTest::failStep(Step step, const Error &error, const QString &summary,
                              const QString &advice)
{
    m_timer->stop();
    Result &r = result(step);
    r.state = State::Failed;
    r.summary = summary;
    r.advice = advice;
    r.detail = error.detail;
    qCInfo(lcConnectionTest).noquote() << stepTitle(step) << "failed:" << error.detail;
    Q_EMIT stepFinished(int(step));
    for (int i = int(step) + 1; i < m_results.size(); ++i)
        skip(Step(i), tr("Not checked, because an earlier step failed."));
    cleanUp();
    finish(error);
}

void ConnectionTest::cleanUp()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
    }
    if (m_tls) {
        m_tls->disconnect(this);
        m_tls->abort();
        m_tls->deleteLater();
    }
    delete m_reply;
    if (m_timer)
        m_timer->stop();
}

void ConnectionTest::doCancel()
{
    cleanUp();
}

// ---- 1. proxy ----------------------------------------------------------------------------------

void ConnectionTest::checkProxy()
{
    const QNetworkProxyQuery query(m_url);
    QList<QNetworkProxy> proxies;
    if (m_nam && m_nam->proxyFactory())
        proxies = m_nam->proxyFactory()->queryProxy(query);
    else if (m_nam && m_nam->proxy().type() != QNetworkProxy::DefaultProxy)
        proxies = {m_nam->proxy()};
    else
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    m_proxy = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    if (m_proxy.type() == QNetworkProxy::DefaultProxy)
        m_proxy = QNetworkProxy(QNetworkProxy::NoProxy);

    const quint16 port = quint16(m_url.port(m_url.scheme() == QLatin1String("https") ? 443 : 80));
    if (m_proxy.type() == QNetworkProxy::NoProxy || m_proxy.hostName().isEmpty()) {
        m_proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        m_connectHost = m_url.host();
        m_connectPort = port;
        pass(Step::Proxy, tr("No proxy: this computer connects to the service directly."),
             QString(), QStringLiteral("no proxy for %1").arg(m_url.toString()));
    } else {
        m_connectHost = m_proxy.hostName();
        m_connectPort = m_proxy.port();
        const QString where = QStringLiteral("%1:%2").arg(m_proxy.hostName()).arg(m_proxy.port());
        pass(Step::Proxy, tr("Connections go through the proxy %1.").arg(where),
             tr("If the next steps fail, check the proxy settings or ask your network "
                "administrator whether the proxy allows this service."),
             QStringLiteral("proxy type %1 at %2").arg(int(m_proxy.type())).arg(where));
    }
    lookUp();
}

// ---- 2. DNS ------------------------------------------------------------------------------------

void ConnectionTest::lookUp()
{
    armTimer([this] {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
        failStep(Step::Dns,
                 Error(ErrorCode::NetworkTimeout,
                       QStringLiteral("DNS lookup of %1 timed out").arg(m_connectHost)),
                 tr("Looking up %1 took too long.").arg(m_connectHost),
                 tr("The network's name server does not answer. Check that this computer is "
                    "connected to the internet, or try another network."));
    });
    m_lookupId = QHostInfo::lookupHost(m_connectHost, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        if (isFinished())
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            failStep(
                Step::Dns,
                Error(
                    ErrorCode::NetworkUnreachable,
                    QStringLiteral("DNS lookup of %1: %2").arg(m_connectHost, info.errorString())),
                tr("The name %1 could not be found.").arg(m_connectHost),
                tr("Check that this computer is connected to the internet. If other "
                   "websites open, the network may block this service: ask your network "
                   "administrator."));
            return;
        }
        m_address = info.addresses().constFirst();
        QStringList addresses;
        for (const QHostAddress &address : info.addresses())
            addresses << address.toString();
        // An address needs no name server; saying "1.2.3.4 is at 1.2.3.4" would only puzzle.
        const QString said = QHostAddress(m_connectHost).isNull()
            ? tr("%1 is at %2.").arg(m_connectHost, addresses.join(QStringLiteral(", ")))
            : tr("%1 is an address: no name to look up.").arg(m_connectHost);
        pass(Step::Dns, said, QString(),
             QStringLiteral("%1 -> %2").arg(m_connectHost, addresses.join(u' ')));
        connectTcp();
    });
}

// ---- 3. TCP ------------------------------------------------------------------------------------

void ConnectionTest::connectTcp()
{
    const QString where = QStringLiteral("%1:%2").arg(m_connectHost).arg(m_connectPort);
    m_tcp = new QTcpSocket(this);
    m_tcp->setProxy(QNetworkProxy::NoProxy); // to the proxy itself, if there is one
    armTimer([this, where] {
        failStep(Step::Tcp,
                 Error(ErrorCode::NetworkTimeout,
                       QStringLiteral("TCP connect to %1 timed out").arg(where)),
                 tr("No answer from %1.").arg(where),
                 tr("A firewall may be dropping the connection silently. Ask your network "
                    "administrator to allow it, or try another network."));
    });
    connect(m_tcp, &QTcpSocket::connected, this, [this, where] {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        pass(Step::Tcp, tr("Connected to %1.").arg(where), QString(),
             QStringLiteral("TCP connected to %1 (%2)").arg(where, m_address.toString()));
        handshake();
    });
    connect(m_tcp, &QTcpSocket::errorOccurred, this,
            [this, where](QAbstractSocket::SocketError socketError) {
                const QString detail =
                    QStringLiteral("TCP connect to %1: %2 (%3)")
                        .arg(where, socketErrorName(socketError), m_tcp->errorString());
                if (socketError == QAbstractSocket::ConnectionRefusedError) {
                    failStep(Step::Tcp, Error(ErrorCode::NetworkUnreachable, detail),
                             tr("The connection to %1 was refused.").arg(where),
                             tr("Nothing accepts connections there: the service may be down, or "
                                "a firewall rejects the connection. Try again later, or ask your "
                                "network administrator."));
                } else {
                    failStep(Step::Tcp, Error(ErrorCode::NetworkUnreachable, detail),
                             tr("%1 cannot be reached: %2").arg(where, m_tcp->errorString()),
                             tr("Check this computer's network connection. If it works for other "
                                "services, a firewall may block this one: ask your network "
                                "administrator."));
                }
            });
    m_tcp->connectToHost(m_address, m_connectPort);
}

// ---- 4. TLS ------------------------------------------------------------------------------------

void ConnectionTest::handshake()
{
    if (m_url.scheme() != QLatin1String("https")) {
        skip(Step::Tls, tr("Not used: this service is reached without encryption (http)."));
        fetchDiscovery();
        return;
    }
    if (!QSslSocket::supportsSsl()) {
        failStep(Step::Tls, Error(ErrorCode::TlsFailure, QStringLiteral("no TLS backend")),
                 tr("This computer has no TLS support installed."),
                 tr("Reinstall the product or contact its vendor."));
        return;
    }
    const quint16 port = quint16(m_url.port(443));
    const QString host = m_url.host();
    m_tls = new QSslSocket(this);
    m_tls->setProxy(m_proxy);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        configuration.addCaCertificates(m_extraCas);
    m_tls->setSslConfiguration(configuration);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    armTimer([this, host] {
        failStep(Step::Tls,
                 Error(ErrorCode::NetworkTimeout,
                       QStringLiteral("TLS handshake with %1 timed out").arg(host)),
                 tr("The secure connection to %1 was not completed in time.").arg(host),
                 tr("Something between this computer and the service holds the connection. Try "
                    "another network or ask your network administrator."));
    });
    connect(m_tls, &QSslSocket::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    connect(m_tls, &QSslSocket::encrypted, this, [this, host] {
        const QSslCertificate certificate = m_tls->peerCertificate();
        const QString issuer = issuerName(certificate);
        const QString until = DateTimeText::date(certificate.expiryDate());
        const QString protocol = m_tls->sessionCipher().protocolString();
        m_tls->disconnect(this);
        m_tls->abort();
        m_tls->deleteLater();
        pass(Step::Tls,
             tr("Secure connection to %1; its certificate is valid until %2.").arg(host, until),
             QString(), QStringLiteral("%1, certificate issued by %2").arg(protocol, issuer));
        fetchDiscovery();
    });
    connect(
        m_tls, &QSslSocket::errorOccurred, this,
        [this, host, sslErrors](QAbstractSocket::SocketError socketError) {
            if (sslErrors->isEmpty()) {
                failStep(
                    Step::Tls,
                    Error(ErrorCode::TlsFailure,
                          QStringLiteral("TLS with %1: %2 (%3)")
                              .arg(host, socketErrorName(socketError), m_tls->errorString())),
                    tr("The secure connection to %1 failed: %2").arg(host, m_tls->errorString()),
                    tr("The service or something on the way (a proxy, security "
                       "software) broke off the encrypted connection. Try again later, "
                       "or ask your network administrator."));
                return;
            }
            QStringList problems;
            for (const QSslError &error : *sslErrors)
                problems << error.errorString();
            const QSslCertificate certificate = m_tls->peerCertificate();
            const QString subject = subjectName(certificate);
            const QString issuer = issuerName(certificate);
            failStep(Step::Tls,
                     Error(ErrorCode::TlsFailure,
                           QStringLiteral("certificate of %1 (subject %2, issuer %3) refused: %4")
                               .arg(host, subject, issuer, problems.join(QStringLiteral("; ")))),
                     tr("The certificate of %1 is not trusted: %2")
                         .arg(host, problems.join(QStringLiteral(" "))),
                     tr("If your network inspects encrypted connections (a company proxy or "
                        "security software), ask your IT department to have its certificate "
                        "added to this product's settings. Otherwise check that this computer's "
                        "date and time are correct."));
        });
    m_tls->connectToHostEncrypted(host, port);
}

// ---- 5. HTTP -----------------------------------------------------------------------------------

void ConnectionTest::fetchDiscovery()
{
    if (!m_nam)
        m_nam = new QNetworkAccessManager(this);
    const QUrl discovery = ProviderMetadata::discoveryUrl(m_url);
    QNetworkRequest request = JsonReply::request(discovery);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_extraCas.isEmpty() && discovery.scheme() == QLatin1String("https")) {
        QSslConfiguration configuration = request.sslConfiguration();
        configuration.addCaCertificates(m_extraCas);
        request.setSslConfiguration(configuration);
    }
    m_reply = new JsonReply(m_nam->get(request), JsonReply::Body::Json, this);
    connect(m_reply, &JsonReply::finished, this, [this] {
        JsonReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const Error &error = reply->error();
        const QString advice =
            tr("The network works, but the service has a problem, or something between this "
               "computer and the service (a proxy, a hotel or airport login page) changes its "
               "answers. Try again later; if it persists, contact support.");
        if (error.isError()) {
            Error failure = error;
            if (failure.code == ErrorCode::HttpError
                || failure.code == ErrorCode::ResponseMalformed)
                failure = Error(ErrorCode::DiscoveryFailed, error.detail);
            failure.reference = error.reference;
            failure.retryAfterSeconds = error.retryAfterSeconds;
            const QString summary = reply->httpStatus() > 0
                ? tr("The sign-in service answered with an error (HTTP %1).")
                      .arg(reply->httpStatus())
                : tr("The sign-in service did not answer: %1").arg(error.detail);
            failStep(Step::Http, failure, summary, advice);
            return;
        }
        if (!reply->json().contains(QLatin1String("issuer"))) {
            failStep(Step::Http,
                     Error(ErrorCode::DiscoveryFailed,
                           QStringLiteral("discovery document without issuer")),
                     tr("The sign-in service answered with something unexpected."), advice);
            return;
        }
        pass(Step::Http, tr("The sign-in service answered."), QString(),
             QStringLiteral("HTTP %1 from %2").arg(reply->httpStatus()).arg(reply->requestId()));
        cleanUp();
        finish();
    });
}

} // namespace Keyway
