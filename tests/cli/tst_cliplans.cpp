// gobiz-outlets apply with the plan files people really have, run as a process against the
// sandbox: every quirk Excel produces is sent as planned; every unusable row is named as
// FILE:LINE and nothing at all is sent (exit 2); --dry-run sends nothing either.
#include "CliProcess.h"

#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

using namespace gobiz;
using namespace gobiz::sandbox;

class TestCliPlans : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void quirks_data();
    void quirks();
    void refusals_data();
    void refusals();
    void dryRun();
    void stopOnError();

private:
    QString outlet(int i) const { return m_server.fixture().merchants.first().outlets.at(i).id; }
    // "{0}" in the template is outlet(0)'s id, and so on.
    QString writePlan(const QString &folder, QByteArray bytes) const
    {
        for (int i = 0; i < 4; ++i)
            bytes.replace("{" + QByteArray::number(i) + "}", outlet(i).toUtf8());
        QFile file(folder + u"/plan.csv"_qs);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }
    CliResult apply(CliHome &home, const QString &plan, const QStringList &more = {})
    {
        return home.run(QStringList{u"apply"_qs, plan, u"--yes"_qs, u"--base-url"_qs,
                                    m_server.baseUrl().toString(), u"--token-stdin"_qs}
                            + more,
                        tokenLine(DemoTokens::owner()));
    }

    SandboxServer m_server{FixtureGenerator::fixture(8, 21)};
};

void TestCliPlans::initTestCase()
{
    QVERIFY(m_server.start());
}

void TestCliPlans::init()
{
    m_server.faults().clear();
    m_server.resetState();
    m_server.resetCounters();
}

void TestCliPlans::quirks_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::newRow("comma, LF") << QByteArray("outlet_id,product,action,external_outlet_id\n"
                                             "{0},gofood,link,POS-0\n{1},payment,link,POS-1\n");
    QTest::newRow("Excel id_ID: BOM, semicolons, CRLF")
        << QByteArray("\xEF\xBB\xBFoutlet_id;product;action;external_outlet_id\r\n"
                      "{0};GoFood;Link;POS-0\r\n{1};Payment;LINK;POS-1\r\n");
    QTest::newRow("tab") << QByteArray("outlet_id\tproduct\taction\texternal_outlet_id\n"
                                       "{0}\tgofood\tlink\tPOS-0\n{1}\tpayment\tlink\tPOS-1\n");
    QTest::newRow("quoted, a quote and a separator inside")
        << QByteArray("\"outlet_id\",\"product\",\"action\",\"external_outlet_id\"\r\n"
                      "\"{0}\",\"gofood\",\"link\",\"POS-0\"\r\n"
                      "\"{1}\",payment,link,\"POS,\"\"1\"\"\"\r\n");
    QTest::newRow("no BOM, semicolons, last line without CRLF")
        << QByteArray("outlet_id;product;action;external_outlet_id\r\n{0};gofood;link;POS-0\r\n"
                      "{1};payment;link;POS-1");
}

void TestCliPlans::quirks()
{
    QFETCH(QByteArray, plan);
    CliHome home;
    const CliResult result = apply(home, writePlan(home.path(), plan));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(m_server.isLinked(outlet(0), u"gofood"_qs));
    QVERIFY(m_server.isLinked(outlet(1), u"payment"_qs));
    QCOMPARE(m_server.link(outlet(0), u"gofood"_qs)->externalOutletId, u"POS-0"_qs);
    if (plan.contains("\"\""))
        QCOMPARE(m_server.link(outlet(1), u"payment"_qs)->externalOutletId, u"POS,\"1\""_qs);
}

