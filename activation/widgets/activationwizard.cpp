// SPDX-License-Identifier: BSD-3-Clause
#include "activationwizard.h"

#include "accessiblenews.h"
#include "codelineedit.h"
#include "contrast.h"
#include "core/clock.h"
#include "headinglabel.h"
#include "license/licenseimport.h"
#include "license/licensestore.h"
#include "oidc/loopbackagent.h"
#include "online/redemptionjournal.h"
#include "signinviewplugin.h"
#include "storage/secretstore.h"
#include "widgetslogging.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSslCertificate>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Keyway {

namespace {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new HeadingLabel(text, parent);
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

QCommandLinkButton *choice(const QString &text, const QString &description, QWidget *parent)
{
    auto *b = new QCommandLinkButton(text, description, parent);
    b->setAutoDefault(true);
    b->setAccessibleDescription(description);
    return b;
}

QString formatDate(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return QLocale().toString(dateTime.toLocalTime().date(), QLocale::LongFormat);
}

/// Sets a label's text and lets screen readers read the new text.
void say(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

const QString AccountChoiceKey = QStringLiteral("activation/%1/createAccount");

} // namespace

ActivationWizard::ActivationWizard(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    setWindowTitle(tr("Activate %1").arg(m_config.productName));
    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, &ActivationWizard::updateRetryCountdown);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(createCodePage());
    m_stack->addWidget(createSignInPage());
    m_stack->addWidget(createProgressPage());
    m_stack->addWidget(createSuccessPage());
    m_stack->addWidget(createFailurePage());
    m_stack->addWidget(createConnectionTestPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    applyBranding();
    setPage(Page::Welcome);
}

ActivationWizard::~ActivationWizard()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    if (m_connectionTest) {
        disconnect(m_connectionTest, nullptr, this, nullptr);
        m_connectionTest->cancel();
    }
    delete m_view;
}

QString ActivationWizard::maskEmail(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString();
    return email.left(1) + QChar(0x2026) + email.mid(at);
}

// ---- branding ----------------------------------------------------------------------------------

void ActivationWizard::applyBranding()
{
    const QColor accent(m_config.accentColor);
    if (!m_config.accentColor.isEmpty() && accent.isValid()) {
        QPalette palette = this->palette();
        // Text on the accent stays readable (WCAG contrast), and the accent becomes the link
        // colour only where it reads on the window's background.
        const QColor onAccent = readableTextOn(accent);
        const bool readableAsLink = contrastRatio(accent, palette.color(QPalette::Window)) >= 4.5;
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Highlight, accent);
            palette.setColor(group, QPalette::HighlightedText, onAccent);
            if (readableAsLink)
                palette.setColor(group, QPalette::Link, accent);
        }
        setPalette(palette);
    }
    if (!m_config.logo.isEmpty()) {
        QPixmap logo(m_config.logo);
        if (logo.isNull()) {
            qCWarning(lcWidgets) << "the vendor logo could not be loaded:" << m_config.logo;
        } else {
            const qreal ratio = devicePixelRatioF();
            logo = logo.scaledToHeight(qRound(64 * ratio), Qt::SmoothTransformation);
            logo.setDevicePixelRatio(ratio);
            m_logo->setPixmap(logo);
            m_logo->show();
        }
    }
}

QPushButton *ActivationWizard::createHelpButton(QWidget *page)
{
    //: Opens the vendor's support page in the web browser
    auto *help = button(tr("&Get help"), page);
    help->setAccessibleDescription(
        tr("Opens the support page of %1 in your web browser.").arg(m_config.vendorName));
    help->setToolTip(m_config.supportUrl);
    help->setVisible(!m_config.supportUrl.isEmpty());
    connect(help, &QPushButton::clicked, this, &ActivationWizard::openSupport);
    return help;
}

void ActivationWizard::openSupport()
{
    const QUrl url(m_config.supportUrl);
    if (!url.isValid() || url.isEmpty())
        return;
    const bool opened = m_browserLauncher ? m_browserLauncher(url) : QDesktopServices::openUrl(url);
    if (!opened)
        qCWarning(lcWidgets) << "could not open the support page" << url.toString();
}

// ---- pages -------------------------------------------------------------------------------------

QWidget *ActivationWizard::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    m_logo = new QLabel(page);
    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setAccessibleName(tr("%1 logo").arg(m_config.vendorName));
    m_logo->hide();
    layout->addWidget(m_logo);
    layout->addWidget(heading(tr("Activate %1").arg(m_config.productName), page));
    layout->addWidget(paragraph(
        tr("How would you like to activate %1 on this computer?").arg(m_config.productName), page));

    m_haveCodeButton =
        choice(tr("I have an activation &code"),
               tr("Enter the code you received with your purchase, then sign in or create an "
                  "account."),
               page);
    m_haveCodeButton->setObjectName(QStringLiteral("haveCodeButton"));
    m_haveAccountButton =
        choice(tr("I already have an &account"),
               tr("Sign in with the account your licenses belong to; no code is needed."), page);
    // The name the earlier "just sign me in" button had: the same way in.
    m_haveAccountButton->setObjectName(QStringLiteral("signInOnlyButton"));
    m_licenseFileButton =
        choice(tr("I have a license &file"),
               tr("Import the license file your administrator gave you, for a computer without "
                  "internet access."),
               page);
    m_licenseFileButton->setObjectName(QStringLiteral("licenseFileButton"));
    layout->addWidget(m_haveCodeButton);
    layout->addWidget(m_haveAccountButton);
    layout->addWidget(m_licenseFileButton);

    m_welcomeMessage = paragraph(QString(), page);
    m_welcomeMessage->setObjectName(QStringLiteral("welcomeMessage"));
    m_welcomeMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_welcomeMessage->hide();
    layout->addWidget(m_welcomeMessage);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    QPushButton *help = createHelpButton(page);
    help->setObjectName(QStringLiteral("welcomeHelpButton"));
    buttons->addWidget(help);
    buttons->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_haveCodeButton, m_haveAccountButton);
    setTabOrder(m_haveAccountButton, m_licenseFileButton);
    setTabOrder(m_licenseFileButton, help);

    connect(m_haveCodeButton, &QAbstractButton::clicked, this, [this] { showCodePage(); });
    connect(m_haveAccountButton, &QAbstractButton::clicked, this,
            &ActivationWizard::signInWithoutCode);
    connect(m_licenseFileButton, &QAbstractButton::clicked, this,
            &ActivationWizard::importLicenseFile);
    return page;
}

