// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "codes/activationcode.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;

namespace Keyway {

class CodeLineEdit;

/**
 * The activation code, checked here as it is typed (nothing is sent before it is whole and its
 * check character matches), and the choice of creating an account or signing in.
 */
class CodePage : public QWidget
{
    Q_OBJECT
public:
    explicit CodePage(QWidget *parent = nullptr);

    void setCreateAccount(bool create);
    /// Focus on the code field; @p selectCode selects it, to type another one over it.
    void arrive(bool selectCode = false);

    /// "Check group 3 of 5: DPCF5": where in the grouped code @p position (of the symbols) lies.
    static QString groupOf(const QString &symbols, int position);

Q_SIGNALS:
    /// Continue with a code that passed the local checks.
    void submitted(const Keyway::ActivationCode &code, bool createAccount);
    void backRequested();

private:
    void onEdited();
    void submit();

    CodeLineEdit *m_codeEdit = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_ok = nullptr;
    QRadioButton *m_createAccount = nullptr;
    QRadioButton *m_haveAccount = nullptr;
};

} // namespace Keyway
