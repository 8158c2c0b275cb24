// SPDX-License-Identifier: BSD-3-Clause
#include "licenseimport.h"

#include "config/vendorconfig.h"
#include "core/tr.h"
#include "core/untrustedtext.h"
#include "jose/jws.h"
#include "license/clockguard.h"
#include "license/licensestore.h"
#include "license/licensetoken.h"

#include <QCoreApplication>
#include <QFile>

namespace Keyway {

namespace {
// A license file is a few tokens; anything larger is not one (and is not read whole).
constexpr qint64 MaxFileBytes = 1024 * 1024;
// Refusals listed one by one; the rest are counted.
constexpr int MaxListedRefusals = 5;
} // namespace

Result<LicenseImport::Imported> LicenseImport::importFile(LicenseStore &store,
                                                          const VendorConfig &config,
                                                          const QString &deviceId,
                                                          const QString &path, const QDateTime &now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return unexpected(
            Error(ErrorCode::FileUnreadable,
                  LicenseTr::tr("The file %1 could not be read: %2").arg(path, file.errorString()),
                  file.errorString()));
    }
    // size() is 0 for a pipe or a device: read one byte past the limit to tell.
    const QByteArray contents = file.read(MaxFileBytes + 1);
    if (file.size() > MaxFileBytes || contents.size() > MaxFileBytes) {
        return unexpected(
            Error(ErrorCode::FileUnreadable,
                  LicenseTr::tr("The file %1 is too large to be a license file (at most %2 KB).")
                      .arg(path)
                      .arg(MaxFileBytes / 1024),
                  QStringLiteral("larger than %1 bytes").arg(MaxFileBytes)));
    }
    return importTokens(store, config, deviceId, contents, now);
}

Result<LicenseImport::Imported> LicenseImport::importTokens(LicenseStore &store,
                                                            const VendorConfig &config,
                                                            const QString &deviceId,
                                                            const QByteArray &contents,
                                                            const QDateTime &now)
{
    const QList<QByteArray> tokens = QByteArray(contents).replace('&', ' ').simplified().split(' ');

    // Judged with the same trusted time as the store's check.
    ClockGuard guard(store.directory(), config.clockToleranceSeconds);
    const ClockGuard::Verdict clock = guard.evaluate(now);
    QList<QByteArray> accepted;
    QStringList items;
    QStringList refusals;
    int refused = 0;
    QString subject = store.subject();
    for (const QByteArray &token : tokens) {
        if (token.isEmpty())
            continue;
        // A word that is not even shaped like a token (a text file, a README) is no refusal of
        // its own: the file as a whole holds no license (one sentence, not one per word).
        const QList<QByteArray> segments = token.split('.');
        if (segments.size() != 3 || segments.contains(QByteArray()))
            continue;
        auto grants = LicenseToken::verify(token, config.licenseKeys, deviceId, subject,
                                           clock.effectiveNow(), 60, config.maximumLeaseSeconds());
        if (!grants) {
            if (++refused > MaxListedRefusals)
                continue;
            // The item names come from a token that failed verification: anybody's words.
            const auto parsed = Jws::parse(token);
            const QStringList mentioned =
                parsed ? LicenseToken::itemsMentioned(parsed->payload) : QStringList();
            const QString names =
                UntrustedText::sanitize(mentioned.mid(0, 10).join(QStringLiteral(", ")), 80);
            refusals.append(LicenseTr::tr("Refused a token for %1: %2")
                                .arg(names.isEmpty() ? LicenseTr::tr("an unknown item") : names,
                                     grants.error().message));
            continue;
        }
        if (subject.isEmpty())
            subject = grants->first().subject;
        accepted.append(token);
        for (const LicenseGrant &grant : std::as_const(*grants))
            items.append(grant.item);
    }
    if (refused > 0) {
        if (refused > MaxListedRefusals)
            refusals.append(LicenseTr::tr("… and %n more token(s) refused.", nullptr,
                                          refused - MaxListedRefusals));
        refusals.append(LicenseTr::tr("Nothing was imported."));
        return unexpected(Error(ErrorCode::LicenseItemDenied, refusals.join(QLatin1Char('\n')),
                                QStringLiteral("%1 token(s) refused").arg(refused)));
    }
    if (accepted.isEmpty()) {
        return unexpected(Error(ErrorCode::LicenseMissing,
                                LicenseTr::tr("The file holds no license token."), QString()));
    }
    if (clock.setBack)
        return unexpected(ClockGuard::setBackError(clock, config.productName));

    // The imported tokens replace stored ones for the same items; the rest stay.
    QList<QByteArray> merged = accepted;
    for (const QByteArray &old : store.tokens()) {
        const auto parsed = Jws::parse(old);
        const QStringList oldItems =
            parsed ? LicenseToken::itemsMentioned(parsed->payload) : QStringList();
        bool replaced = false;
        for (const QString &item : oldItems)
            replaced = replaced || items.contains(item);
        if (!replaced)
            merged.append(old);
    }
    if (auto saved = store.save(subject, store.email(), merged); !saved)
        return unexpected(saved.error());
    return Imported {int(accepted.size()), items};
}

} // namespace Keyway