QWidget *ActivationWizard::createCodePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    layout->addWidget(heading(tr("Enter your activation code"), page));
    layout->addWidget(paragraph(tr("Enter the activation code you received with your purchase. "
                                   "It has 25 characters in five groups of five."),
                                page));

    auto *codeLabel = new QLabel(tr("&Activation code:"), page);
    m_codeEdit = new CodeLineEdit(page);
    m_codeEdit->setObjectName(QStringLiteral("codeEdit"));
    m_codeEdit->setAccessibleName(tr("Activation code"));
    m_codeEdit->setAccessibleDescription(
        tr("25 characters in five groups of five; the dashes are added as you type."));
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
    m_codeOk = paragraph(tr("The code is complete and its check character matches."), page);
    m_codeOk->setObjectName(QStringLiteral("codeOk"));
    m_codeOk->setAccessibleName(m_codeOk->text());
    m_codeOk->hide();
    layout->addWidget(m_codeOk);

    m_createAccount = new QRadioButton(tr("&Create an account"), page);
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_haveAccount = new QRadioButton(tr("I already &have an account"), page);
    m_haveAccount->setObjectName(QStringLiteral("haveAccount"));
    m_createAccount->setChecked(true);
    auto *accountChoice = new QButtonGroup(page);
    accountChoice->addButton(m_createAccount);
    accountChoice->addButton(m_haveAccount);
    // The choice's label, for a screen reader too (a group is read with its title).
    auto *accountGroup = new QGroupBox(tr("Your account"), page);
    accountGroup->setObjectName(QStringLiteral("accountGroup"));
    accountGroup->setFlat(true);
    auto *accountLayout = new QVBoxLayout(accountGroup);
    accountLayout->addWidget(m_createAccount);
    accountLayout->addWidget(m_haveAccount);
    layout->addSpacing(8);
    layout->addWidget(accountGroup);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    m_codeBackButton = button(tr("&Back"), page);
    m_codeBackButton->setObjectName(QStringLiteral("codeBackButton"));
    m_codeBackButton->setAccessibleDescription(tr("Returns to the choice of how to activate."));
    m_continueButton = button(tr("C&ontinue"), page);
    m_continueButton->setObjectName(QStringLiteral("continueButton"));
    m_continueButton->setDefault(true);
    buttons->addWidget(m_codeBackButton);
    buttons->addStretch();
    buttons->addWidget(m_continueButton);
    layout->addLayout(buttons);

    // In the order they are shown: Back (left) before Continue (right, the default for Enter).
    setTabOrder(m_codeEdit, m_createAccount);
    setTabOrder(m_createAccount, m_haveAccount);
    setTabOrder(m_haveAccount, m_codeBackButton);
    setTabOrder(m_codeBackButton, m_continueButton);

    connect(m_codeEdit, &QLineEdit::textChanged, this, &ActivationWizard::onCodeEdited);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &ActivationWizard::continueWithCode);
    connect(m_continueButton, &QPushButton::clicked, this, &ActivationWizard::continueWithCode);
    connect(m_codeBackButton, &QPushButton::clicked, this, &ActivationWizard::restart);
    return page;
}

QWidget *ActivationWizard::createSignInPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    // Where the page comes from is a security cue: the focus starts on it, so that a screen
    // reader reads it on arrival, and Tab goes on into the page.
    m_originLabel = paragraph(QString(), page);
    m_originLabel->setObjectName(QStringLiteral("originLabel"));
    m_originLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_originLabel);

    m_viewLayout = new QVBoxLayout;
    m_viewLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_viewLayout, 1);

    auto *buttons = new QHBoxLayout;
    m_signInCancelButton = button(tr("&Back"), page);
    m_signInCancelButton->setObjectName(QStringLiteral("signInBackButton"));
    m_signInCancelButton->setToolTip(tr("Stop signing in and return to the activation code."));
    m_signInCancelButton->setAccessibleDescription(m_signInCancelButton->toolTip());
    buttons->addWidget(m_signInCancelButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_originLabel, m_signInCancelButton);

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
    m_stepLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    m_progressCancelButton->setAccessibleDescription(
        tr("Stops the activation and returns to where you started it."));
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
    setTabOrder(m_licenseList, m_doneButton);

    connect(m_doneButton, &QPushButton::clicked, this, &ActivationWizard::done);
    return page;
}

