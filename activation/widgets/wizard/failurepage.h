// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "failuremodel.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace Keyway {

struct VendorConfig;

/**
 * Why the activation failed and the ways on. What it shows comes from FailureModel; the page
 * renders it, counts down a Retry-After and copies the server's reference.
 */
class FailurePage : public QWidget
{
    Q_OBJECT
public:
    FailurePage(const VendorConfig &config, QWidget *parent = nullptr);

    /// Shows @p view for @p error (its detail and reference).
    void setFailure(const FailureView &view, const Error &error);
    /// Focus on the default way on, with the page's title, message and hint; while Try again
    /// waits for the server's Retry-After, on Start over.
    void arrive();
    /// Stops a running Retry-After countdown.
    void stopCountdown();
    void setActionEnabled(FailureAction action, bool enabled);

Q_SIGNALS:
    void actionTriggered(Keyway::FailureAction action);
    void helpRequested();

private:
    QString news() const;
    void updateCountdown();

    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_reference = nullptr;
    QPushButton *m_copyReferenceButton = nullptr;
    QPushButton *m_helpButton = nullptr;
    QMap<FailureAction, QPushButton *> m_buttons;
    QTimer *m_retryTimer = nullptr;
    int m_retrySeconds = 0;
    bool m_counting = false;
    QString m_referenceText;
    bool m_hasSupport = false;
};

} // namespace Keyway
