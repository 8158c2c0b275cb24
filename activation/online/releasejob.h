// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_export.h"
#include "net/requestjob.h"

#include <QHash>
#include <QStringList>

class QNetworkAccessManager;

namespace Keyway {

/**
 * Releases leases at the licensing service (`POST /authz/.json?release&<lease id>...`,
 * docs/protocol.md §3), so that a seat is free at once instead of when the lease ends.
 * results() says per lease whether the service released it (false: not this account's, or
 * released before); both mean the lease no longer needs releasing.
 */
class KEYWAY_ACTIVATION_EXPORT ReleaseJob : public RequestJob
{
    Q_OBJECT
public:
    ReleaseJob(const VendorConfig &config, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ReleaseJob() override;

    void setAccessToken(const QByteArray &token) { m_accessToken = token; }
    void setLeaseIds(const QStringList &leaseIds) { m_leaseIds = leaseIds; }
    /**
     * The lease ids ("jti") of license @p tokens, without duplicates. Read without verifying:
     * the server refuses to release a lease that is not the caller's.
     */
    static QStringList leaseIdsOf(const QList<QByteArray> &tokens);

    void start() override;

    QHash<QString, bool> results() const { return m_results; }

protected:
    void handleReply(const JsonReply &reply) override;

private:
    VendorConfig m_config;
    QByteArray m_accessToken;
    QStringList m_leaseIds;
    QHash<QString, bool> m_results;
};

} // namespace Keyway
