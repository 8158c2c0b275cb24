// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_license_export.h"

#include <QString>

namespace Keyway {

/**
 * Text from a source nobody vouches for — a token's claims before its signature is verified, a
 * provider's error_description, a server's message — made safe to print on a terminal or show in
 * a window: no control or formatting characters (terminal escape sequences, bidi overrides, line
 * breaks that fake a second message), white space collapsed, and a bounded length. quoted()
 * also labels it as the provider's words, so that nobody takes it for ours.
 */
class KEYWAY_LICENSE_EXPORT UntrustedText
{
public:
    /// Longest text kept by default; a cut is marked with "…".
    static constexpr int DefaultMaxLength = 200;

    /// @p text without control and format characters, white space collapsed, at most
    /// @p maxLength characters.
    static QString sanitize(const QString &text, int maxLength = DefaultMaxLength);
    /// UTF-8 (invalid sequences replaced) sanitised.
    static QString sanitize(const QByteArray &utf8, int maxLength = DefaultMaxLength);
    /// sanitize() in the provider's voice: “The service says: "…"” (translated); empty for an
    /// empty or all-control @p text.
    static QString quoted(const QString &text, int maxLength = DefaultMaxLength);
};

} // namespace Keyway
