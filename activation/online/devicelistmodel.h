// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "config/vendorconfig.h"
#include "keyway_activation_export.h"
#include "online/devicelistjob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyway {

/**
 * What the Devices section of the status view shows, decided without a display (so that it is
 * tested as a table, and a later front end shows the same): which row is this computer, the
 * order, and every sentence in the customer's words (dates, never seconds or ids).
 */
class KEYWAY_ACTIVATION_EXPORT DeviceListModel
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::DeviceListModel)
public:
    struct Row
    {
        QString id; ///< the service's id, for rename and remove; never shown
        QString name; ///< as shown: "(no name)" when the service has none
        QString label; ///< the name, "(this computer)" added to this one
        QString lastUse; ///< "Last used today", "Last used on 3 March 2026", ...
        QString state; ///< "This computer", "Removed from your account on …", or what it uses
        QString accessibleText; ///< the whole row as one sentence, for screen readers
        bool current = false;
        bool removable = false; ///< another computer, not removed already
        QDateTime leaseEnd; ///< the latest end of its leases, invalid if none
    };

    /// The list as the service sent it, judged at @p now (the local calendar decides "today").
    /// Items are named as @p config names them (VendorConfig::itemDisplayName), else by id.
    void setDevices(const QList<DeviceInfo> &devices, const QList<SeatInfo> &licenses,
                    const QDateTime &now, const VendorConfig *config = nullptr);

    /// This computer first, then the others by last use, the most recent first.
    QList<Row> rows() const { return m_rows; }
    /// The row of this computer, or -1 when the service has not seen it yet.
    int currentRow() const;
    /// The row with the service's id @p id, or -1.
    int rowOf(const QString &id) const;

    /// How many computers the list holds, as a sentence.
    QString countMessage() const;
    /// One sentence per license: how many of its computers are in use, and when the next
    /// removal is possible if none is left.
    QStringList seatSummary() const;

    /// "Last used today" / "yesterday" / "on <date>" / "Not used yet", from @p now's local day.
    static QString lastUse(const QDateTime &lastSeen, const QDateTime &now);
    /// A date as people read it ("3 March 2026" in their language), local time.
    static QString date(const QDateTime &time);

    /// The confirmation before removing @p row: title, text and the accept button's label.
    static QString removeTitle(const Row &row);
    static QString removeText(const Row &row);
    static QString removeAccept();
    /// The result after @p name was removed.
    static QString removedMessage(const QString &name);
    /// The result after this computer was renamed to @p name.
    static QString renamedMessage(const QString &name);

private:
    QList<Row> m_rows;
    QList<SeatInfo> m_licenses;
};

} // namespace Keyway
