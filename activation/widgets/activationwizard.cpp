// SPDX-License-Identifier: BSD-3-Clause
#include "activationwizard.h"

#include "addresstocopy.h"

#include "engine/activator.h"
#include "widgetslogging.h"
#include "wizard/activationflow.h"
#include "wizard/browserpage.h"
#include "wizard/codepage.h"
#include "wizard/connectiontestpage.h"
#include "wizard/failuremodel.h"
#include "wizard/failurepage.h"
#include "wizard/progresspage.h"
#include "wizard/seatpage.h"
#include "wizard/stepindicator.h"
#include "wizard/successpage.h"
#include "wizard/welcomepage.h"
#include "wizard/wizardui.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMetaMethod>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Keyway {

namespace {
const QString AccountChoiceKey = QStringLiteral("activation/%1/createAccount");
} // namespace

ActivationWizard::ActivationWizard(Activator *activator, QWidget *parent)
    : QWidget(parent), m_activator(activator), m_config(activator->config())
{
    setWindowTitle(tr("Activate %1").arg(m_config.productName));

    // In the order of Page.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcomePage = new WelcomePage(m_config, this));
    m_stack->addWidget(m_codePage = new CodePage(this));
    m_stack->addWidget(m_browserPage = new BrowserPage(this));
    m_stack->addWidget(m_progressPage = new ProgressPage(this));
    m_stack->addWidget(m_successPage = new SuccessPage(this));
    m_stack->addWidget(m_failurePage = new FailurePage(m_config, this));
    m_stack->addWidget(m_connectionPage = new ConnectionTestPage(m_config, this));
    m_stack->addWidget(m_seatPage = new SeatPage(m_config.productName, this));

    // Code → account → done, above the pages that are one of these steps (setPage()).
    m_steps = new StepIndicator(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_steps);
    layout->addWidget(m_stack);

    connect(m_welcomePage, &WelcomePage::codeChosen, this, [this] { showCodePage(); });
    connect(m_welcomePage, &WelcomePage::accountChosen, this, &ActivationWizard::signInWithoutCode);
    connect(m_welcomePage, &WelcomePage::licenseFileChosen, this,
            &ActivationWizard::importLicenseFile);
    connect(m_codePage, &CodePage::submitted, this, &ActivationWizard::continueWithCode);
    connect(m_codePage, &CodePage::backRequested, this, &ActivationWizard::restart);
    connect(m_browserPage, &BrowserPage::backRequested, this, &ActivationWizard::cancelActivation);
    connect(m_progressPage, &ProgressPage::cancelRequested, this,
            &ActivationWizard::cancelActivation);
    connect(m_successPage, &SuccessPage::doneClicked, this, &ActivationWizard::done);
    connect(m_failurePage, &FailurePage::actionTriggered, this, &ActivationWizard::onFailureAction);
    connect(m_connectionPage, &ConnectionTestPage::networkSettingsRequested, this,
            &ActivationWizard::networkSettingsRequested);
    connect(m_connectionPage, &ConnectionTestPage::againRequested, this,
            &ActivationWizard::testConnection);
    connect(m_connectionPage, &ConnectionTestPage::backRequested, this, [this] {
        m_flow->stopConnectionTest();
        setPage(Page::Failure);
    });
    connect(m_welcomePage, &WelcomePage::helpRequested, this, &ActivationWizard::openSupport);
    connect(m_failurePage, &FailurePage::helpRequested, this, &ActivationWizard::openSupport);
    connect(m_connectionPage, &ConnectionTestPage::helpRequested, this,
            &ActivationWizard::openSupport);
    m_flow = new ActivationFlow(m_activator, this);
    m_flow->setViewMaker(
        [this]() -> SignInView * { return m_viewFactory ? m_viewFactory(this) : nullptr; });
    connect(m_flow, &ActivationFlow::signInViewReady, this, [this](SignInView *view) {
        m_flowShowsPage = true;
        m_browserPage->setView(view->widget());
        connect(view, &SignInView::originChanged, m_browserPage, &BrowserPage::setOrigin);
        m_browserPage->setOrigin(view->currentOrigin());
        setPage(Page::SignIn);
    });
    connect(m_flow, &ActivationFlow::signInViewDropped, this, [this](SignInView *view) {
        m_flowShowsPage = false;
        disconnect(view, nullptr, m_browserPage, nullptr);
        m_browserPage->setView(nullptr);
    });
    connect(m_flow, &ActivationFlow::waitingForBrowser, this, [this] {
        m_progressPage->showWaitingForBrowser();
        setPage(Page::Progress);
    });
    connect(m_flow, &ActivationFlow::browserLaunchFailed, m_progressPage,
            &ProgressPage::showBrowserLaunchFailed);
    connect(m_flow, &ActivationFlow::connectionResults, m_connectionPage,
            &ConnectionTestPage::setResults);
    connect(m_flow, &ActivationFlow::connectionTestFinished, m_connectionPage,
            &ConnectionTestPage::setFinished);
    connect(m_flow, &ActivationFlow::stepChanged, this,
            [this](ActivateJob::Step step) { onStepChanged(int(step)); });
    connect(m_flow, &ActivationFlow::succeeded, this,
            [this](const ActivateJob *job) { showSuccess(*job); });
    connect(m_flow, &ActivationFlow::failed, this, &ActivationWizard::showFailure);
    connect(m_flow, &ActivationFlow::seatsTaken, this, &ActivationWizard::showSeats);
    connect(m_seatPage, &SeatPage::cancelRequested, this, &ActivationWizard::restart);
    connect(m_seatPage, &SeatPage::releaseConfirmed, this, [this](const DeviceInfo &device) {
        m_releasing = device.name;
        m_flow->useSeatOf(device.id);
    });
    connect(m_flow, &ActivationFlow::cancelled, this,
            [this] { setPage(m_flow->hadCode() ? Page::Code : Page::Welcome); });
    const QPixmap logo = WizardUi::applyBranding(this, m_config);
    if (!logo.isNull())
        m_welcomePage->setLogo(logo);
    setPage(Page::Welcome);
}

