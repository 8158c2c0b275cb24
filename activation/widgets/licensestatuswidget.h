// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_widgets_export.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keyway {

class LicenseStore;

/**
 * The product's licensed items and the verdict on each, verified offline from the license
 * store: valid until when, or why not, in a sentence a person can act on.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT LicenseStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LicenseStatusWidget(const VendorConfig &config, QWidget *parent = nullptr);
    ~LicenseStatusWidget() override;

    /// Not owned.
    void setLicenseStore(LicenseStore *store) { m_store = store; }
    void setDeviceId(const QString &deviceId) { m_deviceId = deviceId; }

    /// Verifies the stored licenses again and shows the result.
    void refresh();
    /// Whether every configured item was valid at the last refresh().
    bool allValid() const { return m_allValid; }
    /// Asks for the license file to import (a file dialog unless set; tests answer it).
    void setFileChooser(const std::function<QString()> &chooser) { m_fileChooser = chooser; }
    /// Imports license tokens an administrator downloaded for this computer (air-gapped).
    void importLicenseFile();

Q_SIGNALS:
    /// The person asked to activate (again), e.g. because an item is missing.
    void activateRequested();
    /// Licenses were imported into the store.
    void licensesImported();

private:
    VendorConfig m_config;
    LicenseStore *m_store = nullptr;
    std::function<QString()> m_fileChooser;
    QString m_deviceId;
    bool m_allValid = false;

    QLabel *m_summary = nullptr;
    QTreeWidget *m_items = nullptr;
    QPushButton *m_activateButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QLabel *m_importMessage = nullptr;
};

} // namespace Keyway
