#include "ReportWriter.h"

#include "session/WizardController.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

namespace gobiz::ReportWriter {

namespace {

// Runs work on the application's thread pool and hands what it made to done on the
// application's thread, unless context is gone by then.
template <typename Result>
void onWorker(
    QObject *context, std::function<Result()> work, std::function<void(const Result &)> done)
{
    const QPointer<QObject> receiver(context);
    QThreadPool::globalInstance()->start(
        [work = std::move(work), done = std::move(done), receiver] {
            Result result = work();
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [receiver, done, result = std::move(result)] {
                    if (receiver)
                        done(result);
                },
                Qt::QueuedConnection);
        });
}

} // namespace

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

void buildLater(const Account &account, const QList<JournalEntry> &rowsInOrder,
    const QList<RunSummary::Refusal> &refusals, QObject *context,
    std::function<void(const RunSummary::Report &report)> done)
{
    onWorker<RunSummary::Report>(
        context, [account, rowsInOrder, refusals] { return build(account, rowsInOrder, refusals); },
        std::move(done));
}

void write(const QString &path, std::function<QByteArray(QString *problem)> makeBytes,
    QObject *context, std::function<void(const QString &problem)> done,
    std::function<QString(const QString &fileName, const QString &error)> describe)
{
    onWorker<QString>(
        context,
        [path, makeBytes, describe] {
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
            return problem;
        },
        std::move(done));
}

} // namespace gobiz::ReportWriter
