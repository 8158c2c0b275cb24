// SPDX-License-Identifier: BSD-3-Clause
#include "signindialog.h"

#include "engine/activator.h"
#include "online/activatejob.h"

#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyway {

SignInDialog::SignInDialog(const VendorConfig &config, const SignInViewFactory &factory,
                           QWidget *parent)
    : QDialog(parent), m_config(config)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(m_config.productName));
    auto *layout = new QVBoxLayout(this);
    m_view = factory(this);
    if (!m_view)
        return;
    layout->addWidget(m_view->widget(), 1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    layout->addWidget(cancel, 0, Qt::AlignRight);
    connect(cancel, &QPushButton::clicked, this, &SignInDialog::cancelled);
    connect(this, &QDialog::rejected, this, &SignInDialog::cancelled);
    resize(640, 720);
}

ActivateJob *SignInDialog::signIn(Activator *activator)
{
    ActivateJob *job = activator->signIn(m_view);
    job->setRedirectUri(m_config.embeddedRedirectUri);
    job->setLoginHint(activator->account().email);
    job->setUiLocales(QLocale().uiLanguages());
    connect(this, &SignInDialog::cancelled, job, &Job::cancel);
    connect(job, &Job::finished, this, [this] {
        hide();
        deleteLater();
    });
    return job;
}

} // namespace Keyway
