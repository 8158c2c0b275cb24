// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_widgets_export.h"
#include "signinview.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QSettings;
class QStackedWidget;

namespace Keyway {

class ActivateJob;
class ActivationCode;
class ActivationFlow;
class Activator;
class CodePage;
struct DeviceInfo;
class ConnectionTestPage;
class FailurePage;
class ProgressPage;
class SeatPage;
class StepIndicator;
class BrowserPage;
class SuccessPage;
class WelcomePage;
enum class FailureAction;

/**
 * The embeddable first-activation wizard. It starts with three ways in: an activation code
 * (checked locally before anything is sent, then "create an account" or "sign in" on the
 * provider's page), an existing account (sign in, fetch its licenses), or a license file
 * (air-gapped import). It shows what was licensed, or why not together with the buttons that
 * fix it: change the code, sign in with another account, test the connection, continue after
 * confirming the e-mail address, try again (after the server's Retry-After), copy the server's
 * reference for support.
 *
 * It is a view over the engine (Activator): every activation, sign-in, seat move, license
 * import and connection test is the engine's job, which also keeps the session and the licenses
 * and renews them afterwards; the wizard only chooses the sign-in page and shows the result.
 * Each page is a widget of its own (wizard/), and what the failure page offers is decided by
 * FailureModel, without a widget. The sign-in page comes from setSignInViewFactory(), so that
 * the wizard itself does not depend on a browser engine.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT ActivationWizard : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Welcome, Code, SignIn, Progress, Success, Failure, ConnectionTest, Seats };
    Q_ENUM(Page)

    /// @p activator: the engine the activation runs in (not owned; it outlives the wizard).
    explicit ActivationWizard(Activator *activator, QWidget *parent = nullptr);
    ~ActivationWizard() override;

    /// Makes the sign-in page for each attempt (keyway_browser provides one on Qt WebEngine).
    void setSignInViewFactory(const SignInViewFactory &factory) { m_viewFactory = factory; }
    /// How the system browser is opened for a sign-in there, and for the "Get help" link (the
    /// platform's default unless set; tests play the browser).
    void setBrowserLauncher(const std::function<bool(const QUrl &)> &launcher);
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
    /**
     * The activation (or a license import) succeeded: its licenses are stored and the engine
     * already knows (nothing to reload). For a product that enables a feature at once; the
     * person reads the result until done().
     */
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
    void setPage(Page page);
    void showCodePage(bool selectCode = false);
    void importLicenseFile();
    void openSupport();
    void continueWithCode(const ActivationCode &code, bool createAccount);
    void signInWithoutCode();
    void startActivation(const std::optional<ActivationCode> &code, bool createAccount);
    void onFailureAction(FailureAction action);
    void onStepChanged(int step); ///< an ActivateJob::Step
    void showSuccess(const ActivateJob &job);
    void showFailure(const Error &error);
    void showSeats(const QList<DeviceInfo> &holders, const Error &error);
    void testConnection();
    void cancelActivation();
    bool rememberedNewAccount() const;
    void rememberNewAccount(bool create);

    Activator *m_activator = nullptr;
    VendorConfig m_config;
    QSettings *m_settings = nullptr;
    SignInViewFactory m_viewFactory;
    std::function<bool(const QUrl &)> m_browserLauncher;
    std::function<QString()> m_fileChooser;

    ActivationFlow *m_flow = nullptr;
    bool m_flowShowsPage = false; ///< the attempt's sign-in page is in the window

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    CodePage *m_codePage = nullptr;
    BrowserPage *m_browserPage = nullptr;
    ProgressPage *m_progressPage = nullptr;
    SuccessPage *m_successPage = nullptr;
    FailurePage *m_failurePage = nullptr;
    ConnectionTestPage *m_connectionPage = nullptr;
    SeatPage *m_seatPage = nullptr;
    StepIndicator *m_steps = nullptr;
    QString m_seatMessage; ///< why the seat page is shown
    QString m_releasing; ///< the name of the computer being removed
};

} // namespace Keyway
