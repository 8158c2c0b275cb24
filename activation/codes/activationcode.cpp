// SPDX-License-Identifier: BSD-3-Clause
#include "activationcode.h"

#include "core/tr.h"

#include <QCoreApplication>

namespace Keyway {

const QLatin1String ActivationCode::Alphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");

namespace {
constexpr int N = 32;

bool isSeparator(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol();
}

} // namespace

int ActivationCode::symbolValue(QChar symbol)
{
    return int(Alphabet.indexOf(symbol.toUpper()));
}

QString ActivationCode::normalize(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (!isSeparator(c))
            out.append(c.toUpper());
    }
    return out;
}

QString ActivationCode::group(const QString &normalized)
{
    QString out;
    out.reserve(normalized.size() + normalized.size() / GroupLength);
    for (int i = 0; i < normalized.size(); ++i) {
        if (i > 0 && i % GroupLength == 0)
            out.append(QLatin1Char('-'));
        out.append(normalized.at(i));
    }
    return out;
}

// Luhn mod N: from the right, every second symbol's value is doubled and its "digits" in base N
// are summed; the check symbol makes the total a multiple of N.
QChar ActivationCode::checkSymbol(const QString &first24)
{
    int factor = 2;
    int sum = 0;
    for (int i = int(first24.size()) - 1; i >= 0; --i) {
        int addend = factor * symbolValue(first24.at(i));
        factor = factor == 2 ? 1 : 2;
        sum += addend / N + addend % N;
    }
    return Alphabet.at((N - sum % N) % N);
}

Expected<ActivationCode, ActivationCode::Problem> ActivationCode::parse(const QString &input)
{
    const QString symbols = normalize(input);
    if (symbols.isEmpty())
        return unexpected(Problem {Error(ErrorCode::CodeEmpty), -1, {}});

    for (int i = 0; i < symbols.size(); ++i) {
        const QChar c = symbols.at(i);
        if (symbolValue(c) < 0) {
            const QString message =
                LicenseTr::tr(
                    "The activation code cannot contain “%1”. Codes use only the letters A–Z "
                    "without O and I, and the digits 2–9 (never 0 or 1).")
                    .arg(c);
            return unexpected(Problem {
                Error(ErrorCode::CodeInvalidSymbol, message, QStringLiteral("symbol at %1").arg(i)),
                i, c});
        }
    }
    if (symbols.size() < Length)
        return unexpected(Problem {Error(ErrorCode::CodeTooShort,
                                         LicenseTr::tr("The activation code is too short: %n of 25 "
                                                       "characters entered.",
                                                       nullptr, int(symbols.size())),
                                         QString()),
                                   int(symbols.size()),
                                   {}});
    if (symbols.size() > Length)
        return unexpected(Problem {Error(ErrorCode::CodeTooLong), Length, {}});

    if (checkSymbol(symbols.left(Length - 1)) != symbols.at(Length - 1))
        return unexpected(Problem {Error(ErrorCode::CodeChecksumMismatch), -1, {}});

    return ActivationCode(symbols);
}

} // namespace Keyway
