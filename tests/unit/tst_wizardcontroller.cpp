#include "api/GoBizClient.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "sandbox/FixtureGenerator.h"
#include "sandbox/SandboxServer.h"
#include "session/WizardController.h"
#include "store/LinkJournal.h"
#include "store/MemoryTokenStore.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gobiz;
using namespace gobiz::sandbox;

namespace {
// Opens the journal (on its own thread) and waits for the answer: whether it can be written.
bool openJournal(WizardController &controller, const QString &path)
{
    QSignalSpy opened(&controller, &WizardController::journalOpened);
    controller.openJournal(path);
    return opened.wait(5000) && opened.first().first().toBool();
}

// The report of the current run, read from the journal.
RunSummary::Report preparedReport(WizardController &controller)
{
    QSignalSpy ready(&controller, &WizardController::reportReady);
    controller.prepareReport();
    if (!ready.wait(5000))
        return {};
    return controller.report();
}

// Saves the prepared report; returns the problem ("" on success).
QString saveReport(WizardController &controller, const QString &path,
    WizardController::ReportFormat format)
{
    QSignalSpy saved(&controller, &WizardController::reportSaved);
    controller.saveReport(path, format);
    if (!saved.wait(5000))
        return u"no answer"_qs;
    return saved.first().at(1).toString();
}
} // namespace

class TestWizardController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void acceptsAToken();
    void refusesAnExpiredToken();
    void cancelledCheckSaysNothing();
    void remembersByLabelNeverByToken();
    void rememberFailureIsReported();
    void linksAndReports();
    void provideTokenValidates();
    void settingsHoldNoToken();
    void loopbackBypassesTheProxy();
    void nothingIsSentWithoutAJournal();
    void demoModeHasAJournalOfItsOwn();
    void restoringManyOutletsIsOneReset();
    void eachMerchantHasItsOwnRun();

private:
    void accept(const QString &token);
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<WizardController> m_controller;
};

void TestWizardController::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<ApiError>();
}

void TestWizardController::init()
{
    m_server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(8, 11));
    QVERIFY(m_server->start());
    m_journalDir = std::make_unique<QTemporaryDir>();
    m_controller = std::make_unique<WizardController>();
    QVERIFY(openJournal(*m_controller, m_journalDir->filePath(u"journal.sqlite"_qs)));
    QCOMPARE(m_controller->setEnvironment(Environment::custom(m_server->baseUrl())), QString());
    RetryPolicy policy;
    policy.timeScale = 0.001;
    m_controller->setRetryPolicy(policy);
}

void TestWizardController::cleanup()
{
    m_controller.reset();
    m_server.reset();
    m_journalDir.reset();
}

void TestWizardController::accept(const QString &token)
{
    QSignalSpy finished(m_controller.get(), &WizardController::tokenCheckFinished);
    m_controller->checkToken(token);
    QVERIFY(m_controller->isCheckingToken());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
}

void TestWizardController::acceptsAToken()
{
    accept(DemoTokens::owner());
    QVERIFY(!m_controller->isCheckingToken());
    QVERIFY(m_controller->hasAcceptedToken());
    QVERIFY(m_controller->isAcceptedToken(DemoTokens::owner()));
    QCOMPARE(m_controller->model()->rowCount(), 8);
    QVERIFY(m_controller->mayLink());
    QCOMPARE(m_controller->roles(), QStringList{u"owner"_qs});
    QVERIFY(!m_controller->primaryOutletName().isEmpty());
}

void TestWizardController::refusesAnExpiredToken()
{
    QSignalSpy finished(m_controller.get(), &WizardController::tokenCheckFinished);
    m_controller->checkToken(DemoTokens::expired());
    QVERIFY(finished.wait(5000));
    const ApiError error = finished.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY(!m_controller->hasAcceptedToken());
    QCOMPARE(m_controller->model()->rowCount(), 0);
}

void TestWizardController::cancelledCheckSaysNothing()
{
    m_server->faults().failNext(FaultRoute::TokenInfo, Fault::latency(400));
    QSignalSpy finished(m_controller.get(), &WizardController::tokenCheckFinished);
    m_controller->checkToken(DemoTokens::owner());
    m_controller->cancelTokenCheck();
    QVERIFY(!m_controller->isCheckingToken());
    QVERIFY(!finished.wait(700));
    QVERIFY(!m_controller->hasAcceptedToken());
}

