// SPDX-License-Identifier: BSD-3-Clause
#include "progresspage.h"

#include "accessiblenews.h"
#include "wizardui.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

ProgressPage::ProgressPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    m_stepLabel = paragraph(QString(), this);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setAlignment(Qt::AlignCenter);
    m_stepLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_stepLabel);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("signInAddress"));
    m_address->setAccessibleName(tr("Sign-in address"));
    m_address->setReadOnly(true);
    m_address->hide();
    layout->addWidget(m_address);
    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0); // busy: the steps have no measurable size
    bar->setAccessibleName(tr("Activation in progress"));
    layout->addWidget(bar);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_cancelButton = button(tr("&Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("progressCancelButton"));
    m_cancelButton->setAccessibleDescription(
        tr("Stops the activation and returns to where you started it."));
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &ProgressPage::cancelRequested);
}

void ProgressPage::setStep(const QString &text)
{
    m_stepLabel->setText(text);
    m_stepLabel->setAccessibleName(text);
}

void ProgressPage::setAddress(const QString &address)
{
    m_address->setText(address);
    m_address->setCursorPosition(0);
    m_address->setVisible(!address.isEmpty());
}

void ProgressPage::announce()
{
    AccessibleNews::setNews(m_cancelButton, m_stepLabel->text());
}

QString ProgressPage::step() const
{
    return m_stepLabel->text();
}

void ProgressPage::arrive()
{
    AccessibleNews::focusWithNews(m_cancelButton, m_stepLabel->text());
}

void ProgressPage::setActivationStep(ActivateJob::Step step, const QString &releasing)
{
    switch (step) {
    case ActivateJob::Step::SigningIn:
        return;
    case ActivateJob::Step::ExchangingCode:
        setStep(tr("Completing the sign-in…"));
        return;
    case ActivateJob::Step::SavingSession:
        setStep(tr("Saving your sign-in in the system keychain…"));
        return;
    case ActivateJob::Step::Redeeming:
        setStep(tr("Redeeming the activation code…"));
        return;
    case ActivateJob::Step::ReleasingDevice:
        setStep(tr("Removing %1 from your account…").arg(releasing));
        return;
    case ActivateJob::Step::CheckingOut:
        setStep(tr("Fetching the licenses for this computer…"));
        return;
    case ActivateJob::Step::Saving:
        setStep(tr("Saving the licenses…"));
        return;
    }
}

void ProgressPage::showWaitingForBrowser()
{
    setStep(tr("Continue in your web browser. This window goes on by itself once you have signed "
               "in there."));
    setAddress(QString());
}

void ProgressPage::showBrowserLaunchFailed(const QUrl &url)
{
    // The address in a field of its own: a long URL would otherwise set the window's width.
    setStep(tr("Your web browser could not be opened. Copy this address into it to sign in:"));
    setAddress(url.toString());
}

} // namespace Keyway
