// SPDX-License-Identifier: BSD-3-Clause
#include "licensestatusmodel.h"

#include "core/clock.h"
#include "core/datetimetext.h"
#include "engine/releasequeuejob.h"
#include "online/renewjob.h"

#include <QLocale>

namespace Keyway {

namespace {

QString localTime(const QDateTime &time)
{
    return DateTimeText::dateTime(time);
}

} // namespace

LicenseStatusModel::Facts LicenseStatusModel::factsOf(const Activator *activator)
{
    Facts facts;
    facts.now = Clock::current();
    if (!activator)
        return facts;
    facts.engine = true;
    facts.state = activator->state();
    facts.signedIn = activator->isSignedIn();
    facts.hasLicenses = activator->hasLicenses();
    facts.allValid = activator->allValid();
    facts.email = activator->account().email;
    facts.licenses = activator->licenses();
    facts.leaseEnd = activator->leaseEnd();
    facts.lastSuccessfulCheck = activator->lastSuccessfulCheck();
    facts.lastFailure = activator->lastRenewalFailure();
    return facts;
}

QString LicenseStatusModel::details(const LicenseStore::ItemStatus &status)
{
    using State = LicenseStore::ItemStatus::State;
    const LicenseGrant &grant = status.grant;
    if (!status.isValid())
        return status.reason.message;
    QString text = grant.licenseEnd.isValid()
        ? tr("Licensed until %1.").arg(DateTimeText::date(grant.licenseEnd))
        : grant.subscription ? tr("Subscription renews automatically.")
                             : QString();
    if (status.state == State::RenewalDue)
        text += QLatin1Char(' ') + tr("Renewed at the next connection to the internet.");
    else if (status.state == State::ValidOffline)
        text += QLatin1Char(' ') + tr("Not renewed yet: see below.");
    return text.trimmed();
}

QList<LicenseStatusModel::Row> LicenseStatusModel::rows() const
{
    QList<Row> rows;
    if (!m_facts.engine)
        return rows;
    for (const LicenseStore::ItemStatus &status : m_facts.licenses) {
        Row row;
        row.item = status.item;
        // The vendor's name for the item; its id only in the tooltip (issue 17).
        row.name = m_config.itemDisplayName(status.item);
        row.state = LicenseStore::stateLabel(status.state);
        row.details = details(status);
        // Only a working license works offline until a time; an expired one says when in Details.
        if (status.isValid() && status.grant.expiresAt.isValid())
            row.worksOfflineUntil = localTime(status.grant.expiresAt);
        row.accessibleText = tr("%1: %2. %3").arg(row.name, row.state, row.details);
        rows << row;
    }
    return rows;
}

LicenseStatusModel::Actions LicenseStatusModel::actions() const
{
    Actions actions;
    const bool engine = m_facts.engine;
    const bool signedIn = engine && m_facts.signedIn;
    const bool signedOut = engine && !signedIn && m_facts.state != Activator::State::Unknown;
    const bool hasTokens = engine && m_facts.hasLicenses;
    actions.renew = signedIn;
    actions.signOut = signedIn;
    // Signed out with licenses here, or the session ended: the way back in.
    actions.signIn = signedOut && hasTokens;
    actions.deactivate = hasTokens;
    actions.testConnection = engine;
    actions.activate =
        !engine || !m_facts.allValid || m_facts.state == Activator::State::ReleasedElsewhere;
    return actions;
}

QString LicenseStatusModel::summary() const
{
    const QString product = m_config.productName;
    if (!m_facts.engine)
        return tr("%1 is not activated on this computer.").arg(product);
    QString summary;
    if (m_facts.allValid)
        summary = m_facts.email.isEmpty()
            ? tr("%1 is activated on this computer.").arg(product)
            : tr("%1 is activated on this computer for %2.").arg(product, m_facts.email);
    else if (!m_facts.hasLicenses)
        summary = tr("%1 is not activated on this computer.").arg(product);
    else
        summary = tr("Some features of %1 are not licensed on this computer. "
                     "The list says why.")
                      .arg(product);
    if (m_facts.state == Activator::State::SignedOut) {
        const QDateTime end = m_facts.leaseEnd;
        summary += QLatin1Char(' ')
            + (end.isValid() ? tr("You are signed out: the licenses work until %1 and are not "
                                  "renewed until you sign in again.")
                                   .arg(localTime(end))
                             : tr("You are signed out."));
    } else if (m_facts.state == Activator::State::ReleasedElsewhere) {
        summary += QLatin1Char(' ')
            + tr("This computer was removed from your account on another computer. Choose "
                 "“Activate…” to use %1 here again.")
                  .arg(product);
    }
    return summary;
}

QString LicenseStatusModel::endWarning() const
{
    if (!m_facts.engine)
        return QString();
    return LicenseStore::endsSoonMessage(m_facts.licenses, m_config.productName);
}

bool LicenseStatusModel::showsRenewalLink() const
{
    return !m_config.renewalUrl.isEmpty() && !endWarning().isEmpty();
}

QString LicenseStatusModel::lastCheck(bool failureSaid) const
{
    if (!m_facts.engine)
        return QString();
    const QDateTime lastIssued = m_facts.lastSuccessfulCheck;
    const LicenseStore::RenewalFailure &failure = m_facts.lastFailure;
    QStringList lines;
    if (lastIssued.isValid())
        lines
            << tr("Last successful check with the license server: %1.").arg(localTime(lastIssued));
    if (failure.isValid() && (!lastIssued.isValid() || failure.failedAt >= lastIssued)) {
        // Said once: when Renew now just said why, not again here.
        if (!failureSaid) {
            lines << tr("The last check at %1 failed: %2")
                         .arg(localTime(failure.failedAt), failure.error.message);
            if (m_facts.leaseEnd.isValid())
                lines << tr("The licenses keep working without a connection until %1.")
                             .arg(localTime(m_facts.leaseEnd));
        }
        // A time in the past (after a restart) is no plan: the engine tries again soon.
        if (m_facts.signedIn && failure.nextRetry.isValid()) {
            if (failure.nextRetry > m_facts.now)
                lines << tr("Next attempt after %1.").arg(localTime(failure.nextRetry));
            else
                lines << tr("The next attempt is made soon.");
        }
    }
    return lines.join(QLatin1Char(' '));
}

QString LicenseStatusModel::signOutQuestion() const
{
    const QDateTime end = m_facts.leaseEnd;
    return end.isValid()
        ? tr("Signing out removes your sign-in from this computer. The licenses on this computer "
             "stay valid without a connection until their leases end (%1), but they cannot be "
             "renewed until you sign in again.")
              .arg(localTime(end))
        : tr("Signing out removes your sign-in from this computer.");
}

QString LicenseStatusModel::signedOutMessage() const
{
    const QDateTime end = m_facts.leaseEnd;
    return end.isValid()
        ? tr("Signed out. The licenses stay valid until %1; sign in again to renew them.")
              .arg(localTime(end))
        : tr("Signed out.");
}

QString LicenseStatusModel::deactivateTitle() const
{
    return tr("Deactivate %1 on this computer?").arg(m_config.productName);
}

QString LicenseStatusModel::deactivateQuestion() const
{
    // Signed out, the seats cannot be freed now: the confirmation does not promise it.
    return m_facts.signedIn
        ? tr("The licenses are removed from this computer and given back at the license "
             "server, so that they can be used on another computer. To use %1 here again, "
             "you will need to activate it again.")
              .arg(m_config.productName)
        : tr("The licenses are removed from this computer. Because you are signed out, they "
             "are given back at the license server only when you next sign in on this "
             "computer; until then they count as in use. To use %1 here again, you will need "
             "to activate it again.")
              .arg(m_config.productName);
}

QString LicenseStatusModel::deactivatedMessage(bool queued, bool waitsForSignIn,
                                               const Error &sendError, const QDateTime &next)
{
    if (!queued)
        return tr("The licenses were removed from this computer and given back at the "
                  "license server.");
    if (waitsForSignIn)
        return tr("The licenses were removed from this computer. They will be given "
                  "back at the license server when you next sign in on this computer; "
                  "until then they count as in use.");
    QString message = tr("The licenses were removed from this computer. They will be given back "
                         "at the license server the next time it can be reached (%1)")
                          .arg(sendError.message);
    if (next.isValid())
        message += QLatin1Char(' ') + tr("Next attempt after %1.").arg(localTime(next));
    return message;
}

QString LicenseStatusModel::renewFailedMessage(const Error &error) const
{
    QString message = tr("The licenses could not be renewed: %1").arg(error.message);
    if (error.code == ErrorCode::SessionExpired)
        message += QLatin1Char(' ') + tr("Choose “Sign in…” to sign in again.");
    if (m_facts.leaseEnd.isValid())
        message += QLatin1Char(' ')
            + tr("The licenses keep working without a connection until %1.")
                  .arg(localTime(m_facts.leaseEnd));
    return message;
}

QString LicenseStatusModel::renewedMessage(const QStringList &renewed,
                                           const QStringList &denied) const
{
    // Spelled out per case: English has no plural catalogue, and no sentence says "(s)".
    QString message = renewed.isEmpty() ? tr("No license was renewed.")
        : renewed.size() == 1           ? tr("Renewed the license.")
                                        : tr("Renewed %1 licenses.").arg(renewed.size());
    if (m_facts.leaseEnd.isValid())
        message +=
            QLatin1Char(' ') + tr("They work offline until %1.").arg(localTime(m_facts.leaseEnd));
    if (!denied.isEmpty())
        message += QLatin1Char(' ')
            + tr("The license server refused: %1.").arg(QLocale().createSeparatedList(denied));
    return message;
}

QString LicenseStatusModel::signInMessage(const Error &error, bool signedIn, const QString &who)
{
    if (error.code == ErrorCode::Cancelled)
        return tr("Signing in was cancelled. You are still signed out.");
    if (error.isError() && !signedIn)
        return tr("Signing in did not complete: %1").arg(error.message);
    // Signed in; a refusal of the licenses (none for this account) is said with it.
    QString message = tr("Signed in as %1.").arg(who);
    if (error.isError())
        message += QLatin1Char(' ') + error.message;
    return message;
}

QString LicenseStatusModel::renewMessage(const RenewJob &job) const
{
    if (job.error().code == ErrorCode::Cancelled)
        return tr("Renewing was cancelled. The licenses keep working as before.");
    if (job.hasError())
        return renewFailedMessage(job.error());
    return renewedMessage(job.renewedItems(), job.deniedItems());
}

QString LicenseStatusModel::deactivateMessage(const ReleaseQueueJob &job,
                                              const QDateTime &next) const
{
    if (job.hasError())
        return tr("The licenses could not be removed: %1").arg(job.error().message);
    const bool waitsForSignIn =
        !m_facts.signedIn || job.sendError().code == ErrorCode::SessionExpired;
    return deactivatedMessage(!job.queued().isEmpty(), waitsForSignIn, job.sendError(), next);
}

} // namespace Keyway
