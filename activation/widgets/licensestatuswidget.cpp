// SPDX-License-Identifier: BSD-3-Clause
#include "licensestatuswidget.h"

#include "actionprogress.h"
#include "addresstocopy.h"
#include "connectiontestdialog.h"
#include "deviceswidget.h"
#include "licenseactions.h"
#include "licenseendnotice.h"
#include "licenseoverview.h"
#include "proxysettingsdialog.h"
#include "signindialog.h"
#include "supportlink.h"
#include "widgetslogging.h"

#include "engine/activator.h"
#include "engine/licensestatusmodel.h"
#include "engine/releasequeuejob.h"
#include "online/activatejob.h"
#include "online/renewjob.h"

#include <QClipboard>
#include <QDialog>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

LicenseStatusWidget::LicenseStatusWidget(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    setWindowTitle(tr("%1 licenses").arg(m_config.productName));
    auto *layout = new QVBoxLayout(this);

    m_overview = new LicenseOverview(m_config, this);
    m_items = m_overview->list();
    layout->addWidget(m_overview, 1);

    // The action's message; while a job runs a busy bar and, for a renewal, Cancel.
    m_progress = new ActionProgress(this);
    connect(m_progress, &ActionProgress::cancelRequested, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    layout->addWidget(m_progress);

    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    m_importMessage->setWordWrap(true);
    m_importMessage->setTextFormat(Qt::PlainText);
    m_importMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importMessage->hide();
    layout->addWidget(m_importMessage);

    m_actions = new LicenseActions(this);
    m_activateButton = m_actions->button(LicenseActions::Activate);
    const std::pair<LicenseActions::Action, void (LicenseStatusWidget::*)()> slots[] = {
        {LicenseActions::Renew, &LicenseStatusWidget::renewNow},
        {LicenseActions::SignOut, &LicenseStatusWidget::signOut},
        {LicenseActions::SignIn, &LicenseStatusWidget::signIn},
        {LicenseActions::Deactivate, &LicenseStatusWidget::deactivate},
        {LicenseActions::Import, &LicenseStatusWidget::importLicenseFile},
        {LicenseActions::NetworkSettings, &LicenseStatusWidget::showNetworkSettings},
        {LicenseActions::CopyDiagnostics, &LicenseStatusWidget::copyDiagnostics},
        {LicenseActions::TestConnection, &LicenseStatusWidget::testConnection},
        {LicenseActions::Activate, &LicenseStatusWidget::activateRequested}};
    for (const auto &[action, slot] : slots)
        connect(m_actions->button(action), &QPushButton::clicked, this, slot);
    layout->addWidget(m_actions);

    m_devices = new DevicesWidget(m_config, this);
    m_devices->setConfirmation(
        [this](const QString &title, const QString &text, const QString &accept) {
            return confirm(title, text, accept);
        });
    layout->addWidget(m_devices);

    m_support = new SupportLink(m_config, this);
    layout->addWidget(m_support);

    for (AddressToCopy *address : {m_overview->endNotice()->fallback(), m_support->fallback()}) {
        // The address field has the focus and says why it is shown: no other news.
        connect(address, &AddressToCopy::shown, this, [this] { m_progress->announce(QString()); });
        connect(address, &AddressToCopy::copied, this,
                [this] { showMessage(tr("The address was copied to the clipboard.")); });
    }

    updateActions();
}

LicenseStatusWidget::~LicenseStatusWidget()
{
    if (m_running)
        m_running->cancel();
}

void LicenseStatusWidget::setActivator(Activator *activator)
{
    if (m_activator)
        disconnect(m_activator, nullptr, this, nullptr);
    m_activator = activator;
    if (m_activator)
        connect(m_activator, &Activator::changed, this, &LicenseStatusWidget::render);
    m_devices->setActivator(activator);
    render();
}

bool LicenseStatusWidget::isBusy() const
{
    return !m_running.isNull() || (m_activator && m_activator->isBusy());
}

QSettings *LicenseStatusWidget::settings() const
{
    if (m_settings)
        return m_settings;
    if (!m_ownSettings)
        m_ownSettings = std::make_unique<QSettings>();
    return m_ownSettings.get();
}

bool LicenseStatusWidget::confirm(const QString &title, const QString &text, const QString &accept)
{
    if (m_confirm)
        return m_confirm(title, text, accept);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    QPushButton *yes = box.addButton(accept, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

void LicenseStatusWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureFocus();
    // Again once the stacked widget that shows this view has placed the focus itself.
    QTimer::singleShot(0, this, &LicenseStatusWidget::ensureFocus);
}

void LicenseStatusWidget::ensureFocus()
{
    if (!isVisible())
        return;
    const QWidget *focus = window()->focusWidget();
    if (focus && focus->isVisible() && focus->isEnabled())
        return;
    // Not activated: the way to activate; else the licenses themselves.
    if (!m_allValid && m_activateButton->isVisible() && m_activateButton->isEnabled())
        m_activateButton->setFocus();
    else
        m_items->setFocus();
}

void LicenseStatusWidget::showMessage(const QString &message)
{
    m_failureInMessage = false;
    m_progress->setMessage(message);
    m_progress->announce(message);
}

void LicenseStatusWidget::beginBusy(const QString &message)
{
    showMessage(message);
    m_progress->holdFocus();
}

void LicenseStatusWidget::setBusy(Job *job, bool cancellable)
{
    m_running = job;
    m_cancellable = cancellable;
    updateActions();
}

LicenseStatusModel LicenseStatusWidget::model() const
{
    LicenseStatusModel model(m_config);
    model.setFacts(LicenseStatusModel::factsOf(m_activator));
    return model;
}

void LicenseStatusWidget::updateActions()
{
    const bool busy = isBusy();
    m_actions->update(model().actions(), busy, m_hasTokens);
    m_progress->setBusy(busy, busy && m_running && m_cancellable);
    if (!busy)
        m_progress->returnFocus(m_activateButton); // with the result
    ensureFocus();
}

void LicenseStatusWidget::importLicenseFile()
{
    if (!m_activator)
        return;
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getOpenFileName(this, tr("Import license file"), QString(),
                                       tr("License files (*.jwt *.txt *.lic);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported = m_activator->importFile(path);
    if (!imported)
        m_importMessage->setText(imported.error().message);
    else
        m_importMessage->setText(tr("Imported %n license token(s).", nullptr, imported->tokens));
    m_importMessage->setAccessibleName(m_importMessage->text());
    m_importMessage->show();
    render();
    m_progress->announce(m_importMessage->text());
    if (imported)
        Q_EMIT licensesImported();
}

void LicenseStatusWidget::refresh()
{
    if (m_activator)
        m_activator->refresh(); // renders through changed()
    else
        render();
}

void LicenseStatusWidget::render()
{
    const LicenseStatusModel model = this->model();
    const LicenseStatusModel::Facts &facts = model.facts();
    m_allValid = facts.engine && facts.allValid;
    m_hasTokens = facts.engine && facts.hasLicenses;
    m_overview->showModel(model, m_failureInMessage);
    m_actions->update(model.actions(), isBusy(), m_hasTokens);
    // Only when shown: a hidden view's focus would rest on a control no one sees.
    if (m_activator && !m_allValid && isVisible() && !isBusy())
        m_activateButton->setFocus();
    updateActions();
}

void LicenseStatusWidget::renewNow()
{
    if (isBusy() || !m_activator)
        return;
    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Renewing the licenses at the license server…"));
    RenewJob *job = m_activator->renew();
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        const bool failed = job->hasError() && job->error().code != ErrorCode::Cancelled;
        if (failed)
            qCInfo(lcWidgets) << "renew now failed:" << errorCodeName(job->error().code);
        showMessage(model().renewMessage(*job));
        m_failureInMessage = failed; // the list's last-check line does not repeat it
        render();
        if (!job->hasError())
            Q_EMIT licensesRenewed(job->renewedItems());
    });
    setBusy(job, true);
    job->start();
}

void LicenseStatusWidget::signOut()
{
    if (isBusy() || !m_activator)
        return;
    const LicenseStatusModel before = model();
    if (!confirm(tr("Sign out?"), before.signOutQuestion(), tr("Sign out")))
        return;
    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Signing out…"));
    Job *job = m_activator->signOut();
    connect(job, &Job::finished, this, [this, job, done = before.signedOutMessage()] {
        m_running = nullptr;
        if (job->hasError())
            qCInfo(lcWidgets) << "sign-out failed:" << job->error().detail;
        showMessage(job->hasError()
                        ? tr("Signing out did not complete: %1").arg(job->error().message)
                        : done);
        render();
        if (!job->hasError())
            Q_EMIT signedOut();
    });
    setBusy(job);
    job->start();
}

void LicenseStatusWidget::signIn()
{
    if (isBusy() || !m_activator)
        return;
    if (!m_viewFactory || m_config.browser == QLatin1String("system")) {
        Q_EMIT signInRequested();
        return;
    }
    auto *dialog = new SignInDialog(m_config, m_viewFactory, this);
    if (!dialog->view()) {
        delete dialog;
        showMessage(tr("The sign-in page cannot be shown in this window."));
        Q_EMIT signInRequested();
        return;
    }
    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Signing in…"));
    ActivateJob *job = dialog->signIn(m_activator);
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        const Error error = job->error();
        if (error.isError() && error.code != ErrorCode::Cancelled && !m_activator->isSignedIn())
            qCInfo(lcWidgets) << "sign-in failed:" << errorCodeName(error.code) << error.detail;
        showMessage(LicenseStatusModel::signInMessage(error, m_activator->isSignedIn(),
                                                      job->identity().accountName()));
        render();
        if (m_activator->isSignedIn())
            Q_EMIT signedIn();
    });
    setBusy(job);
    dialog->open();
    job->start();
}