void TestWizardController::remembersByLabelNeverByToken()
{
    QTemporaryDir dir;
    QSettings index(dir.filePath(u"index.ini"_qs), QSettings::IniFormat);
    MemoryTokenStore store(&index);
    m_controller->setTokenStore(&store);
    accept(DemoTokens::owner());

    QSignalSpy remembered(m_controller.get(), &WizardController::rememberFinished);
    m_controller->rememberAcceptedToken();
    QVERIFY(remembered.wait(2000));
    QCOMPARE(remembered.first().at(0).toBool(), true);
    QVERIFY(m_controller->isRemembered());
    const QList<SavedToken> saved = m_controller->savedTokens();
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.first().label.contains(m_controller->primaryOutletName()));
    QVERIFY(!saved.first().label.contains(DemoTokens::owner()));
    QVERIFY(!saved.first().key.contains(DemoTokens::owner()));

    // Another environment neither offers nor reads it: a token is only sent where it was issued.
    {
        WizardController elsewhere;
        elsewhere.setTokenStore(&store); // Production
        QVERIFY(elsewhere.savedTokens().isEmpty());
        QSignalSpy refused(&elsewhere, &WizardController::savedTokenFailed);
        const int requests = m_server->counters().total();
        elsewhere.checkSavedToken(saved.first().key);
        QVERIFY(refused.wait(2000));
        QVERIFY(refused.first().first().toString().contains(u"another environment"_qs));
        QCOMPARE(m_server->counters().total(), requests);
    }

    // A second controller (the next start) checks the remembered token without it being typed.
    WizardController next;
    next.setEnvironment(Environment::custom(m_server->baseUrl()));
    next.setTokenStore(&store);
    QSignalSpy finished(&next, &WizardController::tokenCheckFinished);
    next.checkSavedToken(saved.first().key);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::None);
    QCOMPARE(next.model()->rowCount(), 8);

    // Forget removes it; loading it then says it is not remembered.
    QSignalSpy forgotten(&next, &WizardController::forgetFinished);
    next.forgetSavedToken(saved.first().key);
    QVERIFY(forgotten.wait(2000));
    QVERIFY(next.savedTokens().isEmpty());
    QSignalSpy failed(&next, &WizardController::savedTokenFailed);
    next.checkSavedToken(saved.first().key);
    QVERIFY(failed.wait(2000));
    QVERIFY(failed.first().first().toString().contains(u"no longer remembered"_qs));
}

void TestWizardController::rememberFailureIsReported()
{
    MemoryTokenStore store;
    store.setBackendStatus(TokenStore::Status::Locked);
    m_controller->setTokenStore(&store);
    accept(DemoTokens::owner());
    QSignalSpy remembered(m_controller.get(), &WizardController::rememberFinished);
    m_controller->rememberAcceptedToken();
    QVERIFY(remembered.wait(2000));
    QCOMPARE(remembered.first().at(0).toBool(), false);
    QVERIFY(!remembered.first().at(1).toString().isEmpty());
    QVERIFY(!m_controller->isRemembered());
    QVERIFY(m_controller->hasAcceptedToken()); // the session goes on
}

