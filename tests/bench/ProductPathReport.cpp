// The parent of the product-path figures (see ProductPathBench.h): runs each scenario in a
// fresh copy of this executable, the slow-disk one with the fsync shim LD_PRELOADed, collects
// their JSON results and prints the figures with their goals.
#include "ProductPathBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <utility>

namespace bench {

namespace {

const QString childFlag = QStringLiteral("product-path-child");

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString verdict(bool pass)
{
    return pass ? QStringLiteral("PASS") : QStringLiteral("MISS");
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 100 ? 1 : 0) + QStringLiteral(" ms");
}

struct Config
{
    int ops = 2000;
    int firstOutlets = 5000;
    int latencyMs = 10;
    int concurrency = 4;
    int fsyncDelayMs = 5;
    int deadlineS = 600;
    bool quick = false;
    QString logRules;
    QString workDir; // children's stderr
};

// One scenario in a fresh process. extraEnv is added to this process's environment, from which
// LD_PRELOAD is removed unless extraEnv sets it.
QJsonObject runChild(const Config &config, const QString &scenario, int ops,
                     const QProcessEnvironment &extraEnv, const QString &tag)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_PRELOAD"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    child.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--") + childFlag, scenario,
                     QStringLiteral("--ops"), QString::number(ops),
                     QStringLiteral("--latency-ms"), QString::number(config.latencyMs),
                     QStringLiteral("--concurrency"), QString::number(config.concurrency),
                     QStringLiteral("--deadline-s"), QString::number(config.deadlineS)};
    if (extraEnv.contains(QStringLiteral("LD_PRELOAD")))
        args << QStringLiteral("--expect-shim");
    if (!config.logRules.isEmpty())
        args << QStringLiteral("--log-rules") << config.logRules;
    // The product logs every request (as shipped); its stderr goes to a file, not the console.
    const QString errorFile = config.workDir + u'/' + tag + QStringLiteral(".stderr");
    child.setStandardErrorFile(errorFile);
    child.start(QCoreApplication::applicationFilePath(), args);
    QJsonObject result;
    if (!child.waitForStarted(10000)) {
        result.insert(QStringLiteral("error"), child.errorString());
        return result;
    }
    const bool ended = child.waitForFinished((config.deadlineS + 120) * 1000);
    if (!ended) {
        child.kill();
        child.waitForFinished(5000);
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (line.startsWith(resultPrefix))
            result = QJsonDocument::fromJson(line.mid(int(std::strlen(resultPrefix)))).object();
        else if (!line.trimmed().isEmpty())
            print(QStringLiteral("    [%1] %2").arg(tag, QString::fromUtf8(line)));
    }
    if (result.isEmpty()) {
        QFile errors(errorFile);
        QByteArray tail;
        if (errors.open(QIODevice::ReadOnly))
            tail = errors.readAll().right(2000);
        result.insert(QStringLiteral("error"),
                      QStringLiteral("no result (%1, exit code %2); end of its stderr:\n%3")
                          .arg(ended ? QStringLiteral("ended") : QStringLiteral("killed"))
                          .arg(child.exitCode())
                          .arg(QString::fromUtf8(tail)));
    }
    return result;
}

double num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

QString gapLine(const QJsonObject &run)
{
    const QJsonObject g = run.value(QStringLiteral("gaps")).toObject();
    return QStringLiteral("p50 %1, p99 %2, max %3 (%4 samples; %5 gaps > 16 ms, %6 stalled)")
        .arg(ms(num(g, "p50")), ms(num(g, "p99")), ms(num(g, "max")))
        .arg(int(num(g, "samples")))
        .arg(int(num(g, "over16")))
        .arg(ms(num(g, "stalledMs")));
}

bool gapsMeetGoals(const QJsonObject &run)
{
    const QJsonObject g = run.value(QStringLiteral("gaps")).toObject();
    return num(g, "p99") <= 16 && num(g, "max") <= 50;
}

// "wall 5,210 ms, ideal 5,000 ms, wall / ideal 1.04x"; returns the ratio.
double wallLine(const Config &config, const QJsonObject &run, QString *line)
{
    const double ideal = num(run, "ops") * config.latencyMs / config.concurrency;
    const double wall = num(run, "wallMs");
    const double ratio = ideal > 0 ? wall / ideal : 0;
    *line = QStringLiteral("wall %1, ideal %2, wall / ideal %3x")
                .arg(ms(wall), ms(ideal), QString::number(ratio, 'f', 2));
    return ratio;
}

QString detailLine(const QJsonObject &run)
{
    QString line = QStringLiteral("the click (submit/requestChanges) blocked the caller %1; "
                                  "server max in flight %2, %3 requests; %4/%5 linked on the server")
                       .arg(ms(num(run, "clickBlockedMs")))
                       .arg(int(num(run, "serverMaxInFlight")))
                       .arg(int(num(run, "serverRequests")))
                       .arg(int(num(run, "linkedOnServer")))
                       .arg(int(num(run, "ops")));
    if (run.contains(QStringLiteral("linkedCells"))) {
        line += QStringLiteral(", %1 in the model, %2 in the journal (%3 on %4); %5 model "
                               "dataChanged, %6 product log lines")
                    .arg(int(num(run, "linkedCells")))
                    .arg(int(num(run, "journalSucceeded")))
                    .arg(run.value(QStringLiteral("journalFs")).toString(),
                         QStringLiteral("a temporary folder"))
                    .arg(int(num(run, "modelChanges")))
                    .arg(int(num(run, "productLogLines")));
    }
    return line;
}

