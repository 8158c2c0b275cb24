// SPDX-License-Identifier: BSD-3-Clause
#include "connectiontestpage.h"

#include "accessiblenews.h"
#include "wizardui.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

ConnectionTestPage::ConnectionTestPage(const VendorConfig &config, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Connection test"), this));
    m_status = paragraph(QString(), this);
    m_status->setObjectName(QStringLiteral("connectionStatus"));
    layout->addWidget(m_status);

    m_report = new QTextBrowser(this);
    m_report->setObjectName(QStringLiteral("connectionReport"));
    m_report->setAccessibleName(tr("Connection test results"));
    m_report->setAccessibleDescription(
        tr("Each step on the way to the sign-in service, whether it passed, and what to do."));
    m_report->setOpenLinks(false);
    layout->addWidget(m_report, 1);

    auto *buttons = new QHBoxLayout;
    QPushButton *back = button(tr("&Back"), this);
    back->setObjectName(QStringLiteral("connectionBackButton"));
    back->setAccessibleDescription(tr("Returns to the error message."));
    m_againButton = button(tr("Test &again"), this);
    m_againButton->setObjectName(QStringLiteral("connectionAgainButton"));
    QPushButton *help = helpButton(config, this);
    help->setObjectName(QStringLiteral("connectionHelpButton"));
    m_networkSettingsButton = button(tr("&Network settings…"), this);
    m_networkSettingsButton->setObjectName(QStringLiteral("networkSettingsButton"));
    m_networkSettingsButton->setAccessibleDescription(
        tr("Choose the proxy this program connects through."));
    buttons->addWidget(back);
    buttons->addWidget(help);
    buttons->addStretch();
    buttons->addWidget(m_networkSettingsButton);
    buttons->addWidget(m_againButton);
    layout->addLayout(buttons);
    setTabOrder(m_report, back);
    setTabOrder(back, help);
    setTabOrder(help, m_networkSettingsButton);
    setTabOrder(m_networkSettingsButton, m_againButton);

    connect(m_networkSettingsButton, &QPushButton::clicked, this,
            &ConnectionTestPage::networkSettingsRequested);
    connect(m_againButton, &QPushButton::clicked, this, &ConnectionTestPage::againRequested);
    connect(back, &QPushButton::clicked, this, &ConnectionTestPage::backRequested);
    connect(help, &QPushButton::clicked, this, &ConnectionTestPage::helpRequested);
}

void ConnectionTestPage::setRunning(const QString &host, bool offerNetworkSettings)
{
    say(m_status, tr("Testing the connection to %1…").arg(host));
    m_againButton->setEnabled(false);
    m_networkSettingsButton->setVisible(offerNetworkSettings);
}

void ConnectionTestPage::setFinished(bool failed)
{
    const QString status = failed
        ? tr("The connection test found a problem. The failed step says what to do.")
        : tr("Every step passed: the sign-in service can be reached from this computer.");
    say(m_status, status);
    m_againButton->setEnabled(true);
    AccessibleNews::focusWithNews(m_report, status);
}

void ConnectionTestPage::setResults(const QList<ConnectionTest::Result> &results)
{
    QString html;
    for (const ConnectionTest::Result &result : results) {
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
    m_report->setHtml(html);
}

void ConnectionTestPage::arrive()
{
    AccessibleNews::focusWithNews(m_report, m_status->text());
}

} // namespace Keyway
