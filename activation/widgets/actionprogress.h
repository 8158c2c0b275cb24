// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Keyway {

/**
 * What the status view says about the action the person started: its message (selectable, so
 * that it can hold the focus while the action's buttons are disabled, docs/accessibility.md),
 * and while a job runs a busy bar (no percentage is known; named "Working" for assistive
 * technology) with *Cancel* when the job can be cancelled. Shown only when it has something to
 * say. It keeps the focus for its view (the parent widget): on the message while the job's
 * buttons are disabled, back where the person started the job afterwards, and tells a screen
 * reader the news with the focused control (AccessibleNews). Not exported: a part of
 * LicenseStatusWidget.
 */
class ActionProgress : public QWidget
{
    Q_OBJECT
public:
    explicit ActionProgress(QWidget *parent = nullptr);

    /// The message, also its accessible name; empty hides it.
    void setMessage(const QString &message);
    QString message() const;
    /// The label, which holds the focus while a job runs.
    QLabel *messageLabel() const { return m_message; }
    /// Whether the message is shown (false when it is empty).
    bool hasMessage() const;

    /// A job runs (the busy bar), @p cancellable: with Cancel.
    void setBusy(bool busy, bool cancellable);

    /// @p news read with the view's focused control, the previous news cleared.
    void announce(const QString &news);
    /// While a job runs its buttons are disabled: the focus waits on the message meanwhile.
    void holdFocus();
    /// The job ended: the focus back where it was, else on @p fallback, with the message.
    void returnFocus(QWidget *fallback);

Q_SIGNALS:
    void cancelRequested();

private:
    void updateVisibility();

    QLabel *m_message = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<QWidget> m_origin; ///< had the focus when the running job started
    QPointer<QWidget> m_newsControl; ///< carries the last news in its description
};

} // namespace Keyway