void TestWizardController::linksAndReports()
{
    accept(DemoTokens::owner());
    OutletModel *model = m_controller->model();
    QHash<QString, QString> ids;
    for (const Outlet &outlet : model->outlets())
        ids.insert(outlet.id, u"POS-"_qs + outlet.id);
    QCOMPARE(m_controller->applyExternalIds(ids), 8);
    QCOMPARE(m_controller->applyExternalIds(ids), 0); // nothing changes twice

    QSignalSpy busy(m_controller.get(), &WizardController::busyChanged);
    QCOMPARE(m_controller->requestChanges({0, 1, 2}, Product::GoFood, LinkAction::Link), 0);
    // The gate holds GoFood links until Auto Accept is confirmed; nothing was recorded or sent.
    QCOMPARE(m_controller->lastVerdict().question, ChangeGate::Question::AutoAccept);
    QCOMPARE(m_controller->lastVerdict().goFoodLinks, 3);
    QVERIFY(!m_controller->isBusy());
    m_controller->setAutoAcceptConfirmed(true);
    QCOMPARE(m_controller->requestChanges({0, 1, 2}, Product::GoFood, LinkAction::Link), 3);
    QVERIFY(m_controller->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 5000);
    QVERIFY(busy.count() >= 2);
    for (int row : {0, 1, 2})
        QVERIFY(m_server->isLinked(model->outlets().at(row).id, u"gofood"_qs));

    // A link without external id is asked about first; nothing is recorded or sent, and the
    // cell stays as it was (nothing failed).
    m_controller->applyExternalIds({{model->outlets().at(3).id, QString()}});
    QCOMPARE(m_controller->requestChanges({3}, Product::Payment, LinkAction::Link), 0);
    QCOMPARE(m_controller->lastVerdict().question, ChangeGate::Question::MissingExternalIds);
    QCOMPARE(model->cell(3, Product::Payment).state, gobiz::LinkState::Unknown);
    ChangeGate::Answers skip;
    skip.skipMissingExternalIds = true;
    QCOMPARE(m_controller->requestChanges({3}, Product::Payment, LinkAction::Link, skip), 0);
    QCOMPARE(model->cell(3, Product::Payment).state, gobiz::LinkState::Unknown);
    QCOMPARE(m_controller->unfinishedCount(LinkRun::AllUnfinished), 0);

    const RunSummary::Report report = preparedReport(*m_controller);
    QVERIFY(report.fromJournal);
    QCOMPARE(report.count(RunSummary::Result::Linked), 3);
    QVERIFY(report.gofoodLinked());
    QCOMPARE(report.merchantKey, model->outlets().first().id);
    QTemporaryDir dir;
    const QString json = dir.filePath(u"r.json"_qs);
    QCOMPARE(saveReport(*m_controller, json, WizardController::formatForPath(json)), QString());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("\"linked\": 3"));
    QVERIFY(!bytes.contains(DemoTokens::owner().toUtf8()));
    QVERIFY(!saveReport(*m_controller, dir.filePath(u"missing/dir/r.csv"_qs),
                        WizardController::ReportFormat::Csv)
                 .isEmpty());
}

void TestWizardController::provideTokenValidates()
{
    accept(DemoTokens::owner());
    QVERIFY(m_controller->provideToken(u"two words"_qs).contains(u"space"_qs));
    QCOMPARE(m_controller->provideToken(u"  Bearer "_qs + DemoTokens::owner() + u" "_qs), QString());
    QVERIFY(m_controller->isAcceptedToken(DemoTokens::owner()));
}

void TestWizardController::settingsHoldNoToken()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_qs);
    {
        QSettings settings(path, QSettings::IniFormat);
        WizardController controller;
        controller.setSettings(&settings);
        QCOMPARE(controller.setEnvironment(Environment::custom(m_server->baseUrl())), QString());
        NetworkSettings proxy{NetworkSettings::Mode::Http, u"proxy.local"_qs, 3128, u"u"_qs, u"pw-secret"_qs};
        QCOMPARE(controller.setNetworkSettings(proxy), QString());
        QSignalSpy finished(&controller, &WizardController::tokenCheckFinished);
        controller.checkToken(DemoTokens::owner());
        QVERIFY(finished.wait(5000));
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(DemoTokens::owner().toUtf8()));
    QVERIFY(!written.contains("pw-secret"));
    QSettings settings(path, QSettings::IniFormat);
    WizardController restored;
    restored.setSettings(&settings);
    QCOMPARE(restored.environment().kind(), Environment::Kind::Custom);
    QCOMPARE(restored.environment().baseUrl(), m_server->baseUrl());
    QCOMPARE(restored.networkSettings().host, u"proxy.local"_qs);
    QVERIFY(restored.networkSettings().password.isEmpty());
}

