// SPDX-License-Identifier: BSD-3-Clause
#include "datetimetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Keyway::DateTimeText {

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QLocale locale;
    // Some locales' short time has seconds; they are dropped with their separator.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(seconds);
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), timeFormat.trimmed());
}

QString date(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QLocale locale;
    // The locale's long date without the weekday: "3 March 2026", "3. März 2026".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return locale.toString(time.toLocalTime().date(), format.trimmed());
}

} // namespace Keyway::DateTimeText