int runParent(const Config &config)
{
    QTemporaryDir work;
    Config c = config;
    c.workDir = work.path();
    print(QStringLiteral("gobiz-bench --product-path%1, Qt %2: %3 links, sandbox latency %4 ms "
                         "(gobiz-sandbox process), concurrency %5")
              .arg(c.quick ? QStringLiteral(" --quick") : QString(),
                   QString::fromLatin1(qVersion()))
              .arg(c.ops).arg(c.latencyMs).arg(c.concurrency));
    if (!c.logRules.isEmpty())
        print(QStringLiteral("    logging rules in the product process: ") + c.logRules);

    QProcessEnvironment none;
    QProcessEnvironment slowDisk;
    slowDisk.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(GOBIZ_FSYNC_SHIM));
    slowDisk.insert(QStringLiteral("GOBIZ_FSYNC_DELAY_MS"), QString::number(c.fsyncDelayMs));

    const QJsonObject engine = runChild(c, QStringLiteral("engine"), c.ops, none, QStringLiteral("engine"));
    const QJsonObject links = runChild(c, QStringLiteral("links"), c.ops, none, QStringLiteral("links"));
    const QJsonObject slow = runChild(c, QStringLiteral("links"), c.ops, slowDisk, QStringLiteral("links-slow-fsync"));
    const QJsonObject first = runChild(c, QStringLiteral("first-request"), c.firstOutlets, none,
                                       QStringLiteral("first-request"));

    bool allOk = true;
    bool pass = true;
    QString line;
    const auto failed = [&allOk](const QJsonObject &run) {
        if (run.value(QStringLiteral("ok")).toBool())
            return false;
        allOk = false;
        print(QStringLiteral("    FAILED: ") + run.value(QStringLiteral("error")).toString());
        return true;
    };

    print(QStringLiteral("(0) engine alone (GoBizClient + LinkEngine; no controller, model or "
                         "journal), %1 links:").arg(c.ops));
    double engineRatio = 0;
    if (!failed(engine)) {
        engineRatio = wallLine(c, engine, &line);
        print(QStringLiteral("    ") + line);
        print(QStringLiteral("    ") + detailLine(engine));
        print(QStringLiteral("    GUI-thread gaps: ") + gapLine(engine));
    }

    print(QStringLiteral("(1) product path (WizardController::requestChanges -> OutletModel -> "
                         "LinkEngine -> LinkJournal -> HTTP), %1 links:").arg(c.ops));
    if (!failed(links)) {
        const double ratio = wallLine(c, links, &line);
        pass = pass && ratio <= 1.15;
        print(QStringLiteral("    %1 (goal <= 1.15x)  %2").arg(line, verdict(ratio <= 1.15)));
        if (engineRatio > 0)
            print(QStringLiteral("    product path / engine alone: %1x")
                      .arg(num(links, "wallMs") / num(engine, "wallMs"), 0, 'f', 2));
        print(QStringLiteral("    ") + detailLine(links));
    }

    print(QStringLiteral("(2) the same with every fsync/fdatasync %1 ms slower (LD_PRELOAD %2):")
              .arg(c.fsyncDelayMs).arg(QStringLiteral(GOBIZ_FSYNC_SHIM).section(u'/', -1)));
    if (!failed(slow)) {
        const double ratio = wallLine(c, slow, &line);
        pass = pass && ratio <= 1.3;
        print(QStringLiteral("    %1 (goal <= 1.3x)  %2").arg(line, verdict(ratio <= 1.3)));
        const QJsonObject s = slow.value(QStringLiteral("syncs")).toObject();
        const double syncs = num(s, "fsync") + num(s, "fdatasync");
        print(QStringLiteral("    shim loaded: %1; during the run %2 fdatasync + %3 fsync = %4 "
                             "per link (%5 on the GUI thread), %6 slept in them")
                  .arg(s.value(QStringLiteral("loaded")).toBool() ? QStringLiteral("yes")
                                                                  : QStringLiteral("NO"))
                  .arg(int(num(s, "fdatasync")))
                  .arg(int(num(s, "fsync")))
                  .arg(syncs / qMax(1.0, num(slow, "ops")), 0, 'f', 2)
                  .arg(int(num(s, "mainThread")))
                  .arg(ms(num(s, "delayedMs"))));
        print(QStringLiteral("    ") + detailLine(slow));
    }

    print(QStringLiteral("(3) GUI-thread event-loop gaps (1 ms PreciseTimer; gap = interval - "
                         "1 ms; goals p99 <= 16 ms, max <= 50 ms):"));
    for (const auto &[name, run] : {std::pair{"run (1)", &links}, std::pair{"run (2)", &slow}}) {
        if (!run->value(QStringLiteral("ok")).toBool())
            continue;
        pass = pass && gapsMeetGoals(*run);
        print(QStringLiteral("    %1: %2  %3")
                  .arg(QLatin1String(name), gapLine(*run), verdict(gapsMeetGoals(*run))));
    }

    print(QStringLiteral("(4) first request: the click on %1 outlets until the first link "
                         "request reached the server:").arg(c.firstOutlets));
    if (!failed(first)) {
        const double firstMs = num(first, "firstRequestMs");
        pass = pass && firstMs <= 200;
        print(QStringLiteral("    first request after %1 (goal <= 200 ms)  %2; requestChanges() "
                             "blocked the caller %3")
                  .arg(ms(firstMs), verdict(firstMs <= 200), ms(num(first, "clickBlockedMs"))));
        wallLine(c, first, &line);
        print(QStringLiteral("    whole run: %1; GUI-thread gaps %2").arg(line, gapLine(first)));
        print(QStringLiteral("    ") + detailLine(first));
    }

    if (!allOk) {
        print(QStringLiteral("overall: FAILED (a run did not complete; its figures are not "
                             "valid). Children's stderr was in %1").arg(c.workDir));
        work.setAutoRemove(false);
        return 2;
    }
    if (c.quick) {
        print(QStringLiteral("overall: ran (--quick: goals shown, not enforced): %1")
                  .arg(verdict(pass)));
        return 0;
    }
    print(QStringLiteral("overall: %1").arg(verdict(pass)));
    return pass ? 0 : 1;
}

} // namespace

