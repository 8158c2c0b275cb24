// SPDX-License-Identifier: BSD-3-Clause
#include "licenseimport.h"

#include "config/vendorconfig.h"
#include "jose/jws.h"
#include "license/clockguard.h"
#include "license/licensestore.h"
#include "license/licensetoken.h"

#include <QCoreApplication>
#include <QFile>

namespace Keyway {

namespace {
/// Gives lupdate and the runtime one context for the import's texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Keyway::LicenseImport)
};

// A license file is a few tokens; anything larger is not one.
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
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
                  Tr::tr("The file %1 could not be read: %2").arg(path, file.errorString()),
                  file.errorString()));
    }
    return importTokens(store, config, deviceId, file.read(MaxFileBytes), now);
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
    QString subject = store.subject();
    for (const QByteArray &token : tokens) {
        if (token.isEmpty())
            continue;
        auto grants = LicenseToken::verify(token, config.licenseKeys, deviceId, subject,
                                           clock.effectiveNow(), 60, config.maximumLeaseSeconds());
        if (!grants) {
            const auto parsed = Jws::parse(token);
            const QStringList mentioned =
                parsed ? LicenseToken::itemsMentioned(parsed->payload) : QStringList();
            refusals.append(Tr::tr("Refused a token for %1: %2")
                                .arg(mentioned.isEmpty() ? Tr::tr("an unknown item")
                                                         : mentioned.join(QStringLiteral(", ")),
                                     grants.error().message));
            continue;
        }
        if (subject.isEmpty())
            subject = grants->first().subject;
        accepted.append(token);
        for (const LicenseGrant &grant : std::as_const(*grants))
            items.append(grant.item);
    }
    if (!refusals.isEmpty()) {
        refusals.append(Tr::tr("Nothing was imported."));
        return unexpected(Error(ErrorCode::LicenseItemDenied, refusals.join(QLatin1Char('\n')),
                                QStringLiteral("%1 token(s) refused").arg(refusals.size() - 1)));
    }
    if (accepted.isEmpty()) {
        return unexpected(Error(ErrorCode::LicenseMissing,
                                Tr::tr("The file holds no license token."), QString()));
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
