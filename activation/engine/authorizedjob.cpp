// SPDX-License-Identifier: BSD-3-Clause
#include "authorizedjob.h"

#include "oidc/session.h"

#include <utility>

namespace Keyway {

AuthorizedJob::AuthorizedJob(Session *session, Job *request, TokenSetter setToken, QObject *parent)
    : CompositeJob(parent), m_session(session), m_request(request), m_setToken(std::move(setToken))
{
    // Owned from the start, so that a job never started does not leak its request.
    if (m_request)
        m_request->setParent(this);
}

AuthorizedJob::~AuthorizedJob() = default;

void AuthorizedJob::start()
{
    if (!m_session || !m_request) {
        finishLater(Error(ErrorCode::SessionExpired, QStringLiteral("no session or no request")));
        return;
    }
    AccessTokenJob *token = m_session->accessToken();
    startSubjob(token, [this, token] {
        if (m_setToken)
            m_setToken(token->token());
        if (!addSubjob(m_request)) {
            finish(Error(ErrorCode::InternalError, QStringLiteral("request cannot be started")));
            return;
        }
        // Kept until this job goes, so that its results can be read after finished().
        m_request->setAutoDelete(false);
        m_request->start();
    });
}

} // namespace Keyway
