// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "keyway_activation_export.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QTimer;

namespace Keyway {

class LicenseStore;
class RenewJob;
class Session;

/**
 * Background renewal for a running application: renews when a lease passes its "rfr", retries a
 * failed renewal with RenewJob's backoff (1 min doubling to 1 h), and stops when the session has
 * ended (the person must sign in again; the licenses keep working until "exp"). It only ever
 * runs one RenewJob at a time.
 */
class KEYWAY_ACTIVATION_EXPORT RenewalScheduler : public QObject
{
    Q_OBJECT
public:
    RenewalScheduler(const VendorConfig &config, QNetworkAccessManager *nam, Session *session,
                     LicenseStore *store, const QString &deviceId, QObject *parent = nullptr);
    ~RenewalScheduler() override;

    /// Renews now if anything is due, then keeps the timer running.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    /// When the next attempt is planned; invalid when none is (stopped, signed out).
    QDateTime nextAttempt() const { return m_next; }

Q_SIGNALS:
    void renewed(const QStringList &items);
    /// @p nextAttempt is invalid when no retry is planned (the session has ended).
    void renewalFailed(const Keyway::Error &error, const QDateTime &nextAttempt);

private:
    void runNow();
    void schedule(const QDateTime &at);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam;
    QPointer<Session> m_session;
    LicenseStore *m_store;
    QString m_deviceId;
    QTimer *m_timer;
    QPointer<RenewJob> m_job;
    QDateTime m_next;
    bool m_running = false;
};

} // namespace Keyway
