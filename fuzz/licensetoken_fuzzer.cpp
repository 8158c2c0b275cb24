// SPDX-License-Identifier: BSD-3-Clause
// License tokens as /authz/.jwt returns them: LicenseToken::splitCheckoutBody, then
// LicenseToken::verify of each part (signature with the fixed key, then the claims), and the
// unverified item readers on whatever payload parses.
#include "fuzzkeys.h"
#include "jose/jws.h"
#include "license/licensetoken.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzKeys::bytes(data, size);
    const QString device = QStringLiteral("device-aaaa");
    const QString subject = QStringLiteral("user-1");

    const auto parts = Keyway::LicenseToken::splitCheckoutBody(input);
    if (!parts)
        return 0;
    for (const QByteArray &part : *parts) {
        if (const auto grants = Keyway::LicenseToken::verify(part, FuzzKeys::keys(), device,
                                                             subject, FuzzKeys::now())) {
            for (const Keyway::LicenseGrant &grant : *grants)
                (void)grant.token.size();
        }
        // Without an expected subject, and far in the future, for the other branches.
        (void)Keyway::LicenseToken::verify(part, FuzzKeys::keys(), device, QString(),
                                           FuzzKeys::now().addYears(30), 0);
        if (const auto jws = Keyway::Jws::parse(part)) {
            (void)Keyway::LicenseToken::itemsMentioned(jws->payload);
            (void)Keyway::LicenseToken::itemsDenied(jws->payload);
            (void)Keyway::LicenseToken::verifyClaims(jws->payload, part, device, subject,
                                                     FuzzKeys::now());
        }
    }
    return 0;
}
