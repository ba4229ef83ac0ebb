// gobiz-outlets as a real process, piped, against the sandbox in this process: every command
// and exit code, the token rule, the Auto Accept and unlink confirmations (--yes when nobody
// can answer), the journal's lock shared with the wizard, and a secret scan of what it wrote.
#include "CliProcess.h"
#include "SecretScan.h"

#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "store/JournalService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace gobiz;
using namespace gobiz::sandbox;

class TestCliProcess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void helpAndVersion_data();
    void helpAndVersion();
    void usage_data();
    void usage();
    void tokenInArgumentsIsRefusedUnechoed_data();
    void tokenInArgumentsIsRefusedUnechoed();
    void outlets_data();
    void outlets();
    void tokenProblems_data();
    void tokenProblems();
    void autoAcceptNeedsYes();
    void linkAndUnlink();
    void linkNeedsAnExternalId();
    void partlyAndFailed_data();
    void partlyAndFailed();
    void statusResumeReport();
    void journalCannotBeWritten();
    void wizardAndCliRefuseEachOther();
    void secretScan();

private:
    QStringList at(const QStringList &arguments) const
    {
        return arguments + QStringList{u"--base-url"_qs, m_server.baseUrl().toString()};
    }
    QString outlet(int i) const { return m_server.fixture().merchants.first().outlets.at(i).id; }

    SandboxServer m_server{FixtureGenerator::fixture(12, 7)};
};

void TestCliProcess::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestCliProcess::init()
{
    m_server.resetState();
    m_server.faults().clear();
    m_server.resetCounters();
}

void TestCliProcess::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("overview") << QStringList{u"--help"_qs} << u"130  interrupted"_qs;
    QTest::newRow("exit codes") << QStringList{u"--help"_qs} << u"3    partly done"_qs;
    QTest::newRow("link") << QStringList{u"link"_qs, u"--help"_qs} << u"--external-id"_qs;
    QTest::newRow("unlink") << QStringList{u"unlink"_qs, u"-h"_qs} << u"Auto Accept off"_qs;
    QTest::newRow("apply") << QStringList{u"apply"_qs, u"--help"_qs}
                           << u"outlet_id,product,action,external_outlet_id"_qs;
    QTest::newRow("outlets") << QStringList{u"outlets"_qs, u"--help"_qs} << u"--json|--csv"_qs;
    QTest::newRow("status") << QStringList{u"status"_qs, u"--help"_qs} << u"unfinished plan"_qs;
    QTest::newRow("resume") << QStringList{u"resume"_qs, u"--help"_qs} << u"kill -9"_qs;
    QTest::newRow("report") << QStringList{u"report"_qs, u"--help"_qs} << u"--format csv|json"_qs;
    QTest::newRow("login") << QStringList{u"login"_qs, u"--help"_qs} << u"pairing code"_qs;
    QTest::newRow("logout") << QStringList{u"logout"_qs, u"--help"_qs} << u"Forgets"_qs;
    QTest::newRow("version") << QStringList{u"--version"_qs} << u"Apache-2.0"_qs;
}

void TestCliProcess::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    CliHome home;
    const CliResult result = home.run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(mentions), result.out.constData());
    QVERIFY(result.err.isEmpty());
}

