// gobiz-outlets' pure parts, as data rows: the command line into a Command, plan files (every
// quirk Excel produces and every refusal with its line), and the output formats.
#include "cli/CliCommand.h"
#include "cli/CliOutput.h"
#include "cli/PlanCsv.h"

#include <QTest>

using namespace gobiz;
using namespace gobiz::cli;

class TestCliCommand : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void refusals_data();
    void refusals();
    void secrets_data();
    void secrets();
    void planQuirks_data();
    void planQuirks();
    void planProblems_data();
    void planProblems();
    void checkedAgainstOutlets();
    void tableAndProgress();
};

void TestCliCommand::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("verb");
    QTest::addColumn<QString>("expect"); // key=value pairs checked below
    QTest::newRow("outlets json") << QStringList{u"outlets"_qs, u"--json"_qs} << int(Verb::Outlets)
                                  << u"format=json"_qs;
    QTest::newRow("link") << QStringList{u"link"_qs, u"G1"_qs, u"G2"_qs, u"--product"_qs,
                                         u"GoFood"_qs, u"--yes"_qs}
                          << int(Verb::Link) << u"outlets=G1,G2;product=gofood;yes=1"_qs;
    QTest::newRow("unlink payment") << QStringList{u"unlink"_qs, u"--product=payment"_qs, u"G9"_qs}
                                    << int(Verb::Unlink) << u"outlets=G9;product=payment;yes=0"_qs;
    QTest::newRow("apply") << QStringList{u"apply"_qs, u"plan.csv"_qs, u"--dry-run"_qs,
                                          u"--concurrency"_qs, u"8"_qs, u"--stop-on-error"_qs}
                           << int(Verb::Apply)
                           << u"plan=plan.csv;dry=1;concurrency=8;stop=1"_qs;
    QTest::newRow("report json") << QStringList{u"report"_qs, u"--format"_qs, u"JSON"_qs}
                                 << int(Verb::Report) << u"format=json"_qs;
    QTest::newRow("report default csv") << QStringList{u"report"_qs} << int(Verb::Report)
                                        << u"format=csv"_qs;
    QTest::newRow("globals") << QStringList{u"status"_qs, u"--environment"_qs, u" Sandbox"_qs,
                                            u"--proxy"_qs, u"none"_qs, u"--lang=id"_qs,
                                            u"--account"_qs, u"sandbox/G1"_qs}
                             << int(Verb::Status)
                             << u"environment=sandbox;proxy=none;lang=id;account=sandbox/G1"_qs;
    QTest::newRow("help of a command") << QStringList{u"apply"_qs, u"--help"_qs} << int(Verb::Apply)
                                       << u"help=1"_qs;
    QTest::newRow("login") << QStringList{u"login"_qs, u"--another-account"_qs} << int(Verb::Login)
                           << u"another=1"_qs;
}

void TestCliCommand::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, verb);
    QFETCH(QString, expect);
    const ParsedCommand parsed = parseCommand(QStringList{u"gobiz-outlets"_qs} + arguments);
    QVERIFY2(parsed.ok(), qPrintable(parsed.problem));
    const Command &c = parsed.command;
    QCOMPARE(int(c.verb), verb);
    const QString format = c.format == OutputFormat::Json ? u"json"_qs
        : c.format == OutputFormat::Csv                   ? u"csv"_qs
                                                          : u"table"_qs;
    const QHash<QString, QString> actual{
        {u"format"_qs, format},
        {u"outlets"_qs, c.outlets.join(u',')},
        {u"product"_qs, c.product ? productKey(*c.product) : QString()},
        {u"yes"_qs, QString::number(c.yes)},
        {u"plan"_qs, c.planPath},
        {u"dry"_qs, QString::number(c.dryRun)},
        {u"concurrency"_qs, QString::number(c.concurrency)},
        {u"stop"_qs, QString::number(c.stopOnError)},
        {u"environment"_qs, c.environment},
        {u"proxy"_qs, c.proxy},
        {u"lang"_qs, c.language},
        {u"account"_qs, c.account},
        {u"help"_qs, QString::number(c.help)},
        {u"another"_qs, QString::number(c.anotherAccount)},
    };
    for (const QString &pair : expect.split(u';')) {
        const QString key = pair.section(u'=', 0, 0);
        QCOMPARE(actual.value(key), pair.section(u'=', 1));
    }
}

void TestCliCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("nothing") << QStringList{} << u"Say what to do"_qs;
    QTest::newRow("json and csv") << QStringList{u"outlets"_qs, u"--json"_qs, u"--csv"_qs}
                                  << u"one of --json and --csv"_qs;
    QTest::newRow("stdin and account")
        << QStringList{u"outlets"_qs, u"--token-stdin"_qs, u"--account"_qs, u"x"_qs}
        << u"not both"_qs;
    QTest::newRow("apply two files") << QStringList{u"apply"_qs, u"a"_qs, u"b"_qs}
                                     << u"one plan file"_qs;
    QTest::newRow("status extra") << QStringList{u"status"_qs, u"x"_qs} << u"no further"_qs;
    QTest::newRow("external id for unlink")
        << QStringList{u"unlink"_qs, u"G1"_qs, u"--product"_qs, u"gofood"_qs,
                       u"--external-id"_qs, u"P"_qs}
        << u"does not take --external-id"_qs;
    QTest::newRow("concurrency text") << QStringList{u"apply"_qs, u"p"_qs, u"--concurrency=x"_qs}
                                      << u"1 to 16"_qs;
    QTest::newRow("unknown option") << QStringList{u"status"_qs, u"--frob"_qs} << u"frob"_qs;
}

void TestCliCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const ParsedCommand parsed = parseCommand(QStringList{u"gobiz-outlets"_qs} + arguments);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.problem.contains(mentions), qPrintable(parsed.problem));
}

void TestCliCommand::secrets_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("refused");
    QTest::newRow("token-stdin is fine") << QStringList{u"outlets"_qs, u"--token-stdin"_qs}
                                         << false;
    QTest::newRow("an outlet id is fine") << QStringList{u"link"_qs, u"G123456789"_qs} << false;
    QTest::newRow("host is fine") << QStringList{u"--base-url"_qs, u"https://api.gobiz.co.id"_qs}
                                  << false;
    QTest::newRow("a plan in a long folder")
        << QStringList{u"apply"_qs, u"/tmp/tst_cliprocess-DzItWcABCDEFGHIJKL/plan.csv"_qs} << false;
    QTest::newRow("a journal in a long folder")
        << QStringList{u"--journal=/tmp/tst_cliprocess-DzItWcABCDEFGHIJKL/j.sqlite"_qs} << false;
    QTest::newRow("--token") << QStringList{u"--token"_qs, u"x"_qs} << true;
    QTest::newRow("--password=") << QStringList{u"--password=x"_qs} << true;
    QTest::newRow("bearer value") << QStringList{u"--account=Bearer abcdefghijklmnop"_qs} << true;
    QTest::newRow("long opaque") << QStringList{u"link"_qs, u"SECRET-TOKEN-VALUE-0123456789"_qs}
                                 << true;
}

void TestCliCommand::secrets()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, refused);
    const QStringList all = QStringList{u"gobiz-outlets"_qs} + arguments;
    const QString refusal = secretOnCommandLine(all);
    QCOMPARE(!refusal.isEmpty(), refused);
    for (const QString &argument : arguments) {
        if (argument.size() > 12)
            QVERIFY(!refusal.contains(argument.section(u'=', -1)));
    }
}

void TestCliCommand::planQuirks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("comma, LF")
        << QByteArray("outlet_id,product,action,external_outlet_id\nG1,gofood,link,POS-1\n"
                      "G2,payment,unlink,\n");
    QTest::newRow("BOM, semicolon, CRLF (Excel, id_ID)")
        << QByteArray("\xEF\xBB\xBFoutlet_id;product;action;external_outlet_id\r\n"
                      "G1;GoFood;Link;POS-1\r\nG2;Payment;UNLINK;\r\n");
    QTest::newRow("tab") << QByteArray("outlet_id\tproduct\taction\texternal_outlet_id\n"
                                       "G1\tgofood\tlink\tPOS-1\nG2\tpayment\tunlink\t\n");
    QTest::newRow("quoted fields")
        << QByteArray("\"outlet_id\",\"product\",\"action\",\"external_outlet_id\"\r\n"
                      "\"G1\",\"gofood\",\"link\",\"POS-1\"\r\n\"G2\",payment,unlink,\"\"\r\n");
    QTest::newRow("columns in another order, no external column")
        << QByteArray("action,outlet_id,product\nlink,G1,gofood\nunlink,G2,payment\n");
    QTest::newRow("blank lines and spaces")
        << QByteArray("outlet_id, product ,action,external_outlet_id\n\n G1 , gofood , link ,"
                      "POS-1\n\nG2,payment,unlink,\n\n");
}

void TestCliCommand::planQuirks()
{
    QFETCH(QByteArray, bytes);
    const Plan plan = readPlan(bytes);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(0).outletId, u"G1"_qs);
    QCOMPARE(plan.rows.at(0).product, Product::GoFood);
    QCOMPARE(plan.rows.at(0).action, LinkAction::Link);
    if (bytes.contains("external_outlet_id"))
        QCOMPARE(plan.rows.at(0).externalId, u"POS-1"_qs);
    QCOMPARE(plan.rows.at(1).outletId, u"G2"_qs);
    QCOMPARE(plan.rows.at(1).product, Product::Payment);
    QCOMPARE(plan.rows.at(1).action, LinkAction::Unlink);
}

