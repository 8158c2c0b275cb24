// SPDX-License-Identifier: BSD-3-Clause
#include "activationwizard.h"

#include "codelineedit.h"
#include "oidc/loopbackagent.h"
#include "signinviewplugin.h"
#include "widgetslogging.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAccessibleName(text);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    // Outside a QDialog a push button ignores Enter unless it is auto-default.
    b->setAutoDefault(true);
    return b;
}

QString formatDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return QLocale().toString(dateTime.toLocalTime().date(), QLocale::LongFormat);
}

} // namespace

ActivationWizard::ActivationWizard(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config), m_deviceName(QSysInfo::machineHostName())
{
    setWindowTitle(tr("Activate %1").arg(m_config.productName));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createCodePage());
    m_stack->addWidget(createSignInPage());
    m_stack->addWidget(createProgressPage());
    m_stack->addWidget(createSuccessPage());
    m_stack->addWidget(createFailurePage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setPage(Page::Code);
}

ActivationWizard::~ActivationWizard()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    delete m_view;
}

// ---- pages -------------------------------------------------------------------------------------

QWidget *ActivationWizard::createCodePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    layout->addWidget(heading(tr("Activate %1").arg(m_config.productName), page));
    layout->addWidget(paragraph(tr("Enter the activation code you received with your purchase. "
                                   "It has 25 characters in five groups of five."),
                                page));

    auto *codeLabel = new QLabel(tr("&Activation code:"), page);
    m_codeEdit = new CodeLineEdit(page);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setAccessibleName(tr("Activation code"));
    codeLabel->setBuddy(m_codeEdit);
    QFont mono = m_codeEdit->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_codeEdit->setFont(mono);
    layout->addWidget(codeLabel);
    layout->addWidget(m_codeEdit);

    m_codeProblem = paragraph(QString(), page);
    m_codeProblem->setObjectName(QStringLiteral("codeProblem"));
    m_codeProblem->setAccessibleName(tr("Problem with the activation code"));
    m_codeProblem->hide();
    layout->addWidget(m_codeProblem);

    m_createAccount = new QRadioButton(tr("&Create an account"), page);
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_haveAccount = new QRadioButton(tr("I already &have an account"), page);
    m_haveAccount->setObjectName(QStringLiteral("haveAccount"));
    m_createAccount->setChecked(true);
    auto *choice = new QButtonGroup(page);
    choice->addButton(m_createAccount);
    choice->addButton(m_haveAccount);
    layout->addSpacing(8);
    layout->addWidget(m_createAccount);
    layout->addWidget(m_haveAccount);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    m_signInOnlyButton = button(tr("I have no code, just &sign me in"), page);
    m_signInOnlyButton->setObjectName(QStringLiteral("signInOnlyButton"));
    m_signInOnlyButton->setToolTip(
        tr("Sign in with an account that already has a license, without entering a code."));
    m_continueButton = button(tr("C&ontinue"), page);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setDefault(true);
    buttons->addWidget(m_signInOnlyButton);
    buttons->addStretch();
    buttons->addWidget(m_continueButton);
    layout->addLayout(buttons);

    setTabOrder(m_codeEdit, m_createAccount);
    setTabOrder(m_createAccount, m_haveAccount);
    setTabOrder(m_haveAccount, m_continueButton);
    setTabOrder(m_continueButton, m_signInOnlyButton);

    connect(m_codeEdit, &QLineEdit::textChanged, this, &ActivationWizard::onCodeEdited);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &ActivationWizard::continueWithCode);
    connect(m_continueButton, &QPushButton::clicked, this, &ActivationWizard::continueWithCode);
    connect(m_signInOnlyButton, &QPushButton::clicked, this, &ActivationWizard::signInWithoutCode);
    return page;
}

QWidget *ActivationWizard::createSignInPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    m_originLabel = paragraph(QString(), page);
    m_originLabel->setObjectName(QStringLiteral("originLabel"));
    m_originLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_originLabel);

    m_viewLayout = new QVBoxLayout;
    m_viewLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_viewLayout, 1);

    auto *buttons = new QHBoxLayout;
    m_signInCancelButton = button(tr("&Back"), page);
    m_signInCancelButton->setObjectName(QStringLiteral("signInBackButton"));
    m_signInCancelButton->setToolTip(tr("Stop signing in and return to the activation code."));
    buttons->addWidget(m_signInCancelButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_signInCancelButton, &QPushButton::clicked, this, &ActivationWizard::cancelActivation);
    return page;
}

