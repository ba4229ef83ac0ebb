// Secrets over a full GUI run: the whole wizard (token pasted and remembered, links, a 401 in
// the middle of the run answered with the token again, unlinks, summary, CSV and JSON reports,
// Finish) with HOME and every XDG folder pointing into one fresh folder and the log file on.
// Then every file written there (settings, the journal with its -wal/-shm, the log, the
// reports) and the clipboard are scanned for the token: raw, UTF-16, base64 and percent-encoded.
//
// The folders are set in main(), before QApplication, because QSettings and QStandardPaths read
// them once; no QStandardPaths test mode, so the wizard's real default locations are used.
#include "WizardTestSupport.h"
#include "SignInWizardSupport.h"

#include "SecretScan.h"
#include "ZipReader.h"
#include "session/SupportDesk.h"
#include "support/NetworkLog.h"
#include "support/ZipArchive.h"
#include "diagnostics/Logging.h"
#include "store/LinkJournal.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

struct Folder
{
    const char *variable;
    const char *path; // under the root
};
constexpr Folder folders[] = {
    {"HOME", "home"},
    {"XDG_CONFIG_HOME", "home/.config"},
    {"XDG_DATA_HOME", "home/.local/share"},
    {"XDG_CACHE_HOME", "home/.cache"},
    {"XDG_STATE_HOME", "home/.local/state"},
    {"XDG_RUNTIME_DIR", "runtime"},
    {"TMPDIR", "tmp"},
};

QString freshToken()
{
    // A token nobody has seen before, so any hit is ours.
    QString token = QStringLiteral("gbz-");
    for (int i = 0; i < 10; ++i)
        token += QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    return token;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(root).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestWizardSecrets : public QObject
{
    Q_OBJECT
public:
    explicit TestWizardSecrets(const QString &root) : m_root(root) { }

private slots:
    void initTestCase();
    void scannerFindsTheToken();
    void fullRunLeavesNoToken();
    void signedInRunLeavesNoSecret_data();
    void signedInRunLeavesNoSecret();

private:
    QString m_root;
    QString m_log;
};

void TestWizardSecrets::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // Everything the wizard writes must land under the root.
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_root));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation).startsWith(m_root));
    QVERIFY(QDir::tempPath().startsWith(m_root));
    // The log file, with every category at debug level: the most the wizard can write.
    QVERIFY(QDir().mkpath(m_root + u"/home/.local/state/gobiz-outlet-wizard"_qs));
    m_log = m_root + u"/home/.local/state/gobiz-outlet-wizard/wizard.log"_qs;
    QLoggingCategory::setFilterRules(u"gobiz.*.debug=true"_qs);
    gobiz::installMessageHandler(m_log);
}

