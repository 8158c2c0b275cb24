// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QByteArray>

/**
 * Strict base64url (RFC 4648 §5) without padding, as JOSE uses it (RFC 7515 §2).
 * decode() refuses the standard alphabet, padding, whitespace and impossible lengths, so that a
 * token has exactly one encoding.
 */
namespace Keyway::Base64Url {

KEYWAY_LICENSE_EXPORT QByteArray encode(const QByteArray &data);
KEYWAY_LICENSE_EXPORT Result<QByteArray> decode(const QByteArray &text);

} // namespace Keyway::Base64Url
