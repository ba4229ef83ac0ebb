#include "StartupBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace bench {

namespace {

constexpr char probeVariable[] = "GOBIZ_STARTUP_PROBE";
constexpr char probePrefix[] = "gobiz-startup-shown ";

void print(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Run
{
    bool ok = false;
    double outsideMs = 0; // QProcess::start() to the probe's line arriving
    double insideMs = 0; // main() to the first paint, as the program measured it
    QByteArray standardError;
    QString error;
};

Run runOnce(const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment)
{
    Run run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        run.error = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return run;
    }
    QByteArray output;
    while (!output.contains(probePrefix) || !output.endsWith('\n')) {
        if (!process.waitForReadyRead(30000)) {
            run.error = QStringLiteral("%1 printed no start-up line").arg(program);
            process.kill();
            process.waitForFinished();
            return run;
        }
        output += process.readAllStandardOutput();
    }
    run.outsideMs = double(clock.nsecsElapsed()) / 1e6;
    const qsizetype at = output.indexOf(probePrefix) + qsizetype(std::strlen(probePrefix));
    run.insideMs = output.mid(at, output.indexOf('\n', at) - at).trimmed().toDouble();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.error = QStringLiteral("%1 did not quit after its first window").arg(program);
        return run;
    }
    run.standardError = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("%1 exited with %2: %3")
                        .arg(program)
                        .arg(process.exitCode())
                        .arg(QString::fromLocal8Bit(run.standardError.right(500)));
        return run;
    }
    run.ok = true;
    return run;
}

struct Spread
{
    double min = 0;
    double median = 0;
    double max = 0;
};

Spread spreadOf(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {values.front(), median, values.back()};
}

QString format(const Spread &spread, int decimals, const QString &unit = QString())
{
    return QStringLiteral("min %1%4, median %2%4, max %3%4")
        .arg(spread.min, 0, 'f', decimals)
        .arg(spread.median, 0, 'f', decimals)
        .arg(spread.max, 0, 'f', decimals)
        .arg(unit);
}

} // namespace

bool wantsStartup(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--startup") == 0)
            return true;
    }
    return false;
}

int startupMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Start-up to the first shown window: the wizard against a bare three-page QWizard."));
    parser.addHelpOption();
    const QCommandLineOption startup(QStringLiteral("startup"), QStringLiteral("These figures."));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Counted runs of each program."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Runs of each, not counted, first."),
                                          QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Start the wizard with --demo."));
    parser.addOptions({startup, runsOption, warmupOption, demoOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int warmup = std::max(0, parser.value(warmupOption).toInt());

#if defined(GOBIZ_WIZARD_EXE) && defined(GOBIZ_BARE_WIZARD_EXE)
    const QString wizard = QStringLiteral(GOBIZ_WIZARD_EXE);
    const QString bare = QStringLiteral(GOBIZ_BARE_WIZARD_EXE);
#else
    const QString wizard, bare; // a build without the UI has neither
#endif
    if (wizard.isEmpty() || bare.isEmpty()) {
        print(QStringLiteral("gobiz-bench --startup needs the wizard: configure with GOBIZ_BUILD_UI=ON."));
        return 2;
    }
    const QStringList wizardArguments = parser.isSet(demoOption)
        ? QStringList{QStringLiteral("--demo")}
        : QStringList();

    // One throw-away profile for every run: the first (warm-up) start creates the settings and
    // the journal, so the counted ones are a person's second and later starts.
    QTemporaryDir profile;
    if (!profile.isValid()) {
        print(QStringLiteral("FAILED: no temporary folder"));
        return 1;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(probeVariable), QStringLiteral("1"));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name),
                           profile.path() + u'/' + QString::fromLatin1(name).toLower());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), profile.path()); // 0700, as Qt wants
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM"))
        && !environment.contains(QStringLiteral("DISPLAY"))
        && !environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    print(QStringLiteral("gobiz-bench --startup, Qt %1: %2 counted runs of each after %3 "
                         "warm-up, alternating; platform %4")
              .arg(QString::fromLatin1(qVersion()))
              .arg(runs)
              .arg(warmup)
              .arg(environment.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))));
    print(QStringLiteral("  A: ") + wizard + u' ' + wizardArguments.join(u' '));
    print(QStringLiteral("  B: ") + bare);

    std::vector<double> wizardOutside, wizardInside, bareOutside, bareInside, ratios;
    int wizardStderrRuns = 0;
    QByteArray wizardStderr;
    for (int i = 0; i < warmup + runs; ++i) {
        const Run a = runOnce(wizard, wizardArguments, environment);
        const Run b = runOnce(bare, {}, environment);
        for (const Run *run : {&a, &b}) {
            if (!run->ok) {
                print(QStringLiteral("FAILED: ") + run->error);
                return 1;
            }
        }
        if (i < warmup)
            continue;
        wizardOutside.push_back(a.outsideMs);
        wizardInside.push_back(a.insideMs);
        bareOutside.push_back(b.outsideMs);
        bareInside.push_back(b.insideMs);
        ratios.push_back(a.outsideMs / b.outsideMs);
        if (!a.standardError.isEmpty()) {
            ++wizardStderrRuns;
            wizardStderr = a.standardError;
        }
    }

    print(QStringLiteral("start to first shown window, measured from outside (process start to "
                         "its line):"));
    print(QStringLiteral("  A wizard      ") + format(spreadOf(wizardOutside), 1, u" ms"_qs));
    print(QStringLiteral("  B bare wizard ") + format(spreadOf(bareOutside), 1, u" ms"_qs));
    print(QStringLiteral("  A/B pair by pair: ") + format(spreadOf(ratios), 2)
          + QStringLiteral("   (goal: median <= 1.30)"));
    print(QStringLiteral("main() to first paint, as each program measured it:"));
    print(QStringLiteral("  A wizard      ") + format(spreadOf(wizardInside), 1, u" ms"_qs));
    print(QStringLiteral("  B bare wizard ") + format(spreadOf(bareInside), 1, u" ms"_qs));
    if (wizardStderrRuns > 0)
        print(QStringLiteral("note: the wizard wrote on stderr in %1 run(s), e.g.: %2")
                  .arg(wizardStderrRuns)
                  .arg(QString::fromLocal8Bit(wizardStderr.left(300)).trimmed()));
    return 0;
}

} // namespace bench
