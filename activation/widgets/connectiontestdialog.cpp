// SPDX-License-Identifier: BSD-3-Clause
#include "connectiontestdialog.h"

#include "wizard/connectiontestpage.h"

#include "engine/activator.h"
#include "online/connectiontest.h"

#include <QVBoxLayout>

namespace Keyway {

ConnectionTestDialog::ConnectionTestDialog(const VendorConfig &config, Activator *activator,
                                           QWidget *parent)
    : QDialog(parent), m_config(config), m_activator(activator)
{
    setObjectName(QStringLiteral("connectionTestDialog"));
    setWindowTitle(tr("Connection test"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_page = new ConnectionTestPage(m_config, this);
    layout->addWidget(m_page);
    connect(m_page, &ConnectionTestPage::againRequested, this, &ConnectionTestDialog::run);
    connect(m_page, &ConnectionTestPage::backRequested, this, &QDialog::close);
    connect(m_page, &ConnectionTestPage::networkSettingsRequested, this,
            &ConnectionTestDialog::networkSettingsRequested);
    connect(m_page, &ConnectionTestPage::helpRequested, this, &ConnectionTestDialog::helpRequested);
    resize(560, 480);
}

void ConnectionTestDialog::run()
{
    if (!m_activator)
        return;
    ConnectionTest *test = m_activator->connectionTest();
    test->setParent(this); // closing the dialog stops the test
    ConnectionTestPage *page = m_page;
    page->setRunning(m_config.issuer.host(), true);
    connect(test, &ConnectionTest::stepFinished, page,
            [page, test] { page->setResults(test->results()); });
    connect(test, &Job::finished, page, [page, test] {
        page->setResults(test->results());
        page->setFinished(test->hasError());
        test->deleteLater();
    });
    page->setResults(test->results());
    test->start();
}

} // namespace Keyway
