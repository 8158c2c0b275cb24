// SPDX-License-Identifier: BSD-3-Clause
#include "licensestatuswidget.h"

#include "accessiblenews.h"
#include "contrast.h"
#include "deviceswidget.h"
#include "headinglabel.h"
#include "wizard/connectiontestpage.h"

#include "core/clock.h"
#include "core/datetimetext.h"
#include "engine/activator.h"
#include "engine/releasequeuejob.h"
#include "license/licensestore.h"
#include "online/activatejob.h"
#include "online/renewjob.h"
#include "proxysettingsdialog.h"
#include "widgetslogging.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialog>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Keyway {

namespace {

QString localTime(const QDateTime &time)
{
    return DateTimeText::dateTime(time);
}

/// The Details column: what the other columns do not say. The lease's end has its own column
/// and a failed renewal its sentence below the list, so neither is repeated here.
QString detailsFor(const LicenseStore::ItemStatus &status)
{
    using State = LicenseStore::ItemStatus::State;
    const LicenseGrant &grant = status.grant;
    if (!status.isValid())
        return status.reason.message;
    QString text = grant.licenseEnd.isValid()
        ? LicenseStatusWidget::tr("Licensed until %1.").arg(DateTimeText::date(grant.licenseEnd))
        : grant.subscription ? LicenseStatusWidget::tr("Subscription renews automatically.")
                             : QString();
    if (status.state == State::RenewalDue)
        text += QLatin1Char(' ')
            + LicenseStatusWidget::tr("Renewed at the next connection to the internet.");
    else if (status.state == State::ValidOffline)
        text += QLatin1Char(' ') + LicenseStatusWidget::tr("Not renewed yet: see below.");
    return text.trimmed();
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

    // While a job runs: a busy bar (no percentage is known) and, for a renewal, Cancel.
    auto *busy = new QHBoxLayout;
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->hide();
    busy->addWidget(m_busyBar, 1);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setAccessibleDescription(tr("Stops renewing the licenses."));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    busy->addWidget(m_cancelButton);
    layout->addLayout(busy);

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
    m_signInButton = new QPushButton(tr("S&ign in…"), this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleDescription(
        tr("Signs you in again on this computer, so that the licenses can be renewed."));
    online->addWidget(m_signInButton);
    m_deactivateButton = new QPushButton(tr("&Deactivate on this computer…"), this);
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
    m_testConnectionButton = new QPushButton(tr("&Test connection…"), this);
    m_testConnectionButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testConnectionButton->setAccessibleDescription(
        tr("Checks each step on the way to the license server and says what to do about a "
           "failed one."));
    buttons->addWidget(m_testConnectionButton);
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
        if (QDesktopServices::openUrl(QUrl(m_config.supportUrl)))
            return;
        qCWarning(lcWidgets) << "could not open the support page" << m_config.supportUrl;
        // No browser: the address to copy instead of nothing.
        m_helpAddress->setText(m_config.supportUrl);
        m_helpFallback->show();
        m_helpAddress->setFocus();
        m_helpAddress->selectAll();
        announce(m_helpFallbackText->text());
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

    m_helpFallback = new QFrame(this);
    m_helpFallback->setObjectName(QStringLiteral("helpFallback"));
    auto *fallbackLayout = new QHBoxLayout(m_helpFallback);
    fallbackLayout->setContentsMargins(0, 0, 0, 0);
    m_helpFallbackText =
        new QLabel(tr("No browser could be opened. Open this address in a browser:"), this);
    m_helpFallbackText->setWordWrap(true);
    fallbackLayout->addWidget(m_helpFallbackText, 1);
    m_helpAddress = new QLineEdit(m_helpFallback);
    m_helpAddress->setObjectName(QStringLiteral("helpAddress"));
    m_helpAddress->setReadOnly(true);
    m_helpAddress->setAccessibleName(tr("Address of the help page"));
    m_helpAddress->setAccessibleDescription(m_helpFallbackText->text());
    fallbackLayout->addWidget(m_helpAddress, 2);
    auto *copyAddress = new QPushButton(tr("C&opy address"), m_helpFallback);
    copyAddress->setObjectName(QStringLiteral("copyHelpAddressButton"));
    copyAddress->setAutoDefault(true);
    connect(copyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_helpAddress->text());
        showMessage(tr("The address was copied to the clipboard."));
    });
    fallbackLayout->addWidget(copyAddress);
    m_helpFallback->hide();
    layout->addWidget(m_helpFallback);

