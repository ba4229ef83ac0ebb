// journal_worker: the product's session core without widgets (WizardController: token check,
// model, gate, LinkRun, engine, the journal on its own thread), driven the way a person drives
// the wizard, so a test can SIGKILL it at any moment and start it again. It keeps nothing of its
// own between runs: what a restarted worker completes, it learned from the journal. The token
// arrives on standard input, never on the command line or in the environment.
//
//   journal_worker --base-url URL --journal FILE [--import CSV] [--fill] [--link-all]
//                  [--resume] [--retry-rounds N] [--report FILE] [--log FILE] < token
//
// In this order, as a person would: signs in; --import: imports external ids from a CSV (as the
// Fill dialog does); --fill: types the plan's external ids; --resume: accepts the offer to
// complete what an earlier run left; --link-all: the four bulk actions of the plan (link both
// products of the outlets with an external id in the table, unlink every fifth outlet); then
// waits until nothing is pending, pressing Continue after a pause and Retry failed up to
// --retry-rounds times; --report: saves the run's report (Save report… on the summary page).
// Without --journal the journal is where the wizard keeps it. Prints one JSON line.
#include "DurabilityPlan.h"

#include "api/AccessToken.h"
#include "diagnostics/Logging.h"
#include "model/OutletModel.h"
#include "session/ExternalIds.h"
#include "session/WizardController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace gobiz;

