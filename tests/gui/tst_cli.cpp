// The wizard's command line, run as a real process. Refusals, help and version need no window
// system and never echo a token; the rows that start the wizard (offscreen, quitting after its
// first shown window through ui/StartupProbe.h) check what a normal start prints: nothing.
// And a start opens its link journal, which main() leaves until the first frame is on screen.
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void run_data();
    void run();
    void opensItsJournalOnceShown();
};

void TestCli::run_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    // Refusals: what the output says. Starts: what stderr says, and empty means nothing at all.
    QTest::addColumn<QString>("outputMentions");
    QTest::addColumn<bool>("starts"); // shows the wizard (offscreen) and quits once it is shown

    QTest::newRow("help") << QStringList{u"--help"_qs} << 0 << u"--demo"_qs << false;
    QTest::newRow("help in Indonesian") << QStringList{u"--lang"_qs, u"id"_qs, u"--help"_qs} << 0
                                        << u"Opsi"_qs << false;
    QTest::newRow("version") << QStringList{u"--version"_qs} << 0 << u"gobiz-outlet-wizard"_qs
                             << false;
    QTest::newRow("token option") << QStringList{u"--token=SECRET-TOKEN-VALUE"_qs} << 2
                                  << u"never accepted on the command line"_qs << false;
    QTest::newRow("bearer option") << QStringList{u"--bearer"_qs, u"SECRET-TOKEN-VALUE"_qs} << 2
                                   << u"never accepted on the command line"_qs << false;
    QTest::newRow("bare token") << QStringList{u"SECRET-TOKEN-VALUE"_qs} << 2
                                << u"takes no arguments"_qs << false;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_qs} << 2 << u"bogus"_qs << false;
    QTest::newRow("custom without address") << QStringList{u"--environment"_qs, u"custom"_qs} << 2
                                            << u"needs --base-url"_qs << false;
    QTest::newRow("unknown environment") << QStringList{u"--environment"_qs, u"staging"_qs} << 2
                                         << u"Unknown environment"_qs << false;
    QTest::newRow("plain http to a remote host")
        << QStringList{u"--base-url"_qs, u"http://api.gobiz.co.id"_qs} << 2 << u"unencrypted"_qs
        << false;
    QTest::newRow("base url with production")
        << QStringList{u"--environment"_qs, u"production"_qs, u"--base-url"_qs, u"https://x.test"_qs}
        << 2 << u"only used with --environment custom"_qs << false;
    QTest::newRow("unknown language") << QStringList{u"--lang"_qs, u"fr"_qs} << 2 << u"--lang id"_qs
                                      << false;

    // Issue 8, item 15: every bad address says what is wrong and what to do.
    QTest::newRow("port out of range")
        << QStringList{u"--base-url"_qs, u"http://127.0.0.1:99999/"_qs} << 2 << u"1 to 65535"_qs
        << false;
    QTest::newRow("no scheme") << QStringList{u"--base-url"_qs, u"api.example.com"_qs} << 2
                               << u"https://api.example.com"_qs << false;
    QTest::newRow("other scheme") << QStringList{u"--base-url=ftp://api.example.com"_qs} << 2
                                  << u"\"ftp\""_qs << false;
    QTest::newRow("space in the address")
        << QStringList{u"--base-url"_qs, u"http://127.0.0.1:8765/ x"_qs} << 2
        << u"space at character 23"_qs << false;
    QTest::newRow("empty address") << QStringList{u"--base-url="_qs} << 2
                                   << u"Enter the API address"_qs << false;
    QTest::newRow("API path with a query")
        << QStringList{u"--base-url"_qs,
                       u"https://api.example.com/integrations/partner/v1/token-info?a=b"_qs}
        << 2 << u"\"?\""_qs << false;

    // A value that looks like a token is never printed, and the message says where it goes.
    QTest::newRow("token as the address")
        << QStringList{u"--base-url"_qs, u"sandbox-SECRET-TOKEN-VALUE-owner"_qs} << 2
        << u"--base-url looks like an access token"_qs << false;
    QTest::newRow("bearer token as the address")
        << QStringList{u"--base-url=Bearer SECRET-TOKEN-VALUE"_qs} << 2
        << u"Access token page"_qs << false;
    QTest::newRow("JWT as the environment")
        << QStringList{u"--environment"_qs, u"eyJhbGciOiJIUzI1NiJ9.SECRET-TOKEN-VALUE.c2ln"_qs}
        << 2 << u"--environment looks like an access token"_qs << false;
    QTest::newRow("token as the language")
        << QStringList{u"--lang=SECRET-TOKEN-VALUE-0123456789"_qs} << 2
        << u"shells keep commands in their history"_qs << false;
    QTest::newRow("long bare token") << QStringList{u"SECRET-TOKEN-VALUE-0123456789"_qs} << 2
                                     << u"An argument looks like an access token"_qs << false;

    // Choices are not refused for their case or surrounding spaces.
    QTest::newRow("--lang ID --help") << QStringList{u"--lang"_qs, u"ID"_qs, u"--help"_qs} << 0
                                      << u"Opsi"_qs << false;
    QTest::newRow("unknown Environment keeps its case")
        << QStringList{u"--environment"_qs, u"Staging"_qs} << 2 << u"\"Staging\""_qs << false;

    // Starts: a normal one prints nothing on stderr.
    QTest::newRow("normal start") << QStringList() << 0 << QString() << true;
    // The demo's sandbox is a module of its own (gobiz-demo), loaded for --demo only.
    QTest::newRow("demo") << QStringList{u"--demo"_qs} << 0 << QString() << true;
    QTest::newRow("--lang ID") << QStringList{u"--lang"_qs, u"ID"_qs} << 0 << QString() << true;
    QTest::newRow("--environment Production")
        << QStringList{u"--environment"_qs, u" Production "_qs} << 0 << QString() << true;
    QTest::newRow("--environment SANDBOX")
        << QStringList{u"--environment=SANDBOX"_qs} << 0 << QString() << true;
    QTest::newRow("--environment Custom")
        << QStringList{u"--environment"_qs, u"Custom"_qs, u"--base-url"_qs,
                       u"http://127.0.0.1:8765/"_qs}
        << 0 << QString() << true;
    QTest::newRow("API path removed, and said")
        << QStringList{u"--base-url"_qs,
                       u"http://127.0.0.1:8765/integrations/partner/v1/token-info"_qs}
        << 0 << u"uses http://127.0.0.1:8765/"_qs << true;
}

