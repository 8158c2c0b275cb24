// SPDX-License-Identifier: BSD-3-Clause
#include "contrast.h"

#include <algorithm>
#include <cmath>

namespace Keyway {

namespace {

/// WCAG 2 relative luminance of an sRGB colour.
double relativeLuminance(const QColor &colour)
{
    auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableTextOn(const QColor &background)
{
    return contrastRatio(background, Qt::black) >= contrastRatio(background, Qt::white)
        ? QColor(Qt::black)
        : QColor(Qt::white);
}

} // namespace Keyway
