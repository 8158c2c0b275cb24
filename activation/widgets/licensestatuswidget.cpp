// SPDX-License-Identifier: BSD-3-Clause
#include "licensestatuswidget.h"

#include "accessiblenews.h"
#include "contrast.h"
#include "deviceswidget.h"
#include "headinglabel.h"

#include "core/clock.h"
#include "license/licenseimport.h"
#include "license/licensestore.h"
#include "license/releasequeue.h"
#include "oidc/session.h"
#include "online/releasejob.h"
#include "online/renewjob.h"
#include "proxysettingsdialog.h"
#include "widgetslogging.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#ifndef KEYWAY_VERSION
#define KEYWAY_VERSION "unknown"
#endif

namespace Keyway {

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

LicenseStatusWidget::LicenseStatusWidget(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    setWindowTitle(tr("%1 licenses").arg(m_config.productName));
    auto *layout = new QVBoxLayout(this);

    // The vendor's band: logo and product name, on the accent colour when there is one.
    m_header = new QFrame(this);
    m_header->setObjectName(QStringLiteral("brandHeader"));
    auto *headerLayout = new QHBoxLayout(m_header);
    m_logo = new QLabel(m_header);
    m_logo->setObjectName(QStringLiteral("brandLogo"));
    m_logo->hide();
    headerLayout->addWidget(m_logo);
    m_title = new HeadingLabel(m_config.productName, m_header);
    m_title->setObjectName(QStringLiteral("brandTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(false);
    headerLayout->addWidget(m_title, 1);
    layout->addWidget(m_header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    // N days before the license ends: say so, with the vendor's renewal page when there is one.
    auto *ending = new QHBoxLayout;
    m_endWarning = new QLabel(this);
    m_endWarning->setObjectName(QStringLiteral("licenseEndWarning"));
    m_endWarning->setWordWrap(true);
    m_endWarning->setTextFormat(Qt::PlainText);
    m_endWarning->hide();
    ending->addWidget(m_endWarning, 1);
    m_renewalLink = new QPushButton(tr("Renew the &license"), this);
    m_renewalLink->setObjectName(QStringLiteral("renewalLink"));
    m_renewalLink->setAccessibleName(tr("Renew the license (opens in your browser)"));
    m_renewalLink->setToolTip(m_config.renewalUrl);
    m_renewalLink->hide();
    connect(m_renewalLink, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl(m_config.renewalUrl)))
            qCWarning(lcWidgets) << "could not open the renewal page" << m_config.renewalUrl;
    });
    ending->addWidget(m_renewalLink, 0, Qt::AlignTop);
    layout->addLayout(ending);

    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("statusList"));
    m_items->setAccessibleName(tr("Licensed features"));
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->setHeaderLabels(
        {tr("Feature"), tr("State"), tr("Works offline until"), tr("Details")});
    m_items->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_items, 1);

    m_lastCheck = new QLabel(this);
    m_lastCheck->setObjectName(QStringLiteral("lastCheck"));
    m_lastCheck->setWordWrap(true);
    m_lastCheck->setTextFormat(Qt::PlainText);
    layout->addWidget(m_lastCheck);

    m_actionMessage = new QLabel(this);
    m_actionMessage->setObjectName(QStringLiteral("actionMessage"));
    m_actionMessage->setWordWrap(true);
    m_actionMessage->setTextFormat(Qt::PlainText);
    // Focusable: it holds the focus while a job runs (holdFocusWhileBusy()).
    m_actionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse
                                             | Qt::TextSelectableByKeyboard);
    m_actionMessage->hide();
    layout->addWidget(m_actionMessage);

    m_importMessage = new QLabel(this);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    m_importMessage->setWordWrap(true);
    m_importMessage->setTextFormat(Qt::PlainText);
    m_importMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importMessage->hide();
    layout->addWidget(m_importMessage);

    auto *online = new QHBoxLayout;
    m_renewButton = new QPushButton(tr("&Renew now"), this);
    m_renewButton->setObjectName(QStringLiteral("renewButton"));
    m_renewButton->setAccessibleDescription(
        tr("Checks the licenses with the license server now and extends their leases."));
    online->addWidget(m_renewButton);
    m_signOutButton = new QPushButton(tr("&Sign out"), this);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setAccessibleDescription(
        tr("Removes your sign-in from this computer. The licenses keep working until their "
           "leases end."));
    online->addWidget(m_signOutButton);
    m_deactivateButton = new QPushButton(tr("&Deactivate on this device…"), this);
    m_deactivateButton->setObjectName(QStringLiteral("deactivateButton"));
    m_deactivateButton->setAccessibleDescription(
        tr("Gives the licenses back so that they can be used on another computer."));
    online->addWidget(m_deactivateButton);
    online->addStretch();
    layout->addLayout(online);

    auto *buttons = new QHBoxLayout;
    m_importButton = new QPushButton(tr("&Import license file…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleDescription(
        tr("For computers without internet access: a license file your administrator downloaded "
           "for this computer's device id."));
    buttons->addWidget(m_importButton);
    m_networkButton = new QPushButton(tr("&Network settings…"), this);
    m_networkButton->setObjectName(QStringLiteral("networkButton"));
    m_networkButton->setAccessibleDescription(tr("The proxy used to reach the license server."));
    buttons->addWidget(m_networkButton);
    m_copyButton = new QPushButton(tr("&Copy diagnostics"), this);
    m_copyButton->setObjectName(QStringLiteral("copyDiagnosticsButton"));
    m_copyButton->setAccessibleDescription(
        tr("Copies a report for support to the clipboard. It contains no password, token or "
           "activation code."));
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    m_activateButton = new QPushButton(tr("&Activate…"), this);
    m_activateButton->setObjectName(QStringLiteral("activateButton"));
    m_activateButton->setAutoDefault(true);
    buttons->addWidget(m_activateButton);
    layout->addLayout(buttons);

    m_devices = new DevicesWidget(m_config, this);
    m_devices->setConfirmation(
        [this](const QString &title, const QString &text, const QString &accept) {
            return confirm(title, text, accept);
        });
    layout->addWidget(m_devices);

    // Drawn as a link, a button to the keyboard and to assistive technology: one Tab stop that
    // Enter and Space open (a label with a link was two stops of the same name, and the first
    // did nothing).
    m_supportLink = new QPushButton(this);
    m_supportLink->setObjectName(QStringLiteral("supportLink"));
    m_supportLink->setFlat(true);
    m_supportLink->setCursor(Qt::PointingHandCursor);
    QFont linkFont = m_supportLink->font();
    linkFont.setUnderline(true);
    m_supportLink->setFont(linkFont);
    connect(m_supportLink, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl(m_config.supportUrl)))
            qCWarning(lcWidgets) << "could not open the support page" << m_config.supportUrl;
    });
    if (QUrl(m_config.supportUrl).isValid() && !m_config.supportUrl.isEmpty()) {
        const QString vendor =
            m_config.vendorName.isEmpty() ? m_config.productName : m_config.vendorName;
        m_supportLink->setAccessibleName(
            tr("Get help from %1 (opens in your browser)").arg(vendor));
        m_supportLink->setToolTip(m_config.supportUrl);
    } else {
        m_supportLink->hide();
    }
    layout->addWidget(m_supportLink, 0, Qt::AlignLeft);

    // Outside a dialog a push button ignores Enter unless it is auto-default (as in the wizard).
    for (QPushButton *b : {m_renewButton, m_signOutButton, m_deactivateButton, m_importButton,
                           m_networkButton, m_copyButton, m_supportLink, m_renewalLink})
        b->setAutoDefault(true);

    connect(m_activateButton, &QPushButton::clicked, this, &LicenseStatusWidget::activateRequested);
    connect(m_importButton, &QPushButton::clicked, this, &LicenseStatusWidget::importLicenseFile);
    connect(m_renewButton, &QPushButton::clicked, this, &LicenseStatusWidget::renewNow);
    connect(m_signOutButton, &QPushButton::clicked, this, &LicenseStatusWidget::signOut);
    connect(m_deactivateButton, &QPushButton::clicked, this, &LicenseStatusWidget::deactivate);
    connect(m_copyButton, &QPushButton::clicked, this, &LicenseStatusWidget::copyDiagnostics);
    connect(m_networkButton, &QPushButton::clicked, this,
            &LicenseStatusWidget::showNetworkSettings);

    applyBranding();
    updateActions();
}