void LicenseStatusWidget::deactivate()
{
    if (isBusy() || !m_activator)
        return;
    const LicenseStatusModel before = model();
    if (!confirm(before.deactivateTitle(), before.deactivateQuestion(), tr("Deactivate")))
        return;
    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Giving the licenses back at the license server…"));
    ReleaseQueueJob *job = m_activator->deactivate();
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        showMessage(model().deactivateMessage(*job, m_activator->nextReleaseAttempt()));
        render();
        if (!job->hasError())
            Q_EMIT deactivated();
    });
    setBusy(job);
    job->start();
}

QString LicenseStatusWidget::diagnostics() const
{
    const QString proxy = ProxySettings::load(*settings()).describe(m_config.issuer);
    if (m_activator)
        return m_activator->supportReport(proxy);
    return QStringLiteral("Product: %1 (%2)\nProxy: %3\n")
        .arg(m_config.productName, m_config.vendorName, proxy);
}

void LicenseStatusWidget::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(diagnostics());
    showMessage(tr("The diagnostics were copied to the clipboard. Paste them into your message "
                   "to support; they contain no password, token or activation code."));
}

void LicenseStatusWidget::showNetworkSettings()
{
    ProxySettingsDialog dialog(this);
    const ProxySettings before = ProxySettings::load(*settings());
    dialog.setSettings(before);
    const bool accepted =
        m_dialogRunner ? m_dialogRunner(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return;
    const ProxySettings after = dialog.settings();
    if (!after.isUsable() || after == before)
        return;
    after.save(*settings());
    after.apply();
    if (m_activator)
        after.applyTo(m_activator->networkAccessManager());
    showMessage(tr("The network settings were saved."));
    Q_EMIT proxySettingsChanged(after);
}

void LicenseStatusWidget::testConnection()
{
    if (!m_activator)
        return;
    auto *dialog = new ConnectionTestDialog(m_config, m_activator, this);
    connect(dialog, &ConnectionTestDialog::networkSettingsRequested, this,
            &LicenseStatusWidget::showNetworkSettings);
    connect(dialog, &ConnectionTestDialog::helpRequested, m_support, &SupportLink::open);
    dialog->open();
    dialog->run();
}

} // namespace Keyway
