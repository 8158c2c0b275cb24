// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/job.h"
#include "keyway_activation_export.h"

#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QSslSocket;
class QTcpSocket;
class QTimer;

namespace Keyway {

class JsonReply;

/**
 * "Test connection": walks the way to the sign-in service step by step, so that a person (and
 * support) learns where it breaks: which proxy applies, the DNS lookup, the TCP connection, the
 * TLS handshake (with the certificate problem, if any) and an HTTP GET of the provider's
 * discovery document. Each step is reported as passed, failed or skipped with a translated
 * sentence on what it means and what to do; once a step fails the later ones are skipped.
 *
 * finished() carries the first failure's error (NetworkUnreachable, NetworkTimeout,
 * TlsFailure, DiscoveryFailed, ...) or NoError when every step passed.
 */
class KEYWAY_ACTIVATION_EXPORT ConnectionTest : public Job
{
    Q_OBJECT
public:
    enum class Step { Proxy, Dns, Tcp, Tls, Http };
    Q_ENUM(Step)
    enum class State { Pending, Passed, Failed, Skipped };
    Q_ENUM(State)

    struct Result
    {
        Step step = Step::Proxy;
        State state = State::Pending;
        QString title; ///< translated name of the step: "Name lookup (DNS)"
        QString summary; ///< translated one-line outcome: "127.0.0.1 found"
        QString advice; ///< translated: what it means and what to do
        QString detail; ///< untranslated, for the log and support
    };

    /// Each step's connection attempt gives up after this long (milliseconds).
    static constexpr int DefaultStepTimeoutMs = 10000;

    /// Tests the way to @p url (the issuer: scheme, host and port).
    ConnectionTest(const QUrl &url, QObject *parent = nullptr);
    ~ConnectionTest() override;

    /// For the HTTP step (its proxy settings, its TLS configuration); not owned.
    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    /// CA certificates trusted for the TLS step besides the system's (the vendor's extra CAs).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCas = certificates;
    }
    void setStepTimeout(int ms) { m_timeoutMs = ms; }

    void start() override;

    QUrl url() const { return m_url; }
    /// One entry per step, in order; pending ones until reached.
    QList<Result> results() const { return m_results; }
    static QString stepTitle(Step step);
    static QString stateLabel(State state);

Q_SIGNALS:
    /// @p index into results() has its outcome.
    void stepFinished(int index);

protected:
    void doCancel() override;

private:
    void checkProxy();
    void lookUp();
    void connectTcp();
    void handshake();
    void fetchDiscovery();
    void pass(Step step, const QString &summary, const QString &advice = QString(),
              const QString &detail = QString());
    void failStep(Step step, const Error &error, const QString &summary, const QString &advice);
    void skip(Step step, const QString &summary);
    void armTimer(const std::function<void()> &onTimeout);
    void cleanUp();
    Result &result(Step step) { return m_results[int(step)]; }

    QUrl m_url;
    QNetworkAccessManager *m_nam = nullptr;
    QList<QSslCertificate> m_extraCas;
    int m_timeoutMs = DefaultStepTimeoutMs;
    QList<Result> m_results;

    QNetworkProxy m_proxy;
    QString m_connectHost; ///< the host the TCP connection goes to (the proxy, if any)
    quint16 m_connectPort = 0;
    QHostAddress m_address;
    int m_lookupId = -1;
    QPointer<QTcpSocket> m_tcp;
    QPointer<QSslSocket> m_tls;
    QPointer<JsonReply> m_reply;
    QTimer *m_timer = nullptr;
};

} // namespace Keyway
