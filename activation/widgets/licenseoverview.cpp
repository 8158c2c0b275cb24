// SPDX-License-Identifier: BSD-3-Clause
#include "licenseoverview.h"

#include "contrast.h"
#include "headinglabel.h"
#include "licenseendnotice.h"
#include "widgetslogging.h"

#include "engine/licensestatusmodel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyway {

namespace {

QLabel *plainLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LicenseOverview::LicenseOverview(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config), m_accent(config.accentColor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The vendor's band: logo and product name, on the accent colour when there is one.
    m_header = new QFrame(this);
    m_header->setObjectName(QStringLiteral("brandHeader"));
    auto *headerLayout = new QHBoxLayout(m_header);
    m_logo = new QLabel(m_header);
    m_logo->setObjectName(QStringLiteral("brandLogo"));
    m_logo->hide();
    headerLayout->addWidget(m_logo);
    auto *title = new HeadingLabel(m_config.productName, m_header);
    title->setObjectName(QStringLiteral("brandTitle"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(false);
    headerLayout->addWidget(title, 1);
    layout->addWidget(m_header);

    m_summary = plainLabel(QStringLiteral("statusSummary"), this);
    layout->addWidget(m_summary);

    // N days before the license ends: say so, with the vendor's renewal page when there is one.
    m_endNotice = new LicenseEndNotice(m_config.renewalUrl, this);
    layout->addWidget(m_endNotice);

    m_items = new QTreeWidget(this);
    m_items->setObjectName(QStringLiteral("statusList"));
    m_items->setAccessibleName(tr("Licensed features"));
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->setHeaderLabels(
        {tr("Feature"), tr("State"), tr("Works offline until"), tr("Details")});
    m_items->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_items, 1);

    m_lastCheck = plainLabel(QStringLiteral("lastCheck"), this);
    layout->addWidget(m_lastCheck);

    if (!m_config.logo.isEmpty()) {
        const QPixmap pixmap = QIcon(m_config.logo).pixmap(QSize(48, 48), devicePixelRatioF());
        if (!pixmap.isNull()) {
            m_logo->setPixmap(pixmap);
            m_logo->setAccessibleName(tr("%1 logo").arg(
                m_config.vendorName.isEmpty() ? m_config.productName : m_config.vendorName));
            m_logo->show();
        } else {
            qCInfo(lcWidgets) << "the vendor logo could not be loaded:" << m_config.logo;
        }
    }
    applyBranding();
}

void LicenseOverview::showModel(const LicenseStatusModel &model, bool failureSaid)
{
    m_items->clear();
    const QList<LicenseStatusModel::Row> rows = model.rows();
    for (const LicenseStatusModel::Row &row : rows) {
        auto *item =
            new QTreeWidgetItem(m_items, {row.name, row.state, row.worksOfflineUntil, row.details});
        item->setToolTip(0, row.item);
        item->setToolTip(3, row.details);
        item->setData(0, Qt::AccessibleTextRole, row.accessibleText);
    }
    for (int column = 0; column < 3; ++column)
        m_items->resizeColumnToContents(column);
    m_endNotice->setWarning(model.endWarning(), model.showsRenewalLink());
    m_summary->setText(model.summary());
    const QString lastCheck = model.lastCheck(failureSaid);
    m_lastCheck->setText(lastCheck);
    m_lastCheck->setVisible(!lastCheck.isEmpty());
}

void LicenseOverview::applyBranding()
{
    if (m_accent.isValid()) {
        // Text on the accent is black or white, whichever reads better, whatever the accent.
        QPalette band = m_header->palette();
        band.setColor(QPalette::Window, m_accent);
        band.setColor(QPalette::WindowText, readableTextOn(m_accent));
        if (band != m_header->palette())
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
}

void LicenseOverview::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new palette (dark mode switched on, high contrast): the colours are chosen again.
    if (event->type() == QEvent::PaletteChange && m_items)
        applyBranding();
}

} // namespace Keyway