void TestCliProcess::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no command") << QStringList{} << u"Say what to do"_qs;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << u"Unknown command"_qs;
    QTest::newRow("link without product") << QStringList{u"link"_qs, u"G1"_qs} << u"--product"_qs;
    QTest::newRow("unknown product")
        << QStringList{u"link"_qs, u"G1"_qs, u"--product"_qs, u"ojek"_qs} << u"\"ojek\""_qs;
    QTest::newRow("link without outlets")
        << QStringList{u"link"_qs, u"--product"_qs, u"gofood"_qs} << u"outlet ids"_qs;
    QTest::newRow("external id for two")
        << QStringList{u"link"_qs, u"G1"_qs, u"G2"_qs, u"--product=gofood"_qs,
                       u"--external-id=P"_qs}
        << u"one outlet"_qs;
    QTest::newRow("option of another command")
        << QStringList{u"outlets"_qs, u"--dry-run"_qs} << u"does not take --dry-run"_qs;
    QTest::newRow("concurrency") << QStringList{u"resume"_qs, u"--concurrency"_qs, u"0"_qs}
                                 << u"1 to 16"_qs;
    QTest::newRow("report format") << QStringList{u"report"_qs, u"--format"_qs, u"xml"_qs}
                                   << u"--format csv"_qs;
    QTest::newRow("apply without plan") << QStringList{u"apply"_qs} << u"one plan file"_qs;
    QTest::newRow("unknown environment")
        << QStringList{u"outlets"_qs, u"--environment"_qs, u"staging"_qs} << u"staging"_qs;
    QTest::newRow("remote http")
        << QStringList{u"outlets"_qs, u"--base-url"_qs, u"http://api.gobiz.co.id"_qs}
        << u"--base-url"_qs;
    QTest::newRow("proxy password")
        << QStringList{u"outlets"_qs, u"--proxy"_qs, u"http://u:pw@proxy.test:3128"_qs}
        << u"proxy password"_qs;
    QTest::newRow("unknown language") << QStringList{u"--lang"_qs, u"fr"_qs, u"status"_qs}
                                      << u"--lang id"_qs;
    QTest::newRow("plan missing") << QStringList{u"apply"_qs, u"/nonexistent/plan.csv"_qs,
                                                 u"--token-stdin"_qs}
                                  << u"cannot be read"_qs;
}

void TestCliProcess::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    CliHome home;
    const CliResult result = home.run(arguments.contains(u"--token-stdin"_qs) ? at(arguments)
                                                                                : arguments,
                                      tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(mentions), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliProcess::tokenInArgumentsIsRefusedUnechoed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("mentions");
    const QString token = u"sandbox-SECRET-TOKEN-VALUE-owner"_qs;
    QTest::newRow("bare") << QStringList{u"outlets"_qs, token} << token << u"An argument"_qs;
    QTest::newRow("as an outlet id")
        << QStringList{u"link"_qs, u"--product"_qs, u"gofood"_qs, token} << token
        << u"An argument"_qs;
    QTest::newRow("--token=") << QStringList{u"outlets"_qs, u"--token="_qs + token} << token
                              << u"--token"_qs;
    QTest::newRow("--bearer") << QStringList{u"outlets"_qs, u"--bearer"_qs, u"abc"_qs} << u"abc"_qs
                              << u"never accepted as an option"_qs;
    QTest::newRow("as the address") << QStringList{u"outlets"_qs, u"--base-url"_qs, token} << token
                                    << u"--base-url looks like an access token"_qs;
    QTest::newRow("as the account")
        << QStringList{u"outlets"_qs, u"--account=Bearer "_qs + token} << token << u"--account"_qs;
    QTest::newRow("JWT")
        << QStringList{u"status"_qs, u"eyJhbGciOiJIUzI1NiJ9.SECRET-TOKEN-VALUE.c2ln"_qs}
        << u"SECRET-TOKEN-VALUE"_qs << u"--token-stdin"_qs;
}

void TestCliProcess::tokenInArgumentsIsRefusedUnechoed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, secret);
    QFETCH(QString, mentions);
    CliHome home;
    const CliResult result = home.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.all().contains(mentions), result.err.constData());
    QVERIFY(!result.all().contains(secret));
    QCOMPARE(m_server.counters().total(), 0);
}

void TestCliProcess::outlets_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("table") << QString();
    QTest::newRow("json") << u"--json"_qs;
    QTest::newRow("csv") << u"--csv"_qs;
}

