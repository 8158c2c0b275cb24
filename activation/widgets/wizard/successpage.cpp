// SPDX-License-Identifier: BSD-3-Clause
#include "successpage.h"

#include "accessiblenews.h"
#include "wizardui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

using namespace WizardUi;

SuccessPage::SuccessPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Activation complete"), this));
    m_summary = paragraph(QString(), this);
    m_summary->setObjectName(QStringLiteral("successSummary"));
    layout->addWidget(m_summary);

    m_licenseList = new QTreeWidget(this);
    m_licenseList->setObjectName(QStringLiteral("licenseList"));
    m_licenseList->setAccessibleName(tr("Licensed features"));
    m_licenseList->setRootIsDecorated(false);
    m_licenseList->setHeaderLabels({tr("Licensed feature"), tr("Valid until")});
    m_licenseList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_licenseList, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_doneButton = button(tr("&Done"), this);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    buttons->addWidget(m_doneButton);
    layout->addLayout(buttons);
    setTabOrder(m_licenseList, m_doneButton);

    connect(m_doneButton, &QPushButton::clicked, this, &SuccessPage::doneClicked);
}

void SuccessPage::setResult(const QString &summary, const QList<Row> &rows)
{
    m_summary->setText(summary);
    m_licenseList->clear();
    for (const Row &row : rows) {
        auto *item = new QTreeWidgetItem(m_licenseList, {row.item, row.until});
        item->setData(0, Qt::AccessibleTextRole, row.spoken);
        item->setToolTip(0, row.id);
    }
    m_licenseList->resizeColumnToContents(1);
}

void SuccessPage::arrive()
{
    AccessibleNews::focusWithNews(
        m_doneButton, AccessibleNews::sentences({tr("Activation complete"), m_summary->text()}));
}

} // namespace Keyway
