// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_widgets_export.h"
#include "online/activatejob.h"
#include "signinview.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
namespace Keyway {
class LoopbackAgent;
}
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace Keyway {

class CodeLineEdit;
class LicenseStore;
class SecretStore;

/**
 * The embeddable first-activation wizard: the person enters an activation code (checked locally
 * before anything is sent), chooses to create an account or to sign in, signs in on the
 * provider's page, and sees what was licensed, or why not.
 *
 * It only configures and starts an ActivateJob and shows its results; the activation logic
 * lives in Keyway::Activation. The sign-in page comes from setSignInViewFactory(), so that the
 * wizard itself does not depend on a browser engine.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT ActivationWizard : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Code, SignIn, Progress, Success, Failure };
    Q_ENUM(Page)

    explicit ActivationWizard(const VendorConfig &config, QWidget *parent = nullptr);
    ~ActivationWizard() override;

    // What the ActivateJob needs; none is owned.
    void setNetworkAccessManager(QNetworkAccessManager *nam) { m_nam = nam; }
    void setSecretStore(SecretStore *store) { m_secretStore = store; }
    void setLicenseStore(LicenseStore *store) { m_licenseStore = store; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }
    /// A label for this device in the person's account; the host name unless set.
    void setDeviceName(const QString &name) { m_deviceName = name; }
    /// Makes the sign-in page for each attempt (keyway_browser provides one on Qt WebEngine).
    void setSignInViewFactory(const SignInViewFactory &factory) { m_viewFactory = factory; }
    /// How the system browser is opened for a sign-in there (the platform's default unless set;
    /// tests play the browser).
    void setBrowserLauncher(const std::function<bool(const QUrl &)> &launcher)
    {
        m_browserLauncher = launcher;
    }

    Page currentPage() const;
    /// Back to the code page, keeping what was typed. Cancels a running activation.
    void restart();

Q_SIGNALS:
    /// The activation succeeded and its licenses are stored.
    void activated();
    /// The person has read the result of a successful activation and wants to go on.
    void done();
    void currentPageChanged(Keyway::ActivationWizard::Page page);

private:
    QWidget *createCodePage();
    QWidget *createSignInPage();
    QWidget *createProgressPage();
    QWidget *createSuccessPage();
    QWidget *createFailurePage();

    void setPage(Page page);
    void onCodeEdited();
    void continueWithCode();
    void signInWithoutCode();
    void startActivation(const std::optional<ActivationCode> &code, SignInJob::Page page,
                         bool systemBrowser = false);
    void retryInSystemBrowser();
    void onStepChanged(ActivateJob::Step step);
    void onOriginChanged(const QString &origin);
    void onJobFinished(Job *job);
    void showSuccess(const ActivateJob &job);
    void showFailure(const Error &error);
    void cancelActivation();
    void dropSignInView();

    VendorConfig m_config;
    QNetworkAccessManager *m_nam = nullptr;
    SecretStore *m_secretStore = nullptr;
    LicenseStore *m_licenseStore = nullptr;
    QString m_deviceId;
    QString m_deviceName;
    SignInViewFactory m_viewFactory;
    std::function<bool(const QUrl &)> m_browserLauncher;

    QPointer<ActivateJob> m_job;
    QPointer<SignInView> m_view;
    QPointer<LoopbackAgent> m_loopback;
    // The last attempt, to repeat it in the system browser.
    std::optional<ActivationCode> m_lastCode;
    SignInJob::Page m_lastPage = SignInJob::Page::Login;
    bool m_lastInSystemBrowser = false;
    bool m_embeddedRefused = false;
    bool m_viewUnavailable = false;

    QStackedWidget *m_stack = nullptr;
    // Code page
    CodeLineEdit *m_codeEdit = nullptr;
    QLabel *m_codeProblem = nullptr;
    QRadioButton *m_createAccount = nullptr;
    QRadioButton *m_haveAccount = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_signInOnlyButton = nullptr;
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
    QLabel *m_failureMessage = nullptr;
    QPushButton *m_tryAgainButton = nullptr;
    QPushButton *m_systemBrowserButton = nullptr;
};

} // namespace Keyway
