// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_export.h"
#include "net/requestjob.h"
#include "oidc/providermetadata.h"

#include <QUrl>

class QNetworkAccessManager;

namespace Keyway {

/**
 * Fetches the provider's discovery document. Answers are cached in the process for an hour
 * (or what Cache-Control max-age says), so a retried sign-in does not ask again.
 */
class KEYWAY_ACTIVATION_EXPORT DiscoveryJob : public RequestJob
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
    void handleReply(const JsonReply &reply) override;

private:
    QUrl m_issuer;
    ProviderMetadata m_metadata;
};

} // namespace Keyway
