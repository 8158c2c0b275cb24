// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "engine/activator.h"
#include "keyway_activation_export.h"
#include "license/licensestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyway {

class ReleaseQueueJob;
class RenewJob;

/**
 * What the status view says, decided without a display (so that it is tested as a table, and
 * another front end says the same): the rows of the licensed features, the summary, the warning
 * before the license ends, the line about the last check, which ways forward are offered, and
 * the confirmations and results of the actions, in the customer's words (docs/status-view.md).
 * It reads the engine's state (factsOf()); it starts nothing.
 */
class KEYWAY_ACTIVATION_EXPORT LicenseStatusModel
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::LicenseStatusModel)
public:
    /// What the view is computed from: the engine's state, or a test's.
    struct Facts
    {
        bool engine = false; ///< there is an engine; without one: "not activated"
        Activator::State state = Activator::State::NotActivated;
        bool signedIn = false;
        bool hasLicenses = false;
        bool allValid = false;
        QString email; ///< whose licenses these are
        QList<LicenseStore::ItemStatus> licenses;
        QDateTime leaseEnd; ///< the earliest end of a valid lease
        QDateTime lastSuccessfulCheck;
        LicenseStore::RenewalFailure lastFailure;
        QDateTime now; ///< decides whether the next attempt is still ahead
    };
    /// @p activator's state now (Clock::current()); without one, no engine.
    static Facts factsOf(const Activator *activator);

    /// One licensed feature as the list shows it.
    struct Row
    {
        QString item; ///< the id: in the tooltip only
        QString name; ///< the vendor's name for it
        QString state;
        QString worksOfflineUntil; ///< only for a working license
        QString details; ///< what the other columns do not say
        QString accessibleText; ///< the row as one sentence
    };

    /// Which ways forward the view offers.
    struct Actions
    {
        bool renew = false;
        bool signOut = false;
        bool signIn = false;
        bool deactivate = false;
        bool activate = false;
        bool testConnection = false;
    };

    explicit LicenseStatusModel(const VendorConfig &config) : m_config(config) { }

    void setFacts(const Facts &facts) { m_facts = facts; }
    const Facts &facts() const { return m_facts; }

    QList<Row> rows() const;
    Actions actions() const;
    QString summary() const;
    /// "The license of … ends in 9 days, on …", empty when none ends soon.
    QString endWarning() const;
    /// The warning has the vendor's renewal page next to it.
    bool showsRenewalLink() const;
    /// The last successful check, a failure after it (unless @p failureSaid: the action's result
    /// says it already) and the next attempt.
    QString lastCheck(bool failureSaid) const;

    /// The Details column: the lease's end has its own column and a failed renewal its
    /// sentence below the list, so neither is repeated here.
    static QString details(const LicenseStore::ItemStatus &status);

    // ---- the actions' questions and results ---------------------------------------------------
    QString signOutQuestion() const;
    QString signedOutMessage() const;
    QString deactivateTitle() const;
    QString deactivateQuestion() const;
    /// After the licenses were removed: given back, or queued (waiting for a sign-in when
    /// @p waitsForSignIn, else for @p next with @p sendError's reason).
    static QString deactivatedMessage(bool queued, bool waitsForSignIn, const Error &sendError,
                                      const QDateTime &next);
    /// Renew now refused with @p error; until when the licenses still work.
    QString renewFailedMessage(const Error &error) const;
    QString renewedMessage(const QStringList &renewed, const QStringList &denied) const;
    /// Signing in ended: cancelled, failed (@p signedIn false) or signed in as @p who (a
    /// refusal of the licenses, @p error, said with it).
    static QString signInMessage(const Error &error, bool signedIn, const QString &who);

    /// The result of Renew now (@p job finished): cancelled, failed or renewed.
    QString renewMessage(const RenewJob &job) const;
    /// The result of deactivating (@p job finished); @p next: when queued releases go out.
    QString deactivateMessage(const ReleaseQueueJob &job, const QDateTime &next) const;

private:
    VendorConfig m_config;
    Facts m_facts;
};

} // namespace Keyway