QWidget *ActivationWizard::createFailurePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_failureTitle = heading(tr("The product could not be activated"), page);
    m_failureTitle->setObjectName(QStringLiteral("failureTitle"));
    layout->addWidget(m_failureTitle);
    m_failureMessage = paragraph(QString(), page);
    m_failureMessage->setObjectName(QStringLiteral("failureMessage"));
    m_failureMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_failureMessage);
    m_failureHint = paragraph(QString(), page);
    m_failureHint->setObjectName(QStringLiteral("failureHint"));
    m_failureHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_failureHint);
    // The technical reason, for support and for a vendor setting the product up.
    m_failureDetails = paragraph(QString(), page);
    m_failureDetails->setObjectName(QStringLiteral("failureDetails"));
    m_failureDetails->setTextInteractionFlags(Qt::TextSelectableByMouse
                                              | Qt::TextSelectableByKeyboard);
    m_failureDetails->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_failureDetails);

    // The server's reference for this failure, to quote to support.
    auto *reference = new QHBoxLayout;
    m_referenceLabel = paragraph(QString(), page);
    m_referenceLabel->setObjectName(QStringLiteral("referenceLabel"));
    m_referenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                              | Qt::TextSelectableByKeyboard);
    m_copyReferenceButton = button(tr("Co&py reference"), page);
    m_copyReferenceButton->setObjectName(QStringLiteral("copyReferenceButton"));
    m_copyReferenceButton->setAccessibleDescription(
        tr("Copies the reference of this failure, for a message to support."));
    reference->addWidget(m_referenceLabel, 1);
    reference->addWidget(m_copyReferenceButton);
    layout->addLayout(reference);
    layout->addStretch();

    // The ways on: which are shown depends on the error (showFailure()).
    auto *fixes = new QHBoxLayout;
    m_signInOtherButton = button(tr("Sign in with a&nother account"), page);
    m_signInOtherButton->setObjectName(QStringLiteral("signInOtherButton"));
    m_signInOtherButton->setAccessibleDescription(
        tr("Signs in again, with the account the code was redeemed by or another one."));
    m_changeCodeButton = button(tr("C&hange the code"), page);
    m_changeCodeButton->setObjectName(QStringLiteral("changeCodeButton"));
    m_changeCodeButton->setAccessibleDescription(
        tr("Returns to the activation code, to correct it or enter another one."));
    //: A code another account entered is waiting to be redeemed: forget it
    m_discardPendingButton = button(tr("&Discard the waiting code"), page);
    m_discardPendingButton->setObjectName(QStringLiteral("discardPendingButton"));
    m_discardPendingButton->setAccessibleDescription(
        tr("Forgets the activation code the other account entered; it stays unused and can be "
           "entered again. Then continues with the account you signed in with."));
    m_testConnectionButton = button(tr("Test &connection"), page);
    m_testConnectionButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testConnectionButton->setAccessibleDescription(
        tr("Checks step by step where the connection to the sign-in service fails."));
    //: Shown when the sign-in page could not be used inside the window
    m_systemBrowserButton = button(tr("Sign in with my &web browser"), page);
    m_systemBrowserButton->setObjectName(QStringLiteral("systemBrowserButton"));
    m_systemBrowserButton->setAccessibleDescription(
        tr("Opens the sign-in page in your usual web browser and continues here afterwards."));
    m_failureHelpButton = createHelpButton(page);
    m_failureHelpButton->setObjectName(QStringLiteral("failureHelpButton"));
    fixes->addWidget(m_signInOtherButton);
    fixes->addWidget(m_changeCodeButton);
    fixes->addWidget(m_discardPendingButton);
    fixes->addWidget(m_testConnectionButton);
    fixes->addWidget(m_systemBrowserButton);
    fixes->addWidget(m_failureHelpButton);
    fixes->addStretch();
    layout->addLayout(fixes);

    auto *buttons = new QHBoxLayout;
    m_startOverButton = button(tr("&Start over"), page);
    m_startOverButton->setObjectName(QStringLiteral("startOverButton"));
    m_startOverButton->setAccessibleDescription(tr("Returns to the choice of how to activate."));
    //: After the e-mail address was confirmed through the link
    m_verifiedContinueButton = button(tr("C&ontinue"), page);
    m_verifiedContinueButton->setObjectName(QStringLiteral("verifiedContinueButton"));
    m_verifiedContinueButton->setAccessibleDescription(
        tr("Signs in again once you have opened the link in the e-mail."));
    m_tryAgainButton = button(tr("&Try again"), page);
    m_tryAgainButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_tryAgainButton->setAccessibleDescription(tr("Repeats the activation."));
    buttons->addWidget(m_startOverButton);
    buttons->addStretch();
    buttons->addWidget(m_verifiedContinueButton);
    buttons->addWidget(m_tryAgainButton);
    layout->addLayout(buttons);

    // Focus order is the order they are shown; the focus starts on the way on (setPage()).
    setTabOrder(m_failureDetails, m_referenceLabel);
    setTabOrder(m_referenceLabel, m_copyReferenceButton);
    setTabOrder(m_copyReferenceButton, m_signInOtherButton);
    setTabOrder(m_signInOtherButton, m_changeCodeButton);
    setTabOrder(m_changeCodeButton, m_discardPendingButton);
    setTabOrder(m_discardPendingButton, m_testConnectionButton);
    setTabOrder(m_testConnectionButton, m_systemBrowserButton);
    setTabOrder(m_systemBrowserButton, m_failureHelpButton);
    setTabOrder(m_failureHelpButton, m_startOverButton);
    setTabOrder(m_startOverButton, m_verifiedContinueButton);
    setTabOrder(m_verifiedContinueButton, m_tryAgainButton);

    connect(m_tryAgainButton, &QPushButton::clicked, this, [this] { retry(); });
    connect(m_verifiedContinueButton, &QPushButton::clicked, this, [this] { retry(); });
    connect(m_signInOtherButton, &QPushButton::clicked, this, [this] { retry(true); });
    connect(m_changeCodeButton, &QPushButton::clicked, this, [this] { showCodePage(true); });
    connect(m_discardPendingButton, &QPushButton::clicked, this,
            &ActivationWizard::discardPendingRedemption);
    connect(m_testConnectionButton, &QPushButton::clicked, this, &ActivationWizard::testConnection);
    connect(m_startOverButton, &QPushButton::clicked, this, &ActivationWizard::restart);
    connect(m_systemBrowserButton, &QPushButton::clicked, this,
            &ActivationWizard::retryInSystemBrowser);
    connect(m_copyReferenceButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_lastError.reference);
        say(m_failureHint,
            tr("The reference %1 is copied. Paste it into your message to support.")
                .arg(m_lastError.reference));
        AccessibleNews::setNews(m_copyReferenceButton, m_failureHint->text());
    });
    return page;
}

