// gobiz-bench: the figures of issue 2 §5, from one run.
//   (a) 20,000-outlet token-info body -> populated OutletModel, as a ratio to a bare
//       QJsonDocument::fromJson of the same bytes (goal <= 2.0, median of several repetitions)
//   (b) 1,000 link operations against the sandbox with 20 ms latency: engine at concurrency 4
//       versus one at a time (goal >= 3.5x faster) and versus the ideal ops*latency/concurrency
//       (goal <= 1.3x)
//   (c) peak memory (VmHWM) with 20,000 outlets loaded, and the growth it caused
// Usage: gobiz-bench [--ops N] [--latency-ms MS] [--jitter-ms MS] [--outlets N] [--repetitions N]
//                    [--transfer-timeout-ms MS] [--skip-parse] [--skip-network]
// The product-path figures (a click through WizardController): gobiz-bench --product-path
// [--quick] ..., see ProductPathBench.h.
#include "ProductPathBench.h"
#include "StartupBench.h"
#include "api/ApiParsers.h"
#include "api/GoBizClient.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace gobiz;

namespace {

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

// kB from /proc/self/status, e.g. field "VmHWM" or "VmRSS"; -1 where unavailable.
qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Linux: writing 5 to clear_refs resets VmHWM to the current RSS, so the next peak is ours.
// Memory freed earlier (the generated fixture) is handed back first, or it would be reused
// unseen and the figures would look smaller than they are.
bool resetPeakMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// The documented token-info shape (gobiz-api.md §1) with generated, realistic outlets.
QByteArray tokenInfoBody(int outlets)
{
    const sandbox::FixtureMerchant merchant = sandbox::FixtureGenerator::merchant(outlets, 42);
    QJsonArray list;
    for (const sandbox::FixtureOutlet &outlet : merchant.outlets) {
        list.append(QJsonObject{{QStringLiteral("id"), outlet.id},
                                {QStringLiteral("name"), outlet.name},
                                {QStringLiteral("address"), outlet.address},
                                {QStringLiteral("email"), QString()},
                                {QStringLiteral("phone"), QString()}});
    }
    const QJsonObject data{{QStringLiteral("user"),
                            QJsonObject{{QStringLiteral("roles"), QJsonArray{QStringLiteral("owner")}}}},
                           {QStringLiteral("outlets"), list}};
    return QJsonDocument(QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}})
        .toJson(QJsonDocument::Compact);
}

struct ParseFigures
{
    double bareMs = 0;
    double modelMs = 0;
    double parserMs = 0; // of modelMs: ApiParsers::parseTokenInfo
    double setOutletsMs = 0; // of modelMs: OutletModel::setOutlets
    int rows = 0;
};

ParseFigures measureParse(const QByteArray &body, int repetitions)
{
    QList<double> bare;
    QList<double> full;
    QList<double> parserOnly;
    QList<double> setOnly;
    ParseFigures figures;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        {
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (!document.isObject())
                qFatal("benchmark body is not JSON");
        }
        bare.append(timer.nsecsElapsed() / 1e6);

        timer.restart();
        {
            OutletModel model;
            const auto parsed = ApiParsers::parseTokenInfo(body);
            if (!parsed.ok())
                qFatal("benchmark body did not parse");
            const qint64 parsedAt = timer.nsecsElapsed();
            model.setOutlets(parsed.value.outlets);
            const qint64 loadedAt = timer.nsecsElapsed();
            figures.rows = model.rowCount();
            parserOnly.append(parsedAt / 1e6);
            setOnly.append((loadedAt - parsedAt) / 1e6);
            full.append(loadedAt / 1e6);
        }
    }
    figures.bareMs = median(bare);
    figures.modelMs = median(full);
    figures.parserMs = median(parserOnly);
    figures.setOutletsMs = median(setOnly);
    return figures;
}

