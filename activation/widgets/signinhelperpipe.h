// SPDX-License-Identifier: BSD-3-Clause
#pragma once

#include "core/error.h"
#include "keyway_activation_widgets_export.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QProcess;

namespace Keyway {

/**
 * The pipe to the sign-in page's process keyway-signin (docs/signin.md, "The helper process"):
 * starts the program, writes one compact JSON object per line to its standard input and reads
 * one per line from its standard output. Its standard error goes where this process logs. A line
 * is never logged (it may be a redirect with its authorization code).
 *
 * end() closes the helper's input after a "quit": the helper quits and takes its Chromium
 * processes with it; the process object outlives the pipe until then, and the helper is killed
 * when it has not ended after a few seconds (also when the product quits meanwhile).
 *
 * Also where the program is looked for, and how a message and an Error are written on the pipe
 * (used by both ends: HelperSignInView and app/keyway-signin).
 */
class KEYWAY_ACTIVATION_WIDGETS_EXPORT SignInHelperPipe : public QObject
{
    Q_OBJECT
public:
    explicit SignInHelperPipe(const QString &program, QObject *parent = nullptr);
    ~SignInHelperPipe() override;

    /// Starts the helper; false, with errorString(), when it cannot be started.
    bool start();
    QString errorString() const { return m_errorString; }
    /// The helper's process id, 0 when it does not run.
    qint64 processId() const;
    /// Started, and neither ended nor exited.
    bool isOpen() const;

    /// Writes @p message while the helper runs; dropped otherwise.
    void send(const QJsonObject &message);
    /// Asks the helper to quit and lets go of it (see above). Idempotent.
    void end();

    /// One message on the pipe: @p message as compact JSON and a line feed.
    static QByteArray encode(const QJsonObject &message);
    static QJsonObject encodeError(const Error &error);
    static Error decodeError(const QJsonObject &message);

    /// The file name of the helper program ("keyway-signin", "keyway-signin.exe").
    static QString programFileName();
    /// Where the helper is looked for, first match wins: $KEYWAY_SIGNIN_HELPER (the program
    /// itself), the executable's folder (the build tree), `<prefix>/<libdir>/keyway` relative
    /// to the executable's `bin` folder, and the folder Keyway was installed to.
    static QStringList programCandidates();
    /// The first candidate that exists, empty when none does.
    static QString findProgram();

Q_SIGNALS:
    /// One JSON object the helper wrote.
    void message(const QJsonObject &message);
    /// The helper wrote a line too long to be ours; the pipe has ended.
    void overlong();
    /// The helper's process exited (not after end()).
    void exited(int exitCode, bool crashed);

private:
    void onReadyRead();

    QString m_program;
    QProcess *m_process = nullptr;
    QString m_errorString;
    QByteArray m_buffer;
};

} // namespace Keyway