QWidget *ActivationWizard::createConnectionTestPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading(tr("Connection test"), page));
    m_connectionStatus = paragraph(QString(), page);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    layout->addWidget(m_connectionStatus);

    m_connectionReport = new QTextBrowser(page);
    m_connectionReport->setObjectName(QStringLiteral("connectionReport"));
    m_connectionReport->setAccessibleName(tr("Connection test results"));
    m_connectionReport->setAccessibleDescription(
        tr("Each step on the way to the sign-in service, whether it passed, and what to do."));
    m_connectionReport->setOpenLinks(false);
    layout->addWidget(m_connectionReport, 1);

    auto *buttons = new QHBoxLayout;
    m_connectionBackButton = button(tr("&Back"), page);
    m_connectionBackButton->setObjectName(QStringLiteral("connectionBackButton"));
    m_connectionBackButton->setAccessibleDescription(tr("Returns to the error message."));
    m_connectionAgainButton = button(tr("Test &again"), page);
    m_connectionAgainButton->setObjectName(QStringLiteral("connectionAgainButton"));
    QPushButton *help = createHelpButton(page);
    help->setObjectName(QStringLiteral("connectionHelpButton"));
    m_networkSettingsButton = button(tr("&Network settings…"), page);
    m_networkSettingsButton->setObjectName(QStringLiteral("networkSettingsButton"));
    m_networkSettingsButton->setAccessibleDescription(
        tr("Choose the proxy this program connects through."));
    buttons->addWidget(m_connectionBackButton);
    buttons->addWidget(help);
    buttons->addStretch();
    buttons->addWidget(m_networkSettingsButton);
    buttons->addWidget(m_connectionAgainButton);
    layout->addLayout(buttons);
    setTabOrder(m_connectionReport, m_connectionBackButton);
    setTabOrder(m_connectionBackButton, help);
    setTabOrder(help, m_networkSettingsButton);
    setTabOrder(m_networkSettingsButton, m_connectionAgainButton);

    connect(m_networkSettingsButton, &QPushButton::clicked, this,
            &ActivationWizard::networkSettingsRequested);

    connect(m_connectionAgainButton, &QPushButton::clicked, this,
            &ActivationWizard::testConnection);
    connect(m_connectionBackButton, &QPushButton::clicked, this, [this] {
        if (m_connectionTest) {
            disconnect(m_connectionTest, nullptr, this, nullptr);
            m_connectionTest->cancel();
        }
        setPage(Page::Failure);
    });
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
    // Keyboard first: the control a person most likely wants next has the focus. What the page
    // says comes with it, for a screen reader (AccessibleNews): read when the focus arrives.
    switch (page) {
    case Page::Welcome:
        AccessibleNews::clearNews(m_licenseFileButton);
        m_haveCodeButton->setFocus();
        break;
    case Page::Code:
        m_codeEdit->setFocus();
        break;
    case Page::SignIn:
        orderSignInTabs();
        m_originLabel->setFocus();
        break;
    case Page::Progress:
        AccessibleNews::focusWithNews(m_progressCancelButton, m_stepLabel->text());
        break;
    case Page::Success:
        AccessibleNews::focusWithNews(
            m_doneButton,
            AccessibleNews::sentences({tr("Activation complete"), m_successSummary->text()}));
        break;
    case Page::Failure: {
        // The default button is the first way on; it gets the focus, with the page's title,
        // message and hint.
        QPushButton *target = m_startOverButton;
        for (QPushButton *b :
             {m_signInOtherButton, m_changeCodeButton, m_verifiedContinueButton,
              m_systemBrowserButton, m_tryAgainButton, m_testConnectionButton, m_startOverButton}) {
            AccessibleNews::clearNews(b);
            if (b->isDefault() && !b->isHidden() && b->isEnabled() && target == m_startOverButton)
                target = b;
        }
        AccessibleNews::focusWithNews(target, failureNews());
        break;
    }
    case Page::ConnectionTest:
        AccessibleNews::focusWithNews(m_connectionReport, m_connectionStatus->text());
        break;
    }
    Q_EMIT currentPageChanged(page);
}

QString ActivationWizard::failureNews() const
{
    return AccessibleNews::sentences(
        {m_failureTitle->text(), m_failureMessage->text(),
         m_failureHint->isHidden() ? QString() : m_failureHint->text()});
}