ActivationWizard::~ActivationWizard() = default;

void ActivationWizard::setBrowserLauncher(const std::function<bool(const QUrl &)> &launcher)
{
    m_browserLauncher = launcher;
    m_flow->setBrowserLauncher(launcher);
}

QString ActivationWizard::maskEmail(const QString &email)
{
    return SignInJob::maskEmail(email);
}

void ActivationWizard::openSupport()
{
    const QUrl url(m_config.supportUrl);
    if (!url.isValid() || url.isEmpty())
        return;
    // No browser: the address to copy instead of nothing (issue 17 item 10), read with the focus.
    AddressToCopy::openOrShowDialog(url, tr("Get help"), tr("Address of the help page"), this,
                                    m_browserLauncher);
}

// ---- navigation --------------------------------------------------------------------------------

ActivationWizard::Page ActivationWizard::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void ActivationWizard::setPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
    // The welcome choice, failures, the connection test and the seats are no step of their own.
    const bool stepPage = page == Page::Code || page == Page::SignIn || page == Page::Progress
        || page == Page::Success;
    m_steps->setVisible(stepPage);
    if (stepPage)
        m_steps->setStep(page == Page::Code          ? StepIndicator::Code
                             : page == Page::Success ? StepIndicator::Done
                                                     : StepIndicator::Account);
    // Keyboard first: the control a person most likely wants next has the focus. What the page
    // says comes with it, for a screen reader (AccessibleNews): read when the focus arrives.
    switch (page) {
    case Page::Welcome:
        m_welcomePage->arrive();
        break;
    case Page::Code:
        m_codePage->arrive();
        break;
    case Page::SignIn:
        m_browserPage->arrive();
        break;
    case Page::Progress:
        m_progressPage->arrive();
        break;
    case Page::Success:
        m_successPage->arrive();
        break;
    case Page::Failure:
        m_failurePage->arrive();
        break;
    case Page::ConnectionTest:
        m_connectionPage->arrive();
        break;
    case Page::Seats:
        m_seatPage->arrive();
        break;
    }
    Q_EMIT currentPageChanged(page);
}

void ActivationWizard::restart()
{
    m_flow->abort();
    m_flow->stopConnectionTest();
    m_failurePage->stopCountdown();
    m_welcomePage->clearMessage();
    setPage(Page::Welcome);
}

bool ActivationWizard::rememberedNewAccount() const
{
    QSettings fallback;
    return (m_settings ? m_settings : &fallback)
        ->value(AccountChoiceKey.arg(m_config.clientId), true)
        .toBool();
}

void ActivationWizard::rememberNewAccount(bool create)
{
    QSettings fallback;
    (m_settings ? m_settings : &fallback)
        ->setValue(AccountChoiceKey.arg(m_config.clientId), create);
}

void ActivationWizard::showCodePage(bool selectCode)
{
    // The person's last choice, unless they have made one on this page already.
    if (!selectCode)
        m_codePage->setCreateAccount(rememberedNewAccount());
    setPage(Page::Code);
    m_codePage->arrive(selectCode);
}

