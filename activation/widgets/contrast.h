// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"

#include <QColor>

namespace Keyway {

/// WCAG 2 contrast ratio of two colours, from 1 to 21 (4.5 is the minimum for body text).
KEYWAY_ACTIVATION_WIDGETS_EXPORT double contrastRatio(const QColor &a, const QColor &b);

/// Black or white, whichever is more readable on @p background.
KEYWAY_ACTIVATION_WIDGETS_EXPORT QColor readableTextOn(const QColor &background);

} // namespace Keyway
