// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "devserverfixture.h"

/**
 * One server story, in order: accounts and OIDC (devservertest_accounts.cpp), activation codes
 * (devservertest_codes.cpp), checkout, seats and devices (devservertest_licensing.cpp) and the
 * admin API (devservertest_admin.cpp). Later cases use the accounts, codes and licenses earlier
 * ones made (m_alice, m_bob, m_aliceCode, ...).
 */
class DevServerTest : public DevServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void discovery_data();
    void discovery();
    void jwks();
    void clientConfig();
    void authorizeShowsLoginPage();
    void authorizeErrorPage_data();
    void authorizeErrorPage();
    void authorizeErrorRedirect_data();
    void authorizeErrorRedirect();
    void registerAndExchange();
    void registrationErrors_data();
    void registrationErrors();
    void loginAndSession();
    void refreshRotation();
    void userInfo();
    void redemption();
    void redemptionErrors_data();
    void redemptionErrors();
    void availableLicenses();
    void checkout();
    void checkoutJsonAndRelease();
    void checkoutErrors();
    void codesGenerateWhileRunning();
    void concurrentRedemption();
    void codeBatches();
    void signOut();
    void codeGrantErrors_data();
    void codeGrantErrors();
    void refreshReuseRevokesFamily();
    void redemptionRateLimit();
    void verificationEmailOnRegistration();
    void createUserWithActivation();
    void licenseTransactions_data();
    void licenseTransactions();
    void invitations();
    void outboxPages();
    void faultSwitches();
    void faultSwitchesRefuseBadRequests_data();
    void faultSwitchesRefuseBadRequests();
    void seatLimit_data();
    void seatLimit();
    void seatsFromLicenseTransaction();
    void devicesListAndRename();
    void remoteRelease();
    void transferBudget();
    void devicesErrors();
    void seatsPerCodeConfiguration();
    void subscriptionHasNoEnd();
    void restartKeepsState();
    // The server restarts with --code-lifetime 0 --require-email-verification from here on.
    void expiredCode();
    void emailVerificationRequired();
    // Each restarts the server with its own options.
    void idTokenAlgorithms_data();
    void idTokenAlgorithms();
    void keyRotation();
    void finnishPages();
    void germanAndSwedishPages_data();
    void passwordReset();
    void germanAndSwedishPages();
    void fixedLicenseDates();
    void licenseKeyOption();

private:
    Tokens m_alice;
    Tokens m_bob;
    QString m_aliceCode;
    QByteArray m_aliceRedemption;
    QString m_licenseKid;
};
