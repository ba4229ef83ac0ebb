// The product process of the product-path figures (see ProductPathBench.h): one scenario per
// process, started by ProductPathReport.cpp with --product-path-child SCENARIO.
#include "ProductPathBench.h"

#include "EventLoopGaps.h"
#include "FsyncShim.h"
#include "SandboxProcess.h" // tests/durability: gobiz-sandbox as a child process
#include "sandbox/FixtureGenerator.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <functional>
#include <memory>

// =================================================================================================
// ProductPath: the ONLY code here that calls the product's session API (WizardController and
// what it owns). When the session classes are split, re-point these few functions; nothing else
// in the benchmark knows how the product is put together.
// =================================================================================================
#include "api/AccessToken.h"
#include "api/Environment.h"
#include "api/GoBizClient.h"
#include "diagnostics/Logging.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "session/WizardController.h"
#include "store/LinkJournal.h"

namespace bench {

class ProductPath
{
public:
    struct Outcome
    {
        int finished = 0; // operations the session reports as ended
        int succeeded = 0;
        int failed = 0; // failed or cancelled
        int linkedCells = 0; // GoFood cells the model shows as Linked
        int journalSucceeded = 0; // rows of this run the journal recorded as succeeded
    };

    // What the app does before the Outlets page shows: the product's message handler (log file
    // beside the journal, as a GUI run has one), the journal opened, the environment chosen, the
    // token checked (token-info fills the model), external ids filled and Auto Accept confirmed
    // (the page asks once; the person says yes). Empty on success, else what went wrong.
    QString start(const QUrl &baseUrl, const QString &token, const QString &folder,
                  int concurrency)
    {
        gobiz::installMessageHandler(folder + QStringLiteral("/gobiz-outlet-wizard.log"));
        m_controller = std::make_unique<gobiz::WizardController>();
        gobiz::WizardController *c = m_controller.get();
        {
            // The journal opens on its own thread, as at the app's start.
            QEventLoop opening;
            bool writable = false;
            QObject::connect(c, &gobiz::WizardController::journalOpened, &opening,
                             [&](bool ok) {
                                 writable = ok;
                                 opening.quit();
                             });
            QTimer::singleShot(30000, &opening, &QEventLoop::quit);
            c->openJournal(folder + QStringLiteral("/link-journal.sqlite"));
            opening.exec();
            if (!writable)
                return QStringLiteral("journal did not open: ") + c->journalProblemMessage();
        }
        QString problem = c->setEnvironment(gobiz::Environment::custom(baseUrl));
        if (!problem.isEmpty())
            return QStringLiteral("environment refused: ") + problem;
        gobiz::RetryPolicy policy;
        policy.concurrency = concurrency;
        c->setRetryPolicy(policy);

        const gobiz::TokenCheck check = gobiz::AccessToken::normalize(token);
        if (!check.isValid())
            return QStringLiteral("token refused locally: ") + check.message();
        QEventLoop loop;
        bool answered = false;
        QObject::connect(c, &gobiz::WizardController::tokenCheckFinished, &loop,
                         [&](const gobiz::ApiError &error) {
                             answered = true;
                             problem = error.isError() ? error.userMessage() : QString();
                             loop.quit();
                         });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        c->checkToken(check.token);
        loop.exec();
        if (!answered)
            return QStringLiteral("token check did not answer within 30 s");
        if (!problem.isEmpty())
            return QStringLiteral("token check failed: ") + problem;

        QHash<QString, QString> ids;
        for (const gobiz::Outlet &outlet : c->model()->outlets())
            ids.insert(outlet.id, QStringLiteral("POS-") + outlet.id);
        c->applyExternalIds(ids);
        c->setAutoAcceptConfirmed(true);
        QObject::connect(c, &gobiz::WizardController::busyChanged, c, [this](bool busy) {
            if (!busy && m_onIdle)
                m_onIdle();
        });
        QObject::connect(c->model(), &QAbstractItemModel::dataChanged, c,
                         [this] { ++m_modelChanges; });
        return {};
    }

    int rowCount() const { return m_controller->model()->rowCount(); }

    // The click: what OutletsPage::submit() does for the bulk "Link to GoFood" button.
    int requestAllGoFood(const QList<int> &rows)
    {
        return m_controller->requestChanges(rows, gobiz::Product::GoFood, gobiz::LinkAction::Link);
    }

