// SPDX-License-Identifier: BSD-3-Clause
#include "signinhelperpipe.h"

#include "widgetslogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QProcess>
#include <QTimer>

namespace Keyway {

namespace {

/// A message line longer than this is not from our helper.
constexpr qsizetype MaxLine = 1024 * 1024;
/// How long the helper has to quit by itself before it is killed.
constexpr int QuitGraceMs = 5000;

/**
 * The helper's process. Destroyed with the helper still running (the product quits), it closes
 * the helper's input and gives it a moment to take its Chromium processes down before QProcess
 * kills it.
 */
class HelperProcess : public QProcess
{
public:
    using QProcess::QProcess;
    ~HelperProcess() override
    {
        if (state() == QProcess::NotRunning)
            return;
        closeWriteChannel();
        if (!waitForFinished(QuitGraceMs))
            qCWarning(lcWidgets) << "keyway-signin did not quit in time: killing it";
    }
};

} // namespace

SignInHelperPipe::SignInHelperPipe(const QString &program, QObject *parent)
    : QObject(parent), m_program(program)
{
}

SignInHelperPipe::~SignInHelperPipe()
{
    end();
}

bool SignInHelperPipe::start()
{
    if (m_process)
        return true;
    auto *process = new HelperProcess(this);
    process->setProgram(m_program);
    // What the helper logs goes where ours goes; its standard output is the pipe.
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!process->waitForStarted(10000)) {
        m_errorString = process->errorString();
        delete process;
        return false;
    }
    m_process = process;
    connect(process, &QProcess::readyReadStandardOutput, this, &SignInHelperPipe::onReadyRead);
    connect(process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        Q_EMIT exited(exitCode, status == QProcess::CrashExit);
    });
    qCInfo(lcWidgets).noquote() << "started the sign-in page's process" << m_program << "pid"
                                << process->processId();
    return true;
}

qint64 SignInHelperPipe::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool SignInHelperPipe::isOpen() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void SignInHelperPipe::send(const QJsonObject &message)
{
    if (isOpen())
        m_process->write(encode(message));
}

void SignInHelperPipe::onReadyRead()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 1);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (!document.isObject()) {
            // Never the line itself: it may be a redirect with its code.
            qCWarning(lcWidgets) << "keyway-signin sent a line that is not a JSON object ("
                                 << line.size() << "bytes)";
            continue;
        }
        Q_EMIT message(document.object());
        if (!m_process)
            return; // ended by whoever read the message
    }
    if (m_buffer.size() > MaxLine) {
        m_buffer.clear();
        Q_EMIT overlong();
        this->end();
    }
}

void SignInHelperPipe::end()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // The helper quits at the end of its input, and with it every Chromium process; the
    // process object outlives this pipe until then (or until the product quits).
    process->write(encode({{QStringLiteral("type"), QStringLiteral("quit")}}));
    process->closeWriteChannel();
    process->setParent(QCoreApplication::instance());
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(QuitGraceMs, process, [process] {
        qCWarning(lcWidgets) << "keyway-signin did not quit in time: killing it";
        process->kill();
    });
}

QByteArray SignInHelperPipe::encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject SignInHelperPipe::encodeError(const Error &error)
{
    return {{QStringLiteral("type"), QStringLiteral("failed")},
            {QStringLiteral("code"), errorCodeName(error.code)},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("detail"), error.detail}};
}

Error SignInHelperPipe::decodeError(const QJsonObject &message)
{
    bool ok = false;
    const QByteArray name = message.value(QStringLiteral("code")).toString().toLatin1();
    const int value = QMetaEnum::fromType<ErrorCode>().keyToValue(name.constData(), &ok);
    const ErrorCode code =
        ok && value != int(ErrorCode::NoError) ? ErrorCode(value) : ErrorCode::SignInPageCrashed;
    QString text = message.value(QStringLiteral("message")).toString();
    if (text.isEmpty())
        text = errorMessage(code);
    return Error(code, text, message.value(QStringLiteral("detail")).toString());
}

QString SignInHelperPipe::programFileName()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("keyway-signin.exe");
#else
    return QStringLiteral("keyway-signin");
#endif
}

QStringList SignInHelperPipe::programCandidates()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("KEYWAY_SIGNIN_HELPER");
    if (!fromEnvironment.isEmpty())
        paths.append(fromEnvironment);
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        paths.append(QDir(appDir).filePath(programFileName()));
        const QString relative = QStringLiteral(KEYWAY_HELPER_INSTALL_DIR);
        if (QDir::isRelativePath(relative))
            paths.append(QDir::cleanPath(appDir + QStringLiteral("/../") + relative
                                         + QLatin1Char('/') + programFileName()));
    }
    paths.append(QStringLiteral(KEYWAY_HELPER_INSTALL_FULL_DIR "/") + programFileName());
    paths.removeDuplicates();
    return paths;
}

QString SignInHelperPipe::findProgram()
{
    const QStringList candidates = programCandidates();
    for (const QString &path : candidates) {
        const QFileInfo info(path);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
    }
    return QString();
}

} // namespace Keyway
