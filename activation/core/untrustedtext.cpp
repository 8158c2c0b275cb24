// SPDX-License-Identifier: BSD-3-Clause
#include "untrustedtext.h"

#include "tr.h"

#include <QCoreApplication>

namespace Keyway {

namespace {
bool isUnsafe(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control: // C0 and C1, ESC and CSI among them
    case QChar::Other_Format: // bidi overrides and isolates, zero-width characters
    case QChar::Other_Surrogate: // a lone half of a pair
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}
} // namespace

QString UntrustedText::sanitize(const QString &text, int maxLength)
{
    QString result;
    result.reserve(qMin(text.size(), qsizetype(maxLength) * 2 + 2));
    bool pendingSpace = false;
    int length = 0;
    const QList<uint> codePoints = text.left(qsizetype(maxLength) * 8 + 64).toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t c = char32_t(codePoint);
        if (c == U'\t' || c == U'\n' || c == U'\r' || QChar::isSpace(c)) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (isUnsafe(c))
            continue;
        if (length + (pendingSpace ? 1 : 0) >= maxLength) {
            result.append(QChar(0x2026)); // …
            return result;
        }
        if (pendingSpace) {
            result.append(QLatin1Char(' '));
            ++length;
            pendingSpace = false;
        }
        result.append(QString::fromUcs4(&c, 1));
        ++length;
    }
    if (text.size() > qsizetype(maxLength) * 8 + 64 && !result.endsWith(QChar(0x2026)))
        result.append(QChar(0x2026));
    return result;
}

QString UntrustedText::sanitize(const QByteArray &utf8, int maxLength)
{
    return sanitize(QString::fromUtf8(utf8.left(qsizetype(maxLength) * 8 + 64)), maxLength);
}

QString UntrustedText::quoted(const QString &text, int maxLength)
{
    const QString clean = sanitize(text, maxLength);
    if (clean.isEmpty())
        return {};
    //: %1 is a message from the sign-in or activation service, in its own words
    return LicenseTr::tr("The service says: \u201c%1\u201d").arg(clean);
}

} // namespace Keyway
