#include "Logging.h"

#include "Redactor.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <cstdio>

// Debug messages are off unless asked for (QT_LOGGING_RULES="gobiz.*.debug=true"): a normal
// run prints nothing of its own workings.
Q_LOGGING_CATEGORY(lcApi, "gobiz.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "gobiz.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModel, "gobiz.model", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "gobiz.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "gobiz.ui", QtInfoMsg)

namespace gobiz {

namespace {
QMutex logMutex;
QFile *logFile = nullptr;
bool infoToFileOnly = false;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = Redactor::redact(qFormatLogMessage(type, context, message));
    QMutexLocker lock(&logMutex);
    if (type != QtInfoMsg || !infoToFileOnly || !logFile) {
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
    if (logFile) {
        logFile->write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8());
        logFile->write(" ");
        logFile->write(line.toUtf8());
        logFile->write("\n");
        logFile->flush();
    }
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

void installMessageHandler(const QString &logFilePath, Terminal terminal)
{
    {
        QMutexLocker lock(&logMutex);
        infoToFileOnly = terminal == Terminal::NotInfo;
        if (!logFilePath.isEmpty() && !logFile) {
            // One previous log is kept beside it, so a support agent gets the last run or two
            // and the file never grows without bound.
            constexpr qint64 rotateAtBytes = 5 * 1024 * 1024;
            if (QFileInfo(logFilePath).size() > rotateAtBytes) {
                const QString previous = logFilePath + QStringLiteral(".1");
                QFile::remove(previous);
                QFile::rename(logFilePath, previous);
            }
            auto *file = new QFile(logFilePath);
            if (file->open(QIODevice::Append | QIODevice::Text))
                logFile = file;
            else
                delete file;
        }
    }
    qSetMessagePattern(QStringLiteral("%{if-category}%{category}: %{endif}%{message}"));
    qInstallMessageHandler(redactingHandler);
}

} // namespace gobiz
