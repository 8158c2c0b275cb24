// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"

#include <QColor>
#include <QWidget>

class QPushButton;

namespace Keyway {

class AddressToCopy;

/**
 * The status view's *Get help from <vendor>*: the vendor's supportUrl, drawn as a link in the
 * accent colour where that reads well on the palette (else the palette's link colour, else its
 * text colour), a button to the keyboard and to assistive technology: one Tab stop that Enter
 * and Space open (a label with a link was two stops of the same name, and the first did
 * nothing). When no browser opens, the address to copy appears below it (AddressToCopy). Hidden
 * when the vendor configuration has no support link. Not exported: a part of
 * LicenseStatusWidget.
 */
class SupportLink : public QWidget
{
    Q_OBJECT
public:
    SupportLink(const VendorConfig &config, QWidget *parent = nullptr);

    QPushButton *button() const { return m_link; }
    AddressToCopy *fallback() const { return m_fallback; }

public Q_SLOTS:
    /// Opens the support page, or shows its address to copy.
    void open();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The link's colour for the current palette.
    void applyColour();

    VendorConfig m_config;
    QColor m_accent;
    QPushButton *m_link = nullptr;
    AddressToCopy *m_fallback = nullptr;
};

} // namespace Keyway