LicenseStatusWidget::~LicenseStatusWidget()
{
    if (m_running)
        m_running->cancel();
}

void LicenseStatusWidget::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam;
    m_devices->setNetworkAccessManager(nam);
    updateActions();
}

void LicenseStatusWidget::setSession(Session *session)
{
    m_session = session;
    m_devices->setSession(session);
    updateActions();
}

void LicenseStatusWidget::setLicenseStore(LicenseStore *store)
{
    m_store = store;
    m_devices->setDataDirectory(store ? store->directory() : QString());
}

void LicenseStatusWidget::setDeviceId(const QString &deviceId)
{
    m_deviceId = deviceId;
    m_devices->setDeviceId(deviceId);
}

void LicenseStatusWidget::setSettings(QSettings *settings)
{
    m_settings = settings;
}

QSettings *LicenseStatusWidget::settings() const
{
    if (m_settings)
        return m_settings;
    if (!m_ownSettings)
        m_ownSettings = std::make_unique<QSettings>();
    return m_ownSettings.get();
}

void LicenseStatusWidget::applyBranding()
{
    if (!m_config.logo.isEmpty()) {
        const QIcon logo(m_config.logo);
        const QPixmap pixmap = logo.pixmap(QSize(48, 48), devicePixelRatioF());
        if (!pixmap.isNull()) {
            m_logo->setPixmap(pixmap);
            m_logo->setAccessibleName(tr("%1 logo").arg(
                m_config.vendorName.isEmpty() ? m_config.productName : m_config.vendorName));
            m_logo->show();
        } else {
            qCInfo(lcWidgets) << "the vendor logo could not be loaded:" << m_config.logo;
        }
    }

    m_accent = QColor(m_config.accentColor);
    if (m_accent.isValid()) {
        // Text on the accent is black or white, whichever reads better, whatever the accent.
        const QColor text = readableTextOn(m_accent);
        QPalette band = m_header->palette();
        band.setColor(QPalette::Window, m_accent);
        band.setColor(QPalette::WindowText, text);
        m_header->setPalette(band);
        m_header->setAutoFillBackground(true);
    }
    // The selected row: the accent if any; its text black or white when the palette's own
    // highlighted text is not readable on it (Fusion's default blue with white is 3.7:1).
    const QColor highlight = m_accent.isValid() ? m_accent : palette().color(QPalette::Highlight);
    QColor highlightedText = palette().color(QPalette::HighlightedText);
    if (contrastRatio(highlightedText, highlight) < 4.5)
        highlightedText = readableTextOn(highlight);
    QPalette list = m_items->palette();
    if (list.color(QPalette::Highlight) != highlight
        || list.color(QPalette::HighlightedText) != highlightedText) {
        list.setColor(QPalette::Highlight, highlight);
        list.setColor(QPalette::HighlightedText, highlightedText);
        m_items->setPalette(list);
    }
    // The support link in the accent colour only where it is readable on this palette's window.
    QPalette link = m_supportLink->palette();
    const QColor window = palette().color(QPalette::Window);
    const QColor defaultLink = QApplication::palette(m_supportLink).color(QPalette::Link);
    QColor chosen = defaultLink;
    if (m_accent.isValid() && contrastRatio(m_accent, window) >= 4.5)
        chosen = m_accent;
    else if (contrastRatio(defaultLink, window) < 4.5)
        chosen = palette().color(QPalette::WindowText);
    if (link.color(QPalette::ButtonText) != chosen) {
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            link.setColor(group, QPalette::Link, chosen);
            link.setColor(group, QPalette::ButtonText, chosen);
        }
        m_supportLink->setPalette(link);
    }
    if (!m_config.supportUrl.isEmpty()) {
        const QString vendor =
            m_config.vendorName.isEmpty() ? m_config.productName : m_config.vendorName;
        m_supportLink->setText(tr("Get help from %1").arg(vendor));
    }
}

void LicenseStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new palette (dark mode switched on, high contrast): the link colour is chosen again.
    if (event->type() == QEvent::PaletteChange && m_supportLink)
        applyBranding();
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

void LicenseStatusWidget::announce(const QString &news)
{
    if (m_newsControl)
        AccessibleNews::clearNews(m_newsControl);
    m_newsControl = nullptr;
    QWidget *focus = window()->focusWidget();
    // The message label says it itself (its name is the message).
    if (news.isEmpty() || !focus || !isAncestorOf(focus) || focus == m_actionMessage)
        return;
    AccessibleNews::setNews(focus, news);
    m_newsControl = focus;
}

void LicenseStatusWidget::showMessage(const QString &message)
{
    m_actionMessage->setText(message);
    m_actionMessage->setAccessibleName(message);
    m_actionMessage->setVisible(!message.isEmpty());
    announce(message);
}

void LicenseStatusWidget::holdFocusWhileBusy()
{
    QWidget *focus = window()->focusWidget();
    if (!focus || !isAncestorOf(focus) || focus == m_actionMessage)
        return;
    m_busyOrigin = focus;
    if (m_actionMessage->isVisibleTo(this) && !m_actionMessage->text().isEmpty())
        m_actionMessage->setFocus();
}

void LicenseStatusWidget::setBusy(Job *job, const QString &message)
{
    m_running = job;
    if (!message.isEmpty())
        showMessage(message);
    holdFocusWhileBusy();
    updateActions();
}

