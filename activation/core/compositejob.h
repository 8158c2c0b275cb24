// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/job.h"

#include <QHash>
#include <QList>

#include <functional>

namespace Keyway {

/**
 * A job made of sub-jobs that it owns (the idea of KDE's KCompositeJob): the steps of a flow are
 * sub-jobs, and what every flow wrote by hand is done here once.
 *
 * - Ownership: a sub-job becomes a child of the composite and is deleted after it finished (or
 *   with the composite). A composite destroyed early cancels its unfinished sub-jobs first, so
 *   they can withdraw from whatever they wait on.
 * - Errors: a sub-job that fails ends the composite with the sub-job's error (subjobFailed());
 *   the other sub-jobs are cancelled.
 * - Cancellation: cancel() on the composite cancels every running sub-job and finishes with
 *   ErrorCode::Cancelled; a sub-job cancelled on its own passes its Cancelled up like any error.
 *
 * Steps chain with startSubjob(job, next): @p next runs when the job succeeded. A sub-job
 * without a continuation that was the last one running ends the composite with success, so
 * parallel sub-jobs need no bookkeeping either. Subclasses that want all results in one place
 * override subjobFinished() instead (KCompositeJob's slotResult()).
 */
class KEYWAY_LICENSE_EXPORT CompositeJob : public Job
{
    Q_OBJECT
public:
    explicit CompositeJob(QObject *parent = nullptr);
    ~CompositeJob() override;

protected:
    /// Takes @p job as a sub-job (not started); false if it is null, finished or already one.
    bool addSubjob(Job *job);
    /// Adds @p job and starts it; @p next runs after it finished without an error.
    void startSubjob(Job *job, std::function<void()> next = {});
    /// Lets go of @p job: no longer watched, owned or cancelled (its parent becomes null).
    bool removeSubjob(Job *job);
    /// The sub-jobs still running (or not yet started), in the order they were added.
    const QList<Job *> &subjobs() const { return m_subjobs; }
    bool hasSubjobs() const { return !m_subjobs.isEmpty(); }

    /// Called when a sub-job finished, after it left subjobs(). The default: on an error, cancel
    /// the other sub-jobs and call subjobFailed(); on success run the job's continuation, or,
    /// without one, finish() when no sub-job is left.
    virtual void subjobFinished(Job *job);
    /// How a sub-job's failure ends the composite; the default is finish(job->error()).
    virtual void subjobFailed(Job *job);
    /// Cancels every sub-job. Overrides must call it.
    void doCancel() override;

private:
    void onSubjobFinished(Job *job);
    void cancelSubjobs();

    QList<Job *> m_subjobs;
    QHash<Job *, std::function<void()>> m_next;
};

} // namespace Keyway