void ActivationWizard::restart()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job = nullptr;
    }
    if (m_connectionTest) {
        disconnect(m_connectionTest, nullptr, this, nullptr);
        m_connectionTest->cancel();
    }
    m_retryTimer->stop();
    dropSignInView();
    m_welcomeMessage->hide();
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
    if (!selectCode) {
        // The person's last choice, unless they have made one on this page already.
        if (rememberedNewAccount())
            m_createAccount->setChecked(true);
        else
            m_haveAccount->setChecked(true);
    }
    setPage(Page::Code);
    if (selectCode)
        m_codeEdit->selectAll();
}

// ---- license file ------------------------------------------------------------------------------

void ActivationWizard::importLicenseFile()
{
    m_welcomeMessage->hide();
    if (!m_licenseStore) {
        say(m_welcomeMessage, errorMessage(ErrorCode::InternalError));
        return;
    }
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getOpenFileName(this, tr("Import license file"), QString(),
                                       tr("License files (*.jwt *.txt *.lic);;All files (*)"));
    if (path.isEmpty()) {
        m_licenseFileButton->setFocus();
        return;
    }
    // Every token is verified before anything is stored: a bad file changes nothing.
    const auto imported =
        LicenseImport::importFile(*m_licenseStore, m_config, m_deviceId, path, Clock::current());
    if (!imported) {
        qCInfo(lcWidgets) << "license import refused:" << errorCodeName(imported.error().code)
                          << imported.error().detail;
        say(m_welcomeMessage,
            tr("The license file %1 was not imported: %2 Nothing was changed on this computer.")
                .arg(QFileInfo(path).fileName(), imported.error().message));
        AccessibleNews::focusWithNews(m_licenseFileButton, m_welcomeMessage->text());
        return;
    }
    qCInfo(lcWidgets) << "imported" << imported->tokens << "license token(s)";
    showImported(imported->items);
}

void ActivationWizard::showImported(const QStringList &items)
{
    m_successSummary->setText(
        tr("%1 is activated on this computer with the license file.").arg(m_config.productName));
    m_licenseList->clear();
    const auto statuses = m_licenseStore->check(m_config, m_deviceId, Clock::current());
    for (const LicenseStore::ItemStatus &status : statuses) {
        if (!items.contains(status.item))
            continue;
        // The license's end, never the lease's (issue 14); without one, the store's sentence.
        const QString until = status.grant.licenseEnd.isValid()
            ? formatDate(status.grant.licenseEnd)
            : status.reason.message;
        auto *row = new QTreeWidgetItem(m_licenseList, {status.item, until});
        row->setData(0, Qt::AccessibleTextRole, tr("%1, valid until %2").arg(status.item, until));
    }
    m_licenseList->resizeColumnToContents(1);
    setPage(Page::Success);
    Q_EMIT activated();
}

// ---- code page ---------------------------------------------------------------------------------

/// "Check group 3 of 5: DPCF5": where in the grouped code @p position (of the symbols) lies.
QString ActivationWizard::groupOf(const QString &symbols, int position)
{
    const int group = position / ActivationCode::GroupLength;
    const QString text =
        symbols.mid(group * ActivationCode::GroupLength, ActivationCode::GroupLength);
    return tr("Check group %1 of 5: %2").arg(group + 1).arg(text);
}

void ActivationWizard::onCodeEdited()
{
    // While typing, say only what cannot get better by typing on: a foreign symbol, or a
    // complete code with a typing error. "Too short" waits for Continue.
    const QString symbols = m_codeEdit->symbols();
    const auto parsed = ActivationCode::parse(m_codeEdit->text());
    const bool complete = symbols.size() >= ActivationCode::Length;
    m_codeOk->setVisible(bool(parsed));
    if (!parsed && (parsed.error().error.code == ErrorCode::CodeInvalidSymbol || complete)) {
        QString text = parsed.error().error.message;
        if (parsed.error().error.code == ErrorCode::CodeInvalidSymbol
            && parsed.error().position >= 0)
            text += QLatin1Char(' ') + groupOf(symbols, parsed.error().position) + QLatin1Char('.');
        say(m_codeProblem, text);
        AccessibleNews::setNews(m_codeEdit, text);
    } else {
        m_codeProblem->clear();
        m_codeProblem->hide();
        AccessibleNews::clearNews(m_codeEdit);
    }
}

void ActivationWizard::continueWithCode()
{
    const auto parsed = ActivationCode::parse(m_codeEdit->text());
    if (!parsed) {
        const ActivationCode::Problem &problem = parsed.error();
        qCDebug(lcWidgets) << "activation code refused locally:"
                           << errorCodeName(problem.error.code) << problem.error.detail;
        const QString symbols = m_codeEdit->symbols();
        QString text = problem.error.message;
        m_codeEdit->setFocus();
        if (problem.position >= 0 && problem.position < ActivationCode::Length
            && problem.error.code != ErrorCode::CodeTooShort) {
            // Select the group that holds the mistake, so that typing replaces it.
            const int group = problem.position / ActivationCode::GroupLength;
            const int start = group * (ActivationCode::GroupLength + 1);
            m_codeEdit->setSelection(
                start, qMin(ActivationCode::GroupLength, int(m_codeEdit->text().size()) - start));
            text += QLatin1Char(' ') + groupOf(symbols, problem.position) + QLatin1Char('.');
        }
        say(m_codeProblem, text);
        // The field says why, as its description: read now, as it has the focus, and again
        // whenever the focus comes back to it.
        AccessibleNews::setNews(m_codeEdit, text);
        return;
    }
    m_codeProblem->hide();
    AccessibleNews::clearNews(m_codeEdit);
    rememberNewAccount(m_createAccount->isChecked());
    startActivation(
        *parsed, m_createAccount->isChecked() ? SignInJob::Page::Register : SignInJob::Page::Login);
}