void TestWizardController::loopbackBypassesTheProxy()
{
    NetworkSettings proxy{NetworkSettings::Mode::Http, u"proxy.invalid"_qs, 3128, {}, {}};
    QCOMPARE(m_controller->setNetworkSettings(proxy), QString());
    QCOMPARE(m_controller->effectiveProxy().type(), QNetworkProxy::NoProxy);
    accept(DemoTokens::owner()); // reaches the loopback sandbox despite the bogus proxy
    QCOMPARE(m_controller->setEnvironment(Environment::production()), QString());
    QCOMPARE(m_controller->effectiveProxy().type(), QNetworkProxy::HttpProxy);
    QVERIFY(m_controller->connectionDescription().contains(u"proxy.invalid"_qs));
}

void TestWizardController::nothingIsSentWithoutAJournal()
{
    // The journal is bound from the start: until it opens, every change is refused unsent.
    WizardController controller;
    QCOMPARE(controller.setEnvironment(Environment::custom(m_server->baseUrl())), QString());
    QVERIFY(!controller.journalProblemMessage().isEmpty());
    QSignalSpy checked(&controller, &WizardController::tokenCheckFinished);
    controller.checkToken(DemoTokens::owner());
    QVERIFY(checked.wait(5000));
    QCOMPARE(controller.model()->rowCount(), 8);
    QCOMPARE(controller.model()->cell(0, Product::GoFood).note, QString()); // nothing to restore
    controller.applyExternalIds({{controller.model()->outlets().at(0).id, u"POS-0"_qs}});
    QSignalSpy problem(&controller, &WizardController::journalProblemOccurred);
    controller.setAutoAcceptConfirmed(true);
    QCOMPARE(controller.requestChanges({0}, Product::GoFood, LinkAction::Link), 1);
    QVERIFY(problem.wait(5000));
    QVERIFY2(problem.first().first().toString().contains(u"not open"_qs),
             qPrintable(problem.first().first().toString()));
    QCOMPARE(controller.model()->cell(0, Product::GoFood).state, gobiz::LinkState::NotSent);
    QVERIFY(!controller.isBusy());
    QCOMPARE(controller.runProgress().notSent, 1);
    QCOMPARE(m_server->counters().total(), 1); // token-info only
    QVERIFY(m_server->links().isEmpty());
    // The summary lists the change the journal could not record as not sent, with why.
    const RunSummary::Report report = preparedReport(controller);
    QCOMPARE(report.entries.size(), 1);
    QCOMPARE(report.entries.first().result, RunSummary::Result::NotSent);
    QCOMPARE(report.entries.first().errorKind, u"journal"_qs);
    QCOMPARE(report.count(RunSummary::Result::Failed), 0);
}

void TestWizardController::demoModeHasAJournalOfItsOwn()
{
    QStandardPaths::setTestModeEnabled(true);
    WizardController controller;
    QCOMPARE(controller.defaultJournalPath(), LinkJournal::defaultPath());
    controller.setDemo(m_server->baseUrl(), DemoTokens::owner());
    QVERIFY(controller.defaultJournalPath().endsWith(u"/journal-demo.sqlite"_qs));
    QCOMPARE(QFileInfo(controller.defaultJournalPath()).absolutePath(),
             QFileInfo(LinkJournal::defaultPath()).absolutePath());
    QStandardPaths::setTestModeEnabled(false);
}

