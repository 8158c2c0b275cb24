// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_widgets_export.h"
#include "online/activatejob.h"
#include "online/connectiontest.h"
#include "signinview.h"

#include <QPointer>
#include <QWidget>

#include <functional>

namespace Keyway {
class LoopbackAgent;
}
class QAbstractButton;
class QCommandLinkButton;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QSettings;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace Keyway {

class CodeLineEdit;
class LicenseStore;
class SecretStore;

/**
 * The embeddable first-activation wizard. It starts with three ways in: an activation code
 * (checked locally before anything is sent, then "create an account" or "sign in" on the
 * provider's page), an existing account (sign in, fetch its licenses), or a license file
 * (air-gapped import). It shows what was licensed, or why not together with the buttons that
 * fix it: change the code, sign in with another account, test the connection, continue after
 * confirming the e-mail address, try again (after the server's Retry-After), copy the server's
 * reference for support.
 *
 * It only configures and starts jobs (ActivateJob, ConnectionTest, LicenseImport) and shows
 * their results; the logic lives in Keyway::Activation. The sign-in page comes from
 * setSignInViewFactory(), so that the wizard itself does not depend on a browser engine.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT ActivationWizard : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Welcome, Code, SignIn, Progress, Success, Failure, ConnectionTest };
    Q_ENUM(Page)

    explicit ActivationWizard(const VendorConfig &config, QWidget *parent = nullptr);
    ~ActivationWizard() override;

    // What the ActivateJob needs; none is owned.
    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    void setLicenseStore(LicenseStore *store) { m_licenseStore = store; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// A label for this device in the person's account; unless set, the name remembered in the
    /// license store's folder, else the OS's computer name (DeviceName::forDirectory()).
    void setDeviceName(const QString &name) { m_deviceName = name; }
    /// Makes the sign-in page for each attempt (keyway_browser provides one on Qt WebEngine).
    void setSignInViewFactory(const SignInViewFactory &factory) { m_viewFactory = factory; }
    /// How the system browser is opened for a sign-in there, and for the "Get help" link (the
    /// platform's default unless set; tests play the browser).
    void setBrowserLauncher(const std::function<bool(const QUrl &)> &launcher)
    {
        m_browserLauncher = launcher;
    }
    /// Asks for the license file to import (a file dialog unless set; tests answer it). An
    /// empty answer means the person cancelled.
    void setFileChooser(const std::function<QString()> &chooser) { m_fileChooser = chooser; }
    /// Where the person's last choice of "create an account" or "sign in" is remembered (not
    /// owned; a default QSettings unless set).
    void setSettings(QSettings *settings) { m_settings = settings; }

    Page currentPage() const;
    /// Back to the welcome page, keeping what was typed. Cancels a running activation.
    void restart();

    /// "a…@example.com": the first character, an ellipsis and the domain.
    static QString maskEmail(const QString &email);

Q_SIGNALS:
    /// The activation (or a license import) succeeded and its licenses are stored.
    void activated();
    /// The person has read the result of a successful activation and wants to go on.
    void done();
    /**
     * The person wants to change the proxy (from the connection test). Shown only when something
     * is connected: the host application owns the network settings.
     */
    void networkSettingsRequested();
    void currentPageChanged(Keyway::ActivationWizard::Page page);

private:
    QWidget *createWelcomePage();
    QWidget *createCodePage();
    QWidget *createSignInPage();
    QWidget *createProgressPage();
    QWidget *createSuccessPage();
    QWidget *createFailurePage();
    QWidget *createConnectionTestPage();
    QPushButton *createHelpButton(QWidget *page);
    void applyBranding();

    void setPage(Page page);
    /// The failure page's title, message and hint as one text, read with the focused button.
    QString failureNews() const;
    void showCodePage(bool selectCode = false);
    void importLicenseFile();
    void openSupport();
    void onCodeEdited();
    void continueWithCode();
    void signInWithoutCode();
    void startActivation(const std::optional<ActivationCode> &code, SignInJob::Page page,
                         bool systemBrowser = false);
    void retry(bool anotherAccount = false);
    void retryInSystemBrowser();
    void onStepChanged(ActivateJob::Step step);
    void onOriginChanged(const QString &origin);
    void orderSignInTabs();
    void onRedirected(const QUrl &url);
    void onJobFinished(Job *job);
    void discardPendingRedemption();
    void showSuccess(const ActivateJob &job);
    void showImported(const QStringList &items);
    void showFailure(const Error &error);
    void updateRetryCountdown();
    void testConnection();
    void showConnectionResults();
    void cancelActivation();
    void dropSignInView();
    static QString groupOf(const QString &symbols, int position);
    bool rememberedNewAccount() const;
    void rememberNewAccount(bool create);

    VendorConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    SecretStore *m_secretStore = nullptr;
    LicenseStore *m_licenseStore = nullptr;
    QSettings *m_settings = nullptr;
    QString m_deviceId;
    QString m_deviceName;
    SignInViewFactory m_viewFactory;
    std::function<bool(const QUrl &)> m_browserLauncher;
    std::function<QString()> m_fileChooser;

    QPointer<ActivateJob> m_job;
    QPointer<SignInView> m_view;
    QPointer<LoopbackAgent> m_loopback;
    QPointer<ConnectionTest> m_connectionTest;
    // The last attempt, to repeat it.
    std::optional<ActivationCode> m_lastCode;
    SignInJob::Page m_lastPage = SignInJob::Page::Login;
    ActivateJob::Step m_reachedStep = ActivateJob::Step::SigningIn;
    bool m_lastInSystemBrowser = false;
    bool m_embeddedRefused = false;
    bool m_forceLogin = false; ///< the next attempt asks for a fresh login (another account)
    QString m_pendingOwner; ///< after RedemptionOtherAccount: whose code is pending
    QString m_nextLoginHint; ///< the next sign-in suggests this account
    bool m_viewUnavailable = false;
    QString m_emailHint; ///< masked, from the provider's email_not_verified redirect
    Error m_lastError;
    int m_retrySeconds = 0;
    QList<ConnectionTest::Result> m_connectionResults;

    QStackedWidget *m_stack = nullptr;
    // Welcome page
    QLabel *m_logo = nullptr;
    QCommandLinkButton *m_haveCodeButton = nullptr;
    QCommandLinkButton *m_haveAccountButton = nullptr;
    QCommandLinkButton *m_licenseFileButton = nullptr;
    QLabel *m_welcomeMessage = nullptr;
    // Code page
    CodeLineEdit *m_codeEdit = nullptr;
    QLabel *m_codeProblem = nullptr;
    QLabel *m_codeOk = nullptr;
    QRadioButton *m_createAccount = nullptr;
    QRadioButton *m_haveAccount = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_codeBackButton = nullptr;
    // Sign-in page
    QLabel *m_originLabel = nullptr;
    QVBoxLayout *m_viewLayout = nullptr;
    QPushButton *m_signInCancelButton = nullptr;
    // Progress page
    QLabel *m_stepLabel = nullptr;
    QPushButton *m_progressCancelButton = nullptr;
    // Success page
    QLabel *m_successSummary = nullptr;
    QTreeWidget *m_licenseList = nullptr;
    QPushButton *m_doneButton = nullptr;
    // Failure page
    QLabel *m_failureTitle = nullptr;
    QLabel *m_failureMessage = nullptr;
    QLabel *m_failureHint = nullptr;
    QLabel *m_referenceLabel = nullptr;
    QLabel *m_failureDetails = nullptr;
    QPushButton *m_copyReferenceButton = nullptr;
    QPushButton *m_failureHelpButton = nullptr;
    QPushButton *m_startOverButton = nullptr;
    QPushButton *m_signInOtherButton = nullptr;
    QPushButton *m_changeCodeButton = nullptr;
    /// Discards a pending redemption of another account (RedemptionOtherAccount).
    QPushButton *m_discardPendingButton = nullptr;
    QPushButton *m_testConnectionButton = nullptr;
    QPushButton *m_networkSettingsButton = nullptr;
    QPushButton *m_verifiedContinueButton = nullptr;
    QPushButton *m_systemBrowserButton = nullptr;
    QPushButton *m_tryAgainButton = nullptr;
    QTimer *m_retryTimer = nullptr;
    // Connection-test page
    QLabel *m_connectionStatus = nullptr;
    QTextBrowser *m_connectionReport = nullptr;
    QPushButton *m_connectionBackButton = nullptr;
    QPushButton *m_connectionAgainButton = nullptr;
};

} // namespace Keyway