void ActivationWizard::signInWithoutCode()
{
    m_codeProblem->hide();
    m_welcomeMessage->hide();
    startActivation(std::nullopt, SignInJob::Page::Login);
}

// ---- the activation ----------------------------------------------------------------------------

void ActivationWizard::startActivation(const std::optional<ActivationCode> &code,
                                       SignInJob::Page page, bool systemBrowser)
{
    if (m_job)
        return;
    dropSignInView();
    m_retryTimer->stop();
    m_lastCode = code;
    m_lastPage = page;
    m_reachedStep = ActivateJob::Step::SigningIn;
    m_embeddedRefused = false;
    m_emailHint.clear();
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
        orderSignInTabs();
        connect(m_view, &SignInView::originChanged, this, &ActivationWizard::onOriginChanged);
        connect(m_view, &SignInView::embeddedViewRefused, this,
                [this] { m_embeddedRefused = true; });
        onOriginChanged(m_view->currentOrigin());
        agent = m_view;
    }
    // Before the job connects: the redirect is read here before the job reports its outcome.
    connect(agent, &AuthorizationAgent::redirected, this, &ActivationWizard::onRedirected);

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
    job->setForceLogin(m_forceLogin);
    m_forceLogin = false;
    job->setLoginHint(m_nextLoginHint);
    m_nextLoginHint.clear();
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

void ActivationWizard::retry(bool anotherAccount)
{
    // Once the sign-in got as far as the provider's answer, the account exists: a new attempt
    // signs in rather than registering again.
    SignInJob::Page page = m_lastPage;
    if (anotherAccount || m_reachedStep != ActivateJob::Step::SigningIn
        || m_lastError.code == ErrorCode::EmailNotVerified)
        page = SignInJob::Page::Login;
    // Another account: the provider must not sign the person straight back in with the session
    // their browser still holds.
    m_forceLogin = anotherAccount;
    // The account whose code is waiting: suggested on the sign-in page.
    if (anotherAccount && m_lastError.code == ErrorCode::RedemptionOtherAccount
        && m_pendingOwner.contains(QLatin1Char('@')))
        m_nextLoginHint = m_pendingOwner;
    startActivation(m_lastCode, page, m_lastInSystemBrowser);
}

void ActivationWizard::discardPendingRedemption()
{
    // The other account's code is forgotten here, never redeemed: it stays unused at the
    // service. Then this account's activation goes on.
    m_discardPendingButton->setEnabled(false);
    SecretJob *remove = RedemptionJournal::remove(m_secretStore, m_config);
    connect(remove, &Job::finished, this, [this, remove] {
        m_discardPendingButton->setEnabled(true);
        if (remove->hasError()) {
            showFailure(remove->error());
            return;
        }
        qCInfo(lcWidgets) << "discarded the pending redemption of another account";
        m_pendingOwner.clear();
        retry();
    });
    remove->start();
}

void ActivationWizard::retryInSystemBrowser()
{
    startActivation(m_lastCode, m_lastPage, true);
}

void ActivationWizard::onStepChanged(ActivateJob::Step step)
{
    m_reachedStep = step;
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
    m_stepLabel->setAccessibleName(m_stepLabel->text());
    if (currentPage() != Page::Progress)
        setPage(Page::Progress);
    else
        AccessibleNews::setNews(m_progressCancelButton, m_stepLabel->text());
}

void ActivationWizard::orderSignInTabs()
{
    if (!m_view || !m_view->widget())
        return;
    // Tab: from the origin line into the page, then to Back. The view's widget passes its focus
    // on (setTabOrder() ignores a widget that takes none), and the engine adds its own focus
    // widget once the page renders: ordered again then (onOriginChanged()).
    QWidget *page = m_view->widget();
    while (page->focusProxy())
        page = page->focusProxy();
    setTabOrder(m_originLabel, page);
    setTabOrder(page, m_signInCancelButton);
}

void ActivationWizard::onOriginChanged(const QString &origin)
{
    orderSignInTabs();
    m_originLabel->setText(origin.isEmpty() ? tr("Connecting to the sign-in page…")
                                            : tr("Signing in at %1").arg(origin));
    m_originLabel->setAccessibleName(m_originLabel->text());
}

void ActivationWizard::onRedirected(const QUrl &url)
{
    // An unverified account's answer may name where the link went (masked, docs/protocol.md
    // §1); it is only ever shown masked.
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
        == QLatin1String("email_not_verified"))
        m_emailHint =
            maskEmail(query.queryItemValue(QStringLiteral("email_hint"), QUrl::FullyDecoded));
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
        if (m_lastCode)
            setPage(Page::Code);
        else
            setPage(Page::Welcome);
        return;
    }
    if (error.isError()) {
        m_pendingOwner = activate->pendingOwner();
        showFailure(error);
        return;
    }
    showSuccess(*activate);
}

