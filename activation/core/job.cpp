// SPDX-License-Identifier: BSD-3-Clause
#include "job.h"

#include <QTimer>

namespace Keyway {

Job::Job(QObject *parent) : QObject(parent) { }

Job::~Job() = default;

void Job::cancel()
{
    if (m_finished)
        return;
    doCancel();
    finish(Error(ErrorCode::Cancelled));
}

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

void Job::finishLater(const Error &error)
{
    QTimer::singleShot(0, this, [this, error] { finish(error); });
}

} // namespace Keyway