namespace {

int fail(const QString &message, int code)
{
    QTextStream(stderr) << "journal_worker: " << message << Qt::endl;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journal_worker"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A person's link run for the durability tests; token on stdin."));
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"), QStringLiteral("GoBiz base URL."), QStringLiteral("url"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"), QStringLiteral("Journal file."), QStringLiteral("file"));
    const QCommandLineOption importOption(QStringLiteral("import"),
        QStringLiteral("Import external ids from this CSV."), QStringLiteral("file"));
    const QCommandLineOption fillOption(
        QStringLiteral("fill"), QStringLiteral("Type the plan's external ids."));
    const QCommandLineOption linkAllOption(
        QStringLiteral("link-all"), QStringLiteral("Ask for the whole plan (bulk actions)."));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"), QStringLiteral("Complete what an earlier run left."));
    const QCommandLineOption retryOption(QStringLiteral("retry-rounds"),
        QStringLiteral("Press Retry failed up to n times."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption logOption(
        QStringLiteral("log"), QStringLiteral("Log file."), QStringLiteral("file"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
        QStringLiteral("Save the run's report here at the end."), QStringLiteral("file"));
    parser.addOptions({baseUrlOption, journalOption, importOption, fillOption, linkAllOption,
        resumeOption, retryOption, logOption, reportOption});
    parser.process(app);
    installMessageHandler(parser.value(logOption));

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"), 2);
    const TokenCheck token = AccessToken::normalize(QString::fromUtf8(input.readLine()));
    if (!token.isValid())
        return fail(token.message(), 2);

    WizardController controller;
    RetryPolicy policy;
    policy.timeScale = 0.02; // backoff and Retry-After in fiftieths: the run stays short
    controller.setRetryPolicy(policy);
    const QString urlProblem
        = controller.setEnvironment(Environment::custom(QUrl(parser.value(baseUrlOption))));
    if (!urlProblem.isEmpty())
        return fail(urlProblem, 2);

    QJsonObject summary;
    int retryRounds = parser.value(retryOption).toInt();
    int code = -1;
    const auto finish = [&](int exitCode) {
        if (code < 0)
            code = exitCode;
        QCoreApplication::exit(exitCode);
    };
    // A person presses Continue after a pause; a new token is not something this worker has.
    QObject::connect(&controller, &WizardController::runPaused, &app,
        [&](const QString &message, bool needsToken) {
            if (needsToken) {
                qCCritical(lcEngine).noquote() << "token refused:" << message;
                finish(5);
                return;
            }
            QTimer::singleShot(50, &controller, [&controller] { controller.resume(); });
        });
    QObject::connect(&controller, &WizardController::journalProblemOccurred, &app,
        [&](const QString &message) {
            qCCritical(lcStore).noquote() << message;
            finish(3);
        });
    const auto whenIdle = [&] {
        if (controller.isBusy())
            return;
        if (retryRounds > 0 && controller.unfinishedCount(LinkRun::AllUnfinished) > 0) {
            --retryRounds;
            controller.retryUnfinished(LinkRun::AllUnfinished);
            return;
        }
        if (parser.isSet(reportOption)) {
            controller.prepareReport();
            return; // reportReady, then reportSaved, finish
        }
        finish(0);
    };
    QObject::connect(&controller, &WizardController::reportReady, &app, [&] {
        controller.saveReport(parser.value(reportOption),
            WizardController::formatForPath(parser.value(reportOption)));
    });
    QObject::connect(&controller, &WizardController::reportSaved, &app,
        [&](const QString &, const QString &problem) {
            if (!problem.isEmpty())
                qCCritical(lcStore).noquote() << problem;
            finish(problem.isEmpty() ? 0 : 7);
        });
    QObject::connect(&controller, &WizardController::busyChanged, &app, [&](bool busy) {
        if (!busy)
            QTimer::singleShot(0, &app, whenIdle);
    });

    const auto act = [&] {
        OutletModel *model = controller.model();
        controller.setAutoAcceptConfirmed(true); // the person read the Auto Accept question
        if (parser.isSet(importOption)) {
            QFile csv(parser.value(importOption));
            if (!csv.open(QIODevice::ReadOnly)) {
                finish(fail(QStringLiteral("cannot read the CSV"), 2));
                return;
            }
            const ExternalIds::CsvParse parsed = ExternalIds::parseCsv(csv.readAll());
            QStringList current;
            for (int row = 0; row < model->rowCount(); ++row)
                current.append(model->externalOutletId(row));
            QHash<QString, QString> ids;
            for (const ExternalIds::PreviewRow &row :
                ExternalIds::preview(parsed.rows, model->outlets(), current).rows) {
                if (row.willApply())
                    ids.insert(row.outletId, row.externalId);
            }
            summary.insert(QStringLiteral("imported"), controller.applyExternalIds(ids));
        }
        if (parser.isSet(fillOption)) {
            QHash<QString, QString> ids;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (!durability::unlinks(row))
                    ids.insert(model->outlets().at(row).id, durability::externalIdFor(row));
            }
            controller.applyExternalIds(ids);
        }
        if (parser.isSet(resumeOption)) {
            const RecoveryPlan &plan = controller.interrupted();
            summary.insert(QStringLiteral("offered_not_sent"), plan.notSentCount());
            summary.insert(QStringLiteral("offered_sent_without_answer"),
                plan.sentWithoutAnswerCount());
            summary.insert(QStringLiteral("resumed"), controller.resumeInterrupted());
        }
        if (parser.isSet(linkAllOption)) {
            QList<int> link;
            QList<int> unlink;
            for (int row = 0; row < model->rowCount(); ++row)
                (durability::unlinks(row) ? unlink : link).append(row);
            int asked = 0;
            ChangeGate::Answers confirmed; // the person confirms the unlinks
            confirmed.unlinkConfirmed = true;
            for (Product product : allProducts) {
                asked += controller.requestChanges(link, product, LinkAction::Link);
                asked += controller.requestChanges(unlink, product, LinkAction::Unlink, confirmed);
            }
            summary.insert(QStringLiteral("asked"), asked);
        }
        QTimer::singleShot(0, &app, whenIdle);
    };
    QObject::connect(&controller, &WizardController::tokenCheckFinished, &app,
        [&](const ApiError &error) {
            if (error.isError()) {
                finish(fail(error.userMessage(), 4));
                return;
            }
            act();
        });
    QObject::connect(&controller, &WizardController::journalOpened, &app, [&](bool writable) {
        if (!writable) {
            finish(fail(controller.journalProblemMessage(), 3));
            return;
        }
        controller.checkToken(token.token);
    });
    controller.openJournal(parser.value(journalOption));

    QCoreApplication::exec();
    const LinkRun::Progress progress = controller.runProgress();
    int externalIds = 0;
    for (int row = 0; row < controller.model()->rowCount(); ++row)
        externalIds += controller.model()->externalOutletId(row).isEmpty() ? 0 : 1;
    summary.insert(QStringLiteral("done"), progress.done);
    summary.insert(QStringLiteral("failed"), progress.failed);
    summary.insert(QStringLiteral("unknown"), progress.unknown);
    summary.insert(QStringLiteral("not_sent"), progress.notSent);
    summary.insert(QStringLiteral("external_ids_in_table"), externalIds);
    std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    return code < 0 ? 0 : code;
}
