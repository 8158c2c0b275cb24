// SPDX-License-Identifier: BSD-3-Clause
#include "devicelistmodel.h"

#include "core/datetimetext.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Keyway {

QString DeviceListModel::date(const QDateTime &time)
{
    return DateTimeText::date(time);
}

QString DeviceListModel::lastUse(const QDateTime &lastSeen, const QDateTime &now)
{
    if (!lastSeen.isValid())
        return tr("Not used yet");
    const QDate seen = lastSeen.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    // A clock a little behind the service's counts as today.
    if (seen >= today)
        return tr("Last used today");
    if (seen == today.addDays(-1))
        return tr("Last used yesterday");
    return tr("Last used on %1").arg(date(lastSeen));
}

void DeviceListModel::setDevices(const QList<DeviceInfo> &devices, const QList<SeatInfo> &licenses,
                                 const QDateTime &now, const VendorConfig *config)
{
    m_licenses = licenses;
    QList<DeviceInfo> ordered = devices;
    std::stable_sort(ordered.begin(), ordered.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
        if (a.current != b.current)
            return a.current;
        if (a.lastSeen != b.lastSeen)
            return a.lastSeen > b.lastSeen;
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    m_rows.clear();
    for (const DeviceInfo &device : std::as_const(ordered)) {
        Row row;
        row.id = device.id;
        row.current = device.current;
        row.name = device.name.trimmed().isEmpty() ? tr("(no name)") : device.name;
        row.label = device.current ? tr("%1 (this computer)").arg(row.name) : row.name;
        row.lastUse = lastUse(device.lastSeen, now);
        QStringList items;
        for (const DeviceInfo::Lease &lease : device.leases) {
            const QString item = config ? config->itemDisplayName(lease.item) : lease.item;
            if (!items.contains(item))
                items.append(item);
            if (!row.leaseEnd.isValid() || lease.end > row.leaseEnd)
                row.leaseEnd = lease.end;
        }
        std::sort(items.begin(), items.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        if (device.releasedAt.isValid())
            row.state = tr("Removed from your account on %1").arg(date(device.releasedAt));
        else if (device.current)
            row.state = tr("This computer");
        else if (!items.isEmpty())
            row.state = tr("Uses %1").arg(QLocale().createSeparatedList(items));
        else
            row.state = tr("Uses no license now");
        row.removable = !device.current && !device.releasedAt.isValid();
        row.accessibleText = tr("%1. %2. %3.").arg(row.label, row.lastUse, row.state);
        m_rows.append(row);
    }
}

int DeviceListModel::currentRow() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).current)
            return i;
    }
    return -1;
}

int DeviceListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString DeviceListModel::countMessage() const
{
    switch (m_rows.size()) {
    case 0:
        return tr("No computer uses your licenses yet.");
    case 1:
        return tr("1 computer on your account.");
    default:
        return tr("%1 computers on your account.").arg(m_rows.size());
    }
}

QStringList DeviceListModel::seatSummary() const
{
    QStringList lines;
    for (const SeatInfo &license : m_licenses) {
        QString line = license.seats == 1
            ? tr("%1: %2 of 1 computer in use.").arg(license.productName).arg(license.seatsInUse)
            : tr("%1: %2 of %3 computers in use.")
                  .arg(license.productName)
                  .arg(license.seatsInUse)
                  .arg(license.seats);
        if (license.nextRemoteReleaseAt.isValid())
            line += QLatin1Char(' ')
                + tr("No more computers can be removed from it until %1.")
                      .arg(date(license.nextRemoteReleaseAt));
        lines.append(line);
    }
    return lines;
}

QString DeviceListModel::removeTitle(const Row &row)
{
    return tr("Remove “%1” from your account?").arg(row.name);
}

QString DeviceListModel::removeText(const Row &row)
{
    const QString offline = row.leaseEnd.isValid()
        ? tr("It keeps working offline until %1, then it needs to be activated again.")
              .arg(date(row.leaseEnd))
        : tr("It needs to be activated again to use your licenses.");
    return tr("“%1” stops using your licenses, and its seats are free at once for another "
              "computer. %2 Only a few computers can be removed within 30 days.")
        .arg(row.name, offline);
}

QString DeviceListModel::removeAccept()
{
    return tr("Remove");
}

QString DeviceListModel::removedMessage(const QString &name)
{
    return tr("“%1” was removed from your account. Its seats are free now.").arg(name);
}

QString DeviceListModel::renamedMessage(const QString &name)
{
    return tr("This computer is now called “%1” in your account.").arg(name);
}

} // namespace Keyway