void TestCliProcess::outlets()
{
    QFETCH(QString, format);
    CliHome home;
    QStringList arguments{u"outlets"_qs, u"--token-stdin"_qs};
    if (!format.isEmpty())
        arguments << format;
    const CliResult result = home.run(at(arguments), tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    for (int i = 0; i < 12; ++i)
        QVERIFY(out.contains(outlet(i)));
    if (format == u"--json") {
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(u"outlets"_qs).toArray().size(), 12);
        QCOMPARE(object.value(u"roles"_qs).toArray().first().toString(), u"owner"_qs);
        QCOMPARE(object.value(u"outlets"_qs).toArray().first()[u"gofood"_qs][u"state"_qs]
                     .toString(),
                 u"unknown"_qs);
    } else if (format == u"--csv") {
        QVERIFY(out.startsWith(u"outlet_id,name,primary,external_outlet_id,gofood,payment\n"_qs));
        QCOMPARE(out.count(u'\n'), 13);
    } else {
        QVERIFY(out.contains(u"roles: owner"_qs));
        QVERIFY(out.contains(u"OUTLET ID"_qs));
    }
}

void TestCliProcess::tokenProblems_data()
{
    QTest::addColumn<QByteArray>("stdinToken");
    QTest::addColumn<QString>("environmentToken");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no token") << QByteArray() << QString() << 4 << u"No access token"_qs;
    QTest::newRow("empty stdin") << QByteArray("\n") << QString() << 4 << u"token"_qs;
    QTest::newRow("expired") << tokenLine(DemoTokens::expired()) << QString() << 4 << u"token"_qs;
    QTest::newRow("space inside") << QByteArray("abc def\n") << QString() << 2 << u"space"_qs;
    QTest::newRow("GOBIZ_TOKEN expired") << QByteArray() << DemoTokens::expired() << 4
                                         << u"token"_qs;
}

