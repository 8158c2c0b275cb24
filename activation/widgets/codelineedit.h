// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "keyway_activation_widgets_export.h"

#include <QLineEdit>

namespace Keyway {

/**
 * A line edit for activation codes: whatever is typed or pasted is shown upper-cased and grouped
 * as "XXXXX-XXXXX-…" while the cursor stays on the symbol the person was at. The dashes are
 * the edit's own: backspace and delete step over them.
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT CodeLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeLineEdit(QWidget *parent = nullptr);

    /// The symbols entered, without separators (not validated).
    QString symbols() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void regroup(const QString &text);
};

} // namespace Keyway
