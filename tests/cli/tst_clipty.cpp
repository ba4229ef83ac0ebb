// gobiz-outlets on a real pseudo-terminal (script(1) from util-linux gives it one): the live
// progress bar, the Auto Accept and unlink questions answered on the terminal, colour and
// NO_COLOR; and the same commands piped: plain lines, no escape sequences.
#include "CliProcess.h"

#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"

#include <QStandardPaths>

using namespace gobiz;
using namespace gobiz::sandbox;

namespace {
QString shellQuote(const QString &argument)
{
    QString quoted = argument;
    quoted.replace(u"'"_qs, u"'\\''"_qs);
    return u"'"_qs + quoted + u"'"_qs;
}
} // namespace

class TestCliPty : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void progressBarOnATerminalOnly();
    void questionsAnsweredOnTheTerminal_data();
    void questionsAnsweredOnTheTerminal();
    void colourAndNoColor();

private:
    // Runs gobiz-outlets under script(1): stdin, stdout and stderr are the pty's.
    CliResult onPty(CliHome &home, const QStringList &arguments, const QByteArray &typed = {})
    {
        QStringList words{shellQuote(QStringLiteral(GOBIZ_OUTLETS_EXE))};
        for (const QString &argument : arguments)
            words << shellQuote(argument);
        QProcess process;
        process.setProgram(m_script);
        process.setArguments({u"-qfec"_qs, words.join(u' '), u"/dev/null"_qs});
        process.setProcessEnvironment(home.environment());
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        if (!typed.isEmpty())
            process.write(typed); // waits in the terminal's line buffer until it is read
        return CliHome::finish(process);
    }
    QStringList at(const QStringList &arguments) const
    {
        return arguments + QStringList{u"--base-url"_qs, m_server.baseUrl().toString()};
    }
    QString outlet(int i) const { return m_server.fixture().merchants.first().outlets.at(i).id; }
    QString writePlan(const QString &folder, int rows);

    SandboxServer m_server{FixtureGenerator::fixture(60, 5)};
    QString m_script;
};

void TestCliPty::initTestCase()
{
    m_script = QStandardPaths::findExecutable(u"script"_qs);
    QVERIFY2(!m_script.isEmpty(), "script(1) from util-linux is needed for a pseudo-terminal");
    QVERIFY(m_server.start());
}

void TestCliPty::init()
{
    m_server.resetState();
    m_server.faults().clear();
}

QString TestCliPty::writePlan(const QString &folder, int rows)
{
    QByteArray bytes = "outlet_id,product,action,external_outlet_id\n";
    for (int i = 0; i < rows; ++i)
        bytes += outlet(i).toUtf8() + ",payment,link,POS-" + QByteArray::number(i) + "\n";
    QFile file(folder + u"/plan.csv"_qs);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(bytes);
    return file.fileName();
}

void TestCliPty::progressBarOnATerminalOnly()
{
    CliHome home;
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    const QString plan = writePlan(home.path(), 60);
    QString error;
    QVERIFY(m_server.faults().addSpec(u"link:latency=30"_qs, &error));
    const CliResult tty = onPty(home, at({u"apply"_qs, plan}));
    QCOMPARE(tty.exitCode, 0);
    QVERIFY2(tty.out.contains("\r\x1b[K["), tty.out.constData()); // a line redrawn in place
    QVERIFY(tty.out.contains("% "));
    QVERIFY(tty.out.contains("Linked: 60"));

    m_server.resetState();
    const CliResult piped = home.run(at({u"apply"_qs, plan}));
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(!piped.err.contains('\r'));
    QVERIFY(!piped.err.contains('\x1b'));
    QVERIFY2(piped.err.contains("60 of 60 done\n"), piped.err.constData());
    QVERIFY(piped.out.contains("OUTLET ID"));
}

void TestCliPty::questionsAnsweredOnTheTerminal_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("typed");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("linkedAfter");
    QTest::newRow("Auto Accept: yes") << u"link"_qs << QByteArray("y\n") << 0 << true;
    QTest::newRow("Auto Accept: no") << u"link"_qs << QByteArray("n\n") << 1 << false;
    QTest::newRow("Auto Accept: Enter means no") << u"link"_qs << QByteArray("\n") << 1 << false;
    QTest::newRow("unlink: yes") << u"unlink"_qs << QByteArray("yes\n") << 0 << false;
    QTest::newRow("unlink: no") << u"unlink"_qs << QByteArray("N\n") << 1 << true;
}

void TestCliPty::questionsAnsweredOnTheTerminal()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, typed);
    QFETCH(int, exitCode);
    QFETCH(bool, linkedAfter);
    CliHome home;
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    if (action == u"unlink") {
        const CliResult linked = home.run(at({u"link"_qs, outlet(0), u"--product"_qs, u"gofood"_qs,
                                              u"--external-id"_qs, u"POS-0"_qs, u"--yes"_qs}));
        QCOMPARE(linked.exitCode, 0);
    }
    QStringList arguments{action, outlet(0), u"--product"_qs, u"gofood"_qs};
    if (action == u"link")
        arguments << u"--external-id"_qs << u"POS-0"_qs;
    const CliResult result = onPty(home, at(arguments), typed);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.out.contains("[y/N]"), result.out.constData());
    QVERIFY(result.out.contains(action == u"link" ? "Auto Accept" : "Unlink 1 outlet from GoFood?"));
    QCOMPARE(m_server.isLinked(outlet(0), u"gofood"_qs), linkedAfter);
    if (exitCode != 0)
        QVERIFY(result.out.contains("Nothing was sent."));
}

void TestCliPty::colourAndNoColor()
{
    CliHome home;
    home.environment().insert(u"GOBIZ_TOKEN"_qs, DemoTokens::owner());
    QFile plan(home.path() + u"/bad.csv"_qs);
    QVERIFY(plan.open(QIODevice::WriteOnly));
    plan.write("outlet_id,product,action,external_outlet_id\n" + outlet(1).toUtf8()
               + ",ojek,link,P\n");
    plan.close();
    const QStringList dryRun = at({u"apply"_qs, plan.fileName(), u"--dry-run"_qs});
    CliResult result = onPty(home, dryRun);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.out.contains("\x1b[31m" + plan.fileName().toUtf8() + ":2: Unknown product"),
             result.out.constData());
    home.environment().insert(u"NO_COLOR"_qs, u"1"_qs);
    result = onPty(home, dryRun);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.out.contains("\x1b[31m"));
    QVERIFY(result.out.contains(plan.fileName().toUtf8() + ":2: Unknown product"));
    home.environment().remove(u"NO_COLOR"_qs);
    result = home.run(dryRun);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.contains('\x1b'));
}

QTEST_GUILESS_MAIN(TestCliPty)
#include "tst_clipty.moc"