void TestWizardController::restoringManyOutletsIsOneReset()
{
    // A big merchant: restoring from the journal must not send a signal per cell (each one makes
    // the page recount every cell), and cells the journal does not know stay unstored.
    m_server->setFixture(FixtureGenerator::fixture(3000, 5));
    accept(DemoTokens::owner());
    OutletModel *model = m_controller->model();
    QCOMPARE(model->rowCount(), 3000);
    QHash<QString, QString> ids;
    for (int row : {10, 2000})
        ids.insert(model->outlets().at(row).id, u"POS-"_qs + QString::number(row));
    m_controller->applyExternalIds(ids);
    QCOMPARE(m_controller->requestChanges({10, 2000}, Product::Payment, LinkAction::Link), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 5000);

    // The next start, same journal.
    const QString path = m_controller->journalPath();
    m_controller.reset();
    m_controller = std::make_unique<WizardController>();
    QVERIFY(openJournal(*m_controller, path));
    QCOMPARE(m_controller->setEnvironment(Environment::custom(m_server->baseUrl())), QString());
    model = m_controller->model();
    QSignalSpy cellSignals(model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    accept(DemoTokens::owner());
    QVERIFY2(cellSignals.size() <= 1, qPrintable(QString::number(cellSignals.size())));
    QVERIFY(resets.size() >= 1);
    QCOMPARE(model->cell(10, Product::Payment).state, gobiz::LinkState::Linked);
    QCOMPARE(model->cell(2000, Product::Payment).state, gobiz::LinkState::Linked);
    QCOMPARE(model->externalOutletId(2000), u"POS-2000"_qs);
    QCOMPARE(model->cell(11, Product::Payment).state, gobiz::LinkState::Unknown);
    QCOMPARE(model->cell(11, Product::Payment).note, u"Never changed from this computer."_qs);
}

void TestWizardController::eachMerchantHasItsOwnRun()
{
    // A field agent: merchant A's token, four links; back, merchant B's token, three links.
    // B's progress, summary and report hold exactly B's outlets and name B; A's run stays in the
    // journal as A's.
    Fixture fixture = FixtureGenerator::fixture(8, 11);
    FixtureMerchant b = FixtureGenerator::merchant(5, 99);
    FixtureUser owner;
    owner.name = u"B owner"_qs;
    owner.roles = {u"owner"_qs};
    owner.tokens = {FixtureToken {u"merchant-b-token"_qs, {}, TokenGrant::AuthorizationCode}};
    b.users = {owner};
    fixture.merchants.append(b);
    m_server->setFixture(fixture);
    m_controller->setAutoAcceptConfirmed(true); // asked again for B below

    const auto linkFirst = [this](int count) {
        OutletModel *model = m_controller->model();
        QHash<QString, QString> ids;
        QList<int> rows;
        for (int row = 0; row < count; ++row) {
            ids.insert(model->outlets().at(row).id, u"POS-"_qs + model->outlets().at(row).id);
            rows.append(row);
        }
        m_controller->applyExternalIds(ids);
        m_controller->setAutoAcceptConfirmed(true);
        QCOMPARE(m_controller->requestChanges(rows, Product::GoFood, LinkAction::Link), count);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 5000);
    };
    accept(DemoTokens::owner());
    const Account merchantA = m_controller->account();
    linkFirst(4);
    QCOMPARE(m_controller->runProgress().done, 4);

    accept(u"merchant-b-token"_qs);
    const Account merchantB = m_controller->account();
    QVERIFY(!merchantB.isSameMerchant(merchantA));
    QCOMPARE(m_controller->model()->rowCount(), 5);
    QCOMPARE(m_controller->runProgress().total(), 0); // A's "4 done" is not B's
    QVERIFY(!m_controller->autoAcceptConfirmed()); // B's run asks again
    linkFirst(3);
    QCOMPARE(m_controller->runProgress().done, 3);

    const RunSummary::Report report = preparedReport(*m_controller);
    QCOMPARE(report.entries.size(), 3);
    QCOMPARE(report.merchantKey, merchantB.merchantKey);
    QCOMPARE(report.primaryOutletName, merchantB.merchantName);
    QSet<QString> outletsOfB;
    for (const Outlet &outlet : merchantB.outlets)
        outletsOfB.insert(outlet.id);
    for (const RunSummary::Entry &entry : report.entries) {
        QVERIFY2(outletsOfB.contains(entry.outletId), qPrintable(entry.outletId));
        QVERIFY(entry.outletName != entry.outletId); // named as B's token-info names it
    }
    const QByteArray csv = RunSummary::toCsv(report);
    for (const Outlet &outlet : merchantA.outlets)
        QVERIFY2(!csv.contains(outlet.id.toUtf8()), qPrintable(outlet.id));
    QVERIFY(csv.split('\n').at(1).startsWith(merchantB.merchantKey.toUtf8() + ','));

    // A's run is in the journal, A's alone.
    QTRY_VERIFY(m_controller->isJournalIdle());
    LinkJournal reader;
    QVERIFY(reader.open(m_controller->journalPath()));
    JournalFilter runOfA;
    runOfA.sessionId = merchantA.session;
    const QList<JournalEntry> rowsOfA = reader.entries(runOfA);
    QCOMPARE(rowsOfA.size(), 4);
    for (const JournalEntry &entry : rowsOfA)
        QCOMPARE(entry.merchant, merchantA.merchantKey);
}

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
