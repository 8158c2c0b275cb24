// SPDX-License-Identifier: BSD-3-Clause
#include "codepage.h"

#include "accessiblenews.h"
#include "codelineedit.h"
#include "widgetslogging.h"
#include "wizardui.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

CodePage::CodePage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    layout->addWidget(heading(tr("Enter your activation code"), this));
    layout->addWidget(paragraph(tr("Enter the activation code you received with your purchase. "
                                   "It has 25 characters in five groups of five."),
                                this));

    auto *codeLabel = new QLabel(tr("&Activation code:"), this);
    m_codeEdit = new CodeLineEdit(this);
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

    m_problem = paragraph(QString(), this);
    m_problem->setObjectName(QStringLiteral("codeProblem"));
    m_problem->setAccessibleName(tr("Problem with the activation code"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_ok = paragraph(tr("The code is complete and correct."), this);
    m_ok->setObjectName(QStringLiteral("codeOk"));
    m_ok->setAccessibleName(m_ok->text());
    m_ok->hide();
    layout->addWidget(m_ok);

    m_createAccount = new QRadioButton(tr("&Create an account"), this);
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_haveAccount = new QRadioButton(tr("I already &have an account"), this);
    m_haveAccount->setObjectName(QStringLiteral("haveAccount"));
    m_createAccount->setChecked(true);
    auto *accountChoice = new QButtonGroup(this);
    accountChoice->addButton(m_createAccount);
    accountChoice->addButton(m_haveAccount);
    // The choice's label, for a screen reader too (a group is read with its title).
    auto *accountGroup = new QGroupBox(tr("Your account"), this);
    accountGroup->setObjectName(QStringLiteral("accountGroup"));
    accountGroup->setFlat(true);
    auto *accountLayout = new QVBoxLayout(accountGroup);
    accountLayout->addWidget(m_createAccount);
    accountLayout->addWidget(m_haveAccount);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(accountGroup);
    layout->addStretch();

    auto *buttons = new QHBoxLayout;
    QPushButton *back = button(tr("&Back"), this);
    back->setObjectName(QStringLiteral("codeBackButton"));
    back->setAccessibleDescription(tr("Returns to the choice of how to activate."));
    QPushButton *next = button(tr("C&ontinue"), this);
    next->setObjectName(QStringLiteral("continueButton"));
    next->setDefault(true);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(next);
    layout->addLayout(buttons);

    // In the order they are shown: Back (left) before Continue (right, the default for Enter).
    setTabOrder(m_codeEdit, m_createAccount);
    setTabOrder(m_createAccount, m_haveAccount);
    setTabOrder(m_haveAccount, back);
    setTabOrder(back, next);

    connect(m_codeEdit, &QLineEdit::textChanged, this, &CodePage::onEdited);
    connect(m_codeEdit, &QLineEdit::returnPressed, this, &CodePage::submit);
    connect(next, &QPushButton::clicked, this, &CodePage::submit);
    connect(back, &QPushButton::clicked, this, &CodePage::backRequested);
}

void CodePage::setCreateAccount(bool create)
{
    (create ? m_createAccount : m_haveAccount)->setChecked(true);
}

void CodePage::arrive(bool selectCode)
{
    m_codeEdit->setFocus();
    if (selectCode)
        m_codeEdit->selectAll();
}

QString CodePage::groupOf(const QString &symbols, int position)
{
    const int group = position / ActivationCode::GroupLength;
    const QString text =
        symbols.mid(group * ActivationCode::GroupLength, ActivationCode::GroupLength);
    return tr("Check group %1 of 5: %2").arg(group + 1).arg(text);
}

void CodePage::onEdited()
{
    // While typing, say only what cannot get better by typing on: a foreign symbol, or a
    // complete code with a typing error. "Too short" waits for Continue.
    const QString symbols = m_codeEdit->symbols();
    const auto parsed = ActivationCode::parse(m_codeEdit->text());
    const bool complete = symbols.size() >= ActivationCode::Length;
    m_ok->setVisible(bool(parsed));
    if (!parsed && (parsed.error().error.code == ErrorCode::CodeInvalidSymbol || complete)) {
        QString text = parsed.error().error.message;
        if (parsed.error().error.code == ErrorCode::CodeInvalidSymbol
            && parsed.error().position >= 0)
            text += QLatin1Char(' ') + groupOf(symbols, parsed.error().position) + QLatin1Char('.');
        say(m_problem, text);
        AccessibleNews::setNews(m_codeEdit, text);
    } else {
        m_problem->clear();
        m_problem->hide();
        AccessibleNews::clearNews(m_codeEdit);
    }
}

void CodePage::submit()
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
        say(m_problem, text);
        // The field says why, as its description: read now, as it has the focus, and again
        // whenever the focus comes back to it.
        AccessibleNews::setNews(m_codeEdit, text);
        return;
    }
    m_problem->hide();
    AccessibleNews::clearNews(m_codeEdit);
    Q_EMIT submitted(*parsed, m_createAccount->isChecked());
}

} // namespace Keyway
