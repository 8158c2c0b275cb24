// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_license_export.h"

#include <QObject>

namespace Keyway {

/**
 * An operation that waits on the network or the keychain (the KJob / QKeychain::Job pattern):
 * configure it, call start(), receive exactly one finished(), then read error().
 *
 * Jobs delete themselves after finished() unless setAutoDelete(false) was called.
 */
class KEYWAY_LICENSE_EXPORT Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    /// Begins the work and returns at once; finished() is always emitted later, from the
    /// event loop, never from inside start().
    virtual void start() = 0;
    /// Stops the work; finished() is emitted with ErrorCode::Cancelled unless already finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.message; }
    bool hasError() const { return m_error.isError(); }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished(Keyway::Job *job);

protected:
    /// Ends the job: records @p error (NoError for success) and emits finished() once.
    void finish(const Error &error = Error());
    /// The same, from a later event-loop turn (for failures found inside start()).
    void finishLater(const Error &error);
    /// Called by cancel() before finishing; abort replies and sub-jobs here.
    virtual void doCancel() { }

private:
    Error m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace Keyway
