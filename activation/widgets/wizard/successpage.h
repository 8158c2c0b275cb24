// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "license/licensestore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keyway {

class ActivateJob;
struct VendorConfig;

/// What was licensed: the summary sentence and a row per licensed feature.
class SuccessPage : public QWidget
{
    Q_OBJECT
public:
    struct Row
    {
        QString item; ///< the vendor's name for the item (VendorConfig::itemDisplayName)
        QString until; ///< shown in the second column
        QString spoken; ///< the row as a screen reader reads it
        QString id; ///< the item's id, in the name's tooltip only
    };

    explicit SuccessPage(QWidget *parent = nullptr);

    void setResult(const QString &summary, const QList<Row> &rows);
    /// What @p job licensed, until when, and for whom.
    void showActivated(const VendorConfig &config, const ActivateJob &job);
    /// The @p items a license file brought, from the engine's @p licenses.
    void showImported(const VendorConfig &config, const QList<LicenseStore::ItemStatus> &licenses,
                      const QStringList &items);
    /// Focus on Done, with "Activation complete" and the summary.
    void arrive();

Q_SIGNALS:
    void doneClicked();

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_licenseList = nullptr;
    QPushButton *m_doneButton = nullptr;
};

} // namespace Keyway
