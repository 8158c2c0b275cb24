// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Keyway {

class AddressToCopy;

/**
 * The status view's warning before the license ends (licenseEndWarningDays, docs/licensing.md):
 * "The license of <product> ends in 9 days, on …", and when the vendor has a renewalUrl,
 * *Renew the license*, which opens it in the browser or, when none opens, shows the address to
 * copy. Hidden while no license ends soon. Not exported: a part of LicenseStatusWidget.
 */
class LicenseEndNotice : public QWidget
{
    Q_OBJECT
public:
    explicit LicenseEndNotice(const QString &renewalUrl, QWidget *parent = nullptr);

    /// @p warning from LicenseStatusModel::endWarning(); @p withLink: offer the renewal page.
    void setWarning(const QString &warning, bool withLink);

    QPushButton *renewalLink() const { return m_link; }
    AddressToCopy *fallback() const { return m_fallback; }

private:
    QString m_renewalUrl;
    QLabel *m_warning = nullptr;
    QPushButton *m_link = nullptr;
    AddressToCopy *m_fallback = nullptr;
};

} // namespace Keyway