    // Outside a dialog a push button ignores Enter unless it is auto-default (as in the wizard).
    for (QPushButton *b :
         {m_renewButton, m_signOutButton, m_signInButton, m_deactivateButton, m_importButton,
          m_networkButton, m_copyButton, m_testConnectionButton, m_supportLink, m_renewalLink})
        b->setAutoDefault(true);

    connect(m_activateButton, &QPushButton::clicked, this, &LicenseStatusWidget::activateRequested);
    connect(m_importButton, &QPushButton::clicked, this, &LicenseStatusWidget::importLicenseFile);
    connect(m_renewButton, &QPushButton::clicked, this, &LicenseStatusWidget::renewNow);
    connect(m_signOutButton, &QPushButton::clicked, this, &LicenseStatusWidget::signOut);
    connect(m_signInButton, &QPushButton::clicked, this, &LicenseStatusWidget::signIn);
    connect(m_deactivateButton, &QPushButton::clicked, this, &LicenseStatusWidget::deactivate);
    connect(m_copyButton, &QPushButton::clicked, this, &LicenseStatusWidget::copyDiagnostics);
    connect(m_networkButton, &QPushButton::clicked, this,
            &LicenseStatusWidget::showNetworkSettings);
    connect(m_testConnectionButton, &QPushButton::clicked, this,
            &LicenseStatusWidget::testConnection);

    applyBranding();
    updateActions();
}