void LicenseStatusWidget::updateActions()
{
    const bool online = m_nam && m_session;
    const bool busy = isBusy();
    m_renewButton->setVisible(online);
    m_signOutButton->setVisible(online);
    m_deactivateButton->setVisible(online);
    m_renewButton->setEnabled(!busy && m_hasTokens);
    m_signOutButton->setEnabled(!busy);
    m_deactivateButton->setEnabled(!busy && m_hasTokens);
    m_importButton->setEnabled(!busy);
    m_activateButton->setEnabled(!busy);
    if (!busy && m_busyOrigin) {
        // Done: the focus back where the person started the job, with the result.
        QWidget *origin = m_busyOrigin;
        m_busyOrigin = nullptr;
        if (origin->isVisible() && origin->isEnabled()) {
            origin->setFocus();
            announce(m_actionMessage->isVisible() ? m_actionMessage->text() : QString());
        }
    }
    ensureFocus();
}

QDateTime LicenseStatusWidget::earliestLeaseEnd() const
{
    if (!m_store)
        return QDateTime();
    QDateTime earliest;
    for (const auto &status : m_store->check(m_config, m_deviceId, Clock::current())) {
        if (status.isValid() && status.grant.expiresAt.isValid()
            && (!earliest.isValid() || status.grant.expiresAt < earliest))
            earliest = status.grant.expiresAt;
    }
    return earliest;
}

