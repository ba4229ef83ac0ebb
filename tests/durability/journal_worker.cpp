// journal_worker: the application's core without widgets (GoBizClient + LinkEngine + LinkJournal)
// driving a planned run against a GoBiz server, so a test can SIGKILL it mid-run and start it
// again. The token arrives on standard input, never on the command line or in the environment.
//
//   journal_worker --base-url URL --journal FILE [--operations N] [--resume] [--log FILE]
//                  [--report FILE] < token
//
// --resume: first resumes the operations the journal shows unfinished (RecoveryPlan), then
// submits whatever of the plan the journal does not show confirmed. Prints one JSON line.
#include "DurabilityPlan.h"

#include "api/AccessToken.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"
#include "ops/LinkEngine.h"
#include "store/JournalBinding.h"
#include "store/LinkJournal.h"
#include "store/RecoveryPlan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
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

bool confirmedAsIntended(const JournalState &state, const LinkRequest &intent)
{
    if (intent.action == LinkAction::Unlink)
        return state.confirmed == LinkState::NotLinked && !state.outcomeUncertain();
    return state.confirmed == LinkState::Linked && state.externalOutletId == intent.externalOutletId
        && !state.outcomeUncertain();
}

// Writes a CSV report of this environment's journal rows (the kind of file a person exports).
void writeReport(const LinkJournal &journal, const QString &environment, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream out(&file);
    out << "outlet_id,product,action,external_outlet_id,result,request_id,error_kind,error_"
           "message\n";
    JournalFilter filter;
    filter.environment = environment;
    const auto quote = [](QString text) { return u'"' + text.replace(u'"', u"\"\""_qs) + u'"'; };
    for (const JournalEntry &e : journal.entries(filter)) {
        out << quote(e.request.outletId) << ',' << productKey(e.request.product) << ','
            << actionKey(e.request.action) << ',' << quote(e.request.externalOutletId) << ','
            << JournalEntry::resultKey(e.result) << ',' << e.requestId << ',' << e.errorKind << ','
            << quote(e.errorMessage) << '\n';
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("journal_worker"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Planned link run for the durability tests; token on stdin."));
    parser.addHelpOption();
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"), QStringLiteral("GoBiz base URL."), QStringLiteral("url"));
    const QCommandLineOption journalOption(
        QStringLiteral("journal"), QStringLiteral("Journal file."), QStringLiteral("file"));
    const QCommandLineOption operationsOption(QStringLiteral("operations"),
        QStringLiteral("Planned operations."), QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption resumeOption(
        QStringLiteral("resume"), QStringLiteral("Resume, then finish the plan."));
    const QCommandLineOption logOption(
        QStringLiteral("log"), QStringLiteral("Log file."), QStringLiteral("file"));
    const QCommandLineOption reportOption(QStringLiteral("report"),
        QStringLiteral("CSV report to write at the end."), QStringLiteral("file"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
        QStringLiteral("Engine concurrency."), QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({baseUrlOption, journalOption, operationsOption, resumeOption, logOption,
        reportOption, concurrencyOption});
    parser.process(app);

    installMessageHandler(parser.value(logOption));

    // The token: first line of standard input.
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"), 2);
    const TokenCheck token = AccessToken::normalize(QString::fromUtf8(input.readLine()));
    if (!token.isValid())
        return fail(token.message(), 2);

    QNetworkAccessManager network;
    GoBizClient client(&network);
    const QUrl baseUrl(parser.value(baseUrlOption));
    const QString urlProblem = client.setBaseUrl(baseUrl);
    if (!urlProblem.isEmpty())
        return fail(urlProblem, 2);
    client.setToken(token.token);
    client.setTransferTimeout(std::chrono::seconds(15));

    LinkJournal journal;
    if (!journal.open(parser.value(journalOption)))
        return fail(journal.problemMessage(), 3);
    if (!journal.setAsideMessage().isEmpty())
        qCWarning(lcStore).noquote() << journal.setAsideMessage();

    // Outlets, as the wizard gets them.
    QStringList outletIds;
    {
        ApiReply *reply = client.tokenInfo();
        QEventLoop loop;
        QObject::connect(reply, &ApiReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error().isError())
            return fail(reply->error().userMessage(), 4);
        for (const Outlet &outlet : reply->tokenInfo().outlets)
            outletIds.append(outlet.id);
        reply->deleteLater();
    }
    const QList<LinkRequest> intents
        = durability::plan(outletIds, parser.value(operationsOption).toInt());

    RetryPolicy policy;
    policy.timeScale = 0.02; // backoff and Retry-After in fiftieths: the run stays short
    LinkEngine engine(&client);
    engine.setPolicy(policy);
    engine.setConcurrencyLimit(parser.value(concurrencyOption).toInt());
    JournalBinding binding(&journal, &engine);
    const QString environment = LinkJournal::environmentLabel(Environment::custom(baseUrl));
    binding.setContext(JournalContext {
        environment, QStringLiteral("durability merchant"), QStringLiteral("owner")});

    int resumed = 0;
    int rounds = 0;
    int succeeded = 0;
    int failed = 0;
    int requests = 0;
    int retries = 0;
    int submittedTotal = 0;
    QObject::connect(&engine, &LinkEngine::operationFinished, &app, [&](const LinkOperation &op) {
        if (op.phase == LinkOperation::Phase::Succeeded)
            ++succeeded;
        else
            ++failed;
    });
    // A person would press "Continue": the worker does it after a moment.
    QObject::connect(&engine, &LinkEngine::paused, &app,
        [&](LinkEngine::PauseReason reason, const QString &message) {
            if (reason == LinkEngine::PauseReason::Token) {
                qCCritical(lcEngine).noquote() << "token refused:" << message;
                QCoreApplication::exit(5);
                return;
            }
            QTimer::singleShot(100, &engine, [&engine] { engine.resume(); });
        });
    QObject::connect(&binding, &JournalBinding::journalProblem, &app, [](const QString &message) {
        qCCritical(lcStore).noquote() << message;
        QCoreApplication::exit(3);
    });

    if (parser.isSet(resumeOption)) {
        const RecoveryPlan plan = RecoveryPlan::fromJournal(journal).forContext(environment);
        if (!plan.isEmpty())
            qCInfo(lcStore).noquote() << plan.summary();
        resumed = plan.resume(engine, binding);
    }

    // Submits what the journal does not show confirmed as intended; true if anything was.
    const auto submitRound = [&]() {
        ++rounds;
        QHash<QPair<QString, int>, JournalState> states;
        for (const JournalState &state : journal.latestStates(environment))
            states.insert(qMakePair(state.outletId, int(state.product)), state);
        QSet<QPair<QString, int>> pending;
        for (const LinkOperation &op : engine.pendingOperations())
            pending.insert(qMakePair(op.request.outletId, int(op.request.product)));
        int submitted = 0;
        for (const LinkRequest &intent : intents) {
            const auto key = qMakePair(intent.outletId, int(intent.product));
            if (pending.contains(key))
                continue;
            const auto it = states.constFind(key);
            if (it != states.cend() && confirmedAsIntended(*it, intent))
                continue;
            if (engine.submit(intent) != 0)
                ++submitted;
        }
        submittedTotal += submitted;
        return submitted > 0 || !engine.pendingOperations().isEmpty();
    };

    const auto finishRun = [&]() {
        requests += engine.requestsInRun();
        retries += engine.retriesInRun();
        if (rounds < 6 && submitRound())
            return;
        QCoreApplication::exit(0);
    };
    QObject::connect(&engine, &LinkEngine::stateChanged, &app, [&](LinkEngine::State state) {
        if (state == LinkEngine::State::Idle)
            QTimer::singleShot(0, &app, finishRun);
    });
    if (!submitRound())
        QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });

    const int code = QCoreApplication::exec();
    journal.flush();
    if (parser.isSet(reportOption))
        writeReport(journal, environment, parser.value(reportOption));

    int unconfirmed = 0;
    QHash<QPair<QString, int>, JournalState> states;
    for (const JournalState &state : journal.latestStates(environment))
        states.insert(qMakePair(state.outletId, int(state.product)), state);
    for (const LinkRequest &intent : intents) {
        const auto it = states.constFind(qMakePair(intent.outletId, int(intent.product)));
        if (it == states.cend() || !confirmedAsIntended(*it, intent))
            ++unconfirmed;
    }
    const QJsonObject summary {
        {QStringLiteral("mode"),
            parser.isSet(resumeOption) ? QStringLiteral("resume") : QStringLiteral("run")},
        {QStringLiteral("planned"), int(intents.size())},
        {QStringLiteral("resumed"), resumed},
        {QStringLiteral("submitted"), submittedTotal},
        {QStringLiteral("succeeded"), succeeded},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("unconfirmed"), unconfirmed},
        {QStringLiteral("unsaved_records"), journal.unsavedRecords()},
    };
    std::fputs(QJsonDocument(summary).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
    if (code != 0)
        return code;
    return unconfirmed == 0 && journal.unsavedRecords() == 0 ? 0 : 6;
}