void TestCliCommand::planProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("described"); // describeProblem(plan.csv, first problem)
    const QByteArray header = "outlet_id,product,action,external_outlet_id\r\n";
    QTest::newRow("unknown product") << header + "G1,gofood,link,P1\r\nG2,ojek,link,P2\r\n"
                                     << u"plan.csv:3: Unknown product \"ojek\""_qs;
    QTest::newRow("unknown action") << header + "G1,gofood,relink,P1\r\n"
                                    << u"plan.csv:2: Unknown action \"relink\""_qs;
    QTest::newRow("blank outlet") << header + "G1,gofood,link,P1\r\n,gofood,link,P2\r\n"
                                  << u"plan.csv:3: The outlet id is blank."_qs;
    QTest::newRow("same cell twice")
        << header + "G1,gofood,link,P1\r\nG2,payment,link,P2\r\nG1,gofood,unlink,\r\n"
        << u"plan.csv:4: Outlet G1 GoFood is already on line 2"_qs;
    QTest::newRow("line after a quoted line break")
        << header + "G1,gofood,link,\"P\r\n1\"\r\nG2,ojek,link,P2\r\n"
        << u"plan.csv:4: Unknown product"_qs;
    QTest::newRow("no header") << QByteArray("G1,gofood,link,P1\n")
                               << u"plan.csv:1: The first row must be the header"_qs;
    QTest::newRow("header only") << header << u"plan.csv: The file has a header but no rows."_qs;
    QTest::newRow("empty") << QByteArray("\r\n") << u"plan.csv: The file is empty."_qs;
    QTest::newRow("unterminated quote") << header + "G1,gofood,link,\"P1\r\n"
                                        << u"plan.csv: A quote opened on line 2 is never closed."_qs;
    QTest::newRow("not UTF-8") << header + "G1,gofood,link,P\xE9\r\n"
                               << u"plan.csv: The file is not UTF-8 text."_qs;
}

void TestCliCommand::planProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, described);
    const Plan plan = readPlan(bytes);
    QVERIFY(!plan.problems.isEmpty());
    const QString text = describeProblem(u"plan.csv"_qs, plan.problems.first());
    QVERIFY2(text.startsWith(described), qPrintable(text));
}

void TestCliCommand::checkedAgainstOutlets()
{
    const Plan plan = readPlan("outlet_id,product,action,external_outlet_id\n"
                               "G1,gofood,link,\nG2,gofood,link,\nG3,payment,unlink,\n"
                               "G4,payment,link,P4\n");
    QCOMPARE(plan.problems.size(), 0);
    Outlet g1;
    g1.id = u"G1"_qs;
    Outlet g2;
    g2.id = u"G2"_qs;
    Outlet g4;
    g4.id = u"G4"_qs;
    const Plan checked = checkPlan(plan, {g1, g2, g4}, {{u"G1"_qs, u"KEPT-1"_qs}});
    QCOMPARE(checked.rows.size(), 2); // G1 (id kept in the journal), G4
    QCOMPARE(checked.problems.size(), 2);
    QCOMPARE(describeProblem(u"p.csv"_qs, checked.problems.at(0)),
             u"p.csv:3: A link needs the partner's external outlet id: fill in "
             "external_outlet_id."_qs);
    QCOMPARE(describeProblem(u"p.csv"_qs, checked.problems.at(1)),
             u"p.csv:4: Outlet G3 is not one of this merchant's outlets."_qs);
}

void TestCliCommand::tableAndProgress()
{
    const QByteArray table = Output::table({u"A"_qs, u"BB"_qs, u"C"_qs},
                                           {{u"long value"_qs, u"x"_qs, u"end"_qs}});
    QCOMPARE(table, QByteArray("A           BB  C\nlong value  x   end\n"));
    LinkRun::Progress progress;
    progress.done = 4500;
    progress.failed = 12;
    progress.remaining = 5488;
    QLocale::setDefault(QLocale(QLocale::English));
    QCOMPARE(Output::progressLine(progress), u"4,512 of 10,000 done, 12 failed"_qs);
    const QString bar = Output::progressBar(progress, 80);
    QVERIFY2(bar.startsWith(u"[#"_qs) && bar.contains(u" 45% "_qs), qPrintable(bar));
    QVERIFY(bar.size() < 80);
}

QTEST_GUILESS_MAIN(TestCliCommand)
#include "tst_clicommand.moc"
