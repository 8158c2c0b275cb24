// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include <QWidget>

class QLabel;

namespace Keyway {

/**
 * The wizard's steps, code → account → done, with the current one marked: a number or a tick
 * and bold text, not colour alone (issue 17). A screen reader reads the indicator as "Step 2 of
 * 3: Account", and each step with its state ("Step 1 of 3: Code, done").
 */
class StepIndicator : public QWidget
{
    Q_OBJECT
public:
    enum Step { Code = 1, Account = 2, Done = 3 };
    static constexpr int StepCount = 3;

    explicit StepIndicator(QWidget *parent = nullptr);

    void setStep(Step step);
    Step step() const { return m_step; }
    /// "Step 2 of 3: Account".
    QString text() const;

private:
    static QString name(int step);

    Step m_step = Code;
    QLabel *m_labels[StepCount] = {};
};

} // namespace Keyway
