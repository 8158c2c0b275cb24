// SPDX-License-Identifier: BSD-3-Clause
#include "tlssetup.h"

#include "config/vendorconfig.h"
#include "core/clock.h"
#include "core/tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace Keyway {

namespace {
Q_LOGGING_CATEGORY(lcTls, "keyway.net.tls")

constexpr char ErrorsProperty[] = "keyway_sslErrors";

Error invalidCaFile(const QString &path, const QString &why)
{
    return Error(
        ErrorCode::ConfigInvalid,
        ActivationTr::tr("The product's settings name a file of extra CA certificates (%1) that "
                         "cannot be used: %2. Correct or remove \"extraCaCertificates\" in the "
                         "product's settings, or ask your administrator.")
            .arg(path, why),
        QStringLiteral("extraCaCertificates %1: %2").arg(path, why));
}
} // namespace

Result<QList<QSslCertificate>> TlsSetup::loadCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(invalidCaFile(path, file.errorString()));
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return unexpected(invalidCaFile(path, ActivationTr::tr("it holds no PEM certificate")));
    const QDateTime now = Clock::current();
    QList<QSslCertificate> usable;
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull() || certificate.expiryDate() < now) {
            qCWarning(lcTls) << "extra CA certificate skipped (expired or unreadable):"
                             << certificate.subjectDisplayName();
            continue;
        }
        usable.append(certificate);
    }
    if (usable.isEmpty())
        return unexpected(invalidCaFile(path, ActivationTr::tr("its certificates have expired")));
    return usable;
}

Result<int> TlsSetup::apply(const VendorConfig &config)
{
    if (config.extraCaFile.isEmpty())
        return 0;
    const auto extra = loadCaFile(config.extraCaFile);
    if (!extra)
        return unexpected(extra.error());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Setting CA certificates ends Qt's on-demand loading of the system's: add them explicitly.
    QList<QSslCertificate> authorities = tls.caCertificates();
    for (const QSslCertificate &certificate : QSslConfiguration::systemCaCertificates()) {
        if (!authorities.contains(certificate))
            authorities.append(certificate);
    }
    int added = 0;
    for (const QSslCertificate &certificate : *extra) {
        if (!authorities.contains(certificate)) {
            authorities.append(certificate);
            ++added;
        }
        qCInfo(lcTls).noquote() << "trusting the extra CA" << certificate.subjectDisplayName()
                                << "from" << config.extraCaFile;
    }
    tls.setCaCertificates(authorities);
    QSslConfiguration::setDefaultConfiguration(tls);
    return added;
}

void TlsSetup::recordErrors(QNetworkReply *reply)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &errors) {
                         // Only the kinds: certificates would keep OpenSSL objects alive with
                         // the reply.
                         QVariantList kinds;
                         for (const QSslError &error : errors)
                             kinds.append(int(error.error()));
                         reply->setProperty(ErrorsProperty, kinds);
                     });
}

Error TlsSetup::failure(QNetworkReply *reply, const QString &detail)
{
    QList<QSslError> errors;
    const QVariantList kinds = reply->property(ErrorsProperty).toList();
    for (const QVariant &kind : kinds)
        errors.append(QSslError(QSslError::SslError(kind.toInt())));
    return failure(errors, detail);
}

Error TlsSetup::failure(const QList<QSslError> &errors, const QString &detail)
{
    QStringList names;
    bool untrusted = false, wrongHost = false, outOfDate = false, revoked = false;
    for (const QSslError &error : errors) {
        names.append(error.errorString());
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            untrusted = true;
            break;
        case QSslError::HostNameMismatch:
            wrongHost = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            outOfDate = true;
            break;
        case QSslError::CertificateRevoked:
            revoked = true;
            break;
        default:
            break;
        }
    }
    const QString fullDetail = names.isEmpty()
        ? detail
        : detail + QStringLiteral(" [") + names.join(QStringLiteral("; ")) + QLatin1Char(']');
    QString message;
    if (untrusted) {
        message = ActivationTr::tr(
            "The connection to the activation service was refused: the server's "
            "certificate is not trusted by this computer. If your network inspects "
            "encrypted connections (a company proxy or security software), ask your "
            "administrator for its CA certificate and add it to the product's "
            "settings as \"extraCaCertificates\". Otherwise someone may be "
            "intercepting the connection: do not continue on this network.");
    } else if (wrongHost) {
        message =
            ActivationTr::tr("The connection to the activation service was refused: the server's "
                             "certificate belongs to another server. Check your proxy settings; "
                             "someone may be intercepting the connection.");
    } else if (revoked) {
        message =
            ActivationTr::tr("The connection to the activation service was refused: the server's "
                             "certificate has been revoked. Try again later or contact support.");
    } else if (outOfDate) {
        message =
            ActivationTr::tr("The connection to the activation service was refused: the server's "
                             "certificate is expired or not valid yet. Check that this computer's "
                             "date and time are correct.");
    } else {
        message = errorMessage(ErrorCode::TlsFailure);
    }
    return Error(ErrorCode::TlsFailure, message, fullDetail);
}

bool TlsSetup::isSecureOrLoopback(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Keyway
