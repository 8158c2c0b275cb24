// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"

#include <QColor>
#include <QWidget>

class QFrame;
class QLabel;
class QTreeWidget;

namespace Keyway {

class LicenseEndNotice;
class LicenseStatusModel;

/**
 * The upper part of the status view: the vendor's band (logo and product name on the accent
 * colour, the text black or white, whichever reads better), the summary, the warning before the
 * license ends, the licensed features one row each, and the last check with the license
 * server. It shows a LicenseStatusModel and decides nothing itself. Not exported: a part of
 * LicenseStatusWidget.
 */
class LicenseOverview : public QWidget
{
    Q_OBJECT
public:
    LicenseOverview(const VendorConfig &config, QWidget *parent = nullptr);

    /// Shows @p model; @p failureSaid: the action's message already says why renewing failed.
    void showModel(const LicenseStatusModel &model, bool failureSaid);

    QTreeWidget *list() const { return m_items; }
    LicenseEndNotice *endNotice() const { return m_endNotice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyBranding();

    VendorConfig m_config;
    QColor m_accent;
    QFrame *m_header = nullptr;
    QLabel *m_logo = nullptr;
    QLabel *m_summary = nullptr;
    LicenseEndNotice *m_endNotice = nullptr;
    QTreeWidget *m_items = nullptr;
    QLabel *m_lastCheck = nullptr;
};

} // namespace Keyway
