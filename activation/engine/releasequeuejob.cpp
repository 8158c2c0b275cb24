// SPDX-License-Identifier: BSD-3-Clause
#include "releasequeuejob.h"

#include "engine/authorizedjob.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "online/releasejob.h"

#include <QLoggingCategory>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

ReleaseQueueJob::ReleaseQueueJob(const VendorConfig &config, QNetworkAccessManager *nam,
                                 Session *session, LicenseStore *store, QObject *parent)
    : CompositeJob(parent), m_config(config), m_nam(nam), m_session(session), m_store(store)
{
}

ReleaseQueueJob::~ReleaseQueueJob() = default;

void ReleaseQueueJob::start()
{
    ReleaseQueue queue(m_store->directory());
    if (m_removeLicenses) {
        const QStringList leases = ReleaseJob::leaseIdsOf(m_store->tokens());
        // Queue first, then forget the tokens: if the program stops in between, nothing is lost.
        if (auto queued = queue.add(leases); !queued) {
            finishLater(queued.error());
            return;
        }
        if (auto cleared = m_store->clear(); !cleared) {
            finishLater(cleared.error());
            return;
        }
        m_removed = true;
        qCInfo(lcEngine) << "licenses removed;" << leases.size() << "lease(s) to release";
    }
    m_sending = queue.pending();
    if (m_sending.isEmpty()) {
        finishLater(Error());
        return;
    }
    auto *release = new ReleaseJob(m_config, m_nam);
    release->setLeaseIds(m_sending);
    auto *job = new AuthorizedJob(
        m_session, release, [release](const QByteArray &token) { release->setAccessToken(token); });
    startSubjob(job, [this] {
        // Released, or not this account's to release any more: either way nothing to send.
        if (auto removed = ReleaseQueue(m_store->directory()).remove(m_sending); !removed)
            qCWarning(lcEngine) << "could not update the release queue:" << removed.error().detail;
        m_released = m_sending;
        m_queued = ReleaseQueue(m_store->directory()).pending();
        qCInfo(lcEngine) << "sent" << m_released.size() << "release(s)";
        finish();
    });
}

void ReleaseQueueJob::subjobFailed(Job *job)
{
    if (job->error().code == ErrorCode::Cancelled) {
        finish(job->error());
        return;
    }
    // Not sent: it stays queued, and the deactivation itself is done.
    m_sendError = job->error();
    m_queued = ReleaseQueue(m_store->directory()).pending();
    qCInfo(lcEngine) << m_queued.size()
                     << "release(s) stay queued:" << errorCodeName(m_sendError.code)
                     << m_sendError.detail;
    finish();
}

} // namespace Keyway
