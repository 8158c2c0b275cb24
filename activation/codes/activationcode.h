// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QString>

namespace Keyway {

/**
 * The activation-code format (docs/protocol.md §2): 25 symbols from a 32-symbol alphabet without
 * I, O, 0 and 1, shown as five groups of five. The first three symbols name the code
 * configuration; the last is a Luhn mod 32 check symbol over the first 24.
 *
 * Pure logic, shared by the client and the dev server.
 */
class KEYWAY_LICENSE_EXPORT ActivationCode
{
public:
    static constexpr int Length = 25;
    static constexpr int GroupLength = 5;
    static const QLatin1String Alphabet; ///< "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

    /// Where an input went wrong, for highlighting: the position in the 25 normalized symbols.
    struct Problem
    {
        Error error;
        int position = -1; ///< index of the offending symbol in the normalized code, or -1
        QChar symbol; ///< the refused input character, for CodeInvalidSymbol
    };

    /**
     * Reads what a person typed or pasted: ignores case, spaces, dashes and other separators,
     * refuses symbols outside the alphabet (naming them) and verifies the check symbol.
     */
    static Expected<ActivationCode, Problem> parse(const QString &input);

    /// Whether @p symbols (exactly 24 alphabet symbols) plus check symbol @p check is consistent.
    static QChar checkSymbol(const QString &first24);
    /// The value of @p symbol in the alphabet, or -1.
    static int symbolValue(QChar symbol);

    /// Strips separators and upper-cases, without validating; for as-you-type display.
    static QString normalize(const QString &input);
    /// Groups normalized symbols as "XXXXX-XXXXX-…", also for partial input.
    static QString group(const QString &normalized);

    /// The 25 symbols, no separators.
    QString symbols() const { return m_symbols; }
    /// "KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA"
    QString formatted() const { return group(m_symbols); }
    /// The code configuration (product package) the code belongs to: its first three symbols.
    QString configuration() const { return m_symbols.left(3); }

    bool operator==(const ActivationCode &other) const { return m_symbols == other.m_symbols; }

private:
    explicit ActivationCode(const QString &symbols) : m_symbols(symbols) { }
    QString m_symbols;
};

} // namespace Keyway
