// SPDX-License-Identifier: BSD-3-Clause
// ActivationCode::parse and the as-you-type helpers on whatever a person could type or paste.
#include "codes/activationcode.h"
#include "fuzzkeys.h"

#include <QString>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(FuzzKeys::bytes(data, size));
    const auto code = Keyway::ActivationCode::parse(input);
    if (code) {
        // A code that parsed must survive its own formatting.
        const auto again = Keyway::ActivationCode::parse(code->formatted());
        if (!again || !(*again == *code))
            __builtin_trap();
        (void)code->configuration();
    } else {
        // -1, an index into the normalized input, or Length for the first symbol too many.
        const int position = code.error().position;
        const qsizetype limit = std::max<qsizetype>(
            Keyway::ActivationCode::Length + 1, Keyway::ActivationCode::normalize(input).size());
        if (position < -1 || position >= limit)
            __builtin_trap();
    }
    const QString normalized = Keyway::ActivationCode::normalize(input);
    (void)Keyway::ActivationCode::group(normalized);
    if (normalized.size() >= 24)
        (void)Keyway::ActivationCode::checkSymbol(normalized.left(24));
    return 0;
}
