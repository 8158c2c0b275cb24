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

} // namespace Keyway
