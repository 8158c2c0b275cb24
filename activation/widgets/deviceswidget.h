// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "core/error.h"
#include "keyway_activation_widgets_export.h"
#include "online/devicelistmodel.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keyway {

class Activator;
class AuthorizedJob;
class Job;

/**
 * The status view's Devices section: the computers that use the account's licenses (this one
 * marked, the others with their last use), the seats in use, "Rename this computer…" and
 * "Remove from account…" for another one. What it shows is decided by DeviceListModel; this
 * widget only renders it and forwards the person's intent to the devices jobs. The list is
 * fetched when the person asks for it, never behind their back. A new name for this computer is
 * also remembered for the next activation (DeviceName).
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT DevicesWidget : public QWidget
{
    Q_OBJECT
public:
    /// Asks the person to confirm: title, explanation, label of the accept button.
    using Confirmation =
        std::function<bool(const QString &title, const QString &text, const QString &accept)>;
    /// Asks for this computer's new name, given the current one; empty: cancelled.
    using NamePrompt = std::function<QString(const QString &current)>;

    explicit DevicesWidget(const VendorConfig &config, QWidget *parent = nullptr);
    ~DevicesWidget() override;

    /// The engine whose account's computers are shown; without it, or signed out, the section
    /// is hidden (it needs the license server). Not owned.
    void setActivator(Activator *activator);
    /// Asks before a removal; without one nothing is removed. LicenseStatusWidget sets its own
    /// (a message box, or the answer of its setConfirmation()).
    void setConfirmation(const Confirmation &confirmation) { m_confirm = confirmation; }
    /// An input dialog unless set (tests answer it).
    void setNamePrompt(const NamePrompt &prompt) { m_namePrompt = prompt; }

    const DeviceListModel &model() const { return m_model; }
    bool isBusy() const { return !m_running.isNull(); }
    /// The last error of a listing, rename or removal (NoError if none).
    Error lastError() const { return m_lastError; }
    /// The sentence the section shows about the last action.
    QString message() const;

public Q_SLOTS:
    /// Fetches the list from the license server and shows it.
    void load();
    /// Asks for a new name and renames this computer at the server and here.
    void renameThisComputer();
    /// After a confirmation: removes the selected computer from the account.
    void removeSelected();

Q_SIGNALS:
    /// An action (listing, rename, removal) is over; lastError() says how it went.
    void finished();

private:
    /// Runs @p job (from the engine), the focus waiting on @p busyMessage; @p then gets it back.
    void run(AuthorizedJob *job, const QString &busyMessage,
             std::function<void(AuthorizedJob *)> then);
    void list(const QString &after);
    void setRunning(Job *job);
    void done(const QString &message, const Error &error = Error());
    void showList();
    void showMessage(const QString &message);
    void updateButtons();

    VendorConfig m_config;
    QPointer<Activator> m_activator;
    Confirmation m_confirm;
    NamePrompt m_namePrompt;
    DeviceListModel m_model;
    bool m_loaded = false;
    Error m_lastError;
    QPointer<Job> m_running;
    QPointer<QWidget> m_busyOrigin; ///< had the focus when the action started
    QPointer<QWidget> m_newsControl;

    QLabel *m_heading = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_seats = nullptr;
    QPushButton *m_showButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace Keyway
