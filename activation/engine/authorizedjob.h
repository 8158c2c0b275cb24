// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/compositejob.h"
#include "keyway_activation_export.h"

#include <QPointer>

#include <functional>

namespace Keyway {

class Session;

/**
 * A request made on behalf of the signed-in account: a fresh access token from the Session,
 * handed to the request with the setter given, then the request. Errors of either step end the
 * job (SessionExpired when nobody is signed in). request() stays readable until this job is
 * deleted, so its results (a device list, a release's outcome) can be read after finished().
 */
class KEYWAY_ACTIVATION_EXPORT AuthorizedJob : public CompositeJob
{
    Q_OBJECT
public:
    using TokenSetter = std::function<void(const QByteArray &token)>;

    /// Takes @p request (not started); @p setToken gives it the access token.
    AuthorizedJob(Session *session, Job *request, TokenSetter setToken, QObject *parent = nullptr);
    ~AuthorizedJob() override;

    void start() override;

    Job *request() const { return m_request; }
    /// The request as its own type, e.g. request<DeviceListJob>().
    template<typename T> T *request() const { return qobject_cast<T *>(m_request.data()); }

private:
    QPointer<Session> m_session;
    QPointer<Job> m_request;
    TokenSetter m_setToken;
};

} // namespace Keyway