void ActivationWizard::showSuccess(const ActivateJob &job)
{
    qCInfo(lcWidgets) << "activation succeeded:" << job.grants().size() << "grants";
    const UserIdentity identity = job.identity();
    const QString who = identity.accountName();
    m_successSummary->setText(
        who.isEmpty()
            ? tr("%1 is activated on this computer.").arg(m_config.productName)
            : tr("%1 is activated on this computer for %2.").arg(m_config.productName, who));
    if (!job.keepsSession()) {
        // Said at sign-in, so that a later "sign in again" is no surprise.
        m_successSummary->setText(
            m_successSummary->text() + QLatin1Char(' ')
            + tr("The sign-in service does not keep you signed in: to renew the licenses later, "
                 "you will be asked to sign in again."));
    }

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
    // Signed in without a code (no redemption): the grant's own license end.
    for (const LicenseGrant &grant : job.grants()) {
        if (!licensedUntil.contains(grant.item))
            licensedUntil.insert(grant.item, grant.licenseEnd);
    }

    m_licenseList->clear();
    for (auto it = licensedUntil.cbegin(); it != licensedUntil.cend(); ++it) {
        const bool dated = it.value().isValid();
        const QString until = dated ? formatDate(it.value()) : tr("until the subscription ends");
        auto *row = new QTreeWidgetItem(m_licenseList, {it.key(), until});
        row->setData(0, Qt::AccessibleTextRole,
                     dated ? tr("%1, valid until %2").arg(it.key(), until)
                           : tr("%1, valid until the subscription ends").arg(it.key()));
    }
    m_licenseList->resizeColumnToContents(1);
    setPage(Page::Success);
    Q_EMIT activated();
}

void ActivationWizard::showFailure(const Error &error)
{
    qCWarning(lcWidgets).noquote()
        << "activation failed:" << errorCodeName(error.code) << error.detail
        << (error.reference.isEmpty() ? QString() : QStringLiteral("reference ") + error.reference);
    m_lastError = error;
    m_retryTimer->stop();
    QString title = tr("The product could not be activated");
    QString message = error.message.isEmpty() ? errorMessage(error.code) : error.message;
    QString hint;
    QPushButton *primary = m_tryAgainButton;
    bool tryAgain = true;
    bool signInOther = false;
    bool changeCode = false;
    bool testConnection = false;
    bool verifiedContinue = false;
    bool discardPending = false;
    m_signInOtherButton->setText(tr("Sign in with a&nother account"));

    switch (error.code) {
    case ErrorCode::RedemptionOtherAccount:
        title = tr("A code entered by another account is waiting");
        hint = tr("Nothing was redeemed for the account you signed in with.");
        if (!m_pendingOwner.isEmpty())
            m_signInOtherButton->setText(tr("Sign in as %1").arg(m_pendingOwner));
        signInOther = discardPending = true;
        tryAgain = false;
        primary = m_signInOtherButton;
        break;
    case ErrorCode::RedeemCodeAlreadyRedeemed:
        title = tr("This code is already in use");
        hint = tr("If it was not you, check the code against the one you received, or enter "
                  "another one.");
        signInOther = changeCode = true;
        tryAgain = false;
        primary = m_signInOtherButton;
        break;
    case ErrorCode::RedeemCodeExpired:
    case ErrorCode::RedeemCodeRevoked:
    case ErrorCode::RedeemCodeUnknown:
    case ErrorCode::RedeemCodeMalformed:
        title = tr("This code cannot be redeemed");
        changeCode = true;
        tryAgain = false;
        primary = m_changeCodeButton;
        break;
    case ErrorCode::LicenseItemDenied:
        hint = tr("Enter an activation code, or sign in with the account you bought the "
                  "product with.");
        changeCode = signInOther = true;
        tryAgain = false;
        primary = m_signInOtherButton;
        break;
    case ErrorCode::NetworkUnreachable:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::TlsFailure:
    case ErrorCode::DiscoveryFailed:
        title = tr("The sign-in service cannot be reached");
        hint = tr("Test the connection to find out where it fails, then try again.");
        testConnection = true;
        primary = m_testConnectionButton;
        break;
    case ErrorCode::EmailNotVerified:
        title = tr("Confirm your e-mail address");
        message = m_emailHint.isEmpty()
            ? tr("We sent you an e-mail with a link. Open the link, then continue here.")
            : tr("We sent a link to %1. Open it, then continue here.").arg(m_emailHint);
        hint = tr("No e-mail? Look in your spam folder. Signing in again sends a new link.");
        verifiedContinue = true;
        tryAgain = false;
        primary = m_verifiedContinueButton;
        break;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainAccessDenied:
    case ErrorCode::KeychainFailure:
        title = tr("Your sign-in cannot be saved");
        hint = tr("Unlock your keyring (GNOME Keyring, KWallet or the macOS keychain), allow "
                  "%1 to use it if you are asked, then try again.")
                   .arg(m_config.productName);
        break;
    case ErrorCode::ServerError:
        hint = error.reference.isEmpty()
            ? tr("Try again in a few minutes. If it keeps happening, contact support.")
            : tr("Try again in a few minutes. If it keeps happening, contact support and quote "
                 "the reference below.");
        break;
    case ErrorCode::RateLimited:
        title = tr("Too many attempts");
        break;
    default:
        break;
    }
    if (m_embeddedRefused) {
        message = tr("The sign-in service does not allow signing in inside this window. Sign in "
                     "with your web browser instead.");
    }
    say(m_failureTitle, title);
    m_failureMessage->setText(message);
    m_failureMessage->setAccessibleName(message);
    say(m_failureHint, hint);
    say(m_failureDetails,
        error.detail.isEmpty() ? QString() : tr("Details: %1").arg(error.detail.left(500)));
    say(m_referenceLabel,
        error.reference.isEmpty() ? QString() : tr("Reference: %1").arg(error.reference));
    m_copyReferenceButton->setVisible(!error.reference.isEmpty());

    // The system browser is the way out when the page inside the window could not be used.
    const bool signInFailed = error.code == ErrorCode::NetworkUnreachable
        || error.code == ErrorCode::TlsFailure || error.code == ErrorCode::AuthorizationDenied
        || error.code == ErrorCode::SignInPageCrashed;
    const bool offerSystemBrowser = !m_lastInSystemBrowser
        && (m_embeddedRefused || m_viewUnavailable || signInFailed)
        && error.code != ErrorCode::InternalError;
    m_systemBrowserButton->setVisible(offerSystemBrowser
                                      || (m_viewUnavailable && !m_lastInSystemBrowser));
    if (m_embeddedRefused || m_viewUnavailable)
        primary = m_systemBrowserButton;
    m_viewUnavailable = false;

    m_signInOtherButton->setVisible(signInOther);
    // Without a code in this attempt the same button leads to the code page to enter one.
    m_changeCodeButton->setText(m_lastCode ? tr("C&hange the code") : tr("Enter a co&de"));
    m_changeCodeButton->setVisible(changeCode);
    m_discardPendingButton->setVisible(discardPending);
    m_testConnectionButton->setVisible(testConnection);
    m_verifiedContinueButton->setVisible(verifiedContinue);
    m_tryAgainButton->setVisible(tryAgain);
    m_tryAgainButton->setEnabled(true);
    m_failureHelpButton->setVisible(!m_config.supportUrl.isEmpty());
    for (QPushButton *b :
         {m_signInOtherButton, m_changeCodeButton, m_testConnectionButton, m_verifiedContinueButton,
          m_systemBrowserButton, m_tryAgainButton, m_startOverButton})
        b->setDefault(b == primary);

    if (error.code == ErrorCode::RateLimited && error.retryAfterSeconds > 0) {
        // The server said when: the button waits until then, and says so.
        m_retrySeconds = error.retryAfterSeconds;
        m_tryAgainButton->setEnabled(false);
        updateRetryCountdown();
        m_retryTimer->start();
        setPage(Page::Failure);
        AccessibleNews::clearNews(m_tryAgainButton);
        AccessibleNews::focusWithNews(m_startOverButton, failureNews());
        return;
    }
    setPage(Page::Failure);
}