    bool isBusy() const { return m_controller->isBusy(); }
    // Called each time the session says it is no longer busy (busyChanged(false)).
    void setIdleCallback(std::function<void()> callback) { m_onIdle = std::move(callback); }
    int modelChanges() const { return m_modelChanges; }

    Outcome outcome() const
    {
        Outcome o;
        const gobiz::WizardController *c = m_controller.get();
        const gobiz::LinkRun::Progress progress = c->runProgress();
        o.finished = progress.done + progress.failed + progress.unknown + progress.notSent;
        o.succeeded = progress.done;
        o.failed = o.finished - o.succeeded;
        for (int row = 0; row < c->model()->rowCount(); ++row)
            o.linkedCells += c->model()->cell(row, gobiz::Product::GoFood).state
                == gobiz::LinkState::Linked;
        // The journal file as another reader sees it once every record is written.
        QDeadlineTimer deadline(30000);
        while (!c->isJournalIdle() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        gobiz::LinkJournal reader;
        if (reader.open(c->journalPath())) {
            gobiz::JournalFilter thisRun;
            thisRun.sessionId = c->account().session;
            for (const gobiz::JournalEntry &entry : reader.entries(thisRun))
                o.journalSucceeded += entry.result == gobiz::JournalEntry::Result::Succeeded;
        }
        return o;
    }

private:
    std::unique_ptr<gobiz::WizardController> m_controller;
    std::function<void()> m_onIdle;
    int m_modelChanges = 0;
};

// The comparison: the same links through GoBizClient + LinkEngine alone (no model, no journal,
// no controller), as gobiz-bench's (b) figure does, but against the same sandbox process.
class EngineOnly
{
public:
    EngineOnly(const QUrl &baseUrl, const QString &token, int concurrency)
        : m_client(&m_network), m_engine(&m_client)
    {
        m_network.setProxy(QNetworkProxy::NoProxy); // as the controller does for loopback
        m_client.setBaseUrl(baseUrl);
        m_client.setToken(token);
        if (m_engine.concurrencyLimit() != concurrency)
            m_engine.setConcurrencyLimit(concurrency);
        QObject::connect(&m_engine, &gobiz::LinkEngine::operationFinished, &m_engine,
                         [this](const gobiz::LinkOperation &op) {
                             (op.phase == gobiz::LinkOperation::Phase::Succeeded ? m_succeeded
                                                                                 : m_failed) += 1;
                         });
        QObject::connect(&m_engine, &gobiz::LinkEngine::stateChanged, &m_engine,
                         [this](gobiz::LinkEngine::State state) {
                             if (state == gobiz::LinkEngine::State::Idle && m_onIdle)
                                 m_onIdle();
                         });
    }

    int submitAll(const QStringList &outletIds)
    {
        int accepted = 0;
        for (const QString &id : outletIds) {
            gobiz::LinkRequest request;
            request.outletId = id;
            request.product = gobiz::Product::GoFood;
            request.externalOutletId = QStringLiteral("POS-") + id;
            accepted += m_engine.submit(request) != 0;
        }
        return accepted;
    }
    bool isBusy() const { return m_engine.state() != gobiz::LinkEngine::State::Idle; }
    void setIdleCallback(std::function<void()> callback) { m_onIdle = std::move(callback); }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }

private:
    QNetworkAccessManager m_network;
    gobiz::GoBizClient m_client;
    gobiz::LinkEngine m_engine;
    std::function<void()> m_onIdle;
    int m_succeeded = 0;
    int m_failed = 0;
};

// =================================================================================================
// End of the product's API. Below: sandbox process, timing, verification.
// =================================================================================================

namespace {

double bootMs() // CLOCK_MONOTONIC, the clock of the sandbox log's %{time boot}
{
    return double(QDeadlineTimer::current().deadlineNSecs()) / 1e6;
}

// The earliest arrival of a link request in the sandbox's request log. Each line is written
// when the request finished, as "<boot seconds.ms> PUT <path> <status> <duration>ms id=...",
// so it arrived at finish - duration (both to the millisecond). -1 when none was logged.
double firstLinkArrivalMs(const QString &logPath)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(
        QStringLiteral("^\\s*(\\d+\\.\\d+) PUT \\S+/link/gofood \\d+ (\\d+)ms"));
    double first = -1;
    while (!log.atEnd()) {
        const auto m = line.match(QString::fromUtf8(log.readLine()));
        if (!m.hasMatch())
            continue;
        const double arrived = m.captured(1).toDouble() * 1000 - m.captured(2).toDouble();
        if (first < 0 || arrived < first)
            first = arrived;
    }
    return first;
}

int linesIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return int(file.readAll().count('\n'));
}

} // namespace

