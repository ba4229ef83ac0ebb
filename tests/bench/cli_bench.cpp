// gobiz-cli-bench: `gobiz-outlets apply` of a large plan against gobiz-sandbox in another
// process (real HTTP over loopback, the real journal on disk), as a partner's onboarding team
// would run it. Prints wall time ÷ ideal, where ideal = rows × latency ÷ concurrency.
//
//   gobiz-cli-bench [--rows 10000] [--latency-ms 10] [--concurrency 4]
//
// The wall time is the whole command (start, token-info of every outlet, the plan read, every
// change planned, sent and recorded, the results printed); the apply phase alone is timed from
// the "Sending" line on stderr to the end.
#include "SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "gobiz-cli-bench: " << message << Qt::endl;
    return 1;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 wallMs = 0;
    qint64 applyMs = 0; // from the "Sending" line to the end
};

Run runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Run run;
    QProcess process;
    process.setProgram(QStringLiteral(GOBIZ_OUTLETS_EXE));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    QElapsedTimer wall;
    QElapsedTimer apply;
    wall.start();
    process.start();
    process.closeWriteChannel();
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        run.out += process.readAllStandardOutput();
        run.err += process.readAllStandardError();
        if (!apply.isValid() && run.err.contains("Sending "))
            apply.start();
    }
    run.wallMs = wall.elapsed();
    run.applyMs = apply.isValid() ? apply.elapsed() : run.wallMs;
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Plan rows."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Sandbox latency per request."),
                                           QStringLiteral("MS"), QStringLiteral("10"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight."),
                                               QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({rowsOption, latencyOption, concurrencyOption});
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int latency = parser.value(latencyOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    if (rows < 1 || latency < 0 || concurrency < 1)
        return fail(QStringLiteral("--rows, --latency-ms and --concurrency must be positive"));

    QTemporaryDir home;
    SandboxProcess sandbox;
    // Its request log goes to a file: a pipe nobody reads would fill up and stop it.
    sandbox.process().setStandardErrorFile(home.filePath(QStringLiteral("sandbox.log")));
    QString error;
    if (!sandbox.start({QStringLiteral("--outlets"), QString::number(rows),
                        QStringLiteral("--latency-ms"), QString::number(latency)},
                       &error))
        return fail(error);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name), home.path());
    environment.insert(QStringLiteral("GOBIZ_TOKEN"), sandbox.token());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    const QStringList at{QStringLiteral("--base-url"), sandbox.baseUrl().toString()};

    // The outlets' ids, from the CLI itself.
    const Run listing = runCli(QStringList{QStringLiteral("outlets"), QStringLiteral("--csv")} + at,
                               environment);
    if (listing.exitCode != 0)
        return fail(QStringLiteral("outlets failed: ") + QString::fromUtf8(listing.err));
    QList<QByteArray> lines = listing.out.split('\n');
    lines.removeFirst();
    QByteArray plan = "outlet_id,product,action,external_outlet_id\r\n";
    int written = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty() || written == rows)
            continue;
        plan += line.split(',').first() + ",payment,link,POS-" + QByteArray::number(written)
            + "\r\n";
        ++written;
    }
    QFile file(home.path() + QStringLiteral("/plan.csv"));
    if (written != rows || !file.open(QIODevice::WriteOnly) || file.write(plan) != plan.size())
        return fail(QStringLiteral("the plan could not be written"));
    file.close();

    const Run apply = runCli(QStringList{QStringLiteral("apply"), file.fileName(),
                                         QStringLiteral("--concurrency"),
                                         QString::number(concurrency), QStringLiteral("--csv")}
                                 + at,
                             environment);
    if (apply.exitCode != 0)
        return fail(QStringLiteral("apply exited with %1: %2")
                        .arg(apply.exitCode)
                        .arg(QString::fromUtf8(apply.err.right(2000))));
    const int results = int(apply.out.count('\n')) - 1;
    const double ideal = double(rows) * latency / concurrency;
    QTextStream out(stdout);
    out << QStringLiteral("gobiz-outlets apply: %1 rows, %2 ms latency, %3 in flight\n")
               .arg(rows)
               .arg(latency)
               .arg(concurrency);
    out << QStringLiteral("  ideal (rows x latency / concurrency): %1 s\n").arg(ideal / 1000, 0, 'f', 2);
    out << QStringLiteral("  wall, whole command:                  %1 s   wall / ideal = %2\n")
               .arg(apply.wallMs / 1000.0, 0, 'f', 2)
               .arg(apply.wallMs / ideal, 0, 'f', 3);
    out << QStringLiteral("  apply phase (from \"Sending\"):         %1 s   / ideal = %2\n")
               .arg(apply.applyMs / 1000.0, 0, 'f', 2)
               .arg(apply.applyMs / ideal, 0, 'f', 3);
    out << QStringLiteral("  result rows printed: %1\n").arg(results);
    out.flush();
    return results == rows ? 0 : 1;
}
