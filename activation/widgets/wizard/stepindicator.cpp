// SPDX-License-Identifier: BSD-3-Clause
#include "stepindicator.h"

#include <QHBoxLayout>
#include <QLabel>

namespace Keyway {

StepIndicator::StepIndicator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("stepIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(layout->contentsMargins().left(), layout->contentsMargins().top(),
                               layout->contentsMargins().right(), 0);
    for (int step = 1; step <= StepCount; ++step) {
        if (step > 1) {
            auto *separator = new QLabel(QStringLiteral("›"), this);
            separator->setEnabled(false);
            layout->addWidget(separator);
        }
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("step%1Label").arg(step));
        layout->addWidget(label);
        m_labels[step - 1] = label;
    }
    layout->addStretch();
    setStep(Code);
}

QString StepIndicator::name(int step)
{
    switch (step) {
    case Code:
        //: A step of the activation: entering the activation code
        return tr("Code");
    case Account:
        //: A step of the activation: signing in to or creating the account
        return tr("Account");
    default:
        //: The last step of the activation: it is finished
        return tr("Done");
    }
}

QString StepIndicator::text() const
{
    return tr("Step %1 of %2: %3").arg(int(m_step)).arg(StepCount).arg(name(m_step));
}

void StepIndicator::setStep(Step step)
{
    m_step = step;
    for (int index = 1; index <= StepCount; ++index) {
        QLabel *label = m_labels[index - 1];
        const bool done = index < step;
        const bool current = index == step;
        // Marked by a tick or the number and by weight, not by colour alone.
        label->setText(QStringLiteral("%1 %2").arg(
            done ? QStringLiteral("✓") : QString::number(index), name(index)));
        QFont font = label->font();
        font.setBold(current);
        label->setFont(font);
        label->setEnabled(done || current);
        const QString stepText = tr("Step %1 of %2: %3").arg(index).arg(StepCount).arg(name(index));
        label->setAccessibleName(current    ? tr("%1, current step").arg(stepText)
                                     : done ? tr("%1, done").arg(stepText)
                                            : stepText);
    }
    setAccessibleName(text());
}

} // namespace Keyway
