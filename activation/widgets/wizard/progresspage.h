// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "online/activatejob.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Keyway {

/// A step of the activation under way, and Cancel.
class ProgressPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);

    void setStep(const QString &text);
    /// What @p step of the activation does, in words; @p releasing names the computer removed.
    void setActivationStep(Keyway::ActivateJob::Step step, const QString &releasing);
    /// The sign-in goes on in the system browser.
    void showWaitingForBrowser();
    /// The system browser could not be opened: @p url to copy into one.
    void showBrowserLaunchFailed(const QUrl &url);
    /// An address to copy into a browser, shown under the step (empty: none). It scrolls in its
    /// field instead of widening the window.
    void setAddress(const QString &address);
    /// The step, read at once as the description of Cancel, which has the focus.
    void announce();
    QString step() const;
    /// Focus on Cancel, with the step.
    void arrive();

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_stepLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Keyway
