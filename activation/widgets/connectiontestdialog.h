// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"

#include <QDialog>
#include <QPointer>

namespace Keyway {

class Activator;
class ConnectionTestPage;

/**
 * The status view's *Test connection…*: the engine's connection test (Activator::connectionTest():
 * proxy, DNS, TCP, TLS, HTTP) shown on the wizard's ConnectionTestPage, in a dialog of its own
 * that deletes itself when closed (and stops a running test with it). Not exported: a part of
 * LicenseStatusWidget.
 */
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionTestDialog(const VendorConfig &config, Activator *activator,
                         QWidget *parent = nullptr);

    /// Runs the test (again).
    void run();

Q_SIGNALS:
    /// *Network settings…* on the page.
    void networkSettingsRequested();
    /// *Get help* on the page.
    void helpRequested();

private:
    VendorConfig m_config;
    QPointer<Activator> m_activator;
    ConnectionTestPage *m_page = nullptr;
};

} // namespace Keyway