void ActivationWizard::updateRetryCountdown()
{
    if (m_retrySeconds <= 0) {
        m_retryTimer->stop();
        m_tryAgainButton->setEnabled(true);
        say(m_failureHint, tr("You can try again now."));
        if (currentPage() == Page::Failure) {
            AccessibleNews::clearNews(m_startOverButton);
            AccessibleNews::focusWithNews(m_tryAgainButton, m_failureHint->text());
        }
        return;
    }
    say(m_failureHint, tr("Try again in %n second(s).", nullptr, m_retrySeconds));
    --m_retrySeconds;
}

// ---- connection test ---------------------------------------------------------------------------

void ActivationWizard::testConnection()
{
    if (m_connectionTest) {
        disconnect(m_connectionTest, nullptr, this, nullptr);
        m_connectionTest->cancel();
    }
    auto *test = new ConnectionTest(m_config.issuer, this);
    test->setNetworkAccessManager(m_nam);
    if (!m_config.extraCaFile.isEmpty())
        test->setExtraCaCertificates(QSslCertificate::fromPath(m_config.extraCaFile));
    m_connectionTest = test;
    m_connectionResults = test->results();
    connect(test, &ConnectionTest::stepFinished, this, [this, test] {
        m_connectionResults = test->results();
        showConnectionResults();
    });
    connect(test, &Job::finished, this, [this, test] {
        m_connectionResults = test->results();
        m_connectionTest = nullptr;
        const QString status = test->hasError()
            ? tr("The connection test found a problem. The failed step says what to do.")
            : tr("Every step passed: the sign-in service can be reached from this computer.");
        say(m_connectionStatus, status);
        m_connectionAgainButton->setEnabled(true);
        showConnectionResults();
        AccessibleNews::focusWithNews(m_connectionReport, status);
    });
    say(m_connectionStatus, tr("Testing the connection to %1…").arg(m_config.issuer.host()));
    m_connectionAgainButton->setEnabled(false);
    m_networkSettingsButton->setVisible(
        isSignalConnected(QMetaMethod::fromSignal(&ActivationWizard::networkSettingsRequested)));
    showConnectionResults();
    setPage(Page::ConnectionTest);
    test->start();
}

void ActivationWizard::showConnectionResults()
{
    QString html;
    for (const ConnectionTest::Result &result : qAsConst(m_connectionResults)) {
        QString state = ConnectionTest::stateLabel(result.state);
        if (result.state == ConnectionTest::State::Failed)
            state = QStringLiteral("<b>%1</b>").arg(state.toHtmlEscaped());
        else
            state = state.toHtmlEscaped();
        html += QStringLiteral("<p><b>%1</b>: %2").arg(result.title.toHtmlEscaped(), state);
        if (!result.summary.isEmpty())
            html += QStringLiteral("<br>") + result.summary.toHtmlEscaped();
        if (!result.advice.isEmpty())
            html +=
                QStringLiteral("<br><i>") + result.advice.toHtmlEscaped() + QStringLiteral("</i>");
        html += QStringLiteral("</p>");
    }
    m_connectionReport->setHtml(html);
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
