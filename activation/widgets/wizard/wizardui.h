// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QString>

class QCommandLinkButton;
class QDateTime;
class QLabel;
class QPixmap;
class QPushButton;
class QWidget;

namespace Keyway {

struct VendorConfig;

/// The pieces the wizard's pages are made of, alike on every page.
namespace WizardUi {

/// A heading (HeadingLabel), named by its text for a screen reader.
QLabel *heading(const QString &text, QWidget *parent);
/// A wrapped plain-text paragraph.
QLabel *paragraph(const QString &text, QWidget *parent);
/// A push button that takes Enter (outside a QDialog only auto-default buttons do).
QPushButton *button(const QString &text, QWidget *parent);
/// One of the welcome page's ways in: a command link with its description.
QCommandLinkButton *choice(const QString &text, const QString &description, QWidget *parent);
/// "Get help": opens the vendor's support page; hidden when the vendor has none.
QPushButton *helpButton(const VendorConfig &config, QWidget *parent);
/// Sets a label's text and lets screen readers read the new text; hidden when empty.
void say(QLabel *label, const QString &text);
/// The vendor's accent on @p window's palette where it stays readable; the vendor's logo scaled
/// for the window (null without one).
QPixmap applyBranding(QWidget *window, const VendorConfig &config);
/// The date in the person's long format, local time; empty when invalid.
QString formatDate(const QDateTime &dateTime);

} // namespace WizardUi
} // namespace Keyway