void LicenseStatusWidget::importLicenseFile()
{
    if (!m_store)
        return;
    const QString path = m_fileChooser
        ? m_fileChooser()
        : QFileDialog::getOpenFileName(this, tr("Import license file"), QString(),
                                       tr("License files (*.jwt *.txt *.lic);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto imported =
        LicenseImport::importFile(*m_store, m_config, m_deviceId, path, Clock::current());
    if (!imported) {
        qCInfo(lcWidgets) << "license import refused:" << imported.error().detail;
        m_importMessage->setText(imported.error().message);
        m_lastError = imported.error();
    } else {
        m_importMessage->setText(tr("Imported %n license token(s).", nullptr, imported->tokens));
    }
    m_importMessage->setAccessibleName(m_importMessage->text());
    m_importMessage->show();
    refresh();
    announce(m_importMessage->text());
    if (imported)
        Q_EMIT licensesImported();
}

void LicenseStatusWidget::refresh()
{
    m_items->clear();
    if (!m_store) {
        m_allValid = false;
        m_hasTokens = false;
        m_summary->setText(tr("%1 is not activated on this computer.").arg(m_config.productName));
        m_lastCheck->hide();
        m_activateButton->show();
        updateActions();
        return;
    }

    const QList<LicenseStore::ItemStatus> statuses =
        m_store->check(m_config, m_deviceId, Clock::current());
    m_hasTokens = !m_store->tokens().isEmpty();
    m_allValid = !statuses.isEmpty();
    for (const LicenseStore::ItemStatus &status : statuses) {
        m_allValid = m_allValid && status.isValid();
        const QString state = LicenseStore::stateLabel(status.state);
        const QString details = status.reason.message;
        const QString ends =
            status.grant.expiresAt.isValid() ? localTime(status.grant.expiresAt) : QString();
        auto *row = new QTreeWidgetItem(m_items, {status.item, state, ends, details});
        row->setToolTip(3, details);
        row->setData(0, Qt::AccessibleTextRole, tr("%1: %2. %3").arg(status.item, state, details));
        if (!status.isValid())
            qCInfo(lcWidgets).noquote()
                << "license item" << status.item << LicenseStore::stateName(status.state)
                << status.reason.detail;
    }
    for (int column = 0; column < 3; ++column)
        m_items->resizeColumnToContents(column);
    const QString ending = LicenseStore::endsSoonMessage(statuses, m_config.productName);
    m_endWarning->setText(ending);
    m_endWarning->setAccessibleName(ending);
    m_endWarning->setVisible(!ending.isEmpty());
    m_renewalLink->setVisible(!ending.isEmpty() && !m_config.renewalUrl.isEmpty());
    if (!ending.isEmpty())
        m_renewalLink->setAccessibleDescription(ending);

    const QString email = m_store->email();
    if (m_allValid)
        m_summary->setText(
            email.isEmpty()
                ? tr("%1 is activated on this computer.").arg(m_config.productName)
                : tr("%1 is activated on this computer for %2.").arg(m_config.productName, email));
    else if (!m_hasTokens)
        m_summary->setText(tr("%1 is not activated on this computer.").arg(m_config.productName));
    else
        m_summary->setText(tr("Some features of %1 are not licensed on this computer. "
                              "The list says why.")
                               .arg(m_config.productName));
    updateLastCheck();
    const bool signInNeeded = m_lastError.code == ErrorCode::SessionExpired;
    m_activateButton->setVisible(!m_allValid || signInNeeded);
    // Only when shown: a hidden view's focus would rest on a control no one sees.
    if (!m_allValid && isVisible())
        m_activateButton->setFocus();
    updateActions();
}

void LicenseStatusWidget::updateLastCheck()
{
    // The last successful contact: when the newest lease was issued.
    QDateTime lastIssued;
    QDateTime leaseEnd;
    for (const auto &status : m_store->check(m_config, m_deviceId, Clock::current())) {
        if (status.grant.issuedAt.isValid()
            && (!lastIssued.isValid() || status.grant.issuedAt > lastIssued))
            lastIssued = status.grant.issuedAt;
        if (status.isValid() && (!leaseEnd.isValid() || status.grant.expiresAt < leaseEnd))
            leaseEnd = status.grant.expiresAt;
    }
    const LicenseStore::RenewalFailure failure = m_store->lastRenewalFailure();
    QStringList lines;
    if (lastIssued.isValid())
        lines
            << tr("Last successful check with the license server: %1.").arg(localTime(lastIssued));
    if (failure.isValid() && (!lastIssued.isValid() || failure.failedAt >= lastIssued)) {
        lines << tr("The last check at %1 failed: %2")
                     .arg(localTime(failure.failedAt), failure.error.message);
        if (leaseEnd.isValid())
            lines << tr("The licenses keep working without a connection until %1.")
                         .arg(localTime(leaseEnd));
        if (failure.nextRetry.isValid())
            lines << tr("Next attempt after %1.").arg(localTime(failure.nextRetry));
    }
    m_lastCheck->setText(lines.join(QLatin1Char(' ')));
    m_lastCheck->setVisible(!lines.isEmpty());
}

void LicenseStatusWidget::renewNow()
{
    if (isBusy() || !m_nam || !m_session || !m_store)
        return;
    auto *job = new RenewJob(m_config, m_nam, m_session, m_store, this);
    job->setDeviceId(m_deviceId);
    job->setForce(true);
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        if (job->hasError()) {
            m_lastError = job->error();
            qCInfo(lcWidgets) << "renew now failed:" << errorCodeName(job->error().code)
                              << job->error().detail;
            QString message = tr("The licenses could not be renewed: %1").arg(job->error().message);
            if (job->error().code == ErrorCode::SessionExpired)
                message += QLatin1Char(' ') + tr("Choose “Activate…” to sign in again.");
            const QDateTime end = earliestLeaseEnd();
            if (end.isValid())
                message += QLatin1Char(' ')
                    + tr("The licenses keep working without a connection until %1.")
                          .arg(localTime(end));
            showMessage(message);
            refresh();
            return;
        }
        m_lastError = Error();
        const QStringList renewed = job->renewedItems();
        QString message = tr("Renewed %n license(s).", nullptr, int(renewed.size()));
        const QDateTime end = earliestLeaseEnd();
        if (end.isValid())
            message += QLatin1Char(' ') + tr("They work offline until %1.").arg(localTime(end));
        if (!job->deniedItems().isEmpty())
            message += QLatin1Char(' ')
                + tr("The license server refused: %1.")
                      .arg(QLocale().createSeparatedList(job->deniedItems()));
        showMessage(message);
        refresh();
        Q_EMIT licensesRenewed(renewed);
    });
    setBusy(job, tr("Renewing the licenses at the license server…"));
    job->start();
}

