// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_export.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

class QNetworkReply;

namespace Keyway {

struct VendorConfig;

/**
 * TLS as the vendor configures it, and TLS failures in words people can act on.
 *
 * apply() adds the configuration's "extraCaCertificates" (for networks that inspect TLS) to
 * the CA certificates of the default QSslConfiguration, beside the system's; call it once at
 * start-up, before the first request. The JsonReply of every request records the certificate
 * problems of its handshake (recordErrors()), and a failed handshake becomes a TlsFailure whose
 * sentence says why the certificate was refused (failure()).
 */
class KEYWAY_ACTIVATION_EXPORT TlsSetup
{
public:
    /**
     * Trusts the CA certificates of @p config.extraCaFile in addition to the system's. Returns
     * how many were added (0 when the configuration names no file); ConfigInvalid, naming the
     * file, when it cannot be read or holds no usable CA certificate.
     */
    static Result<int> apply(const VendorConfig &config);
    /// The certificates of a PEM file: ConfigInvalid when unreadable, empty or expired.
    static Result<QList<QSslCertificate>> loadCaFile(const QString &path);

    /// Keeps the certificate errors @p reply reports during its handshake, for failure().
    static void recordErrors(QNetworkReply *reply);
    /// The TlsFailure for @p reply, whose handshake failed, with @p detail for the log.
    static Error failure(QNetworkReply *reply, const QString &detail);
    /// The TlsFailure for these certificate errors (empty: a handshake that failed otherwise).
    static Error failure(const QList<QSslError> &errors, const QString &detail);

    /// True for an https URL, and for http to a loopback host (127.0.0.0/8, ::1, localhost).
    static bool isSecureOrLoopback(const QUrl &url);
};

} // namespace Keyway
