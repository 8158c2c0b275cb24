// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "online/connectiontest.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Keyway {

struct VendorConfig;

/// The connection test's steps as they finish, and what to do about a failed one.
class ConnectionTestPage : public QWidget
{
    Q_OBJECT
public:
    ConnectionTestPage(const VendorConfig &config, QWidget *parent = nullptr);

    /// A test to @p host starts: its status says so, Test again waits.
    void setRunning(const QString &host, bool offerNetworkSettings);
    /// The test ended (@p failed: a step failed); the status is read at once.
    void setFinished(bool failed);
    void setResults(const QList<ConnectionTest::Result> &results);
    /// Focus on the results, with the status.
    void arrive();

Q_SIGNALS:
    void backRequested();
    void againRequested();
    void networkSettingsRequested();
    void helpRequested();

private:
    QLabel *m_status = nullptr;
    QTextBrowser *m_report = nullptr;
    QPushButton *m_againButton = nullptr;
    QPushButton *m_networkSettingsButton = nullptr;
};

} // namespace Keyway
