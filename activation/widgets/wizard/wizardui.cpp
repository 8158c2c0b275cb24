// SPDX-License-Identifier: BSD-3-Clause
#include "wizardui.h"

#include "config/vendorconfig.h"
#include "contrast.h"
#include "core/datetimetext.h"
#include "headinglabel.h"
#include "widgets/widgetstr.h"
#include "widgetslogging.h"

#include <QCommandLinkButton>
#include <QCoreApplication>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace Keyway::WizardUi {

namespace {
/**
 * A way in whose keyboard focus shows: styles (Fusion among them) draw no focus rectangle on a
 * command link, so Enter would press a choice the person cannot see (issue 17 item 4). The
 * frame is the highlight colour, which the vendor's accent sets and which reads on the window.
 */
class ChoiceButton : public QCommandLinkButton
{
public:
    using QCommandLinkButton::QCommandLinkButton;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QCommandLinkButton::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal width = qMax(2.0, fontMetrics().height() / 8.0);
        painter.setPen(QPen(palette().color(QPalette::Highlight), width));
        painter.setBrush(Qt::NoBrush);
        const qreal inset = width / 2;
        painter.drawRoundedRect(QRectF(rect()).adjusted(inset, inset, -inset, -inset), 3, 3);
    }
};
} // namespace

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new HeadingLabel(text, parent);
    label->setAccessibleName(text);
    return label;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    // Outside a QDialog a push button ignores Enter unless it is auto-default.
    b->setAutoDefault(true);
    return b;
}

QCommandLinkButton *choice(const QString &text, const QString &description, QWidget *parent)
{
    auto *b = new ChoiceButton(text, description, parent);
    b->setAutoDefault(true);
    b->setAccessibleDescription(description);
    return b;
}

QPushButton *helpButton(const VendorConfig &config, QWidget *parent)
{
    //: Opens the vendor's support page in the web browser
    auto *help = button(WidgetsTr::tr("&Get help"), parent);
    help->setAccessibleDescription(
        WidgetsTr::tr("Opens the support page of %1 in your web browser.").arg(config.vendorName));
    help->setToolTip(config.supportUrl);
    help->setVisible(!config.supportUrl.isEmpty());
    return help;
}

void say(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

QPixmap applyBranding(QWidget *window, const VendorConfig &config)
{
    const QColor accent(config.accentColor);
    if (!config.accentColor.isEmpty() && accent.isValid()) {
        QPalette palette = window->palette();
        // Text on the accent stays readable (WCAG contrast), and the accent becomes the link
        // colour only where it reads on the window's background.
        const QColor onAccent = readableTextOn(accent);
        const bool readableAsLink = contrastRatio(accent, palette.color(QPalette::Window)) >= 4.5;
        for (const auto group : {QPalette::Active, QPalette::Inactive}) {
            palette.setColor(group, QPalette::Highlight, accent);
            palette.setColor(group, QPalette::HighlightedText, onAccent);
            if (readableAsLink)
                palette.setColor(group, QPalette::Link, accent);
        }
        window->setPalette(palette);
    }
    if (config.logo.isEmpty())
        return QPixmap();
    QPixmap logo(config.logo);
    if (logo.isNull()) {
        qCWarning(lcWidgets) << "the vendor logo could not be loaded:" << config.logo;
        return logo;
    }
    const qreal ratio = window->devicePixelRatioF();
    logo = logo.scaledToHeight(qRound(64 * ratio), Qt::SmoothTransformation);
    logo.setDevicePixelRatio(ratio);
    return logo;
}

QString formatDate(const QDateTime &dateTime)
{
    return DateTimeText::date(dateTime);
}

} // namespace Keyway::WizardUi
