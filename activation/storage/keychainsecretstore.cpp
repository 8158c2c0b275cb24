// SPDX-License-Identifier: BSD-3-Clause
#include "keychainsecretstore.h"

#include "core/tr.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#if defined(KEYWAY_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#endif

namespace Keyway {

Q_LOGGING_CATEGORY(lcStorage, "keyway.storage")

namespace {

/// What the Secret Service (freedesktop.org) looks like from here, asked only after a failure.
enum class ServiceState {
    NotApplicable, ///< no D-Bus support compiled in (macOS, Windows)
    NoBus, ///< no D-Bus session bus
    NoService, ///< nobody provides org.freedesktop.secrets
    NoDefaultCollection,
    Locked, ///< the default collection is locked
    Unlocked,
    Unknown, ///< the service did not answer
};

#if defined(KEYWAY_HAVE_DBUS)
const QString SecretsService = QStringLiteral("org.freedesktop.secrets");

bool sessionBusConnected()
{
    return QDBusConnection::sessionBus().isConnected();
}

/**
 * Asks the session bus and the Secret Service what is wrong. Synchronous with short timeouts:
 * it runs only after the keychain failed or found nothing, never on the way to a secret.
 */
ServiceState probeSecretService()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return ServiceState::NoBus;
    QDBusConnectionInterface *daemon = bus.interface();
    if (!daemon)
        return ServiceState::Unknown;
    if (!daemon->isServiceRegistered(SecretsService).value()
        && !daemon->activatableServiceNames().value().contains(SecretsService))
        return ServiceState::NoService;

