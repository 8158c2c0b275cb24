// SPDX-License-Identifier: BSD-3-Clause
#include "activationwizard.h"

#include "core/clock.h"
#include "license/licenseimport.h"
#include "license/licensestore.h"
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

#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Keyway {

namespace {
const QString AccountChoiceKey = QStringLiteral("activation/%1/createAccount");
} // namespace

ActivationWizard::ActivationWizard(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config)
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
    m_flow = new ActivationFlow(m_config, this);
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
        m_progressPage->setStep(tr("Continue in your web browser. This window goes on by itself "
                                   "once you have signed in there."));
        m_progressPage->setAddress(QString());
        setPage(Page::Progress);
    });
    connect(m_flow, &ActivationFlow::browserLaunchFailed, this, [this](const QUrl &url) {
        // The address in a field of its own: a long URL would otherwise set the window's width.
        m_progressPage->setStep(tr("Your web browser could not be opened. Copy this address into "
                                   "it to sign in:"));
        m_progressPage->setAddress(url.toString());
    });
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

void ActivationWizard::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_flow->setNetworkAccessManager(nam);
}

void ActivationWizard::setSecretStore(SecretStore *store)
{
    m_flow->setSecretStore(store);
}

void ActivationWizard::setLicenseStore(LicenseStore *store)
{
    m_licenseStore = store;
    m_flow->setLicenseStore(store);
}

void ActivationWizard::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_flow->setDeviceId(deviceId);
}

void ActivationWizard::setDeviceName(const QString &name)
{
    m_flow->setDeviceName(name);
}

void ActivationWizard::setBrowserLauncher(const std::function<bool(const QUrl &)> &launcher)
{
    m_browserLauncher = launcher;
    m_flow->setBrowserLauncher(launcher);
}

QString ActivationWizard::maskEmail(const QString &email)
{
    return ActivationFlow::maskEmail(email);
}

