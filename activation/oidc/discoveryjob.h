// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/job.h"
#include "keyway_activation_export.h"
#include "oidc/providermetadata.h"

#include <QUrl>

class QNetworkAccessManager;

namespace Keyway {

class JsonReply;

/**
 * Fetches the provider's discovery document. Answers are cached in the process for an hour
 * (or what Cache-Control max-age says), so a retried sign-in does not ask again.
 */
class KEYWAY_ACTIVATION_EXPORT DiscoveryJob : public Job
{
    Q_OBJECT
public:
    DiscoveryJob(QNetworkAccessManager *nam, const QUrl &issuer, QObject *parent = nullptr);
    ~DiscoveryJob() override;

    void start() override;
    const ProviderMetadata &metadata() const { return m_metadata; }

    /// Forgets every cached document (tests, and after a failed sign-in that may be stale).
    static void clearCache();

protected:
    void doCancel() override;

private:
    QNetworkAccessManager *m_nam;
    QUrl m_issuer;
    ProviderMetadata m_metadata;
    JsonReply *m_reply = nullptr;
};

} // namespace Keyway