    constexpr int TimeoutMs = 2000;
    QDBusMessage alias = QDBusMessage::createMethodCall(
        SecretsService, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    alias << QStringLiteral("default");
    const QDBusMessage aliasReply = bus.call(alias, QDBus::Block, TimeoutMs);
    if (aliasReply.type() != QDBusMessage::ReplyMessage || aliasReply.arguments().isEmpty())
        return ServiceState::Unknown;
    const QString collection =
        qvariant_cast<QDBusObjectPath>(aliasReply.arguments().constFirst()).path();
    if (collection.isEmpty() || collection == QLatin1String("/"))
        return ServiceState::NoDefaultCollection;

    QDBusMessage get = QDBusMessage::createMethodCall(
        SecretsService, collection, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusMessage lockedReply = bus.call(get, QDBus::Block, TimeoutMs);
    if (lockedReply.type() != QDBusMessage::ReplyMessage || lockedReply.arguments().isEmpty())
        return ServiceState::Unknown;
    const bool locked =
        qvariant_cast<QDBusVariant>(lockedReply.arguments().constFirst()).variant().toBool();
    return locked ? ServiceState::Locked : ServiceState::Unlocked;
}
#else
bool sessionBusConnected()
{
    return true;
}

ServiceState probeSecretService()
{
    return ServiceState::NotApplicable;
}
#endif

QString stateName(ServiceState state)
{
    switch (state) {
    case ServiceState::NotApplicable:
        return QStringLiteral("n/a");
    case ServiceState::NoBus:
        return QStringLiteral("no session bus");
    case ServiceState::NoService:
        return QStringLiteral("no Secret Service on the session bus");
    case ServiceState::NoDefaultCollection:
        return QStringLiteral("no default collection");
    case ServiceState::Locked:
        return QStringLiteral("default collection locked");
    case ServiceState::Unlocked:
        return QStringLiteral("default collection unlocked");
    case ServiceState::Unknown:
        break;
    }
    return QStringLiteral("Secret Service did not answer");
}

Error unavailableError(ServiceState state, const QString &detail)
{
    if (state == ServiceState::NoBus) {
        return Error(
            ErrorCode::KeychainUnavailable,
            ActivationTr::tr("No system keychain can be reached because this session has no D-Bus "
                             "session bus, so your sign-in cannot be kept. Run the command inside "
                             "a desktop session (or a D-Bus session with a keychain such as GNOME "
                             "Keyring), then try again."),
            detail);
    }
    return Error(ErrorCode::KeychainUnavailable,
                 ActivationTr::tr(
                     "No system keychain is running (no Secret Service such as GNOME Keyring or "
                     "KWallet), so your sign-in cannot be kept. Install or start one, then "
                     "try again."),
                 detail);
}

Error lockedError(const QString &detail)
{
    return Error(
        ErrorCode::KeychainAccessDenied,
        ActivationTr::tr("The system keychain is locked, so your sign-in cannot be read or kept. "
                         "Unlock it (for example by signing in to the desktop again, or in your "
                         "keychain manager), then try again."),
        detail);
}

/// The error for a QtKeychain failure, refined by what the Secret Service says.
Error keychainError(QKeychain::Error error, const QString &errorString)
{
    const ServiceState state = probeSecretService();
    const QString detail = QStringLiteral("QtKeychain error %1: %2; %3")
                               .arg(int(error))
                               .arg(errorString, stateName(state));
    if (state == ServiceState::NoBus || state == ServiceState::NoService)
        return unavailableError(state, detail);
    if (state == ServiceState::Locked)
        return lockedError(detail);
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailableError(state, detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(ErrorCode::KeychainAccessDenied, detail);
    default:
        break;
    }
    if (state == ServiceState::NoDefaultCollection) {
        return Error(
            ErrorCode::KeychainFailure,
            ActivationTr::tr("The system keychain has no default keyring to keep your sign-in in. "
                             "Create one (for example in GNOME's Passwords and Keys), then try "
                             "again."),
            detail);
    }
    return Error(
        ErrorCode::KeychainFailure,
        ActivationTr::tr("The system keychain reported an error and your sign-in could not be "
                         "kept. Restarting the keychain service (or signing out of the desktop and "
                         "in again) usually helps; then try again."),
        detail);
}

/// A SecretJob carried out by a QKeychain job, bounded by a timeout.
class KeychainJob : public SecretJob
{
public:
    KeychainJob(Kind kind, const QString &service, const QString &key, int timeoutMs,
                QObject *parent)
        : SecretJob(kind, key, parent), m_service(service), m_timeoutMs(timeoutMs)
    {
    }

    ~KeychainJob() override { detach(); }

    void start() override
    {
        if (!sessionBusConnected()) {
            // QtKeychain would find this out too, after a D-Bus autolaunch attempt.
            finishLater(
                unavailableError(ServiceState::NoBus, QStringLiteral("no D-Bus session bus")));
            return;
        }
        QKeychain::Job *job = nullptr;
        switch (kind()) {
        case Kind::Read:
            job = new QKeychain::ReadPasswordJob(m_service);
            break;
        case Kind::Write: {
            auto *write = new QKeychain::WritePasswordJob(m_service);
            write->setBinaryData(secret());
            job = write;
            break;
        }
        case Kind::Remove:
            job = new QKeychain::DeletePasswordJob(m_service);
            break;
        }
        // Without a parent: a job that timed out must outlive this one, since its backend still
        // holds a pointer to it until it answers. It deletes itself when it does.
        m_job = job;
        job->setKey(key());
        // Never store a secret in plain text behind the person's back.
        job->setInsecureFallback(false);
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this, &KeychainJob::onKeychainFinished);
        if (m_timeoutMs > 0) {
            m_timer.setSingleShot(true);
            connect(&m_timer, &QTimer::timeout, this, &KeychainJob::onTimeout);
            m_timer.start(m_timeoutMs);
        }
        job->start();
    }

    using SecretJob::setNotFound;

protected:
    void doCancel() override { detach(); }

private:
    void detach()
    {
        m_timer.stop();
        if (m_job)
            m_job->disconnect(this);
        m_job = nullptr;
    }

    void onTimeout()
    {
        detach();
        const int seconds = qMax(1, m_timeoutMs / 1000);
        const QString detail = QStringLiteral("no answer from the keychain within %1 ms (%2)")
                                   .arg(m_timeoutMs)
                                   .arg(stateName(probeSecretService()));
        qCWarning(lcStorage) << "keychain" << kind() << "timed out:" << detail;
        finish(Error(
            ErrorCode::KeychainAccessDenied,
            ActivationTr::tr("The system keychain did not answer within %n second(s). It is "
                             "probably locked and waiting for its password in a window nobody can "
                             "see. Unlock it (for example by signing in to the desktop again), "
                             "then try again.",
                             nullptr, seconds),
            detail));
    }

    void onKeychainFinished(QKeychain::Job *job)
    {
        const QKeychain::Error code = job->error();
        const QByteArray data = kind() == Kind::Read && code == QKeychain::NoError
            ? static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData()
            : QByteArray();
        const QString errorString = job->errorString();
        detach();
        if (code == QKeychain::EntryNotFound && (kind() == Kind::Read || kind() == Kind::Remove)) {
            // A locked collection hides its items: a lookup whose unlock prompt was dismissed
            // finds nothing. That is not "nobody signed in".
            const ServiceState state = probeSecretService();
            if (state == ServiceState::Locked) {
                const Error error = lockedError(
                    QStringLiteral("entry not found while the %1").arg(stateName(state)));
                qCWarning(lcStorage) << "keychain" << kind() << "failed:" << error.detail;
                finish(error);
                return;
            }
            setNotFound(true);
            finish();
            return;
        }
        if (code != QKeychain::NoError) {
            const Error error = keychainError(code, errorString);
            qCWarning(lcStorage) << "keychain" << kind() << "failed:" << errorCodeName(error.code)
                                 << error.detail;
            finish(error);
            return;
        }
        if (kind() == Kind::Read)
            setSecret(data);
        finish();
    }

    QString m_service;
    int m_timeoutMs;
    QPointer<QKeychain::Job> m_job;
    QTimer m_timer;
};

int defaultTimeoutMs()
{
    // For tests and administrators of headless machines; a person may need a minute to type the
    // keychain's password into its prompt.
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("KEYWAY_KEYCHAIN_TIMEOUT", &ok);
    return ok && seconds > 0 ? seconds * 1000 : KeychainSecretStore::DefaultTimeoutMs;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service), m_timeoutMs(defaultTimeoutMs())
{
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    return new KeychainJob(SecretJob::Kind::Read, m_service, key, m_timeoutMs, this);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new KeychainJob(SecretJob::Kind::Write, m_service, key, m_timeoutMs, this);
    job->setSecret(secret);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    return new KeychainJob(SecretJob::Kind::Remove, m_service, key, m_timeoutMs, this);
}

} // namespace Keyway