bool wantsProductPath(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--product-path") == 0
            || std::strncmp(argv[i], "--product-path-child", 20) == 0)
            return true;
    }
    return false;
}

int productPathMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gobiz-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Product-path figures: a click through "
                                                    "WizardController to a gobiz-sandbox."));
    parser.addHelpOption();
    const QCommandLineOption productPath(QStringLiteral("product-path"), QStringLiteral("Print the product-path figures."));
    QCommandLineOption child(childFlag, QStringLiteral("Internal: run one scenario."), QStringLiteral("scenario"));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption expectShim(QStringLiteral("expect-shim"), QStringLiteral("Internal: the fsync shim must be loaded."));
    expectShim.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Small numbers (200 links, 500 outlets), goals not enforced."));
    const QCommandLineOption ops(QStringLiteral("ops"), QStringLiteral("Links in (0)-(3) (default 2000)."), QStringLiteral("N"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Sandbox latency (default 10)."), QStringLiteral("MS"), QStringLiteral("10"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Engine concurrency (default 4, the product's)."), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption firstOutlets(QStringLiteral("first-outlets"), QStringLiteral("Outlets clicked in (4) (default 5000)."), QStringLiteral("N"));
    const QCommandLineOption fsyncDelay(QStringLiteral("fsync-delay-ms"), QStringLiteral("Added to every fsync in (2) (default 5)."), QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption deadline(QStringLiteral("deadline-s"), QStringLiteral("Give up a run after this long."), QStringLiteral("S"));
    const QCommandLineOption logRules(QStringLiteral("log-rules"), QStringLiteral("QLoggingCategory rules in the product process, e.g. \"gobiz.*.debug=false\" (default: as shipped)."), QStringLiteral("rules"));
    parser.addOptions({productPath, child, expectShim, quick, ops, latency, concurrency,
                       firstOutlets, fsyncDelay, deadline, logRules});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option, int fallback, int minimum) {
        return parser.isSet(option) || !option.defaultValues().isEmpty()
            ? qMax(minimum, parser.value(option).toInt())
            : fallback;
    };
    if (parser.isSet(child)) {
        ChildOptions o;
        o.scenario = parser.value(child);
        o.ops = number(ops, o.ops, 1);
        o.latencyMs = number(latency, o.latencyMs, 0);
        o.concurrency = number(concurrency, o.concurrency, 1);
        o.deadlineS = number(deadline, o.deadlineS, 1);
        o.expectShim = parser.isSet(expectShim);
        if (parser.isSet(logRules))
            QLoggingCategory::setFilterRules(parser.value(logRules).replace(u';', u'\n'));
        const QJsonObject result = runChildScenario(o);
        print(QString::fromLatin1(resultPrefix)
              + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
        return result.value(QStringLiteral("ok")).toBool() ? 0 : 3;
    }

    Config config;
    config.quick = parser.isSet(quick);
    if (config.quick) {
        config.ops = 200;
        config.firstOutlets = 500;
        config.deadlineS = 60;
    }
    config.ops = number(ops, config.ops, 1);
    config.firstOutlets = number(firstOutlets, config.firstOutlets, 1);
    config.latencyMs = number(latency, config.latencyMs, 0);
    config.concurrency = number(concurrency, config.concurrency, 1);
    config.fsyncDelayMs = number(fsyncDelay, config.fsyncDelayMs, 0);
    config.deadlineS = number(deadline, config.deadlineS, 1);
    config.logRules = parser.value(logRules);
    return runParent(config);
}

} // namespace bench
