// SPDX-License-Identifier: BSD-3-Clause
#include "browserpage.h"

#include "wizardui.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

BrowserPage::BrowserPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    // Where the page comes from is a security cue: the focus starts on it, so that a screen
    // reader reads it on arrival, and Tab goes on into the page.
    m_originLabel = paragraph(QString(), this);
    m_originLabel->setObjectName(QStringLiteral("originLabel"));
    m_originLabel->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_originLabel);

    m_viewLayout = new QVBoxLayout;
    m_viewLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_viewLayout, 1);

    auto *buttons = new QHBoxLayout;
    m_backButton = button(tr("&Back"), this);
    m_backButton->setObjectName(QStringLiteral("signInBackButton"));
    m_backButton->setToolTip(tr("Stop signing in and return to the activation code."));
    m_backButton->setAccessibleDescription(m_backButton->toolTip());
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    layout->addLayout(buttons);

    setTabOrder(m_originLabel, m_backButton);

    connect(m_backButton, &QPushButton::clicked, this, &BrowserPage::backRequested);
}

void BrowserPage::setView(QWidget *view)
{
    if (m_view && m_view != view) {
        m_viewLayout->removeWidget(m_view);
        m_view->hide();
    }
    m_view = view;
    if (view) {
        m_viewLayout->addWidget(view);
        orderTabs();
    }
}

void BrowserPage::orderTabs()
{
    if (!m_view)
        return;
    // Tab: from the origin line into the page, then to Back. The view's widget passes its focus
    // on (setTabOrder() ignores a widget that takes none), and the engine adds its own focus
    // widget once the page renders: ordered again then (setOrigin()).
    QWidget *page = m_view;
    while (page->focusProxy())
        page = page->focusProxy();
    setTabOrder(m_originLabel, page);
    setTabOrder(page, m_backButton);
}

void BrowserPage::setOrigin(const QString &origin)
{
    orderTabs();
    m_originLabel->setText(origin.isEmpty() ? tr("Connecting to the sign-in page…")
                                            : tr("Signing in at %1").arg(origin));
    m_originLabel->setAccessibleName(m_originLabel->text());
}

void BrowserPage::arrive()
{
    orderTabs();
    m_originLabel->setFocus();
}

} // namespace Keyway