void TestCli::run()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, outputMentions);
    QFETCH(bool, starts);

    QTemporaryDir profile; // settings, journal and log of this run only
    QVERIFY(profile.isValid());
    QProcess wizard;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QT_LOGGING_RULES",
                             "QT_FORCE_STDERR_LOGGING", "GOBIZ_STARTUP_PROBE"})
        environment.remove(QString::fromLatin1(name));
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name), profile.filePath(QString::fromLatin1(name)));
    environment.insert(u"XDG_RUNTIME_DIR"_qs, profile.path()); // 0700, as Qt wants it
    if (starts) {
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        environment.insert(u"GOBIZ_STARTUP_PROBE"_qs, u"1"_qs);
    }
    wizard.setProcessEnvironment(environment);
    wizard.start(QStringLiteral(GOBIZ_WIZARD_EXECUTABLE), arguments);
    QVERIFY(wizard.waitForFinished(30000));
    const QString standardOutput = QString::fromLocal8Bit(wizard.readAllStandardOutput());
    const QString standardError = QString::fromLocal8Bit(wizard.readAllStandardError());
    const QString output = standardOutput + standardError;
    QCOMPARE(wizard.exitStatus(), QProcess::NormalExit);
    QVERIFY2(wizard.exitCode() == exitCode, qPrintable(output));
    QVERIFY2(!output.contains(u"SECRET-TOKEN-VALUE"), qPrintable(output));
    QVERIFY2(!output.contains(u"\"\""), qPrintable(output)); // an empty quote explains nothing
    if (!starts) {
        QVERIFY2(output.contains(outputMentions), qPrintable(output));
        return;
    }
    QVERIFY2(standardOutput.startsWith(u"gobiz-startup-shown "), qPrintable(output));
    if (outputMentions.isEmpty())
        QVERIFY2(standardError.isEmpty(), qPrintable(standardError));
    else
        QVERIFY2(standardError.contains(outputMentions), qPrintable(standardError));
}

void TestCli::opensItsJournalOnceShown()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"GOBIZ_STARTUP_PROBE"_qs);
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        environment.insert(QString::fromLatin1(name), profile.filePath(QString::fromLatin1(name)));
    environment.insert(u"XDG_RUNTIME_DIR"_qs, profile.path());
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    QProcess wizard;
    wizard.setProcessEnvironment(environment);
    wizard.start(QStringLiteral(GOBIZ_WIZARD_EXECUTABLE), QStringList());
    QVERIFY(wizard.waitForStarted(30000));
    const auto journalMade = [&profile] {
        QDirIterator files(profile.path(), {u"*.sqlite"_qs}, QDir::Files,
                           QDirIterator::Subdirectories);
        return files.hasNext();
    };
    const bool made = QTest::qWaitFor(journalMade, 20000);
    wizard.kill();
    wizard.waitForFinished(30000);
    QVERIFY2(made, wizard.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