void TestCliProcess::tokenProblems()
{
    QFETCH(QByteArray, stdinToken);
    QFETCH(QString, environmentToken);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    CliHome home;
    if (!environmentToken.isEmpty())
        home.environment().insert(u"GOBIZ_TOKEN"_qs, environmentToken);
    QStringList arguments{u"outlets"_qs};
    if (!stdinToken.isNull())
        arguments << u"--token-stdin"_qs;
    const CliResult result = home.run(at(arguments), stdinToken);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(mentions, Qt::CaseInsensitive),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCliProcess::autoAcceptNeedsYes()
{
    CliHome home;
    const QStringList link{u"link"_qs, outlet(1), u"--product"_qs, u"gofood"_qs,
                           u"--external-id"_qs, u"POS-1"_qs, u"--token-stdin"_qs};
    CliResult result = home.run(at(link), tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.all().contains(u"Auto Accept"_qs));
    QVERIFY(result.all().contains(u"--yes"_qs));
    QVERIFY(!m_server.isLinked(outlet(1), u"gofood"_qs));
    // Payment links ask nothing.
    result = home.run(at({u"link"_qs, outlet(1), u"--product"_qs, u"payment"_qs,
                          u"--external-id"_qs, u"POS-1"_qs, u"--token-stdin"_qs}),
                      tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(m_server.isLinked(outlet(1), u"payment"_qs));
    result = home.run(at(link + QStringList{u"--yes"_qs}), tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.all().contains(u"Auto Accept"_qs)); // said, even when confirmed
    QVERIFY(m_server.isLinked(outlet(1), u"gofood"_qs));
}

void TestCliProcess::linkAndUnlink()
{
    CliHome home;
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    CliResult result = home.run(at({u"link"_qs, outlet(2), u"--product"_qs, u"gofood"_qs,
                                    u"--external-id"_qs, u"POS-2"_qs, u"--yes"_qs, u"--json"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(m_server.isLinked(outlet(2), u"gofood"_qs));
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(u"operations"_qs).toArray().size(),
             1);
    // The journal remembers what this computer saw confirmed, and the external id.
    result = home.run(at({u"outlets"_qs, u"--csv"_qs}));
    QVERIFY(QString::fromUtf8(result.out).contains(outlet(2) + u","_qs));
    QVERIFY(QString::fromUtf8(result.out).contains(u"POS-2,linked,unknown"_qs));
    // The external id kept in the journal serves the next link.
    result = home.run(at({u"link"_qs, outlet(2), u"--product"_qs, u"payment"_qs}));
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server.link(outlet(2), u"payment"_qs)->externalOutletId, u"POS-2"_qs);

    // Every unlink is confirmed.
    const QStringList unlink{u"unlink"_qs, outlet(2), u"--product"_qs, u"gofood"_qs};
    result = home.run(at(unlink));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.all().contains(u"does not switch Auto Accept off"_qs));
    QVERIFY(m_server.isLinked(outlet(2), u"gofood"_qs));
    result = home.run(at(unlink + QStringList{u"-y"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(!m_server.isLinked(outlet(2), u"gofood"_qs));
    QVERIFY(QString::fromUtf8(result.out).contains(u"Unlinked"_qs));
}

void TestCliProcess::linkNeedsAnExternalId()
{
    CliHome home;
    const CliResult result = home.run(
        at({u"link"_qs, outlet(3), u"--product"_qs, u"payment"_qs, u"--token-stdin"_qs}),
        tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.all().contains(u"external outlet id"_qs));
    QCOMPARE(m_server.counters().total(), 1); // token-info only
}

void TestCliProcess::partlyAndFailed_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("one refused") << u"link@%1:403"_qs << 3 << u"Failed: 1"_qs;
    QTest::newRow("all refused") << u"link:403"_qs << 1 << u"Failed: 3"_qs;
    QTest::newRow("server trouble, retried") << u"link:503:next=2"_qs << 0 << u"Linked: 3"_qs;
}

void TestCliProcess::partlyAndFailed()
{
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    QString error;
    if (fault.contains(u"%1"_qs))
        fault = fault.arg(outlet(5));
    QVERIFY2(m_server.faults().addSpec(fault, &error), qPrintable(error));
    CliHome home;
    const CliResult result = home.run(
        at({u"link"_qs, outlet(4), outlet(5), outlet(6), u"--product"_qs, u"payment"_qs,
            u"--token-stdin"_qs}),
        tokenLine(DemoTokens::owner()) /* ids from the journal: none, so give them */);
    // No external ids yet: refused before anything is sent.
    QCOMPARE(result.exitCode, 2);
    QFile plan(home.path() + u"/plan.csv"_qs);
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write("outlet_id,product,action,external_outlet_id\n");
    for (int i = 4; i <= 6; ++i)
        plan.write(outlet(i).toUtf8() + ",payment,link,POS-" + QByteArray::number(i) + "\n");
    plan.close();
    const CliResult applied = home.run(at({u"apply"_qs, plan.fileName(), u"--token-stdin"_qs}),
                                       tokenLine(DemoTokens::owner()));
    QCOMPARE(applied.exitCode, exitCode);
    QVERIFY2(applied.all().contains(mentions), applied.err.constData());
}

void TestCliProcess::statusResumeReport()
{
    CliHome home;
    CliResult result = home.run({u"report"_qs});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.all().contains(u"No run"_qs));
    result = home.run(at({u"status"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.all().contains(u"no unfinished change"_qs));

    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    result = home.run(at({u"resume"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.all().contains(u"Nothing to resume"_qs));
    result = home.run(at({u"link"_qs, outlet(7), u"--product"_qs, u"payment"_qs,
                          u"--external-id=POS-7"_qs}));
    QCOMPARE(result.exitCode, 0);
    result = home.run(at({u"status"_qs}));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.all().contains(u"GoFood linked 0, not linked 0; Payment linked 1"_qs),
             result.err.constData());

    // The report needs no token.
    home.environment().remove(u"GOBIZ_TOKEN"_qs);
    result = home.run({u"report"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray operations
        = QJsonDocument::fromJson(result.out).object().value(u"operations"_qs).toArray();
    QCOMPARE(operations.size(), 1);
    QVERIFY(QString::fromUtf8(result.out).contains(outlet(7)));
    result = home.run({u"report"_qs});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("\xEF\xBB\xBF")); // the wizard's report, for Excel
    QVERIFY(QString::fromUtf8(result.out).contains(u"POS-7"_qs));
}

void TestCliProcess::journalCannotBeWritten()
{
    CliHome home;
    const CliResult result
        = home.run(at({u"outlets"_qs, u"--token-stdin"_qs, u"--journal"_qs,
                       u"/proc/gobiz-no-such-folder/link-journal.sqlite"_qs}),
                   tokenLine(DemoTokens::owner()));
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.all().contains(u"journal"_qs));
}

void TestCliProcess::wizardAndCliRefuseEachOther()
{
    CliHome home;
    QDir().mkpath(QFileInfo(home.journalPath()).absolutePath());
    {
        // This process plays the wizard: its lock file names it.
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(u"gobiz-outlet-wizard"_qs);
        JournalService wizard;
        QSignalSpy opened(&wizard, &JournalService::opened);
        wizard.open(home.journalPath());
        QVERIFY(opened.wait(10000));
        QCoreApplication::setApplicationName(name);
        const CliResult result = home.run(at({u"outlets"_qs, u"--token-stdin"_qs}),
                                          tokenLine(DemoTokens::owner()));
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.all().contains(u"The wizard is open on this computer (process %1)"_qs.arg(
                     QCoreApplication::applicationPid())),
                 result.err.constData());
        QCOMPARE(m_server.counters().total(), 0);
    }
    // gobiz-outlets holds it while it waits for answers: the wizard is told who has it.
    QString error;
    QVERIFY(m_server.faults().addSpec(u"link:latency=3000"_qs, &error));
    QProcess cli;
    home.start(cli, at({u"link"_qs, outlet(8), u"--product"_qs, u"payment"_qs,
                        u"--external-id=POS-8"_qs, u"--token-stdin"_qs}),
               tokenLine(DemoTokens::owner()));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.pendingReplies() > 0, 20000);
    {
        QCoreApplication::setApplicationName(u"gobiz-outlet-wizard"_qs);
        JournalService wizard;
        QSignalSpy opened(&wizard, &JournalService::opened);
        wizard.open(home.journalPath());
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toBool(), false);
        QVERIFY2(wizard.status().problemMessage.contains(
                     u"gobiz-outlets is running on this computer (process %1)"_qs.arg(cli.processId())),
                 qPrintable(wizard.status().problemMessage));
    }
    QCOMPARE(CliHome::finish(cli).exitCode, 0);
}

void TestCliProcess::secretScan()
{
    CliHome home;
    const QString token = DemoTokens::owner();
    QList<CliResult> results;
    results << home.run(at({u"outlets"_qs, u"--token-stdin"_qs, u"--json"_qs}), tokenLine(token));
    home.environment().insert(u"GOBIZ_TOKEN"_qs, token);
    results << home.run(at({u"link"_qs, outlet(9), u"--product"_qs, u"gofood"_qs,
                            u"--external-id=POS-9"_qs, u"--yes"_qs}));
    results << home.run(at({u"unlink"_qs, outlet(9), u"--product"_qs, u"gofood"_qs, u"--yes"_qs,
                            u"--csv"_qs}));
    results << home.run(at({u"status"_qs, u"--json"_qs}));
    results << home.run(at({u"link"_qs, u"NOPE"_qs, u"--product"_qs, u"gofood"_qs}));
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::expired());
    results << home.run(at({u"outlets"_qs}));
    home.environment().remove(u"GOBIZ_TOKEN"_qs);
    results << home.run({u"report"_qs, u"--format=json"_qs});
    int files = 0;
    QStringList hits = SecretScan::scanTree(home.path(), token, &files);
    hits += SecretScan::scanTree(home.path(), DemoTokens::expired());
    for (const CliResult &result : std::as_const(results)) {
        QVERIFY(result.exitCode >= 0);
        hits += SecretScan::scanBytes(result.out + result.err, token, u"output"_qs);
        hits += SecretScan::scanBytes(result.out + result.err, DemoTokens::expired(), u"output"_qs);
    }
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
    QVERIFY2(files >= 3, "the journal, its log and the settings were scanned");
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