QWidget *ActivationWizard::createProgressPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    m_stepLabel = paragraph(QString(), page);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_stepLabel);
    auto *bar = new QProgressBar(page);
    bar->setRange(0, 0); // busy: the steps have no measurable size
    bar->setAccessibleName(tr("Activation in progress"));
    layout->addWidget(bar);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_progressCancelButton = button(tr("&Cancel"), page);
    m_progressCancelButton->setObjectName(QStringLiteral("progressCancelButton"));
    buttons->addWidget(m_progressCancelButton);
    layout->addLayout(buttons);

    connect(m_progressCancelButton, &QPushButton::clicked, this,
            &ActivationWizard::cancelActivation);
    return page;
}

QWidget *ActivationWizard::createSuccessPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Activation complete"), page));
    m_successSummary = paragraph(QString(), page);
    m_successSummary->setObjectName(QStringLiteral("successSummary"));
    layout->addWidget(m_successSummary);

    m_licenseList = new QTreeWidget(page);
    m_licenseList->setObjectName(QStringLiteral("licenseList"));
    m_licenseList->setAccessibleName(tr("Licensed features"));
    m_licenseList->setRootIsDecorated(false);
    m_licenseList->setHeaderLabels({tr("Licensed feature"), tr("Valid until")});
    m_licenseList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_licenseList, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_doneButton = button(tr("&Done"), page);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    buttons->addWidget(m_doneButton);
    layout->addLayout(buttons);

    connect(m_doneButton, &QPushButton::clicked, this, &ActivationWizard::done);
    return page;
}

QWidget *ActivationWizard::createFailurePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("The product could not be activated"), page));
    m_failureMessage = paragraph(QString(), page);
    m_failureMessage->setObjectName(QStringLiteral("failureMessage"));
    m_failureMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_failureMessage);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    //: Shown when the sign-in page could not be used inside the window
    m_systemBrowserButton = button(tr("Sign in with my &web browser"), page);
    m_systemBrowserButton->setObjectName(QStringLiteral("systemBrowserButton"));
    m_systemBrowserButton->setAccessibleDescription(
        tr("Opens the sign-in page in your usual web browser and continues here afterwards."));
    buttons->addWidget(m_systemBrowserButton);
    buttons->addStretch();
    m_tryAgainButton = button(tr("&Try again"), page);
    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    buttons->addWidget(m_tryAgainButton);
    layout->addLayout(buttons);

    connect(m_tryAgainButton, &QPushButton::clicked, this, &ActivationWizard::restart);
    connect(m_systemBrowserButton, &QPushButton::clicked, this,
            &ActivationWizard::retryInSystemBrowser);
    return page;
}

// ---- navigation --------------------------------------------------------------------------------

ActivationWizard::Page ActivationWizard::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void ActivationWizard::setPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
    // Keyboard first: the control a person most likely wants next has the focus.
    switch (page) {
    case Page::Code:
        m_codeEdit->setFocus();
        break;
    case Page::SignIn:
        if (m_view && m_view->widget())
            m_view->widget()->setFocus();
        break;
    case Page::Progress:
        m_progressCancelButton->setFocus();
        break;
    case Page::Success:
        m_doneButton->setFocus();
        break;
    case Page::Failure:
        m_tryAgainButton->setFocus();
        break;
    }
    Q_EMIT currentPageChanged(page);
}

void ActivationWizard::restart()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    dropSignInView();
    setPage(Page::Code);
}

// ---- code page ---------------------------------------------------------------------------------

void ActivationWizard::onCodeEdited()
{
    // While typing, say only what cannot get better by typing on: a foreign symbol, or a
    // complete code with a typing error. "Too short" waits for Continue.
    const auto parsed = ActivationCode::parse(m_codeEdit->text());
    const bool complete = m_codeEdit->symbols().size() >= ActivationCode::Length;
    if (!parsed && (parsed.error().error.code == ErrorCode::CodeInvalidSymbol || complete)) {
        m_codeProblem->setText(parsed.error().error.message);
        m_codeProblem->show();
    } else {
        m_codeProblem->clear();
        m_codeProblem->hide();
    }
}

void ActivationWizard::continueWithCode()
{
    const auto parsed = ActivationCode::parse(m_codeEdit->text());
    if (!parsed) {
        const ActivationCode::Problem &problem = parsed.error();
        qCDebug(lcWidgets) << "activation code refused locally:"
                           << errorCodeName(problem.error.code) << problem.error.detail;
        m_codeProblem->setText(problem.error.message);
        m_codeProblem->show();
        m_codeEdit->setFocus();
        return;
    }
    m_codeProblem->hide();
    startActivation(
        *parsed, m_createAccount->isChecked() ? SignInJob::Page::Register : SignInJob::Page::Login);
}