// Runs `ops` links at the given concurrency; returns wall milliseconds from the first submit to
// the engine being idle again, or -1 if not every op succeeded.
double runLinks(sandbox::SandboxServer &server, GoBizClient &client, const QStringList &outletIds,
                int ops, int concurrency, std::chrono::milliseconds transferTimeout, int *maxInFlight)
{
    server.resetState();
    server.resetCounters();
    LinkEngine engine(&client);
    RetryPolicy policy;
    policy.concurrency = concurrency;
    policy.transferTimeout = transferTimeout;
    engine.setPolicy(policy);
    int succeeded = 0;
    QObject::connect(&engine, &LinkEngine::operationFinished, &engine,
                     [&succeeded](const LinkOperation &op) {
                         succeeded += op.phase == LinkOperation::Phase::Succeeded ? 1 : 0;
                     });
    QEventLoop loop;
    QObject::connect(&engine, &LinkEngine::stateChanged, &loop, [&loop](LinkEngine::State state) {
        if (state == LinkEngine::State::Idle)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < ops; ++i) {
        LinkRequest request;
        request.outletId = outletIds.at(i % outletIds.size());
        request.product = (i / outletIds.size()) % 2 ? Product::Payment : Product::GoFood;
        request.externalOutletId = QStringLiteral("POS-%1").arg(i);
        engine.submit(request);
    }
    loop.exec(); // the benchmark's only event loop, outside any engine code
    const double ms = timer.nsecsElapsed() / 1e6;
    *maxInFlight = server.counters().maxInFlight();
    return succeeded == ops ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (bench::wantsProductPath(argc, argv))
        return bench::productPathMain(argc, argv);
    if (bench::wantsStartup(argc, argv))
        return bench::startupMain(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gobiz-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("gobiz.*.debug=false\ngobiz.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the issue 2 benchmark figures."));
    parser.addHelpOption();
    const QCommandLineOption outletsOption(QStringLiteral("outlets"), QStringLiteral("Outlets in the token-info body."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption repetitionsOption(QStringLiteral("repetitions"), QStringLiteral("Parse repetitions (median)."), QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption opsOption(QStringLiteral("ops"), QStringLiteral("Link operations."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency."), QStringLiteral("MS"), QStringLiteral("20"));
    const QCommandLineOption jitterOption(QStringLiteral("jitter-ms"), QStringLiteral("Sandbox latency jitter."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption timeoutOption(QStringLiteral("transfer-timeout-ms"), QStringLiteral("Client transfer timeout."), QStringLiteral("MS"), QStringLiteral("30000"));
    const QCommandLineOption skipParseOption(QStringLiteral("skip-parse"), QStringLiteral("Only (b)."));
    const QCommandLineOption skipNetworkOption(QStringLiteral("skip-network"), QStringLiteral("Only (a) and (c)."));
    parser.addOptions({outletsOption, repetitionsOption, opsOption, latencyOption, jitterOption,
                       timeoutOption, skipParseOption, skipNetworkOption});
    parser.process(app);
    const int outlets = qMax(1, parser.value(outletsOption).toInt());
    const int repetitions = qMax(1, parser.value(repetitionsOption).toInt());
    const int ops = qMax(1, parser.value(opsOption).toInt());
    const int latencyMs = qMax(0, parser.value(latencyOption).toInt());
    const int jitterMs = qMax(0, parser.value(jitterOption).toInt());
    const std::chrono::milliseconds transferTimeout(qMax(1, parser.value(timeoutOption).toInt()));

    print(QStringLiteral("gobiz-bench, Qt %1").arg(QString::fromLatin1(qVersion())));

    const bool skipParse = parser.isSet(skipParseOption);
    double parseRatio = 0;
    if (!skipParse) {
        // The body as it would arrive from the network; generating it is not part of the figures.
        const QByteArray body = tokenInfoBody(outlets);

        // (c) Memory: from here, the peak while parsing and loading once, and what stays.
        const bool peakReset = resetPeakMemory();
        const qint64 rssBefore = procStatusKb("VmRSS");
        {
            OutletModel model;
            {
                const auto parsed = ApiParsers::parseTokenInfo(body);
                model.setOutlets(parsed.value.outlets);
            }
            QElapsedTimer indexTimer;
            indexTimer.start();
            const int lastRow = model.rowOf(model.outlets().last().id); // the first update's cost
            const double indexMs = indexTimer.nsecsElapsed() / 1e6;
            const qint64 hwm = procStatusKb("VmHWM");
#ifdef __GLIBC__
            malloc_trim(0); // what the parse freed goes back; what the model holds stays
#endif
            const qint64 rssLoaded = procStatusKb("VmRSS");
            print(QStringLiteral("(c) memory, %1 outlets loaded (body of %2 KiB held as a reply would be):")
                      .arg(model.rowCount()).arg(body.size() / 1024));
            print(QStringLiteral("    VmHWM %1 KiB; peak while parsing and loading +%2 KiB over the %3 KiB before%4")
                      .arg(hwm).arg(hwm - rssBefore).arg(rssBefore)
                      .arg(peakReset ? QString() : QStringLiteral(" (peak not reset: includes earlier work)")));
            print(QStringLiteral("    resident after loading +%1 KiB (%2 bytes per outlet)")
                      .arg(rssLoaded - rssBefore)
                      .arg(qint64(rssLoaded - rssBefore) * 1024 / qMax(1, model.rowCount())));
            print(QStringLiteral("    row index built at the first engine update: %1 ms (row %2)")
                      .arg(indexMs, 0, 'f', 1).arg(lastRow));
        }

        // (a)
        const ParseFigures parse = measureParse(body, repetitions);
        parseRatio = parse.modelMs / parse.bareMs;
        print(QStringLiteral("(a) token-info of %1 outlets (%2 KiB) -> model of %3 rows, median of %4:")
                  .arg(outlets).arg(body.size() / 1024).arg(parse.rows).arg(repetitions));
        print(QStringLiteral("    bare QJsonDocument::fromJson      %1 ms").arg(parse.bareMs, 0, 'f', 1));
        print(QStringLiteral("    parseTokenInfo + setOutlets       %1 ms (parser %2 ms, model %3 ms)")
                  .arg(parse.modelMs, 0, 'f', 1)
                  .arg(parse.parserMs, 0, 'f', 1)
                  .arg(parse.setOutletsMs, 0, 'f', 1));
        print(QStringLiteral("    ratio %1 (goal <= 2.0)            %2")
                  .arg(parseRatio, 0, 'f', 2).arg(verdict(parseRatio <= 2.0)));
    }
    if (parser.isSet(skipNetworkOption))
        return parseRatio <= 2.0 ? 0 : 1;

    // (b)
    const int distinct = qMin(ops, 1000);
    sandbox::SandboxServer server(sandbox::FixtureGenerator::fixture(distinct, 7));
    if (!server.start()) {
        print(QStringLiteral("(b) cannot start the sandbox: %1").arg(server.errorString()));
        return 2;
    }
    server.faults().setBaseLatency(latencyMs, jitterMs);
    QStringList outletIds;
    for (const sandbox::FixtureOutlet &outlet : server.fixture().merchants.first().outlets)
        outletIds.append(outlet.id);
    QNetworkAccessManager network;
    GoBizClient client(&network);
    client.setBaseUrl(server.baseUrl());
    client.setToken(sandbox::DemoTokens::owner());

    int serialInFlight = 0;
    int parallelInFlight = 0;
    const double serialMs = runLinks(server, client, outletIds, ops, 1, transferTimeout, &serialInFlight);
    const double parallelMs = runLinks(server, client, outletIds, ops, 4, transferTimeout, &parallelInFlight);
    const double idealMs = double(ops) * latencyMs / 4;
    const double speedup = serialMs / parallelMs;
    const double overIdeal = parallelMs / idealMs;
    print(QStringLiteral("(b) %1 link operations, sandbox latency %2 ms:").arg(ops).arg(latencyMs));
    if (serialMs < 0 || parallelMs < 0) {
        print(QStringLiteral("    not every operation succeeded: MISS"));
        return 1;
    }
    print(QStringLiteral("    one at a time     %1 ms (%2 ms per op, server max in flight %3)")
              .arg(serialMs, 0, 'f', 0).arg(serialMs / ops, 0, 'f', 1).arg(serialInFlight));
    print(QStringLiteral("    concurrency 4     %1 ms (server max in flight %2)")
              .arg(parallelMs, 0, 'f', 0).arg(parallelInFlight));
    print(QStringLiteral("    ideal ops*latency/4 = %1 ms").arg(idealMs, 0, 'f', 0));
    print(QStringLiteral("    speed-up %1x (goal >= 3.5x)          %2")
              .arg(speedup, 0, 'f', 2).arg(verdict(speedup >= 3.5)));
    print(QStringLiteral("    wall / ideal %1x (goal <= 1.3x)      %2")
              .arg(overIdeal, 0, 'f', 2).arg(verdict(overIdeal <= 1.3)));
    const bool pass = (skipParse || parseRatio <= 2.0) && speedup >= 3.5 && overIdeal <= 1.3;
    print(QStringLiteral("overall: %1").arg(verdict(pass)));
    return pass ? 0 : 1;
}
