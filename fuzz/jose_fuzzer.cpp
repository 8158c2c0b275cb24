// SPDX-License-Identifier: BSD-3-Clause
// The JOSE layer: Base64Url::decode, Jws::parse and verifyCompact against a fixed key set, and
// JwkSet::fromJson / Jwk::fromJson when the input is JSON.
#include "fuzzkeys.h"
#include "jose/base64url.h"
#include "jose/jwk.h"
#include "jose/jws.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = FuzzKeys::bytes(data, size);

    if (const auto decoded = Keyway::Base64Url::decode(input)) {
        // Strict base64url has exactly one encoding: it must round-trip.
        if (Keyway::Base64Url::encode(*decoded) != input)
            __builtin_trap();
    }

    if (const auto jws = Keyway::Jws::parse(input)) {
        (void)jws->algorithm();
        (void)jws->keyId();
        for (const Keyway::Jwk &key : FuzzKeys::keys().keys())
            (void)Keyway::verifySignature(*jws, key);
    }
    (void)Keyway::verifyCompact(input, FuzzKeys::keys());

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (const auto set = Keyway::JwkSet::fromJson(object)) {
            (void)set->toJson();
            for (const Keyway::Jwk &key : set->keys()) {
                (void)key.bits();
                (void)set->find(key.keyId());
            }
        }
        if (const auto key = Keyway::Jwk::fromJson(object))
            (void)key->toJson();
    }
    return 0;
}
