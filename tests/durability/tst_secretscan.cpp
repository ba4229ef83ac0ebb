// Secrets: run the application's core (journal_worker: client, engine, journal, log, report) in
// a process with its own HOME and XDG folders against gobiz-sandbox with faults, then scan
// everything it wrote, its output and its command line and environment for the token.
#include "DurabilityPlan.h"
#include "SandboxProcess.h"
#include "SecretScan.h"

#include <QDir>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class TestSecretScan : public QObject
{
    Q_OBJECT
private slots:
    void engineJournalAndLogRunLeavesNoToken();
};

void TestSecretScan::engineJournalAndLogRunLeavesNoToken()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // A token nobody has seen before, so any hit is ours.
    QString token = QStringLiteral("gbz-");
    for (int i = 0; i < 10; ++i)
        token
            += QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');

    QJsonArray outlets;
    for (int i = 0; i < 30; ++i) {
        outlets.append(QJsonObject {{u"id"_qs, QStringLiteral("G%1").arg(700000000 + i)},
            {u"name"_qs, QStringLiteral("Warung %1").arg(i)},
            {u"address"_qs, QStringLiteral("Jl. Contoh %1").arg(i)}});
    }
    const QJsonObject fixture {{u"merchants"_qs,
        QJsonArray {QJsonObject {{u"name"_qs, u"Scan Merchant"_qs}, {u"outlets"_qs, outlets},
            {u"users"_qs,
                QJsonArray {
                    QJsonObject {{u"name"_qs, u"Owner"_qs}, {u"roles"_qs, QJsonArray {u"owner"_qs}},
                        {u"tokens"_qs, QJsonArray {token}}}}}}}}};
    QTemporaryDir outside; // the fixture holds the token: it lives outside the scanned tree
    const QString fixturePath = outside.filePath(u"fixture.json"_qs);
    {
        QFile file(fixturePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(fixture).toJson());
    }
    // Positive control: the scanner finds the token where it is.
    QVERIFY(!SecretScan::scanTree(outside.path(), token).isEmpty());

    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start(
                 {u"--fixture"_qs, fixturePath, u"--quiet"_qs, u"--latency-ms"_qs, u"5"_qs,
                     u"--fault"_qs, u"link:503:10%"_qs, u"--fault"_qs, u"unlink:html:10%"_qs,
                     u"--fault"_qs, u"any:close-mid:5%"_qs, u"--fault"_qs, u"link:429=1:5%"_qs},
                 &error, false),
        qPrintable(error));

    // Everything the worker may write lands under root.
    const QString home = root.filePath(u"home"_qs);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, folder] :
        {std::pair {"HOME", "home"}, {"XDG_CONFIG_HOME", "home/.config"},
            {"XDG_DATA_HOME", "home/.local/share"}, {"XDG_CACHE_HOME", "home/.cache"},
            {"XDG_STATE_HOME", "home/.local/state"}, {"TMPDIR", "tmp"}}) {
        QDir().mkpath(root.filePath(QString::fromLatin1(folder)));
        environment.insert(QString::fromLatin1(name), root.filePath(QString::fromLatin1(folder)));
    }
    QDir().mkpath(root.filePath(u"reports"_qs));
    QProcess worker;
    worker.setProcessEnvironment(environment);
    worker.setProgram(QStringLiteral(GOBIZ_JOURNAL_WORKER_EXE));
    // No --journal: the default location (AppDataLocation under XDG_DATA_HOME).
    worker.setArguments({u"--base-url"_qs, sandbox.baseUrl().toString(), u"--fill"_qs,
        u"--link-all"_qs, u"--retry-rounds"_qs, u"3"_qs, u"--log"_qs, root.filePath(u"home/.local/state/worker.log"_qs), u"--report"_qs,
        root.filePath(u"reports/report.csv"_qs)});
    worker.start();
    QVERIFY(worker.waitForStarted());
    // The process's command line and environment never hold the token.
    const QString proc = QStringLiteral("/proc/%1/").arg(worker.processId());
    QStringList hits;
    for (const QString &name : {u"cmdline"_qs, u"environ"_qs}) {
        QFile file(proc + name);
        if (file.open(QIODevice::ReadOnly))
            hits += SecretScan::scanBytes(file.readAll(), token, proc + name);
    }
    worker.write(token.toUtf8() + '\n');
    worker.closeWriteChannel();
    QVERIFY2(worker.waitForFinished(120000), "worker did not finish");
    const QByteArray out = worker.readAllStandardOutput();
    const QByteArray err = worker.readAllStandardError();
    QVERIFY2(worker.exitStatus() == QProcess::NormalExit && worker.exitCode() == 0,
        (out + err).right(2000).constData());

    hits += SecretScan::scanBytes(out, token, u"standard output"_qs);
    hits += SecretScan::scanBytes(err, token, u"standard error"_qs);
    int files = 0;
    hits += SecretScan::scanTree(root.path(), token, &files);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));

    // Something was written where it should be: the journal (default location), the log, the
    // report.
    QStringList written;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(QDir(root.path()).relativeFilePath(it.next()));
    QVERIFY2(written.contains(u"home/.local/share/journal_worker/link-journal.sqlite"_qs),
        qPrintable(written.join(u", "_qs)));
    QVERIFY(QFileInfo(root.filePath(u"home/.local/state/worker.log"_qs)).size() > 0);
    QVERIFY(QFileInfo(root.filePath(u"reports/report.csv"_qs)).size() > 0);
    const QJsonObject counters = sandbox.state().value(u"counters").toObject();
    qInfo().noquote() << QStringLiteral(
        "scanned %1 files (%2) plus output, command line and environment: no token; "
        "server saw %3 requests, %4 faults injected")
                             .arg(files)
                             .arg(written.join(u", "_qs))
                             .arg(counters.value(u"total").toInt())
                             .arg(counters.value(u"faulted").toInt());
}

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
