// SPDX-License-Identifier: BSD-3-Clause
// CompositeJob: sub-jobs owned, their errors and cancellation passed up, steps chained.
#include "core/compositejob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Keyway;

namespace {

/// A step that ends when the test says so; counts how often it was started and cancelled.
class StepJob : public Job
{
    Q_OBJECT
public:
    explicit StepJob(int *cancels = nullptr) : m_cancels(cancels) { }
    void start() override { ++started; }
    void succeed() { finish(); }
    void fail(const Error &error) { finish(error); }
    int started = 0;

protected:
    void doCancel() override
    {
        if (m_cancels)
            ++*m_cancels;
    }

private:
    int *m_cancels;
};

/// Two steps one after the other, or several side by side; records what it saw.
class FlowJob : public CompositeJob
{
    Q_OBJECT
public:
    using CompositeJob::addSubjob;
    using CompositeJob::hasSubjobs;
    using CompositeJob::removeSubjob;
    using CompositeJob::startSubjob;
    using CompositeJob::subjobs;

    enum class Shape { Chain, Parallel };
    explicit FlowJob(Shape shape, int *cancels) : m_shape(shape), m_cancels(cancels) { }
    void start() override
    {
        first = new StepJob(m_cancels);
        if (m_shape == Shape::Parallel) {
            second = new StepJob(m_cancels);
            startSubjob(first);
            startSubjob(second);
            return;
        }
        startSubjob(first, [this] {
            ++continuations;
            second = new StepJob(m_cancels);
            startSubjob(second, [this] {
                ++continuations;
                finish();
            });
        });
    }
    QPointer<StepJob> first;
    QPointer<StepJob> second;
    int continuations = 0;
    QList<Error> failures;

protected:
    void subjobFailed(Job *job) override
    {
        failures.append(job->error());
        CompositeJob::subjobFailed(job);
    }

private:
    Shape m_shape;
    int *m_cancels;
};

/// A flow that is started and kept after it finished (no auto-delete), with counters.
struct Started
{
    explicit Started(FlowJob::Shape shape) : job(std::make_unique<FlowJob>(shape, &cancels))
    {
        job->setAutoDelete(false);
        QObject::connect(job.get(), &Job::finished, [this] { ++finished; });
        job->start();
    }
    int cancels = 0; // sub-jobs cancelled
    int finished = 0; // finished() of the flow
    std::unique_ptr<FlowJob> job;
};

} // namespace

class CompositeJobTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chainRunsStepsInOrder()
    {
        int cancels = 0;
        auto *job = new FlowJob(FlowJob::Shape::Chain, &cancels);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QCOMPARE(job->subjobs().size(), 1);
        QVERIFY(job->first->parent() == job); // owned
        QVERIFY(!job->second);
        job->first->succeed();
        QVERIFY(job->second);
        QCOMPARE(job->second->started, 1);
        QCOMPARE(job->subjobs(), QList<Job *>({job->second.data()}));
        QCOMPARE(finished.size(), 0);
        job->second->succeed();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job->error().isError());
        QCOMPARE(job->continuations, 2);
        QCOMPARE(cancels, 0);
        QPointer<FlowJob> guard(job);
        QTRY_VERIFY(!guard); // auto-deleted, with its finished sub-jobs
    }

    void subjobErrorEndsTheCompositeAndCancelsTheOthers()
    {
        Started run(FlowJob::Shape::Parallel);
        FlowJob *job = run.job.get();
        QCOMPARE(job->subjobs().size(), 2);
        job->first->fail(Error(ErrorCode::NetworkUnreachable, QStringLiteral("down")));
        QCOMPARE(run.finished, 1);
        QCOMPARE(job->error().code, ErrorCode::NetworkUnreachable);
        QCOMPARE(job->error().detail, QStringLiteral("down"));
        QCOMPARE(job->failures.size(), 1);
        QCOMPARE(run.cancels, 1); // the second step, still running
        QVERIFY(job->second->isFinished());
        QCOMPARE(job->second->error().code, ErrorCode::Cancelled);
        QVERIFY(!job->hasSubjobs());
        QTRY_VERIFY(!job->first); // finished sub-jobs are deleted
    }

    void parallelFinishesWhenTheLastIsDone()
    {
        Started run(FlowJob::Shape::Parallel);
        run.job->second->succeed();
        QCOMPARE(run.finished, 0);
        run.job->first->succeed();
        QCOMPARE(run.finished, 1);
        QVERIFY(!run.job->error().isError());
    }

    void cancelReachesEverySubjob()
    {
        Started run(FlowJob::Shape::Parallel);
        run.job->cancel();
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.job->error().code, ErrorCode::Cancelled);
        QCOMPARE(run.cancels, 2);
        QVERIFY(run.job->failures.isEmpty()); // the composite's own cancel is no sub-job failure
    }

    void subjobCancelledOnItsOwnPassesUp()
    {
        Started run(FlowJob::Shape::Chain);
        run.job->first->cancel();
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.job->error().code, ErrorCode::Cancelled);
        QCOMPARE(run.job->continuations, 0);
        QVERIFY(!run.job->second);
    }

    void destroyingTheCompositeCancelsRunningSubjobs()
    {
        int cancels = 0;
        auto *job = new FlowJob(FlowJob::Shape::Parallel, &cancels);
        job->start();
        QPointer<StepJob> first = job->first;
        delete job;
        QCOMPARE(cancels, 2);
        QVERIFY(!first); // owned: deleted with the composite
    }

    void removedSubjobIsNoLongerOwnedOrWatched()
    {
        Started run(FlowJob::Shape::Parallel);
        std::unique_ptr<StepJob> first(run.job->first.data());
        first->setAutoDelete(false);
        QVERIFY(run.job->removeSubjob(first.get()));
        QVERIFY(!first->parent());
        QVERIFY(!run.job->removeSubjob(first.get()));
        first->fail(Error(ErrorCode::NetworkUnreachable));
        QCOMPARE(run.finished, 0);
        run.job->second->succeed();
        QCOMPARE(run.finished, 1);
        QVERIFY(!run.job->error().isError());
        run.job.reset();
        QCOMPARE(run.cancels, 0);
    }

    void addSubjobRefusesWhatItCannotOwn()
    {
        int cancels = 0;
        FlowJob job(FlowJob::Shape::Chain, &cancels);
        job.setAutoDelete(false);
        QVERIFY(!job.addSubjob(nullptr));
        QVERIFY(!job.addSubjob(&job));
        auto *done = new StepJob;
        done->setAutoDelete(false);
        done->succeed();
        QVERIFY(!job.addSubjob(done));
        delete done;
        auto *step = new StepJob;
        QVERIFY(job.addSubjob(step));
        QVERIFY(!job.addSubjob(step));
        QCOMPARE(job.subjobs().size(), 1);
    }

    void resultAfterTheCompositeEndedIsIgnored()
    {
        Started run(FlowJob::Shape::Parallel);
        run.job->first->fail(Error(ErrorCode::NetworkUnreachable));
        QCOMPARE(run.finished, 1);
        // The second was cancelled; a late result from it must not finish the job again.
        QCOMPARE(run.job->second->error().code, ErrorCode::Cancelled);
        QCOMPARE(run.finished, 1);
        QCOMPARE(run.job->failures.size(), 1);
    }
};

QTEST_GUILESS_MAIN(CompositeJobTest)
#include "compositejobtest.moc"