void LicenseStatusWidget::signOut()
{
    if (isBusy() || !m_session)
        return;
    const QDateTime end = earliestLeaseEnd();
    const QString text = end.isValid()
        ? tr("Signing out removes your sign-in from this computer. The licenses on this computer "
             "stay valid without a connection until their leases end (%1), but they cannot be "
             "renewed until you sign in again.")
              .arg(localTime(end))
        : tr("Signing out removes your sign-in from this computer.");
    if (!confirm(tr("Sign out?"), text, tr("Sign out")))
        return;
    Job *job = m_session->signOut();
    connect(job, &Job::finished, this, [this, job, end] {
        m_running = nullptr;
        if (job->hasError()) {
            m_lastError = job->error();
            qCInfo(lcWidgets) << "sign-out failed:" << job->error().detail;
            showMessage(tr("Signing out did not complete: %1").arg(job->error().message));
            updateActions();
            return;
        }
        showMessage(end.isValid() ? tr("Signed out. The licenses stay valid until %1; sign in "
                                       "again to renew them.")
                                        .arg(localTime(end))
                                  : tr("Signed out."));
        refresh();
        Q_EMIT signedOut();
    });
    setBusy(job, tr("Signing out…"));
    job->start();
}

void LicenseStatusWidget::releaseLeases(const QStringList &leases,
                                        std::function<void(const Error &)> done)
{
    if (!m_nam || !m_session) {
        done(Error(ErrorCode::SessionExpired, QStringLiteral("no session")));
        return;
    }
    AccessTokenJob *token = m_session->accessToken();
    connect(token, &Job::finished, this, [this, token, leases, done] {
        if (token->hasError()) {
            m_running = nullptr;
            done(token->error());
            return;
        }
        auto *release = new ReleaseJob(m_config, m_nam, this);
        release->setAccessToken(token->token());
        release->setLeaseIds(leases);
        connect(release, &Job::finished, this, [this, release, done] {
            m_running = nullptr;
            done(release->error());
        });
        m_running = release;
        release->start();
    });
    m_running = token;
    token->start();
}

void LicenseStatusWidget::deactivate()
{
    if (isBusy() || !m_store)
        return;
    if (!confirm(tr("Deactivate %1 on this computer?").arg(m_config.productName),
                 tr("The licenses are removed from this computer and given back at the license "
                    "server, so that they can be used on another computer. To use %1 here again, "
                    "you will need to activate it again.")
                     .arg(m_config.productName),
                 tr("Deactivate")))
        return;
    const QStringList leases = ReleaseJob::leaseIdsOf(m_store->tokens());
    ReleaseQueue queue(m_store->directory());
    // Queue first, then forget the tokens: if the program stops in between, nothing is lost.
    if (auto queued = queue.add(leases); !queued) {
        m_lastError = queued.error();
        showMessage(tr("The licenses could not be removed: %1").arg(queued.error().message));
        return;
    }
    if (auto cleared = m_store->clear(); !cleared) {
        m_lastError = cleared.error();
        showMessage(tr("The licenses could not be removed: %1").arg(cleared.error().message));
        return;
    }
    qCInfo(lcWidgets) << "licenses removed;" << leases.size() << "lease(s) to release";
    showMessage(tr("Giving the licenses back at the license server…"));
    holdFocusWhileBusy();
    releaseLeases(leases, [this, leases](const Error &error) {
        if (error.isError()) {
            m_lastError = error;
            qCInfo(lcWidgets) << "release queued:" << errorCodeName(error.code) << error.detail;
            showMessage(tr("The licenses were removed from this computer. They will be given back "
                           "at the license server the next time it can be reached (%1)")
                            .arg(error.message));
        } else {
            ReleaseQueue(m_store->directory()).remove(leases);
            showMessage(tr("The licenses were removed from this computer and given back at the "
                           "license server."));
        }
        refresh();
        Q_EMIT deactivated();
    });
    updateActions();
}