void ActivationWizard::signInWithoutCode()
{
    m_codeProblem->hide();
    startActivation(std::nullopt, SignInJob::Page::Login);
}

// ---- the activation ----------------------------------------------------------------------------

void ActivationWizard::startActivation(const std::optional<ActivationCode> &code,
                                       SignInJob::Page page, bool systemBrowser)
{
    if (m_job)
        return;
    dropSignInView();
    m_lastCode = code;
    m_lastPage = page;
    m_embeddedRefused = false;
    // The vendor may choose the system browser for every sign-in (docs/signin.md).
    systemBrowser = systemBrowser || m_config.browser == QLatin1String("system");
    m_lastInSystemBrowser = systemBrowser;

    AuthorizationAgent *agent = nullptr;
    QUrl redirectUri = m_config.embeddedRedirectUri;
    if (systemBrowser) {
        m_loopback = new LoopbackAgent(LoopbackAgent::Mode::SystemBrowser, this);
        if (m_browserLauncher)
            m_loopback->setLauncher(m_browserLauncher);
        connect(m_loopback, &LoopbackAgent::browserLaunchFailed, this, [this](const QUrl &url) {
            m_stepLabel->setText(tr("Your web browser could not be opened. Open this address in "
                                    "it to sign in:\n%1")
                                     .arg(url.toString()));
        });
        agent = m_loopback;
        redirectUri = m_config.loopbackRedirectUri;
    } else {
        if (!m_viewFactory) {
            showFailure(Error(ErrorCode::InternalError,
                              QStringLiteral("ActivationWizard has no sign-in view factory")));
            return;
        }
        m_view = m_viewFactory(this);
        if (!m_view) {
            // The browser plugin (or a vendor's factory) could not make a page: say why, and
            // offer the system browser, which needs no plugin.
            QString message = browserPluginError();
            if (message.isEmpty())
                message = tr("The sign-in page cannot be shown in this window. Sign in with "
                             "your web browser instead.");
            m_viewUnavailable = true;
            showFailure(Error(ErrorCode::InternalError, message,
                              QStringLiteral("the sign-in view factory returned no view")));
            return;
        }
        m_viewLayout->addWidget(m_view->widget());
        connect(m_view, &SignInView::originChanged, this, &ActivationWizard::onOriginChanged);
        connect(m_view, &SignInView::embeddedViewRefused, this,
                [this] { m_embeddedRefused = true; });
        onOriginChanged(m_view->currentOrigin());
        agent = m_view;
    }

    auto *job = new ActivateJob(m_config, this);
    job->setNetworkAccessManager(m_nam);
    job->setAgent(agent);
    job->setRedirectUri(redirectUri);
    job->setSecretStore(m_secretStore);
    job->setLicenseStore(m_licenseStore);
    job->setDeviceId(m_deviceId);
    job->setDeviceName(m_deviceName);
    job->setCode(code);
    job->setPage(page);
    job->setUiLocales(QLocale().uiLanguages());
    connect(job, &ActivateJob::stepChanged, this, &ActivationWizard::onStepChanged);
    connect(job, &Job::finished, this, &ActivationWizard::onJobFinished);
    m_job = job;

    qCInfo(lcWidgets) << "starting activation" << (code ? "with a code" : "without a code")
                      << "on the" << (page == SignInJob::Page::Register ? "registration" : "login")
                      << "page" << (systemBrowser ? "in the system browser" : "in the window");
    if (systemBrowser) {
        m_stepLabel->setText(tr("Continue in your web browser. This window goes on by itself "
                                "once you have signed in there."));
        setPage(Page::Progress);
    } else {
        setPage(Page::SignIn);
    }
    job->start();
}

void ActivationWizard::retryInSystemBrowser()
{
    startActivation(m_lastCode, m_lastPage, true);
}

void ActivationWizard::onStepChanged(ActivateJob::Step step)
{
    switch (step) {
    case ActivateJob::Step::SigningIn:
        if (m_view)
            setPage(Page::SignIn);
        return;
    case ActivateJob::Step::ExchangingCode:
        m_stepLabel->setText(tr("Completing the sign-in…"));
        break;
    case ActivateJob::Step::SavingSession:
        m_stepLabel->setText(tr("Saving your sign-in in the system keychain…"));
        break;
    case ActivateJob::Step::Redeeming:
        m_stepLabel->setText(tr("Redeeming the activation code…"));
        break;
    case ActivateJob::Step::CheckingOut:
        m_stepLabel->setText(tr("Fetching the licenses for this computer…"));
        break;
    case ActivateJob::Step::Saving:
        m_stepLabel->setText(tr("Saving the licenses…"));
        break;
    }
    if (currentPage() != Page::Progress)
        setPage(Page::Progress);
}