LicenseStatusWidget::~LicenseStatusWidget()
{
    if (m_running)
        m_running->cancel();
    closeSignInDialog();
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

Activator *LicenseStatusWidget::activator() const
{
    return m_activator;
}

bool LicenseStatusWidget::isBusy() const
{
    return !m_running.isNull() || (m_activator && m_activator->isBusy());
}

Error LicenseStatusWidget::lastError() const
{
    return m_activator ? m_activator->lastError() : Error();
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
    m_failureInMessage = false;
    m_actionMessage->setText(message);
    m_actionMessage->setAccessibleName(message);
    m_actionMessage->setVisible(!message.isEmpty());
    announce(message);
}

void LicenseStatusWidget::beginBusy(const QString &message)
{
    showMessage(message);
    holdFocusWhileBusy();
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

void LicenseStatusWidget::setBusy(Job *job, bool cancellable)
{
    m_running = job;
    m_cancellable = cancellable;
    updateActions();
}

void LicenseStatusWidget::updateActions()
{
    const bool engine = !m_activator.isNull();
    const bool signedIn = engine && m_activator->isSignedIn();
    const bool busy = isBusy();
    const Activator::State state = engine ? m_activator->state() : Activator::State::NotActivated;
    const bool signedOut = engine && !signedIn && state != Activator::State::Unknown;
    m_renewButton->setVisible(signedIn);
    m_signOutButton->setVisible(signedIn);
    // Signed out with licenses here, or the session ended: the way back in.
    m_signInButton->setVisible(signedOut && m_hasTokens);
    m_deactivateButton->setVisible(engine && m_hasTokens);
    m_renewButton->setEnabled(!busy && m_hasTokens);
    m_signOutButton->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    m_deactivateButton->setEnabled(!busy && m_hasTokens);
    m_importButton->setEnabled(!busy);
    m_busyBar->setVisible(busy);
    const bool cancellable = busy && m_running && m_cancellable;
    // The focus stays on the progress message (accessibility.md); Cancel is the next Tab stop.
    m_cancelButton->setVisible(cancellable);
    m_testConnectionButton->setVisible(engine);
    m_activateButton->setEnabled(!busy);
    if (!busy && m_busyOrigin) {
        // Done: the focus back where the person started the job, with the result.
        QWidget *origin = m_busyOrigin;
        m_busyOrigin = nullptr;
        // Gone with the licenses (Deactivate): the way forward takes the focus instead.
        if (!origin->isVisible() || !origin->isEnabled())
            origin = m_activateButton;
        if (origin->isVisible() && origin->isEnabled()) {
            origin->setFocus();
            announce(m_actionMessage->isVisible() ? m_actionMessage->text() : QString());
        }
    }
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
    announce(m_importMessage->text());
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
    m_items->clear();
    if (!m_activator) {
        m_allValid = false;
        m_hasTokens = false;
        m_summary->setText(tr("%1 is not activated on this computer.").arg(m_config.productName));
        m_lastCheck->hide();
        m_activateButton->show();
        updateActions();
        return;
    }

    const QList<LicenseStore::ItemStatus> statuses = m_activator->licenses();
    m_hasTokens = m_activator->hasLicenses();
    m_allValid = m_activator->allValid();
    for (const LicenseStore::ItemStatus &status : statuses) {
        const QString state = LicenseStore::stateLabel(status.state);
        const QString details = detailsFor(status);
        // Only a working license works offline until a time; an expired one says when in Details.
        const QString ends = status.isValid() && status.grant.expiresAt.isValid()
            ? localTime(status.grant.expiresAt)
            : QString();
        // The vendor's name for the item; its id only in the tooltip (issue 17).
        const QString name = m_config.itemDisplayName(status.item);
        auto *row = new QTreeWidgetItem(m_items, {name, state, ends, details});
        row->setToolTip(0, status.item);
        row->setToolTip(3, details);
        row->setData(0, Qt::AccessibleTextRole, tr("%1: %2. %3").arg(name, state, details));
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

    const Activator::State state = m_activator->state();
    const QString email = m_activator->account().email;
    QString summary;
    if (m_allValid)
        summary = email.isEmpty()
            ? tr("%1 is activated on this computer.").arg(m_config.productName)
            : tr("%1 is activated on this computer for %2.").arg(m_config.productName, email);
    else if (!m_hasTokens)
        summary = tr("%1 is not activated on this computer.").arg(m_config.productName);
    else
        summary = tr("Some features of %1 are not licensed on this computer. "
                     "The list says why.")
                      .arg(m_config.productName);
    if (state == Activator::State::SignedOut) {
        const QDateTime end = m_activator->leaseEnd();
        summary += QLatin1Char(' ')
            + (end.isValid() ? tr("You are signed out: the licenses work until %1 and are not "
                                  "renewed until you sign in again.")
                                   .arg(localTime(end))
                             : tr("You are signed out."));
    } else if (state == Activator::State::ReleasedElsewhere) {
        summary += QLatin1Char(' ')
            + tr("This computer was removed from your account on another computer. Choose "
                 "“Activate…” to use %1 here again.")
                  .arg(m_config.productName);
    }
    m_summary->setText(summary);
    updateLastCheck();
    m_activateButton->setVisible(!m_allValid || state == Activator::State::ReleasedElsewhere);
    // Only when shown: a hidden view's focus would rest on a control no one sees.
    if (!m_allValid && isVisible() && !isBusy())
        m_activateButton->setFocus();
    updateActions();
}

void LicenseStatusWidget::updateLastCheck()
{
    const QDateTime lastIssued = m_activator->lastSuccessfulCheck();
    const QDateTime leaseEnd = m_activator->leaseEnd();
    const LicenseStore::RenewalFailure failure = m_activator->lastRenewalFailure();
    QStringList lines;
    if (lastIssued.isValid())
        lines
            << tr("Last successful check with the license server: %1.").arg(localTime(lastIssued));
    if (failure.isValid() && (!lastIssued.isValid() || failure.failedAt >= lastIssued)) {
        // Said once: when Renew now just said why, not again here.
        if (!m_failureInMessage) {
            lines << tr("The last check at %1 failed: %2")
                         .arg(localTime(failure.failedAt), failure.error.message);
            if (leaseEnd.isValid())
                lines << tr("The licenses keep working without a connection until %1.")
                             .arg(localTime(leaseEnd));
        }
        // A time in the past (after a restart) is no plan: the engine tries again soon.
        if (m_activator->isSignedIn() && failure.nextRetry.isValid()) {
            if (failure.nextRetry > Clock::current())
                lines << tr("Next attempt after %1.").arg(localTime(failure.nextRetry));
            else
                lines << tr("The next attempt is made soon.");
        }
    }
    m_lastCheck->setText(lines.join(QLatin1Char(' ')));
    m_lastCheck->setVisible(!lines.isEmpty());
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
        if (job->error().code == ErrorCode::Cancelled) {
            showMessage(tr("Renewing was cancelled. The licenses keep working as before."));
            render();
            return;
        }
        if (job->hasError()) {
            qCInfo(lcWidgets) << "renew now failed:" << errorCodeName(job->error().code);
            QString message = tr("The licenses could not be renewed: %1").arg(job->error().message);
            if (job->error().code == ErrorCode::SessionExpired)
                message += QLatin1Char(' ') + tr("Choose “Sign in…” to sign in again.");
            const QDateTime end = m_activator->leaseEnd();
            if (end.isValid())
                message += QLatin1Char(' ')
                    + tr("The licenses keep working without a connection until %1.")
                          .arg(localTime(end));
            showMessage(message);
            m_failureInMessage = true; // the list's last-check line does not repeat it
            render();
            return;
        }
        const QStringList renewed = job->renewedItems();
        // Spelled out per case: English has no plural catalogue, and no sentence says "(s)".
        QString message = renewed.isEmpty() ? tr("No license was renewed.")
            : renewed.size() == 1           ? tr("Renewed the license.")
                                            : tr("Renewed %1 licenses.").arg(renewed.size());
        const QDateTime end = m_activator->leaseEnd();
        if (end.isValid())
            message += QLatin1Char(' ') + tr("They work offline until %1.").arg(localTime(end));
        if (!job->deniedItems().isEmpty())
            message += QLatin1Char(' ')
                + tr("The license server refused: %1.")
                      .arg(QLocale().createSeparatedList(job->deniedItems()));
        showMessage(message);
        render();
        Q_EMIT licensesRenewed(renewed);
    });
    setBusy(job, true);
    job->start();
}

void LicenseStatusWidget::signOut()
{
    if (isBusy() || !m_activator)
        return;
    const QDateTime end = m_activator->leaseEnd();
    const QString text = end.isValid()
        ? tr("Signing out removes your sign-in from this computer. The licenses on this computer "
             "stay valid without a connection until their leases end (%1), but they cannot be "
             "renewed until you sign in again.")
              .arg(localTime(end))
        : tr("Signing out removes your sign-in from this computer.");
    if (!confirm(tr("Sign out?"), text, tr("Sign out")))
        return;
    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Signing out…"));
    Job *job = m_activator->signOut();
    connect(job, &Job::finished, this, [this, job, end] {
        m_running = nullptr;
        if (job->hasError()) {
            qCInfo(lcWidgets) << "sign-out failed:" << job->error().detail;
            showMessage(tr("Signing out did not complete: %1").arg(job->error().message));
            render();
            return;
        }
        showMessage(end.isValid() ? tr("Signed out. The licenses stay valid until %1; sign in "
                                       "again to renew them.")
                                        .arg(localTime(end))
                                  : tr("Signed out."));
        render();
        Q_EMIT signedOut();
    });
    setBusy(job);
    job->start();
}

void LicenseStatusWidget::closeSignInDialog()
{
    if (m_signInDialog) {
        m_signInDialog->hide();
        m_signInDialog->deleteLater();
    }
    m_signInDialog = nullptr;
}

void LicenseStatusWidget::signIn()
{
    if (isBusy() || !m_activator)
        return;
    if (!m_viewFactory || m_config.browser == QLatin1String("system")) {
        Q_EMIT signInRequested();
        return;
    }
    // The sign-in page in a dialog of its own; the view goes with it, and with it the page's
    // cookies and cache.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setWindowTitle(tr("Sign in to %1").arg(m_config.productName));
    auto *layout = new QVBoxLayout(dialog);
    SignInView *view = m_viewFactory(dialog);
    if (!view) {
        delete dialog;
        showMessage(tr("The sign-in page cannot be shown in this window."));
        Q_EMIT signInRequested();
        return;
    }
    layout->addWidget(view->widget(), 1);
    auto *cancel = new QPushButton(tr("Cancel"), dialog);
    layout->addWidget(cancel, 0, Qt::AlignRight);
    m_signInDialog = dialog;

    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Signing in…"));
    ActivateJob *job = m_activator->signIn(view);
    job->setRedirectUri(m_config.embeddedRedirectUri);
    job->setLoginHint(m_activator->account().email);
    job->setUiLocales(QLocale().uiLanguages());
    connect(cancel, &QPushButton::clicked, job, &Job::cancel);
    connect(dialog, &QDialog::rejected, job, &Job::cancel);
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        closeSignInDialog();
        const Error error = job->error();
        if (error.code == ErrorCode::Cancelled) {
            showMessage(tr("Signing in was cancelled. You are still signed out."));
        } else if (error.isError() && !m_activator->isSignedIn()) {
            qCInfo(lcWidgets) << "sign-in failed:" << errorCodeName(error.code) << error.detail;
            showMessage(tr("Signing in did not complete: %1").arg(error.message));
        } else {
            // Signed in; a refusal of the licenses (none for this account) is said with it.
            const QString who = job->identity().accountName();
            QString message = tr("Signed in as %1.").arg(who);
            if (error.isError())
                message += QLatin1Char(' ') + error.message;
            showMessage(message);
        }
        render();
        if (m_activator->isSignedIn())
            Q_EMIT signedIn();
    });
    setBusy(job);
    dialog->resize(640, 720);
    dialog->open();
    job->start();
}