void ActivationWizard::openSupport()
{
    const QUrl url(m_config.supportUrl);
    if (!url.isValid() || url.isEmpty())
        return;
    const bool opened = m_browserLauncher ? m_browserLauncher(url) : QDesktopServices::openUrl(url);
    if (opened)
        return;
    qCWarning(lcWidgets) << "could not open the support page" << url.toString();
    // No browser: the address to copy instead of nothing (issue 17 item 10), read with the focus.
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("helpAddressDialog"));
    dialog.setWindowTitle(tr("Get help"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *text =
        new QLabel(tr("No browser could be opened. Open this address in a browser:"), &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *address = new QLineEdit(url.toString(), &dialog);
    address->setObjectName(QStringLiteral("helpAddress"));
    address->setReadOnly(true);
    address->setAccessibleName(tr("Address of the help page"));
    address->setAccessibleDescription(text->text());
    layout->addWidget(address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *copy = buttons->addButton(tr("C&opy address"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyHelpAddressButton"));
    connect(copy, &QPushButton::clicked, &dialog,
            [address] { QGuiApplication::clipboard()->setText(address->text()); });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    address->setFocus();
    address->selectAll();
    dialog.exec();
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
    const QString key = AccountChoiceKey.arg(m_config.clientId);
    if (m_settings)
        return m_settings->value(key, true).toBool();
    return QSettings().value(key, true).toBool();
}

void ActivationWizard::rememberNewAccount(bool create)
{
    const QString key = AccountChoiceKey.arg(m_config.clientId);
    if (m_settings) {
        m_settings->setValue(key, create);
        return;
    }
    QSettings().setValue(key, create);
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
    if (!m_licenseStore) {
        m_welcomePage->showFileRefusal(errorMessage(ErrorCode::InternalError));
        return;
    }
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getOpenFileName(this, tr("Import license file"), QString(),
                                       tr("License files (*.jwt *.txt *.lic);;All files (*)"));
    if (path.isEmpty()) {
        m_welcomePage->focusLicenseFile();
        return;
    }
    // Every token is verified before anything is stored: a bad file changes nothing.
    const auto imported =
        LicenseImport::importFile(*m_licenseStore, m_config, m_deviceId, path, Clock::current());
    if (!imported) {
        qCInfo(lcWidgets) << "license import refused:" << errorCodeName(imported.error().code)
                          << imported.error().detail;
        m_welcomePage->showFileRefusal(
            tr("The license file %1 was not imported: %2 Nothing was changed on this computer.")
                .arg(QFileInfo(path).fileName(), imported.error().message));
        return;
    }
    qCInfo(lcWidgets) << "imported" << imported->tokens << "license token(s)";
    showImported(imported->items);
}

void ActivationWizard::showImported(const QStringList &items)
{
    QList<SuccessPage::Row> rows;
    const auto statuses = m_licenseStore->check(m_config, m_deviceId, Clock::current());
    for (const LicenseStore::ItemStatus &status : statuses) {
        if (!items.contains(status.item))
            continue;
        // The license's end, never the lease's (issue 14); without one, the store's sentence.
        const QString until = status.grant.licenseEnd.isValid()
            ? WizardUi::formatDate(status.grant.licenseEnd)
            : status.reason.message;
        const QString name = m_config.itemDisplayName(status.item);
        rows.append({name, until, tr("%1, valid until %2").arg(name, until), status.item});
    }
    m_successPage->setResult(
        tr("%1 is activated on this computer with the license file.").arg(m_config.productName),
        rows);
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
        discardPendingRedemption();
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

void ActivationWizard::discardPendingRedemption()
{
    m_failurePage->setActionEnabled(FailureAction::DiscardPending, false);
    m_flow->discardPending();
}

void ActivationWizard::onStepChanged(int value)
{
    switch (ActivateJob::Step(value)) {
    case ActivateJob::Step::SigningIn:
        if (m_flowShowsPage)
            setPage(Page::SignIn);
        return;
    case ActivateJob::Step::ExchangingCode:
        m_progressPage->setStep(tr("Completing the sign-in…"));
        break;
    case ActivateJob::Step::SavingSession:
        m_progressPage->setStep(tr("Saving your sign-in in the system keychain…"));
        break;
    case ActivateJob::Step::Redeeming:
        m_progressPage->setStep(tr("Redeeming the activation code…"));
        break;
    case ActivateJob::Step::ReleasingDevice:
        m_progressPage->setStep(tr("Removing %1 from your account…").arg(m_releasing));
        break;
    case ActivateJob::Step::CheckingOut:
        m_progressPage->setStep(tr("Fetching the licenses for this computer…"));
        break;
    case ActivateJob::Step::Saving:
        m_progressPage->setStep(tr("Saving the licenses…"));
        break;
    }
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
    const UserIdentity identity = job.identity();
    const QString who = identity.accountName();
    QString summary = who.isEmpty()
        ? tr("%1 is activated on this computer.").arg(m_config.productName)
        : tr("%1 is activated on this computer for %2.").arg(m_config.productName, who);
    if (!job.keepsSession()) {
        // Said at sign-in, so that a later "sign in again" is no surprise.
        summary += QLatin1Char(' ')
            + tr("The sign-in service does not keep you signed in: to renew the licenses later, "
                 "you will be asked to sign in again.");
    }

    const QMap<QString, QDateTime> licensedUntil = ActivationFlow::licensedUntil(job);
    QList<SuccessPage::Row> rows;
    for (auto it = licensedUntil.cbegin(); it != licensedUntil.cend(); ++it) {
        const bool dated = it.value().isValid();
        const QString until =
            dated ? WizardUi::formatDate(it.value()) : tr("until the subscription ends");
        const QString name = m_config.itemDisplayName(it.key());
        rows.append({name, until,
                     dated ? tr("%1, valid until %2").arg(name, until)
                           : tr("%1, valid until the subscription ends").arg(name),
                     it.key()});
    }
    m_successPage->setResult(summary, rows);
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