void TestWizardSecrets::scannerFindsTheToken()
{
    // Positive control: each encoding the scan looks for is found where it is.
    // Beside the scanned folder, not in it.
    QTemporaryDir outside(QFileInfo(m_root).absolutePath() + u"/gobiz-scan-control-XXXXXX"_qs);
    QVERIFY(outside.isValid());
    const QString token = freshToken();
    int index = 0;
    for (const auto &[name, bytes] : SecretScan::encodings(token)) {
        QFile file(outside.filePath(QStringLiteral("%1.bin").arg(++index)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix " + bytes + " suffix");
        file.close();
        const QStringList hits = SecretScan::scanBytes("prefix " + bytes + " suffix", token, name);
        QVERIFY2(hits.contains(QStringLiteral("%1 (%2)").arg(name, name)), qPrintable(name));
    }
    const QStringList hits = SecretScan::scanTree(outside.path(), token);
    for (int i = 1; i <= index; ++i) {
        const QString file = outside.filePath(QStringLiteral("%1.bin").arg(i));
        QVERIFY2(std::any_of(hits.cbegin(), hits.cend(),
                             [&](const QString &hit) { return hit.startsWith(file + u' '); }),
                 qPrintable(file));
    }
}

void TestWizardSecrets::fullRunLeavesNoToken()
{
    const QString token = freshToken();
    Fixture fixture = FixtureGenerator::fixture(12, 20240312);
    FixtureUser owner;
    owner.name = u"Scan Owner"_qs;
    owner.roles = {u"owner"_qs};
    owner.tokens = {FixtureToken{token, {}, TokenGrant::AuthorizationCode}};
    fixture.merchants[0].users.append(owner);

    QStringList hits;
    QString journalPath;
    {
        // The journal at the wizard's default location, as main() opens it.
        WizardHarness h(fixture, [](WizardHarness &harness) { harness.journalPath.clear(); });
        journalPath = h.controller->journalPath();
        QVERIFY2(journalPath.startsWith(m_root), qPrintable(journalPath));
        QVERIFY(h.journalWritable);
        QSettings settings; // the default location: XDG_CONFIG_HOME/gobiz-outlet-wizard/...
        h.controller->setSettings(&settings);
        MemoryTokenStore remembered(&settings); // labels in settings, the secret in memory
        h.controller->setTokenStore(&remembered);

        QVERIFY(h.goToTokenPage());
        FIND_CHILD(QPushButton, paste, h.tokenPage(), "pasteButton");
        FIND_CHILD(QCheckBox, remember, h.tokenPage(), "rememberCheck");
        QGuiApplication::clipboard()->setText(u"  Bearer "_qs + token + u" \n"_qs);
        QTest::mouseClick(paste, Qt::LeftButton);
        remember->setChecked(true);
        h.clickNext();
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
        QTRY_VERIFY(h.controller->isRemembered());
        QCOMPARE(remembered.secret(h.controller->savedTokens().first().key), token);

        OutletsPage *page = h.outlets();
        FIND_CHILD(QPushButton, linkGoFood, page, "linkGoFoodButton");
        FIND_CHILD(QPushButton, linkPayment, page, "linkPaymentButton");
        FIND_CHILD(QToolButton, unlinkButton, page, "unlinkButton");
        FIND_CHILD(QWidget, reauth, page, "reauthPanel");
        FIND_CHILD(QLineEdit, newToken, reauth, "newTokenEdit");
        FIND_CHILD(QPushButton, useNewToken, reauth, "newTokenButton");
        h.fillAllExternalIds();
        // A transient failure, and a 401 in the middle of the run answered with the token again.
        h.server->faults().failNext(FaultRoute::Link, Fault::httpError(503));
        h.server->faults().failNext(FaultRoute::Link, Fault::httpError(401));
        Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
        QVERIFY(h.selectRows({0, 1, 2, 3}));
        QTest::mouseClick(linkGoFood, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reauth->isVisible(), 5000);
        QTest::keyClicks(newToken, token);
        QTest::mouseClick(useNewToken, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.server->links().size() == 4 && h.idle(), 5000);
        QVERIFY(h.selectRows({0, 1}));
        QTest::mouseClick(linkPayment, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.server->isLinked(h.outletId(1), u"payment"_qs) && h.idle(), 5000);
        QVERIFY(h.selectRows({1}));
        Prompt::setNextAnswer(ChangeConfirmations::Confirm); // unlink, confirmed
        unlinkButton->menu()->actions().at(0)->trigger(); // unlink GoFood
        QTRY_VERIFY_WITH_TIMEOUT(!h.server->isLinked(h.outletId(1), u"gofood"_qs) && h.idle(), 5000);

        h.clickNext();
        QCOMPARE(h.wizard->currentId(), int(OutletWizard::SummaryPageId));
        QTRY_VERIFY(h.summary()->isReady()); // read from the journal
        QVERIFY(h.controller->report().fromJournal);
        const QString documents = m_root + u"/home/Documents"_qs;
        QVERIFY(QDir().mkpath(documents));
        FIND_CHILD(QPushButton, saveButton, h.summary(), "saveButton");
        FIND_CHILD(QPushButton, copyButton, h.summary(), "copyButton");
        for (const QString &name : {u"report.csv"_qs, u"report.json"_qs}) {
            QSignalSpy saved(h.summary(), &SummaryPage::reportSaveFinished);
            Prompt::setNextSaveFile(documents + u'/' + name);
            QTest::mouseClick(saveButton, Qt::LeftButton);
            QVERIFY(saved.wait(5000)); // written on a worker thread; the answer follows
            QVERIFY(QFile::exists(documents + u'/' + name));
        }
        QTest::mouseClick(copyButton, Qt::LeftButton);
        hits += SecretScan::scanBytes(QGuiApplication::clipboard()->text().toUtf8(), token,
                                      u"clipboard"_qs);
        QTest::mouseClick(h.wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(!h.wizard->isVisible());
        settings.sync();

        // While the journal is open: its write-ahead log and shared memory are there too.
        QVERIFY2(QFile::exists(journalPath + u"-wal"_qs), qPrintable(filesUnder(m_root).join(u", ")));
        int files = 0;
        hits += SecretScan::scanTree(m_root, token, &files);
        QVERIFY(files > 0);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
        h.controller->setSettings(nullptr);
        h.controller->setTokenStore(nullptr);
    }
    // After the wizard closed (the journal checkpointed into its file).
    int files = 0;
    hits += SecretScan::scanTree(m_root, token, &files);
    const QStringList written = filesUnder(m_root);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));

    // The scan saw what the run wrote: settings (with the remembered token's label), the
    // journal with every change, the log, both reports.
    const auto has = [&](const QString &suffix) {
        return std::any_of(written.cbegin(), written.cend(),
                           [&](const QString &file) { return file.endsWith(suffix); });
    };
    QVERIFY2(has(u".config/gobiz-outlet-wizard/gobiz-outlet-wizard.conf"_qs), qPrintable(written.join(u", ")));
    QVERIFY2(has(u"/link-journal.sqlite"_qs), qPrintable(written.join(u", ")));
    QVERIFY(has(u"wizard.log"_qs));
    QVERIFY(has(u"Documents/report.csv"_qs));
    QVERIFY(has(u"Documents/report.json"_qs));
    QFile conf(m_root + u"/home/.config/gobiz-outlet-wizard/gobiz-outlet-wizard.conf"_qs);
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QByteArray confBytes = conf.readAll();
    QVERIFY2(confBytes.contains("label"), confBytes.constData()); // the remembered token's index
    QFile log(m_log);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("token-info") && logged.contains("PUT ") && logged.contains("DELETE "));
    QVERIFY(logged.contains("HTTP 401")); // the run did meet the token question
    LinkJournal journal;
    QVERIFY(journal.open(journalPath));
    int succeeded = 0;
    for (const JournalEntry &entry : journal.entries())
        succeeded += entry.result == JournalEntry::Result::Succeeded ? 1 : 0;
    QCOMPARE(succeeded, 7); // 4 GoFood + 2 Payment links, 1 unlink
    qInfo().noquote() << QStringLiteral("scanned %1 files and the clipboard: no token (%2)")
                             .arg(files)
                             .arg(written.join(u", "_qs));
}