void LicenseStatusWidget::deactivate()
{
    if (isBusy() || !m_activator)
        return;
    // Signed out, the seats cannot be freed now: the confirmation does not promise it.
    const QString text = m_activator->isSignedIn()
        ? tr("The licenses are removed from this computer and given back at the license "
             "server, so that they can be used on another computer. To use %1 here again, "
             "you will need to activate it again.")
              .arg(m_config.productName)
        : tr("The licenses are removed from this computer. Because you are signed out, they "
             "are given back at the license server only when you next sign in on this "
             "computer; until then they count as in use. To use %1 here again, you will need "
             "to activate it again.")
              .arg(m_config.productName);
    if (!confirm(tr("Deactivate %1 on this computer?").arg(m_config.productName), text,
                 tr("Deactivate")))
        return;
    // Before the engine starts: its new state disables the button that has the focus.
    beginBusy(tr("Giving the licenses back at the license server…"));
    ReleaseQueueJob *job = m_activator->deactivate();
    connect(job, &Job::finished, this, [this, job] {
        m_running = nullptr;
        if (job->hasError()) {
            showMessage(tr("The licenses could not be removed: %1").arg(job->error().message));
            render();
            return;
        }
        if (job->queued().isEmpty()) {
            showMessage(tr("The licenses were removed from this computer and given back at the "
                           "license server."));
        } else if (!m_activator->isSignedIn()
                   || job->sendError().code == ErrorCode::SessionExpired) {
            showMessage(tr("The licenses were removed from this computer. They will be given "
                           "back at the license server when you next sign in on this computer; "
                           "until then they count as in use."));
        } else {
            QString message =
                tr("The licenses were removed from this computer. They will be given back at "
                   "the license server the next time it can be reached (%1)")
                    .arg(job->sendError().message);
            const QDateTime next = m_activator->nextReleaseAttempt();
            if (next.isValid())
                message += QLatin1Char(' ') + tr("Next attempt after %1.").arg(localTime(next));
            showMessage(message);
        }
        render();
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
    // The wizard's page, in a dialog of its own: the engine's test, the same presentation.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("connectionTestDialog"));
    dialog->setWindowTitle(tr("Connection test"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *page = new ConnectionTestPage(m_config, dialog);
    layout->addWidget(page);
    auto run = [this, dialog, page] {
        ConnectionTest *test = m_activator->connectionTest();
        test->setParent(dialog); // closing the dialog stops the test
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
    };
    connect(page, &ConnectionTestPage::againRequested, dialog, run);
    connect(page, &ConnectionTestPage::backRequested, dialog, &QDialog::close);
    connect(page, &ConnectionTestPage::networkSettingsRequested, this,
            &LicenseStatusWidget::showNetworkSettings);
    connect(page, &ConnectionTestPage::helpRequested, m_supportLink, &QPushButton::click);
    dialog->resize(560, 480);
    dialog->open();
    run();
}

} // namespace Keyway
