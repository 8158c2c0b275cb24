// SPDX-License-Identifier: BSD-3-Clause
#include "supportlink.h"

#include "addresstocopy.h"
#include "contrast.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Keyway {

SupportLink::SupportLink(const VendorConfig &config, QWidget *parent)
    : QWidget(parent), m_config(config), m_accent(config.accentColor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_link = new QPushButton(this);
    m_link->setObjectName(QStringLiteral("supportLink"));
    m_link->setFlat(true);
    m_link->setCursor(Qt::PointingHandCursor);
    m_link->setAutoDefault(true);
    QFont linkFont = m_link->font();
    linkFont.setUnderline(true);
    m_link->setFont(linkFont);
    connect(m_link, &QPushButton::clicked, this, &SupportLink::open);
    layout->addWidget(m_link, 0, Qt::AlignLeft);
    m_fallback = new AddressToCopy(tr("Address of the help page"), QStringLiteral("help"), this);
    layout->addWidget(m_fallback);

    const QString vendor =
        m_config.vendorName.isEmpty() ? m_config.productName : m_config.vendorName;
    if (QUrl(m_config.supportUrl).isValid() && !m_config.supportUrl.isEmpty()) {
        m_link->setText(tr("Get help from %1").arg(vendor));
        m_link->setAccessibleName(tr("Get help from %1 (opens in your browser)").arg(vendor));
        m_link->setToolTip(m_config.supportUrl);
    } else {
        hide();
    }
    applyColour();
}

void SupportLink::open()
{
    m_fallback->open(QUrl(m_config.supportUrl));
}

void SupportLink::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new palette (dark mode switched on, high contrast): the link colour is chosen again.
    if (event->type() == QEvent::PaletteChange && m_link)
        applyColour();
}

void SupportLink::applyColour()
{
    QPalette link = m_link->palette();
    const QColor window = palette().color(QPalette::Window);
    const QColor defaultLink = QApplication::palette(m_link).color(QPalette::Link);
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
        m_link->setPalette(link);
    }
}

} // namespace Keyway
