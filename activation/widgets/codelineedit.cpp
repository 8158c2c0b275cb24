// SPDX-License-Identifier: BSD-3-Clause
#include "codelineedit.h"

#include "codes/activationcode.h"

#include <QKeyEvent>

namespace Keyway {

namespace {
const QChar Dash = QLatin1Char('-');
}

CodeLineEdit::CodeLineEdit(QWidget *parent) : QLineEdit(parent)
{
    // Room for a pasted code with spaces or other separators around it; regroup() trims.
    setMaxLength(64);
    // "KWPWK-3DEGZ-DPCF5-4ERF5-DHQDA" as a shape, not as a code anyone could try.
    setPlaceholderText(QStringLiteral("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"));
    setInputMethodHints(Qt::ImhUppercaseOnly | Qt::ImhNoPredictiveText);
    connect(this, &QLineEdit::textEdited, this, &CodeLineEdit::regroup);
}

QString CodeLineEdit::symbols() const
{
    return ActivationCode::normalize(text());
}

void CodeLineEdit::regroup(const QString &text)
{
    const int symbolsBeforeCursor =
        int(ActivationCode::normalize(text.left(cursorPosition())).size());
    const QString grouped = ActivationCode::group(ActivationCode::normalize(text));
    if (grouped == text)
        return;

    int position = 0;
    for (int seen = 0; position < grouped.size() && seen < symbolsBeforeCursor; ++position) {
        if (grouped.at(position) != Dash)
            ++seen;
    }
    // setText() would not emit textEdited() again, so there is no recursion.
    setText(grouped);
    setCursorPosition(position);
}

void CodeLineEdit::keyPressEvent(QKeyEvent *event)
{
    if (!hasSelectedText()) {
        const int position = cursorPosition();
        const QString current = text();
        if (event->key() == Qt::Key_Backspace && position > 0 && current.at(position - 1) == Dash)
            setCursorPosition(position - 1);
        else if (event->key() == Qt::Key_Delete && position < current.size()
                 && current.at(position) == Dash)
            setCursorPosition(position + 1);
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Keyway
