// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "online/devicelistjob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keyway {

/**
 * Every seat of the license is held by other computers (SeatLimitReached): the computers holding
 * them, with their last use, and "Use it here instead of <name>", which asks for a confirmation
 * before the computer is removed from the account; or Cancel.
 */
class SeatPage : public QWidget
{
    Q_OBJECT
public:
    explicit SeatPage(const QString &productName, QWidget *parent = nullptr);

    /// The computers holding the seats; @p message says why this page is shown, @p problem (if
    /// any) why the last removal was refused.
    void setSeats(const QString &message, const QList<DeviceInfo> &holders,
                  const QString &problem = QString());
    /// Focus on the list (or, after a refusal, on Cancel), with what the page says.
    void arrive();

Q_SIGNALS:
    /// Confirmed: remove @p device from the account and use the license here.
    void releaseConfirmed(const Keyway::DeviceInfo &device);
    void cancelRequested();

private:
    void updateChoice();
    void askToConfirm();
    void showList();
    DeviceInfo selected() const;

    QString m_productName;
    QList<DeviceInfo> m_holders;
    QLabel *m_message = nullptr;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_confirmation = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_useHereButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_confirmButton = nullptr;
};

} // namespace Keyway
