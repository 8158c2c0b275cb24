// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/compositejob.h"
#include "keyway_activation_export.h"

#include <QStringList>

class QNetworkAccessManager;

namespace Keyway {

class LicenseStore;
class Session;

/**
 * Gives leases back at the license server through the release queue (ReleaseQueue, next to the
 * license store), so that nothing is lost when the program stops or the server cannot be
 * reached: with setRemoveLicenses() (deactivating) the stored licenses' leases are queued first
 * and the licenses removed, then everything queued is sent with the session's access token.
 *
 * Sending is best effort: when it fails (offline, signed out) the job still succeeds, queued()
 * lists what waits and sendError() says why. It fails only when the queue or the license store
 * cannot be written (nothing is removed then).
 */
class KEYWAY_ACTIVATION_EXPORT ReleaseQueueJob : public CompositeJob
{
    Q_OBJECT
public:
    ReleaseQueueJob(const VendorConfig &config, QNetworkAccessManager *nam, Session *session,
                    LicenseStore *store, QObject *parent = nullptr);
    ~ReleaseQueueJob() override;

    /// Remove the stored licenses first, queueing their leases (default false: only send).
    void setRemoveLicenses(bool remove) { m_removeLicenses = remove; }

    void start() override;

    /// Whether licenses were removed from this computer.
    bool removedLicenses() const { return m_removed; }
    /// The leases released at the server by this job.
    QStringList released() const { return m_released; }
    /// The leases still queued after this job (empty when everything was sent).
    QStringList queued() const { return m_queued; }
    /// Why the queued leases could not be sent (NoError when nothing waits).
    Error sendError() const { return m_sendError; }

protected:
    void subjobFailed(Job *job) override;

private:
    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    Session *m_session;
    LicenseStore *m_store;
    bool m_removeLicenses = false;
    bool m_removed = false;
    QStringList m_sending;
    QStringList m_released;
    QStringList m_queued;
    Error m_sendError;
};

} // namespace Keyway
