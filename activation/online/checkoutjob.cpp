// SPDX-License-Identifier: BSD-3-Clause
#include "checkoutjob.h"

#include "core/clock.h"
#include "jose/jws.h"
#include "license/devicename.h"
#include "net/jsonreply.h"
#include "net/retrypolicy.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

CheckoutJob::CheckoutJob(const VendorConfig &config, QNetworkAccessManager *nam, QObject *parent)
    : RequestJob(nam, parent), m_config(config), m_items(config.licensedItems),
      m_deviceName(DeviceName::systemDefault())
{
    RequestJob::setRetryPolicy(RetryPolicy());
    setDescription(QStringLiteral("checkout"));
}

CheckoutJob::~CheckoutJob() = default;

void CheckoutJob::start()
{
    if (m_items.isEmpty() || m_deviceId.isEmpty()) {
        finishLater(
            Error(ErrorCode::InternalError, QStringLiteral("checkout without items or device id")));
        return;
    }
    QUrl url = JsonReply::endpoint(m_config.licensingBase(), QStringLiteral("/authz/.jwt"));
    // The query keys without a value are the items (10Duke's /authz/ form).
    QStringList query;
    for (const QString &item : qAsConst(m_items))
        query.append(QString::fromLatin1(QUrl::toPercentEncoding(item)));
    query.append(QStringLiteral("hw=") + QString::fromLatin1(QUrl::toPercentEncoding(m_deviceId)));
    if (!m_deviceName.isEmpty())
        query.append(QStringLiteral("hwName=")
                     + QString::fromLatin1(QUrl::toPercentEncoding(m_deviceName.left(64))));
    query.append(QStringLiteral("hwPlatform=")
                 + QString::fromLatin1(QUrl::toPercentEncoding(QSysInfo::productType())));
    if (m_explicit)
        query.append(QStringLiteral("activation=explicit"));
    query.append(QStringLiteral("consumptionMode=checkout"));
    query.append(QStringLiteral("consumeDuration=")
                 + QString::number(m_config.leaseSeconds * 1000));
    url.setQuery(query.join(QLatin1Char('&')), QUrl::StrictMode);

    QNetworkRequest request = JsonReply::request(url);
    request.setRawHeader("Accept", "application/jwt");
    request.setRawHeader("Authorization", "Bearer " + m_accessToken);
    sendRequest(request, "GET", QByteArray(), JsonReply::Body::Raw);
}

void CheckoutJob::handleReply(const JsonReply &reply)
{
    if (reply.error().isError()) {
        finishOrRetry(reply.error());
        return;
    }
    m_serverDate = reply.serverDate();
    auto parts = LicenseToken::splitCheckoutBody(reply.body());
    if (!parts) {
        finishOrRetry(parts.error());
        return;
    }
    m_grants.clear();
    m_tokens.clear();
    m_denials.clear();
    const QDateTime now = Clock::current();
    for (int i = 0; i < parts->size(); ++i) {
        const QByteArray &token = parts->at(i);
        auto grants = LicenseToken::verify(token, m_config.licenseKeys, m_deviceId, m_subject, now,
                                           60, m_config.maximumLeaseSeconds());
        if (!grants) {
            const ErrorCode code = grants.error().code;
            if (code == ErrorCode::LicenseItemDenied || code == ErrorCode::SeatLimitReached
                || code == ErrorCode::DeviceReleased) {
                const QString item = i < m_items.size() ? m_items.at(i) : QString();
                Error denial = grants.error();
                // The signature was verified before the denial was read: its claims are the
                // service's; with the lease's end known, the sentence says how long it works.
                if (code == ErrorCode::DeviceReleased && m_worksOfflineUntil.isValid()) {
                    if (const auto jws = Jws::parse(token))
                        denial = LicenseToken::denialError(jws->payload, m_worksOfflineUntil);
                }
                m_denials.insert(item, denial);
                continue;
            }
            // A token that does not verify is never stored: the answer is not trusted.
            qCWarning(lcOnline) << "checked-out token refused:"
                                << errorCodeName(grants.error().code) << grants.error().detail;
            m_grants.clear();
            m_tokens.clear();
            m_denials.clear();
            finishOrRetry(grants.error());
            return;
        }
        m_grants.append(*grants);
        m_tokens.append(token);
    }
    qCInfo(lcOnline) << "checked out" << m_grants.size() << "grant(s)," << m_denials.size()
                     << "denial(s), attempt" << attempts();
    finish();
}

Error CheckoutJob::refusal() const
{
    for (const ErrorCode code : {ErrorCode::DeviceReleased, ErrorCode::SeatLimitReached}) {
        for (const Error &denial : m_denials) {
            if (denial.code == code)
                return denial;
        }
    }
    return Error();
}

QDateTime CheckoutJob::trustedTime() const
{
    QDateTime latestIssued;
    for (const LicenseGrant &grant : m_grants) {
        if (!latestIssued.isValid() || grant.issuedAt > latestIssued)
            latestIssued = grant.issuedAt;
    }
    if (!latestIssued.isValid())
        return QDateTime();
    // Only a Date that came over a connection nobody in between could write is considered.
    const QUrl url = JsonReply::endpoint(m_config.issuer, QStringLiteral("/authz/.jwt"));
    const bool verified = url.scheme() == QLatin1String("https")
        || QHostAddress(url.host()).isLoopback() || url.host() == QLatin1String("localhost");
    if (!verified || !m_serverDate.isValid())
        return latestIssued;
    const QDateTime bound = latestIssued.addSecs(m_config.clockToleranceSeconds);
    if (m_serverDate > bound) {
        qCWarning(lcOnline) << "the server's Date" << m_serverDate.toString(Qt::ISODate)
                            << "is beyond the tokens' iat; the clock guard takes"
                            << bound.toString(Qt::ISODate);
        return bound;
    }
    return qMax(m_serverDate.toUTC(), latestIssued);
}

} // namespace Keyway
