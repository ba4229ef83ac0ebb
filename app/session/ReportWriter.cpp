#include "ReportWriter.h"

#include "session/WizardController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace gobiz::ReportWriter {

RunSummary::Report build(const Account &account, const QList<JournalEntry> &rowsInOrder,
    const QList<RunSummary::Refusal> &refusals)
{
    RunSummary::Report report;
    report.environmentKey = account.environment.key();
    report.environmentName = account.environment.displayName();
    report.baseUrl = account.environment.baseUrl();
    report.roles = account.roles;
    report.merchantKey = account.merchantKey;
    report.primaryOutletName = account.merchantName;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.applicationVersion = QCoreApplication::applicationVersion();
    report.operations = RunSummary::operationsFromJournal(rowsInOrder, account.outlets, refusals);
    report.entries = RunSummary::finalResults(report.operations);
    report.fromJournal = true;
    return report;
}

void write(const QString &path, std::function<QByteArray(QString *problem)> makeBytes,
    QObject *context, std::function<void(const QString &problem)> done,
    std::function<QString(const QString &fileName, const QString &error)> describe)
{
    const QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start([path, makeBytes, receiver, done, describe] {
        QString problem;
        const QByteArray bytes = makeBytes(&problem);
        QSaveFile file(path);
        if (!problem.isEmpty()) {
            // makeBytes said why; nothing is written.
        } else if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
                   || !file.commit()) {
            const QString fileName = QFileInfo(path).fileName();
            problem = describe ? describe(fileName, file.errorString())
                               : WizardController::tr("Could not write the report to %1: %2")
                                     .arg(fileName, file.errorString());
        }
        // Back on the application's thread; the receiver may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [receiver, done, problem] {
                if (receiver)
                    done(problem);
            },
            Qt::QueuedConnection);
    });
}

} // namespace gobiz::ReportWriter
