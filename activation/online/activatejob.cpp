// SPDX-License-Identifier: BSD-3-Clause
#include "activatejob.h"

#include "license/clockguard.h"
#include "license/licensestore.h"
#include "oidc/authorizationagent.h"
#include "oidc/session.h"
#include "online/checkoutjob.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSysInfo>

namespace Keyway {

Q_DECLARE_LOGGING_CATEGORY(lcOnline)

ActivateJob::ActivateJob(const VendorConfig &config, QObject *parent)
    : Job(parent), m_config(config), m_redirectUri(config.embeddedRedirectUri)
{
}

ActivateJob::~ActivateJob() = default;

QString ActivateJob::refreshTokenKey(const VendorConfig &config)
{
    return QStringLiteral("refresh-token/") + config.clientId;
}

void ActivateJob::setStep(Step step)
{
    m_step = step;
    Q_EMIT stepChanged(step);
}

void ActivateJob::start()
{
    if (!m_nam || !m_agent || !m_secretStore || !m_licenseStore || m_deviceId.isEmpty()) {
        finishLater(Error(ErrorCode::InternalError,
                          QStringLiteral("ActivateJob needs a network access manager, an agent, "
                                         "a secret store, a license store and a device id")));
        return;
    }
    if (m_deviceName.isEmpty())
        m_deviceName = QSysInfo::machineHostName();

    setStep(Step::SigningIn);
    auto *signIn = new SignInJob(m_config, m_nam, this);
    signIn->setAgent(m_agent);
    signIn->setPage(m_page);
    signIn->setLoginHint(m_loginHint);
    signIn->setUiLocales(m_uiLocales);
    signIn->setRedirectUri(m_redirectUri);
    connect(signIn, &SignInJob::exchangingCode, this, [this] { setStep(Step::ExchangingCode); });
    connect(signIn, &Job::finished, this, [this, signIn] {
        if (signIn->hasError()) {
            fail(signIn->error());
            return;
        }
        m_tokens = signIn->tokens();
        m_identity = signIn->identity();
        onSignedIn();
    });
    m_current = signIn;
    signIn->start();
}

void ActivateJob::onSignedIn()
{
    // The refresh token goes to the keychain first: if that fails the person learns it now,
    // before a code is consumed, rather than after.
    setStep(Step::SavingSession);
    auto *session = new Session(m_config, m_nam, m_secretStore, this);
    Job *write = session->store(m_tokens);
    connect(write, &Job::finished, this, [this, write] {
        if (write->hasError()) {
            fail(write->error());
            return;
        }
        redeem();
    });
    m_current = write;
    write->start();
}

void ActivateJob::redeem()
{
    if (!m_code) {
        checkout();
        return;
    }
    setStep(Step::Redeeming);
    auto *job = new RedeemJob(m_nam, m_config.issuer, this);
    job->setAccessToken(m_tokens.accessToken);
    job->setCode(*m_code);
    job->setDevice(m_deviceId, m_deviceName);
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        m_redeemed = job->licenses();
        checkout();
    });
    m_current = job;
    job->start();
}

void ActivateJob::checkout()
{
    setStep(Step::CheckingOut);
    auto *job = new CheckoutJob(m_config, m_nam, this);
    job->setAccessToken(m_tokens.accessToken);
    job->setDeviceId(m_deviceId);
    job->setSubject(m_identity.subject);
    connect(job, &Job::finished, this, [this, job] {
        if (job->hasError()) {
            fail(job->error());
            return;
        }
        m_grants = job->grants();
        if (m_grants.isEmpty()) {
            // Signed in, but nothing licensed to this account: say so rather than "done".
            const auto denials = job->denials();
            fail(Error(ErrorCode::LicenseItemDenied,
                       QCoreApplication::translate(
                           "Keyway::ActivateJob",
                           "Your account has no license for %1. If you have an activation code, "
                           "enter it; otherwise sign in with the account you bought the product "
                           "with.")
                           .arg(m_config.productName),
                       denials.isEmpty() ? QString() : denials.cbegin().value().detail));
            return;
        }
        setStep(Step::Saving);
        auto saved = m_licenseStore->save(m_identity.subject, m_identity.email, job->tokens());
        if (!saved) {
            fail(saved.error());
            return;
        }
        // The server's clock is trusted time: a clock set back later is noticed against it.
        ClockGuard guard(m_licenseStore->directory(), m_config.clockToleranceSeconds);
        if (auto observed = guard.observe(job->serverDate()); !observed)
            qCWarning(lcOnline) << "could not record the server's time:" << observed.error().detail;
        finish();
    });
    m_current = job;
    job->start();
}

void ActivateJob::fail(const Error &error)
{
    qCInfo(lcOnline) << "activation failed at step" << m_step << ":" << errorCodeName(error.code)
                     << error.detail;
    finish(error);
}

void ActivateJob::doCancel()
{
    if (m_current)
        m_current->cancel();
}

} // namespace Keyway
