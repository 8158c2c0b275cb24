// SPDX-License-Identifier: BSD-3-Clause
#include "failurepage.h"

#include "accessiblenews.h"
#include "config/vendorconfig.h"
#include "wizardui.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

FailurePage::FailurePage(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_hasSupport(!config.supportUrl.isEmpty())
{
    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, &FailurePage::updateCountdown);

    auto *layout = new QVBoxLayout(this);
    m_title = heading(tr("The product could not be activated"), this);
    m_title->setObjectName(QStringLiteral("failureTitle"));
    layout->addWidget(m_title);
    m_message = paragraph(QString(), this);
    m_message->setObjectName(QStringLiteral("failureMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_hint = paragraph(QString(), this);
    m_hint->setObjectName(QStringLiteral("failureHint"));
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);
    // The technical reason, for support and for a vendor setting the product up.
    m_details = paragraph(QString(), this);
    m_details->setObjectName(QStringLiteral("failureDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_details);

    // The server's reference for this failure, to quote to support.
    auto *reference = new QHBoxLayout;
    m_reference = paragraph(QString(), this);
    m_reference->setObjectName(QStringLiteral("referenceLabel"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyReferenceButton = button(tr("Co&py reference"), this);
    m_copyReferenceButton->setObjectName(QStringLiteral("copyReferenceButton"));
    m_copyReferenceButton->setAccessibleDescription(
        tr("Copies the reference of this failure, for a message to support."));
    reference->addWidget(m_reference, 1);
    reference->addWidget(m_copyReferenceButton);
    layout->addLayout(reference);
    layout->addStretch();

    const auto add = [this](FailureAction action, const QString &text, const char *name,
                            const QString &description) {
        QPushButton *b = button(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleDescription(description);
        m_buttons.insert(action, b);
        b->hide(); // shown by setFailure(); hidden, it does not widen the window

        connect(b, &QPushButton::clicked, this, [this, action] { Q_EMIT actionTriggered(action); });
        return b;
    };
    // The ways on: which are shown depends on the error (FailureModel).
    auto *fixes = new QHBoxLayout;
    fixes->addWidget(
        add(FailureAction::SignInOther, tr("Sign in with a&nother account"), "signInOtherButton",
            tr("Signs in again, with the account the code was redeemed by or another one.")));
    fixes->addWidget(
        add(FailureAction::ChangeCode, tr("C&hange the code"), "changeCodeButton",
            tr("Returns to the activation code, to correct it or enter another one.")));
    fixes->addWidget(
        add(FailureAction::DiscardPending,
            //: A code another account entered is waiting to be redeemed: forget it
            tr("&Discard the waiting code"), "discardPendingButton",
            tr("Forgets the activation code the other account entered; it stays unused and can be "
               "entered again. Then continues with the account you signed in with.")));
    fixes->addWidget(
        add(FailureAction::TestConnection, tr("Test &connection"), "testConnectionButton",
            tr("Checks step by step where the connection to the sign-in service fails.")));
    fixes->addWidget(
        add(FailureAction::SystemBrowser,
            //: Shown when the sign-in page could not be used inside the window
            tr("Sign in with my &web browser"), "systemBrowserButton",
            tr("Opens the sign-in page in your usual web browser and continues here afterwards.")));
    m_helpButton = helpButton(config, this);
    m_helpButton->setObjectName(QStringLiteral("failureHelpButton"));
    fixes->addWidget(m_helpButton);
    fixes->addStretch();
    layout->addLayout(fixes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add(FailureAction::StartOver, tr("&Start over"), "startOverButton",
                           tr("Returns to the choice of how to activate.")));
    buttons->addStretch();
    buttons->addWidget(add(FailureAction::VerifiedContinue,
                           //: After the e-mail address was confirmed through the link
                           tr("C&ontinue"), "verifiedContinueButton",
                           tr("Signs in again once you have opened the link in the e-mail.")));
    buttons->addWidget(add(FailureAction::TryAgain, tr("&Try again"), "tryAgainButton",
                           tr("Repeats the activation.")));
    layout->addLayout(buttons);

    // Focus order is the order they are shown; the focus starts on the way on (arrive()).
    QWidget *order[] = {m_details,
                        m_reference,
                        m_copyReferenceButton,
                        m_buttons[FailureAction::SignInOther],
                        m_buttons[FailureAction::ChangeCode],
                        m_buttons[FailureAction::DiscardPending],
                        m_buttons[FailureAction::TestConnection],
                        m_buttons[FailureAction::SystemBrowser],
                        m_helpButton,
                        m_buttons[FailureAction::StartOver],
                        m_buttons[FailureAction::VerifiedContinue],
                        m_buttons[FailureAction::TryAgain]};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_helpButton, &QPushButton::clicked, this, &FailurePage::helpRequested);
    connect(m_copyReferenceButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_referenceText);
        say(m_hint,
            tr("The reference %1 is copied. Paste it into your message to support.")
                .arg(m_referenceText));
        AccessibleNews::setNews(m_copyReferenceButton, m_hint->text());
    });
}

void FailurePage::setFailure(const FailureView &view, const Error &error)
{
    stopCountdown();
    say(m_title, view.title);
    m_message->setText(view.message);
    m_message->setAccessibleName(view.message);
    say(m_hint, view.hint);
    say(m_details,
        error.detail.isEmpty() ? QString() : tr("Details: %1").arg(error.detail.left(500)));
    m_referenceText = error.reference;
    say(m_reference,
        error.reference.isEmpty() ? QString() : tr("Reference: %1").arg(error.reference));
    m_copyReferenceButton->setVisible(!error.reference.isEmpty());
    m_helpButton->setVisible(m_hasSupport);

    m_buttons[FailureAction::SignInOther]->setText(view.signInOtherText);
    m_buttons[FailureAction::ChangeCode]->setText(view.changeCodeText);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setVisible(view.offers(it.key()));
        it.value()->setEnabled(true);
        it.value()->setDefault(it.key() == view.primary);
    }
    if (view.retryAfterSeconds > 0) {
        // The server said when: the button waits until then, and says so.
        m_retrySeconds = view.retryAfterSeconds;
        m_counting = true;
        m_buttons[FailureAction::TryAgain]->setEnabled(false);
        updateCountdown();
        m_retryTimer->start();
    }
}

QString FailurePage::news() const
{
    return AccessibleNews::sentences(
        {m_title->text(), m_message->text(), m_hint->isHidden() ? QString() : m_hint->text()});
}

void FailurePage::arrive()
{
    // The default button is the first way on; it gets the focus, with the page's title,
    // message and hint.
    QPushButton *startOver = m_buttons[FailureAction::StartOver];
    QPushButton *target = startOver;
    for (QPushButton *b : qAsConst(m_buttons)) {
        AccessibleNews::clearNews(b);
        if (b->isDefault() && !b->isHidden() && b->isEnabled())
            target = b;
    }
    if (m_counting)
        target = startOver;
    AccessibleNews::focusWithNews(target, news());
}

void FailurePage::stopCountdown()
{
    m_retryTimer->stop();
    m_counting = false;
}

void FailurePage::setActionEnabled(FailureAction action, bool enabled)
{
    m_buttons[action]->setEnabled(enabled);
}

void FailurePage::updateCountdown()
{
    if (m_retrySeconds <= 0) {
        stopCountdown();
        QPushButton *tryAgain = m_buttons[FailureAction::TryAgain];
        tryAgain->setEnabled(true);
        say(m_hint, tr("You can try again now."));
        if (isVisible()) {
            AccessibleNews::clearNews(m_buttons[FailureAction::StartOver]);
            AccessibleNews::focusWithNews(tryAgain, m_hint->text());
        }
        return;
    }
    say(m_hint, tr("Try again in %n second(s).", nullptr, m_retrySeconds));
    --m_retrySeconds;
}

} // namespace Keyway
