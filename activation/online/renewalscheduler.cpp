// SPDX-License-Identifier: BSD-3-Clause
#include "renewalscheduler.h"

#include "core/clock.h"
#include "license/licensestore.h"
#include "oidc/session.h"
#include "online/renewjob.h"

#include <QLoggingCategory>
#include <QTimer>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

RenewalScheduler::RenewalScheduler(const VendorConfig &config, QNetworkAccessManager *nam,
                                   Session *session, LicenseStore *store, const QString &deviceId,
                                   QObject *parent)
    : QObject(parent), m_config(config), m_nam(nam), m_session(session), m_store(store),
      m_deviceId(deviceId), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RenewalScheduler::runNow);
}

RenewalScheduler::~RenewalScheduler() = default;

void RenewalScheduler::start()
{
    m_running = true;
    runNow();
}

void RenewalScheduler::stop()
{
    m_running = false;
    m_timer->stop();
    m_next = QDateTime();
    if (m_job)
        m_job->cancel();
}

void RenewalScheduler::runNow()
{
    if (!m_running || m_job)
        return;
    auto *job = new RenewJob(m_config, m_nam, m_session, m_store, this);
    job->setDeviceId(m_deviceId);
    m_job = job;
    connect(job, &Job::finished, this, [this, job] {
        m_job = nullptr;
        if (!m_running)
            return;
        if (job->hasError()) {
            if (job->error().code == ErrorCode::SessionExpired
                || job->error().code == ErrorCode::Cancelled) {
                qCInfo(lcOnline) << "renewal stopped:" << errorCodeName(job->error().code);
                schedule(QDateTime());
            } else {
                schedule(m_store->lastRenewalFailure().nextRetry);
            }
            Q_EMIT renewalFailed(job->error(), m_next);
            return;
        }
        // The next renewal is due at the earliest "rfr" still ahead.
        const QDateTime now = Clock::current();
        QDateTime next;
        for (const auto &status : m_store->check(m_config, m_deviceId, now)) {
            const QDateTime rfr = status.grant.renewAfter;
            if (status.isValid() && rfr.isValid() && rfr > now && (!next.isValid() || rfr < next))
                next = rfr;
        }
        // Nothing ahead (the server's clock behind ours): look again in an hour, not in a loop.
        schedule(next.isValid() ? next : now.addSecs(3600));
        if (!job->renewedItems().isEmpty())
            Q_EMIT renewed(job->renewedItems());
    });
    job->start();
}

void RenewalScheduler::schedule(const QDateTime &at)
{
    m_next = at;
    if (!at.isValid()) {
        m_timer->stop();
        return;
    }
    // A timer takes an int: look again at least daily; never spin faster than once a second.
    const qint64 ms = Clock::current().msecsTo(at);
    m_timer->start(int(qBound<qint64>(1000, ms, qint64(24) * 3600 * 1000)));
}

} // namespace Keyway