void TestWizardSecrets::signedInRunLeavesNoSecret_data()
{
    QTest::addColumn<bool>("broker");
    QTest::newRow("loopback + PKCE") << false; // code, state, access and refresh tokens
    QTest::newRow("partner broker") << true; // poll token, broker session, access tokens
}

void TestWizardSecrets::signedInRunLeavesNoSecret()
{
    // Sign in with GoBiz, remembered; a token that lives 4 s, so it is renewed during the run;
    // links, the summary, a report, the clipboard, Finish. Then every file under the root and
    // the clipboard are scanned for every secret the sandbox issued (codes, access and refresh
    // tokens, poll tokens, broker sessions) and the sign-in's state.
    QFETCH(bool, broker);
    QStringList hits;
    QStringList secrets;
    {
        WizardHarness h(FixtureGenerator::fixture(12, 20240312),
                        [](WizardHarness &harness) { harness.journalPath.clear(); });
        BrowserStandIn browser;
        QSettings settings;
        h.controller->setSettings(&settings);
        MemoryTokenStore remembered(&settings);
        h.controller->setTokenStore(&remembered);
        h.server->setTokenLifetime(4);
        h.server->signInSettings().pollIntervalSeconds = 0.05;
        h.controller->setPartnerProfile(broker ? brokerProfile(*h.server) : loopbackProfile(*h.server));
        QVERIFY(h.goToTokenPage());
        FIND_CHILD(QCheckBox, remember, h.tokenPage(), "rememberCheck");
        FIND_CHILD(QPushButton, signIn, h.tokenPage(), "signInButton");
        remember->setChecked(true);
        QTest::mouseClick(signIn, Qt::LeftButton);
        QTRY_VERIFY(!browser.opened.isEmpty());
        const QUrl authorize = browser.opened.last();
        const QUrl redirect = h.server->approveSignIn(authorize, DemoPhones::owner(), true);
        QVERIFY(redirect.isValid());
        if (!broker) {
            secrets << QUrlQuery(redirect).queryItemValue(u"code"_qs)
                    << QUrlQuery(authorize).queryItemValue(u"state"_qs);
        }
        if (!broker) {
            QNetworkAccessManager network;
            QNetworkReply *reply = network.get(QNetworkRequest(redirect));
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(5000));
            delete reply;
        }
        QTRY_COMPARE_WITH_TIMEOUT(h.wizard->currentId(), int(OutletWizard::OutletsPageId), 10000);
        QTRY_VERIFY(h.controller->isRemembered());

        QSignalSpy renewed(h.controller.get(), &WizardController::tokenRenewed);
        FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
        h.fillAllExternalIds();
        Prompt::setNextAnswer(ChangeConfirmations::Confirm); // Auto Accept
        QVERIFY(h.selectRows({0, 1, 2, 3}));
        QTest::mouseClick(linkGoFood, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.server->links().size() == 4 && h.idle(), 5000);
        QVERIFY(renewed.wait(10000)); // halfway through the token's 4 s

        h.clickNext();
        QTRY_VERIFY(h.summary()->isReady());
        const QString documents = m_root + u"/home/Documents"_qs;
        QVERIFY(QDir().mkpath(documents));
        FIND_CHILD(QPushButton, saveButton, h.summary(), "saveButton");
        FIND_CHILD(QPushButton, copyButton, h.summary(), "copyButton");
        QSignalSpy saved(h.summary(), &SummaryPage::reportSaveFinished);
        Prompt::setNextSaveFile(documents + u"/signed-in.csv"_qs);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QTest::mouseClick(copyButton, Qt::LeftButton);
        secrets += h.server->issuedSecrets();
        for (const QString &secret : std::as_const(secrets))
            hits += SecretScan::scanBytes(QGuiApplication::clipboard()->text().toUtf8(), secret,
                                          u"clipboard"_qs);

        // What support gets: the HAR (in the scanned tree), the bundle (each file in it: the
        // zip itself is deflated), and every request as cURL and as details. The sign-in's
        // own requests are in them, with their answers (tokens, sessions) scrubbed.
        SupportDesk *desk = h.controller->support();
        QSignalSpy harSaved(desk, &SupportDesk::harSaved);
        desk->saveHar(documents + u"/session.har"_qs);
        QVERIFY(harSaved.wait(5000));
        QFile har(documents + u"/session.har"_qs);
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray harBytes = har.readAll();
        QVERIFY(harBytes.contains(broker ? "/broker/" : "/oauth2/token"));
        QSignalSpy ready(desk, &SupportDesk::bundleReady);
        desk->prepareBundle();
        QVERIFY(ready.wait(10000));
        QSignalSpy bundleSaved(desk, &SupportDesk::bundleSaved);
        desk->saveBundle(documents + u"/bundle.zip"_qs);
        QVERIFY(bundleSaved.wait(10000));
        QFile zip(documents + u"/bundle.zip"_qs);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        const QList<ZipArchive::File> bundle = gobiz::test::unzip(zip.readAll());
        QCOMPARE(bundle.size(), 6);
        const NetworkLog *log = desk->networkLog();
        QVERIFY(log->size() > 6);
        for (const QString &secret : std::as_const(secrets)) {
            for (const ZipArchive::File &file : bundle)
                hits += SecretScan::scanBytes(file.bytes, secret, u"bundle.zip/"_qs + file.name);
            for (int row = 0; row < log->size(); ++row) {
                const quint64 id = log->exchange(row).id;
                hits += SecretScan::scanBytes(desk->curlCommand(id).toUtf8(), secret, u"cURL"_qs);
                hits += SecretScan::scanBytes(desk->details(id).toUtf8(), secret, u"details"_qs);
            }
        }
        QTest::mouseClick(h.wizard->button(QWizard::FinishButton), Qt::LeftButton);
        settings.sync();
        h.controller->setSettings(nullptr);
        h.controller->setTokenStore(nullptr);
    }
    // At least two access tokens (the first and a renewed one), and a refresh token, the code
    // and the state (loopback) or a poll token and a broker session (broker).
    QVERIFY2(secrets.size() >= 4, qPrintable(QString::number(secrets.size())));
    int files = 0;
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 16);
        hits += SecretScan::scanTree(m_root, secret, &files);
    }
    QVERIFY(files > 0);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_qs)));
    QFile log(m_log);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("renewed")); // the log saw the renewal, without its secret
    qInfo().noquote() << QStringLiteral("scanned %1 files for %2 sign-in secrets: none found")
                             .arg(files)
                             .arg(secrets.size());
}

int main(int argc, char *argv[])
{
    QTemporaryDir root; // in the caller's temporary folder, before TMPDIR points inside it
    if (!root.isValid())
        return 2;
    for (const Folder &folder : folders) {
        const QString path = root.filePath(QString::fromLatin1(folder.path));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv(folder.variable, QFile::encodeName(path));
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gobiz-outlet-wizard"));
    QCoreApplication::setApplicationName(QStringLiteral("gobiz-outlet-wizard"));
    TestWizardSecrets test(root.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_wizardsecrets.moc"