void TestCliPlans::refusals_data()
{
    QTest::addColumn<QByteArray>("plan");
    QTest::addColumn<QStringList>("lines"); // what stderr names, ":LINE: ..."
    const QByteArray header = "outlet_id,product,action,external_outlet_id\r\n";
    const QByteArray good = "{0},gofood,link,POS-0\r\n";
    QTest::newRow("unknown product")
        << header + good + "{1},ojek,link,P\r\n" << QStringList{u":3: Unknown product \"ojek\""_qs};
    QTest::newRow("unknown action")
        << header + good + "{1},payment,relink,P\r\n" << QStringList{u":3: Unknown action"_qs};
    QTest::newRow("blank outlet id")
        << header + good + ",payment,link,P\r\n" << QStringList{u":3: The outlet id is blank."_qs};
    QTest::newRow("not this merchant's outlet")
        << header + good + "G000000000,payment,link,P\r\n"
        << QStringList{u":3: Outlet G000000000 is not one of this merchant's outlets."_qs};
    QTest::newRow("a link without external id")
        << header + good + "{1},payment,link,\r\n"
        << QStringList{u":3: A link needs the partner's external outlet id"_qs};
    QTest::newRow("the same cell twice")
        << header + good + "{1},payment,link,P\r\n{0},gofood,unlink,\r\n"
        << QStringList{u":4: Outlet "_qs};
    QTest::newRow("several, each named")
        << header + "{1},ojek,link,P\r\n" + good + "{2},payment,link,\r\n{3},gofood,zap,\r\n"
        << QStringList{u":2: Unknown product"_qs, u":4: A link needs"_qs, u":5: Unknown action"_qs};
    QTest::newRow("after a quoted line break")
        << header + "{0},gofood,link,\"POS\r\n0\"\r\n{1},ojek,link,P\r\n"
        << QStringList{u":4: Unknown product"_qs};
    QTest::newRow("no header") << good << QStringList{u":1: The first row must be the header"_qs};
    QTest::newRow("unterminated quote")
        << header + "{0},gofood,link,\"POS-0\r\n" << QStringList{u"never closed"_qs};
    QTest::newRow("not UTF-8") << header + "{0},gofood,link,POS-\xE9\r\n"
                               << QStringList{u"not UTF-8"_qs};
    QTest::newRow("empty") << QByteArray() << QStringList{u"The file is empty."_qs};
}

void TestCliPlans::refusals()
{
    QFETCH(QByteArray, plan);
    QFETCH(QStringList, lines);
    CliHome home;
    const QString file = writePlan(home.path(), plan);
    const CliResult result = apply(home, file);
    QCOMPARE(result.exitCode, 2);
    for (const QString &line : lines)
        QVERIFY2(QString::fromUtf8(result.err).contains(file + line)
                     || (!line.startsWith(u':') && result.err.contains(line.toUtf8())),
                 result.err.constData());
    QVERIFY(result.err.contains("Nothing was sent"));
    QCOMPARE(m_server.links().size(), 0);
    QCOMPARE(m_server.counters().total(), 1); // token-info only
}

void TestCliPlans::dryRun()
{
    CliHome home;
    const QString file = writePlan(home.path(),
                                   "outlet_id,product,action,external_outlet_id\n"
                                   "{0},gofood,link,POS-0\n{1},payment,unlink,\n{2},ojek,link,P\n");
    CliResult result = apply(home, file, {u"--dry-run"_qs});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.contains(outlet(0).toUtf8() + "  gofood   link    POS-0"));
    QVERIFY(result.out.contains(outlet(1).toUtf8() + "  payment  unlink"));
    QVERIFY(result.err.contains(file.toUtf8() + ":4: Unknown product"));
    // "2 changes", once gobiz_en.ts has the plural forms of this new message.
    QVERIFY2(result.err.contains("Dry run: 2 change") && result.err.contains(", 1 row"),
             result.err.constData());
    result = apply(home, file, {u"--dry-run"_qs, u"--json"_qs});
    QVERIFY(result.out.contains("\"external_outlet_id\": \"POS-0\""));
    QCOMPARE(m_server.links().size(), 0);
    QCOMPARE(m_server.counters().total(), 2); // token-info twice
}

void TestCliPlans::stopOnError()
{
    CliHome home;
    QByteArray bytes = "outlet_id,product,action,external_outlet_id\n";
    for (int i = 0; i < 8; ++i)
        bytes += outlet(i).toUtf8() + ",payment,link,POS-" + QByteArray::number(i) + "\n";
    const QString file = writePlan(home.path(), bytes);
    QString error;
    QVERIFY(m_server.faults().addSpec(u"link@%1:403"_qs.arg(outlet(1)), &error));
    QVERIFY(m_server.faults().addSpec(u"link:latency=50"_qs, &error));
    const CliResult stopped = apply(home, file, {u"--stop-on-error"_qs, u"--concurrency"_qs,
                                                 u"1"_qs});
    QCOMPARE(stopped.exitCode, 3); // one linked, one refused, the rest stopped
    QVERIFY(stopped.err.contains("stopping (--stop-on-error)"));
    QVERIFY2(stopped.err.contains("gobiz-outlets resume"), stopped.err.constData());
    QVERIFY(m_server.isLinked(outlet(0), u"payment"_qs));
    QVERIFY(!m_server.isLinked(outlet(7), u"payment"_qs));
    m_server.faults().clear();
    const CliResult resumed = home.run({u"resume"_qs, u"--base-url"_qs,
                                        m_server.baseUrl().toString(), u"--token-stdin"_qs},
                                       tokenLine(DemoTokens::owner()));
    QCOMPARE(resumed.exitCode, 0);
    for (int i = 2; i < 8; ++i)
        QVERIFY(m_server.isLinked(outlet(i), u"payment"_qs));
}

QTEST_GUILESS_MAIN(TestCliPlans)
#include "tst_cliplans.moc"
