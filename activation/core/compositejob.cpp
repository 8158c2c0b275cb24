// SPDX-License-Identifier: BSD-3-Clause
#include "compositejob.h"

#include <utility>

namespace Keyway {

CompositeJob::CompositeJob(QObject *parent) : Job(parent) { }

CompositeJob::~CompositeJob()
{
    // Children are deleted by ~QObject after this; let them withdraw from what they wait on.
    cancelSubjobs();
}

bool CompositeJob::addSubjob(Job *job)
{
    if (!job || job->isFinished() || m_subjobs.contains(job) || job == this)
        return false;
    job->setParent(this);
    // A sub-job lives until its result was handled; finish() deletes it after finished().
    job->setAutoDelete(true);
    m_subjobs.append(job);
    connect(job, &Job::finished, this, &CompositeJob::onSubjobFinished);
    connect(job, &QObject::destroyed, this, [this, job] {
        m_subjobs.removeAll(job);
        m_next.remove(job);
    });
    return true;
}

void CompositeJob::startSubjob(Job *job, std::function<void()> next)
{
    if (!addSubjob(job)) {
        finishLater(Error(ErrorCode::InternalError, QStringLiteral("sub-job cannot be added")));
        return;
    }
    if (next)
        m_next.insert(job, std::move(next));
    job->start();
}

bool CompositeJob::removeSubjob(Job *job)
{
    if (!m_subjobs.removeAll(job))
        return false;
    m_next.remove(job);
    disconnect(job, nullptr, this, nullptr);
    job->setParent(nullptr);
    return true;
}

void CompositeJob::onSubjobFinished(Job *job)
{
    // A result after this job ended (it cancelled the others) changes nothing.
    if (!m_subjobs.removeAll(job) || isFinished())
        return;
    disconnect(job, nullptr, this, nullptr);
    subjobFinished(job);
    m_next.remove(job);
}

void CompositeJob::subjobFinished(Job *job)
{
    if (job->hasError()) {
        cancelSubjobs();
        subjobFailed(job);
        return;
    }
    const std::function<void()> next = m_next.value(job);
    if (next)
        next();
    else if (m_subjobs.isEmpty())
        finish();
}

void CompositeJob::subjobFailed(Job *job)
{
    finish(job->error());
}

void CompositeJob::doCancel()
{
    cancelSubjobs();
}

void CompositeJob::cancelSubjobs()
{
    const QList<Job *> running = std::exchange(m_subjobs, {});
    m_next.clear();
    for (Job *job : running) {
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
}

} // namespace Keyway
