// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"

#include <QLabel>

namespace Keyway {

/**
 * A page's heading: larger, bold, wrapped, and a heading to assistive technology (the heading
 * role, its text as its name), so that a screen reader can list and jump to it. A plain QLabel is
 * static text to a screen reader.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT HeadingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit HeadingLabel(const QString &text = QString(), QWidget *parent = nullptr);
};

} // namespace Keyway