// ---- license file ------------------------------------------------------------------------------

void ActivationWizard::importLicenseFile()
{
    m_welcomePage->clearMessage();
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getOpenFileName(this, tr("Import license file"), QString(),
                                       tr("License files (*.jwt *.txt *.lic);;All files (*)"));
    if (path.isEmpty()) {
        m_welcomePage->focusLicenseFile();
        return;
    }
    // Every token is verified before anything is stored: a bad file changes nothing.
    const auto imported = m_activator->importFile(path);
    if (!imported) {
        m_welcomePage->showFileRefusal(
            tr("The license file %1 was not imported: %2 Nothing was changed on this computer.")
                .arg(QFileInfo(path).fileName(), imported.error().message));
        return;
    }
    qCInfo(lcWidgets) << "imported" << imported->tokens << "license token(s)";
    m_successPage->showImported(m_config, m_activator->licenses(), imported->items);
    setPage(Page::Success);
    Q_EMIT activated();
}

// ---- the activation ----------------------------------------------------------------------------

void ActivationWizard::continueWithCode(const ActivationCode &code, bool createAccount)
{
    rememberNewAccount(createAccount);
    startActivation(code, createAccount);
}

void ActivationWizard::signInWithoutCode()
{
    m_welcomePage->clearMessage();
    startActivation(std::nullopt, false);
}

void ActivationWizard::startActivation(const std::optional<ActivationCode> &code,
                                       bool createAccount)
{
    m_failurePage->stopCountdown();
    m_flow->start(code, createAccount ? SignInJob::Page::Register : SignInJob::Page::Login);
}

void ActivationWizard::onFailureAction(FailureAction action)
{
    switch (action) {
    case FailureAction::TryAgain:
    case FailureAction::VerifiedContinue:
        m_failurePage->stopCountdown();
        m_flow->retry();
        break;
    case FailureAction::SignInOther:
        m_failurePage->stopCountdown();
        m_flow->retry(true);
        break;
    case FailureAction::ChangeCode:
        // Another code for the same account: the next attempt keeps its sign-in.
        m_flow->keepSignIn();
        showCodePage(true);
        break;
    case FailureAction::DiscardPending:
        m_failurePage->setActionEnabled(FailureAction::DiscardPending, false);
        m_flow->discardPending();
        break;
    case FailureAction::TestConnection:
        testConnection();
        break;
    case FailureAction::SystemBrowser:
        m_failurePage->stopCountdown();
        m_flow->retryInSystemBrowser();
        break;
    case FailureAction::StartOver:
        restart();
        break;
    }
}

void ActivationWizard::onStepChanged(int value)
{
    const auto step = ActivateJob::Step(value);
    if (step == ActivateJob::Step::SigningIn) {
        if (m_flowShowsPage)
            setPage(Page::SignIn);
        return;
    }
    m_progressPage->setActivationStep(step, m_releasing);
    if (currentPage() != Page::Progress)
        setPage(Page::Progress);
    else
        m_progressPage->announce();
}

void ActivationWizard::cancelActivation()
{
    if (m_flow->isRunning())
        m_flow->cancel(); // reports cancelled()
    else
        restart();
}

void ActivationWizard::showSuccess(const ActivateJob &job)
{
    qCInfo(lcWidgets) << "activation succeeded:" << job.grants().size() << "grants";
    m_successPage->showActivated(m_config, job);
    setPage(Page::Success);
    Q_EMIT activated();
}

void ActivationWizard::showFailure(const Error &error)
{
    m_failurePage->setFailure(FailureModel::describe(error, m_flow->failureContext()), error);
    setPage(Page::Failure);
}

void ActivationWizard::showSeats(const QList<DeviceInfo> &holders, const Error &error)
{
    const QString message = error.message.isEmpty() ? errorMessage(error.code) : error.message;
    if (error.code == ErrorCode::SeatLimitReached)
        m_seatMessage = message;
    // Any other error is why removing a computer was refused (the transfer budget's date).
    m_seatPage->setSeats(m_seatMessage, holders,
                         error.code == ErrorCode::SeatLimitReached ? QString() : message);
    setPage(Page::Seats);
}

void ActivationWizard::testConnection()
{
    m_connectionPage->setRunning(
        m_config.issuer.host(),
        isSignalConnected(QMetaMethod::fromSignal(&ActivationWizard::networkSettingsRequested)));
    m_flow->testConnection();
    setPage(Page::ConnectionTest);
}

} // namespace Keyway