void LicenseStatusWidget::sendQueuedReleases()
{
    if (isBusy() || !m_store || !m_nam || !m_session)
        return;
    const QStringList pending = ReleaseQueue(m_store->directory()).pending();
    if (pending.isEmpty())
        return;
    releaseLeases(pending, [this, pending](const Error &error) {
        if (error.isError()) {
            qCInfo(lcWidgets) << "queued releases still pending:" << errorCodeName(error.code);
        } else {
            ReleaseQueue(m_store->directory()).remove(pending);
            qCInfo(lcWidgets) << "sent" << pending.size() << "queued release(s)";
        }
        updateActions();
    });
    updateActions();
}

QString LicenseStatusWidget::diagnostics() const
{
    QStringList lines;
    lines << QStringLiteral("Product: %1 (%2)").arg(m_config.productName, m_config.vendorName);
    lines << QStringLiteral("Keyway: %1, Qt %2")
                 .arg(QStringLiteral(KEYWAY_VERSION), QString::fromLatin1(qVersion()));
    lines << QStringLiteral("OS: %1 (%2 %3, %4)")
                 .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                      QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture());
    lines << QStringLiteral("Issuer: %1").arg(m_config.issuer.toString());
    lines << QStringLiteral("Device id: %1").arg(m_deviceId);
    lines << QStringLiteral("Items:");
    QDateTime lastIssued;
    if (m_store) {
        for (const auto &status : m_store->check(m_config, m_deviceId, Clock::current())) {
            // Codes and names only: a detail may quote an account id.
            lines << QStringLiteral("  %1: %2, lease ends %3%4")
                         .arg(status.item, LicenseStore::stateName(status.state),
                              isoTime(status.grant.expiresAt),
                              status.reason.isError()
                                  ? QStringLiteral(" (%1)").arg(errorCodeName(status.reason.code))
                                  : QString());
            if (status.grant.issuedAt.isValid()
                && (!lastIssued.isValid() || status.grant.issuedAt > lastIssued))
                lastIssued = status.grant.issuedAt;
        }
        const auto failure = m_store->lastRenewalFailure();
        lines << QStringLiteral("Last successful check: %1").arg(isoTime(lastIssued));
        if (failure.isValid())
            lines << QStringLiteral("Last failed check: %1 (%2), failures %3, next attempt %4")
                         .arg(isoTime(failure.failedAt), errorCodeName(failure.error.code))
                         .arg(failure.failures)
                         .arg(isoTime(failure.nextRetry));
        lines << QStringLiteral("Queued releases: %1")
                     .arg(ReleaseQueue(m_store->directory()).pending().size());
    }
    lines << QStringLiteral("Last error: %1%2")
                 .arg(m_lastError.isError() ? errorCodeName(m_lastError.code)
                                            : QStringLiteral("none"),
                      m_lastError.reference.isEmpty()
                          ? QString()
                          : QStringLiteral(" (reference %1)").arg(m_lastError.reference));
    if (!m_lastError.detail.isEmpty())
        lines << QStringLiteral("Last error detail: %1").arg(m_lastError.detail.left(500));
    const ProxySettings proxy = ProxySettings::load(*settings());
    lines << QStringLiteral("Proxy: %1").arg(proxy.describe(m_config.issuer));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
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
    after.applyTo(m_nam);
    showMessage(tr("The network settings were saved."));
    Q_EMIT proxySettingsChanged(after);
}

} // namespace Keyway
