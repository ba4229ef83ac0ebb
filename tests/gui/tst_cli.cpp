// The wizard's command line, run as a real process with no display: help, version and every
// refusal must print and exit without needing a window system, and never echo a token.
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void run_data();
    void run();
};

void TestCli::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outputMentions");

    QTest::newRow("help") << QStringList{u"--help"_qs} << 0 << u"--demo"_qs;
    QTest::newRow("help in Indonesian") << QStringList{u"--lang"_qs, u"id"_qs, u"--help"_qs} << 0
                                        << u"Opsi"_qs;
    QTest::newRow("version") << QStringList{u"--version"_qs} << 0 << u"gobiz-outlet-wizard"_qs;
    QTest::newRow("token option") << QStringList{u"--token=SECRET-TOKEN-VALUE"_qs} << 2
                                  << u"never accepted on the command line"_qs;
    QTest::newRow("bearer option") << QStringList{u"--bearer"_qs, u"SECRET-TOKEN-VALUE"_qs} << 2
                                   << u"never accepted on the command line"_qs;
    QTest::newRow("bare token") << QStringList{u"SECRET-TOKEN-VALUE"_qs} << 2
                                << u"takes no arguments"_qs;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_qs} << 2 << u"bogus"_qs;
    QTest::newRow("custom without address") << QStringList{u"--environment"_qs, u"custom"_qs} << 2
                                            << u"needs --base-url"_qs;
    QTest::newRow("unknown environment") << QStringList{u"--environment"_qs, u"staging"_qs} << 2
                                         << u"Unknown environment"_qs;
    QTest::newRow("plain http to a remote host")
        << QStringList{u"--base-url"_qs, u"http://api.gobiz.co.id"_qs} << 2 << u"unencrypted"_qs;
    QTest::newRow("base url with production")
        << QStringList{u"--environment"_qs, u"production"_qs, u"--base-url"_qs, u"https://x.test"_qs}
        << 2 << u"only used with --environment custom"_qs;
    QTest::newRow("unknown language") << QStringList{u"--lang"_qs, u"fr"_qs} << 2 << u"--lang id"_qs;
}

void TestCli::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outputMentions);

    QProcess wizard;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    wizard.setProcessEnvironment(environment);
    wizard.start(QStringLiteral(GOBIZ_WIZARD_EXECUTABLE), arguments);
    QVERIFY(wizard.waitForFinished(30000));
    const QString output = QString::fromLocal8Bit(wizard.readAllStandardOutput()
                                                  + wizard.readAllStandardError());
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    QCOMPARE(wizard.exitCode(), exitCode);
    QVERIFY2(output.contains(outputMentions), qPrintable(output));
    QVERIFY2(!output.contains(u"SECRET-TOKEN-VALUE"), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
