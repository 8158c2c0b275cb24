// SPDX-License-Identifier: BSD-3-Clause
#include "base64url.h"

namespace Keyway::Base64Url {

QByteArray encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> decode(const QByteArray &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '_';
        if (!ok)
            return unexpected(Error(ErrorCode::TokenMalformed,
                                    QStringLiteral("base64url: invalid character at %1").arg(i)));
    }
    // A remainder of one symbol carries only 6 bits: no byte can end there.
    if (text.size() % 4 == 1)
        return unexpected(
            Error(ErrorCode::TokenMalformed, QStringLiteral("base64url: impossible length")));

    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return unexpected(
            Error(ErrorCode::TokenMalformed, QStringLiteral("base64url: cannot decode")));
    // Refuse non-canonical encodings (unused trailing bits set): one token, one spelling.
    if (encode(result.decoded) != text)
        return unexpected(
            Error(ErrorCode::TokenMalformed, QStringLiteral("base64url: non-canonical encoding")));
    return result.decoded;
}

} // namespace Keyway::Base64Url