QJsonObject runChildScenario(const ChildOptions &o)
{
    QJsonObject r{{QStringLiteral("scenario"), o.scenario}, {QStringLiteral("ops"), o.ops},
                  {QStringLiteral("latencyMs"), o.latencyMs},
                  {QStringLiteral("concurrency"), o.concurrency}, {QStringLiteral("ok"), false}};
    const auto fail = [&r](const QString &message) {
        r.insert(QStringLiteral("error"), message);
        return r;
    };
    const bool product = o.scenario == u"links" || o.scenario == u"first-request";
    if (!product && o.scenario != u"engine")
        return fail(QStringLiteral("unknown scenario ") + o.scenario);

    QStandardPaths::setTestModeEnabled(true);
    // A figure measured with a shim that silently did not load would be a lie.
    const FsyncShimStats shimAtStart = FsyncShimStats::now();
    r.insert(QStringLiteral("shimLoaded"), shimAtStart.loaded);
    if (o.expectShim && !shimAtStart.loaded)
        return fail(QStringLiteral("LD_PRELOAD fsync shim expected but not loaded"));

    QTemporaryDir dir; // the journal: a real file on disk (say which file system)
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder: ") + dir.errorString());
    r.insert(QStringLiteral("journalFs"),
             QString::fromUtf8(QStorageInfo(dir.path()).fileSystemType()));

    // The sandbox in a process of its own, never with the shim, its output in files (so
    // reading it costs the measured thread nothing). Its request log only where it is needed.
    SandboxProcess sandbox;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_PRELOAD"));
    env.remove(QStringLiteral("GOBIZ_FSYNC_DELAY_MS"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{time boot} %{message}"));
    sandbox.process().setProcessEnvironment(env);
    const QString sandboxLog = dir.filePath(QStringLiteral("sandbox.log"));
    sandbox.process().setStandardErrorFile(sandboxLog);
    QStringList args{QStringLiteral("--outlets"), QString::number(o.ops),
                     QStringLiteral("--latency-ms"), QString::number(o.latencyMs),
                     QStringLiteral("--seed"), QStringLiteral("7")};
    if (o.scenario != u"first-request")
        args << QStringLiteral("--quiet");
    QString error;
    if (!sandbox.start(args, &error))
        return fail(QStringLiteral("sandbox: ") + error);

    // --- before the click
    std::unique_ptr<ProductPath> path;
    std::unique_ptr<EngineOnly> engine;
    QStringList outletIds;
    if (product) {
        path = std::make_unique<ProductPath>();
        error = path->start(sandbox.baseUrl(), sandbox.token(), dir.path(), o.concurrency);
        if (!error.isEmpty())
            return fail(error);
        if (path->rowCount() != o.ops)
            return fail(QStringLiteral("the model has %1 rows, expected %2")
                            .arg(path->rowCount()).arg(o.ops));
    } else {
        engine = std::make_unique<EngineOnly>(sandbox.baseUrl(), sandbox.token(), o.concurrency);
    }
    // The generated merchant's outlets: gobiz-sandbox --outlets N --seed 7 serves exactly these.
    const gobiz::sandbox::Fixture fixture = gobiz::sandbox::FixtureGenerator::fixture(o.ops, 7);
    for (const gobiz::sandbox::FixtureOutlet &outlet : fixture.merchants.first().outlets)
        outletIds.append(outlet.id);

    // --- the click, and the run until the session is idle again
    QEventLoop loop;
    QElapsedTimer clock;
    double wallMs = -1;
    const auto onIdle = [&] {
        if (wallMs < 0)
            wallMs = clock.nsecsElapsed() / 1e6;
        loop.quit();
    };
    if (path)
        path->setIdleCallback(onIdle);
    else
        engine->setIdleCallback(onIdle);
    QList<int> rows;
    for (int row = 0; row < o.ops; ++row)
        rows.append(row);
    const FsyncShimStats shimBefore = FsyncShimStats::now();
    EventLoopGaps gaps;
    gaps.start();
    const double clickBootMs = bootMs();
    clock.start();
    const int accepted = path ? path->requestAllGoFood(rows) : engine->submitAll(outletIds);
    const double blockedMs = clock.nsecsElapsed() / 1e6;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(std::chrono::seconds(o.deadlineS));
    if (wallMs < 0 && (path ? path->isBusy() : engine->isBusy()))
        loop.exec();
    gaps.stop();
    const bool timedOut = wallMs < 0;
    if (timedOut)
        wallMs = clock.nsecsElapsed() / 1e6;
    const FsyncShimStats shim = FsyncShimStats::now().since(shimBefore);

    r.insert(QStringLiteral("accepted"), accepted);
    r.insert(QStringLiteral("wallMs"), wallMs);
    r.insert(QStringLiteral("clickBlockedMs"), blockedMs);
    r.insert(QStringLiteral("gaps"), EventLoopGaps::toJson(gaps.figures()));
    r.insert(QStringLiteral("syncs"), shim.toJson());
    if (path) {
        const ProductPath::Outcome outcome = path->outcome();
        r.insert(QStringLiteral("succeeded"), outcome.succeeded);
        r.insert(QStringLiteral("failed"), outcome.failed);
        r.insert(QStringLiteral("linkedCells"), outcome.linkedCells);
        r.insert(QStringLiteral("journalSucceeded"), outcome.journalSucceeded);
        r.insert(QStringLiteral("modelChanges"), path->modelChanges());
        r.insert(QStringLiteral("productLogLines"),
                 linesIn(dir.filePath(QStringLiteral("gobiz-outlet-wizard.log"))));
    } else {
        r.insert(QStringLiteral("succeeded"), engine->succeeded());
        r.insert(QStringLiteral("failed"), engine->failed());
    }

    // --- what the server says (not what the client believes)
    const QJsonObject state = sandbox.state();
    const QSet<QString> wanted(outletIds.cbegin(), outletIds.cend());
    int linked = 0;
    for (const QJsonValue &value : state.value(QStringLiteral("links")).toArray()) {
        const QJsonObject link = value.toObject();
        linked += link.value(QStringLiteral("product")).toString() == u"gofood"
            && link.value(QStringLiteral("linked")).toBool()
            && wanted.contains(link.value(QStringLiteral("outlet_id")).toString());
    }
    const QJsonObject counters = state.value(QStringLiteral("counters")).toObject();
    r.insert(QStringLiteral("linkedOnServer"), linked);
    r.insert(QStringLiteral("serverRequests"), counters.value(QStringLiteral("total")));
    r.insert(QStringLiteral("serverMaxInFlight"), counters.value(QStringLiteral("max_in_flight")));
    sandbox.stop(); // its request log is complete now

    if (o.scenario == u"first-request") {
        const double arrived = firstLinkArrivalMs(sandboxLog);
        // The log's clock must be ours: an arrival before the click, or after the run, is not.
        if (arrived < 0 || arrived < clickBootMs - 2 || arrived > clickBootMs + wallMs + 2)
            return fail(QStringLiteral("first link request not found in the sandbox log on this "
                                       "clock (arrival %1 ms, click %2 ms)")
                            .arg(arrived, 0, 'f', 1).arg(clickBootMs, 0, 'f', 1));
        r.insert(QStringLiteral("firstRequestMs"), std::max(0.0, arrived - clickBootMs));
    }

    if (timedOut)
        return fail(QStringLiteral("not idle after %1 s").arg(o.deadlineS));
    if (o.expectShim && shim.syncs() == 0)
        return fail(QStringLiteral("the shim is loaded but saw no fsync/fdatasync"));
    const int succeeded = r.value(QStringLiteral("succeeded")).toInt();
    if (accepted != o.ops || succeeded != o.ops || linked != o.ops)
        return fail(QStringLiteral("%1 of %2 accepted, %3 succeeded, %4 linked on the server")
                        .arg(accepted).arg(o.ops).arg(succeeded).arg(linked));
    if (path && (r.value(QStringLiteral("linkedCells")).toInt() != o.ops
                 || r.value(QStringLiteral("journalSucceeded")).toInt() != o.ops))
        return fail(QStringLiteral("the model shows %1 linked, the journal %2, of %3")
                        .arg(r.value(QStringLiteral("linkedCells")).toInt())
                        .arg(r.value(QStringLiteral("journalSucceeded")).toInt())
                        .arg(o.ops));
    r.insert(QStringLiteral("ok"), true);
    return r;
}

} // namespace bench