void ActivationWizard::onOriginChanged(const QString &origin)
{
    m_originLabel->setText(origin.isEmpty() ? tr("Connecting to the sign-in page…")
                                            : tr("Signing in at %1").arg(origin));
    m_originLabel->setAccessibleName(m_originLabel->text());
}

void ActivationWizard::cancelActivation()
{
    if (m_job)
        m_job->cancel(); // finishes with ErrorCode::Cancelled, handled in onJobFinished()
    else
        restart();
}

void ActivationWizard::onJobFinished(Job *job)
{
    auto *activate = qobject_cast<ActivateJob *>(job);
    m_job = nullptr;
    dropSignInView();
    if (!activate) {
        showFailure(Error(ErrorCode::InternalError, QStringLiteral("unexpected job finished")));
        return;
    }
    const Error &error = activate->error();
    if (error.code == ErrorCode::Cancelled) {
        qCInfo(lcWidgets) << "activation cancelled";
        setPage(Page::Code);
        return;
    }
    if (error.isError()) {
        showFailure(error);
        return;
    }
    showSuccess(*activate);
}

void ActivationWizard::showSuccess(const ActivateJob &job)
{
    qCInfo(lcWidgets) << "activation succeeded:" << job.grants().size() << "grants";
    const UserIdentity identity = job.identity();
    const QString who = identity.email.isEmpty() ? identity.displayName() : identity.email;
    m_successSummary->setText(
        who.isEmpty()
            ? tr("%1 is activated on this computer.").arg(m_config.productName)
            : tr("%1 is activated on this computer for %2.").arg(m_config.productName, who));

    // What the license says (from the redemption) is what a person bought; a grant's expiry is
    // only the end of this device's lease, renewed on its own.
    QMap<QString, QDateTime> licensedUntil;
    for (const RedeemedLicense &license : job.redeemedLicenses()) {
        for (const QString &item : license.licensedItems) {
            QDateTime &until = licensedUntil[item];
            if (!until.isValid() || license.validUntil > until)
                until = license.validUntil;
        }
    }
    for (const LicenseGrant &grant : job.grants()) {
        if (!licensedUntil.contains(grant.item))
            licensedUntil.insert(grant.item, QDateTime());
    }

    m_licenseList->clear();
    for (auto it = licensedUntil.cbegin(); it != licensedUntil.cend(); ++it) {
        const QString until =
            it.value().isValid() ? formatDate(it.value()) : tr("until the subscription ends");
        auto *row = new QTreeWidgetItem(m_licenseList, {it.key(), until});
        row->setData(0, Qt::AccessibleTextRole, tr("%1, valid until %2").arg(it.key(), until));
    }
    m_licenseList->resizeColumnToContents(1);
    setPage(Page::Success);
    Q_EMIT activated();
}

void ActivationWizard::showFailure(const Error &error)
{
    qCWarning(lcWidgets).noquote()
        << "activation failed:" << errorCodeName(error.code) << error.detail;
    QString message = error.message.isEmpty() ? errorMessage(error.code) : error.message;
    if (m_embeddedRefused) {
        message = tr("The sign-in service does not allow signing in inside this window. Sign in "
                     "with your web browser instead.");
    }
    m_failureMessage->setText(message);
    // The system browser is the way out when the page inside the window could not be used.
    const bool signInFailed = error.code == ErrorCode::NetworkUnreachable
        || error.code == ErrorCode::TlsFailure || error.code == ErrorCode::AuthorizationDenied;
    m_systemBrowserButton->setVisible(!m_lastInSystemBrowser
                                      && (m_embeddedRefused || m_viewUnavailable || signInFailed));
    m_viewUnavailable = false;
    if (m_embeddedRefused)
        m_systemBrowserButton->setDefault(true);
    m_failureMessage->setAccessibleName(m_failureMessage->text());
    setPage(Page::Failure);
}

void ActivationWizard::dropSignInView()
{
    if (m_loopback) {
        m_loopback->deleteLater();
        m_loopback = nullptr;
    }
    if (!m_view)
        return;
    disconnect(m_view, nullptr, this, nullptr);
    if (QWidget *widget = m_view->widget()) {
        m_viewLayout->removeWidget(widget);
        widget->hide();
    }
    // Later: the job may still be inside one of the view's signals.
    m_view->deleteLater();
    m_view = nullptr;
}

} // namespace Keyway
