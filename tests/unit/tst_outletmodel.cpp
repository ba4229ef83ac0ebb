// OutletModel: structure (checked by QAbstractItemModelTester, also behind a proxy), roles,
// headers, flags, and how product cells follow the engine instead of the click.
#include "api/ApiParsers.h"
#include "api/GoBizClient.h"
#include "model/OutletModel.h"
#include "ops/LinkEngine.h"
#include "session/LinkRun.h"
#include "store/JournalService.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace gobiz;

Q_DECLARE_METATYPE(gobiz::LinkState)
Q_DECLARE_METATYPE(gobiz::LinkOperation::Phase)
Q_DECLARE_METATYPE(gobiz::LinkAction)

namespace {

QList<Outlet> makeOutlets(int count)
{
    QList<Outlet> outlets;
    for (int i = 0; i < count; ++i) {
        Outlet outlet;
        outlet.id = QStringLiteral("G%1").arg(100000 + i);
        outlet.name = QStringLiteral("Outlet %1").arg(i);
        outlet.address = QStringLiteral("Jl. Sudirman %1, Jakarta").arg(i);
        outlet.primary = i == 0;
        outlets.append(outlet);
    }
    return outlets;
}

LinkOperation makeOperation(const QString &outletId, Product product, LinkAction action,
                            LinkOperation::Phase phase)
{
    LinkOperation op;
    op.id = 42;
    op.request.outletId = outletId;
    op.request.product = product;
    op.request.action = action;
    op.request.externalOutletId = QStringLiteral("POS-1");
    op.phase = phase;
    op.requestId = QStringLiteral("req-1");
    return op;
}

ApiError statusError(ApiError::Kind kind, int status)
{
    ApiError error(kind);
    error.httpStatus = status;
    return error;
}

} // namespace

class TestOutletModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyModel();
    void headers();
    void displayAndRoles();
    void namesArePlainText();
    void flags();
    void boundsChecks();
    void duplicatesAndEmptyIdsLeftOut();
    void editExternalId();
    void cellFollowsOperation_data();
    void cellFollowsOperation();
    void dataChangedHasExplicitRoles();
    void checkingAsksTheEngine();
    void linkWithoutExternalIdIsRefused();
    void refusedWithoutAccount();
    void setCellRestores();
    void newOutletListKeepsWhatWeKnew();
    void sortRoleThroughProxy();

private:
    QNetworkAccessManager *m_network = nullptr;
    GoBizClient *m_client = nullptr;
    LinkEngine *m_engine = nullptr;
    OutletModel *m_model = nullptr;
    QTemporaryDir *m_journalDir = nullptr;
    JournalService *m_journal = nullptr;
    LinkRun *m_run = nullptr;
    ChangeGate::Verdict m_lastVerdict; // of the last change the model passed on
    QSortFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestOutletModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QLoggingCategory::setFilterRules(QStringLiteral("gobiz.*.debug=false\ngobiz.api.info=false"));
}

void TestOutletModel::init()
{
    m_network = new QNetworkAccessManager(this);
    m_client = new GoBizClient(m_network, this);
    // No token: anything the engine sends is refused locally as unauthorized, so operations stay
    // pending (waiting for a token) and nothing leaves the process.
    QCOMPARE(m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9"))), QString());
    m_engine = new LinkEngine(m_client, this);
    m_model = new OutletModel(this);
    // The product's path from a checked cell to the engine: the run (its gate, its journal).
    m_journalDir = new QTemporaryDir;
    m_journal = new JournalService(this);
    QSignalSpy opened(m_journal, &JournalService::opened);
    m_journal->open(m_journalDir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(opened.wait(5000));
    QVERIFY(opened.first().first().toBool());
    m_run = new LinkRun(m_engine, m_journal, m_model, this);
    TokenInfo info;
    info.roles = {QStringLiteral("owner")};
    info.outlets = makeOutlets(3);
    m_run->begin(Account::fromTokenInfo(Environment::sandbox(), info));
    m_run->gate().confirmAutoAccept();
    // The page's part: the unlink confirmed, each verdict kept for the test to read.
    connect(m_model, &OutletModel::changeRequested, m_run, [this](const LinkRequest &request) {
        ChangeGate::Answers answers;
        answers.unlinkConfirmed = true;
        m_lastVerdict = m_run->request({request}, answers);
    });
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(OutletModel::SortRole);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestOutletModel::cleanup()
{
    delete m_proxyTester;
    delete m_tester;
    delete m_proxy;
    delete m_run;
    delete m_model;
    delete m_engine;
    delete m_journal;
    delete m_journalDir;
    delete m_client;
    delete m_network;
}

void TestOutletModel::emptyModel()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(OutletModel::ColumnCount));
    m_model->setOutlets({});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("G1")), -1);
}

void TestOutletModel::headers()
{
    const QStringList expected = {QStringLiteral("Name"), QStringLiteral("Outlet ID"),
                                  QStringLiteral("Address"), QStringLiteral("Primary"),
                                  QStringLiteral("External outlet ID"), QStringLiteral("GoFood"),
                                  QStringLiteral("Payment")};
    QCOMPARE(expected.size(), int(OutletModel::ColumnCount));
    for (int column = 0; column < OutletModel::ColumnCount; ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(),
                 expected.at(column));
    QVERIFY(!m_model->headerData(OutletModel::ColumnCount, Qt::Horizontal, Qt::DisplayRole).isValid());
    QVERIFY(!m_model->headerData(OutletModel::ExternalIdColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
    QCOMPARE(OutletModel::columnOf(Product::GoFood), int(OutletModel::GoFoodColumn));
    QCOMPARE(OutletModel::columnOf(Product::Payment), int(OutletModel::PaymentColumn));
    QCOMPARE(OutletModel::productOf(OutletModel::PaymentColumn), std::optional(Product::Payment));
    QCOMPARE(OutletModel::productOf(OutletModel::NameColumn), std::optional<Product>());
}

void TestOutletModel::displayAndRoles()
{
    m_model->setOutlets(makeOutlets(3));
    QCOMPARE(m_model->rowCount(), 3);
    const QModelIndex name = m_model->index(1, OutletModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Outlet 1"));
    QCOMPARE(m_model->index(1, OutletModel::OutletIdColumn).data().toString(), QStringLiteral("G100001"));
    QCOMPARE(m_model->index(1, OutletModel::AddressColumn).data().toString(),
             QStringLiteral("Jl. Sudirman 1, Jakarta"));
    QCOMPARE(m_model->index(0, OutletModel::PrimaryColumn).data().toString(), QStringLiteral("Primary"));
    QCOMPARE(m_model->index(1, OutletModel::PrimaryColumn).data().toString(), QString());
    for (int column = 0; column < OutletModel::ColumnCount; ++column) {
        QCOMPARE(m_model->index(2, column).data(OutletModel::OutletIdRole).toString(),
                 QStringLiteral("G100002"));
        QCOMPARE(m_model->index(0, column).data(OutletModel::IsPrimaryRole).toBool(), true);
    }
    const QModelIndex gofood = m_model->index(1, OutletModel::GoFoodColumn);
    QCOMPARE(gofood.data().toString(), QStringLiteral("Unknown"));
    QCOMPARE(gofood.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(gofood.data(OutletModel::LinkStateRole).toInt(), int(LinkState::Unknown));
    QCOMPARE(gofood.data(OutletModel::LinkStateTextRole).toString(), QStringLiteral("Unknown"));
    QCOMPARE(gofood.data(OutletModel::ErrorMessageRole).toString(), QString());
    QCOMPARE(m_model->rowOf(QStringLiteral("G100002")), 2);

    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(names.value(OutletModel::LinkStateRole), QByteArray("linkState"));
    QCOMPARE(names.value(OutletModel::SortRole), QByteArray("sortKey"));

    for (LinkState state : {LinkState::Unknown, LinkState::NotLinked, LinkState::Linking,
                            LinkState::Linked, LinkState::Unlinking, LinkState::Failed}) {
        QVERIFY(!OutletModel::stateText(state).isEmpty());
        QCOMPARE(linkStateFromKey(linkStateKey(state)), std::optional(state));
    }
    QCOMPARE(OutletModel::stateText(LinkState::Linking), QStringLiteral("Linking…"));
    QCOMPARE(OutletModel::stateText(LinkState::NotLinked), QStringLiteral("Not linked"));
}

void TestOutletModel::namesArePlainText()
{
    QList<Outlet> outlets = makeOutlets(1);
    outlets[0].name = QStringLiteral("<b>Warung</b> & <img src=x>");
    m_model->setOutlets(outlets);
    QCOMPARE(m_model->index(0, OutletModel::NameColumn).data().toString(), outlets[0].name);
    // A server message that looks like markup is escaped in the tooltip.
    LinkOperation op = makeOperation(QStringLiteral("G100000"), Product::GoFood, LinkAction::Link,
                                     LinkOperation::Phase::Failed);
    op.attempts = 1;
    op.lastError = statusError(ApiError::Kind::Forbidden, 403);
    op.lastError.serverMessage = QStringLiteral("<a href=x>click</a>");
    emit m_engine->operationUpdated(op);
    const QString tip = m_model->index(0, OutletModel::GoFoodColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;a href=x&gt;click&lt;/a&gt;")), qPrintable(tip));
}

void TestOutletModel::flags()
{
    m_model->setOutlets(makeOutlets(2));
    for (int column = 0; column < OutletModel::ColumnCount; ++column) {
        const Qt::ItemFlags flags = m_model->flags(m_model->index(0, column));
        QVERIFY(flags & Qt::ItemIsEnabled);
        QVERIFY(flags & Qt::ItemIsSelectable);
        const bool product = OutletModel::productOf(column).has_value();
        QCOMPARE(bool(flags & Qt::ItemIsUserCheckable), product);
        QCOMPARE(bool(flags & Qt::ItemIsEditable), column == OutletModel::ExternalIdColumn);
    }
    QCOMPARE(m_model->flags(QModelIndex()), Qt::NoItemFlags);
}

void TestOutletModel::boundsChecks()
{
    m_model->setOutlets(makeOutlets(2));
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    QVERIFY(!m_model->index(2, 0).isValid());
    QVERIFY(!m_model->index(0, OutletModel::ColumnCount).isValid());
    QVERIFY(!m_model->setData(QModelIndex(), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_model->externalOutletId(-1), QString());
    QCOMPARE(m_model->externalOutletId(2), QString());
    m_model->setExternalOutletId(5, QStringLiteral("x")); // ignored
    QCOMPARE(m_model->cell(-1, Product::GoFood).state, LinkState::Unknown);
    QCOMPARE(m_model->cell(9, Product::Payment).state, LinkState::Unknown);
    m_model->setCell(9, Product::Payment, {}); // ignored
    QVERIFY(m_model->requestFor(-1, Product::GoFood, LinkAction::Link).outletId.isEmpty());
    QVERIFY(m_model->requestFor(2, Product::GoFood, LinkAction::Unlink).outletId.isEmpty());
    // Operations for outlets the model does not list are ignored.
    emit m_engine->operationUpdated(makeOperation(QStringLiteral("nope"), Product::GoFood,
                                                  LinkAction::Link, LinkOperation::Phase::Succeeded));
    // Only product cells take a check state, only the external id takes text.
    QVERIFY(!m_model->setData(m_model->index(0, OutletModel::NameColumn), QStringLiteral("x")));
    QVERIFY(!m_model->setData(m_model->index(0, OutletModel::NameColumn), Qt::Checked,
                              Qt::CheckStateRole));
    QVERIFY(!m_model->setData(m_model->index(0, OutletModel::GoFoodColumn), QStringLiteral("x")));
    QVERIFY(!m_model->setData(m_model->index(0, OutletModel::GoFoodColumn), Qt::PartiallyChecked,
                              Qt::CheckStateRole));
}

void TestOutletModel::duplicatesAndEmptyIdsLeftOut()
{
    // The model takes what parsing produced: the parser drops empty and repeated ids.
    const QByteArray body = R"({"success":true,"data":{"user":{"roles":["owner"]},"outlets":[
        {"id":"G1","name":"First","address":"A","email":"","phone":""},
        {"id":"","name":"No id","address":"B","email":"","phone":""},
        {"id":"G2","name":"Second","address":"C","email":"","phone":""},
        {"id":"G1","name":"First again","address":"D","email":"","phone":""}]}})";
    const auto parsed = ApiParsers::parseTokenInfo(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.skippedOutlets, 2);
    m_model->setOutlets(parsed.value.outlets);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("G1")), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("G2")), 1);
    QCOMPARE(m_model->index(0, OutletModel::PrimaryColumn).data().toString(), QStringLiteral("Primary"));

    // A list from elsewhere with a repeated id: shown as given; the first row is the one updated.
    QList<Outlet> outlets = makeOutlets(2);
    outlets.append(outlets.at(0));
    m_model->setOutlets(outlets);
    QCOMPARE(m_model->rowCount(), 3);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("listed twice")));
    QCOMPARE(m_model->rowOf(QStringLiteral("G100000")), 0);
    emit m_engine->operationUpdated(makeOperation(QStringLiteral("G100000"), Product::GoFood,
                                                  LinkAction::Link, LinkOperation::Phase::Queued));
    QCOMPARE(m_model->cell(0, Product::GoFood).state, LinkState::Linking);
}

void TestOutletModel::editExternalId()
{
    m_model->setOutlets(makeOutlets(2));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = m_model->index(1, OutletModel::ExternalIdColumn);
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty()); // explains it is needed
    QVERIFY(m_model->setData(cell, QStringLiteral("  POS-77 \t")));
    QCOMPARE(cell.data(Qt::EditRole).toString(), QStringLiteral("POS-77"));
    QCOMPARE(cell.data().toString(), QStringLiteral("POS-77"));
    QCOMPARE(m_model->externalOutletId(1), QStringLiteral("POS-77"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), cell);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(Qt::EditRole));
    // The same value again changes nothing.
    QVERIFY(m_model->setData(cell, QStringLiteral("POS-77 ")));
    QCOMPARE(changed.size(), 1);
}

void TestOutletModel::cellFollowsOperation_data()
{
    QTest::addColumn<LinkState>("before");
    QTest::addColumn<LinkAction>("action");
    QTest::addColumn<LinkOperation::Phase>("phase");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("abortedInFlight");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<LinkState>("state");
    QTest::addColumn<LinkState>("lastConfirmed");
    QTest::addColumn<int>("checkState");
    QTest::addColumn<QString>("text");

    using P = LinkOperation::Phase;
    const ApiError none;
    const ApiError forbidden = statusError(ApiError::Kind::Forbidden, 403);
    const ApiError timeout(ApiError::Kind::Timeout);
    const ApiError unavailable = statusError(ApiError::Kind::Server, 503);

    QTest::newRow("link queued") << LinkState::Unknown << LinkAction::Link << P::Queued << 0 << false
                                 << none << LinkState::Linking << LinkState::Unknown
                                 << int(Qt::PartiallyChecked) << QStringLiteral("Linking…");
    QTest::newRow("link in flight") << LinkState::NotLinked << LinkAction::Link << P::InFlight << 1
                                    << false << none << LinkState::Linking << LinkState::NotLinked
                                    << int(Qt::PartiallyChecked) << QStringLiteral("Linking…");
    QTest::newRow("link waiting to retry") << LinkState::Unknown << LinkAction::Link << P::Waiting
                                           << 1 << false << unavailable << LinkState::Linking
                                           << LinkState::Unknown << int(Qt::PartiallyChecked)
                                           << QStringLiteral("Linking…");
    QTest::newRow("unlink queued") << LinkState::Linked << LinkAction::Unlink << P::Queued << 0
                                   << false << none << LinkState::Unlinking << LinkState::Linked
                                   << int(Qt::PartiallyChecked) << QStringLiteral("Unlinking…");
    QTest::newRow("link succeeded") << LinkState::Unknown << LinkAction::Link << P::Succeeded << 1
                                    << false << none << LinkState::Linked << LinkState::Linked
                                    << int(Qt::Checked) << QStringLiteral("Linked");
    QTest::newRow("unlink succeeded") << LinkState::Linked << LinkAction::Unlink << P::Succeeded
                                      << 2 << false << none << LinkState::NotLinked
                                      << LinkState::NotLinked << int(Qt::Unchecked)
                                      << QStringLiteral("Not linked");
    // A failed link never shows as linked; a final 4xx keeps what the server last confirmed.
    QTest::newRow("link refused 403, was linked") << LinkState::Linked << LinkAction::Link
                                                  << P::Failed << 1 << false << forbidden
                                                  << LinkState::Failed << LinkState::Linked
                                                  << int(Qt::Unchecked) << QStringLiteral("Failed");
    QTest::newRow("link refused 403, was not linked") << LinkState::NotLinked << LinkAction::Link
                                                      << P::Failed << 1 << false << forbidden
                                                      << LinkState::Failed << LinkState::NotLinked
                                                      << int(Qt::Unchecked)
                                                      << QStringLiteral("Failed");
    // After transient failures the server may or may not have applied it.
    QTest::newRow("link timed out 4 times") << LinkState::NotLinked << LinkAction::Link << P::Failed
                                            << 4 << false << timeout << LinkState::Failed
                                            << LinkState::Unknown << int(Qt::Unchecked)
                                            << QStringLiteral("Failed");
    // Stopped before it was sent: not sent, and still checked as GoBiz last confirmed it.
    QTest::newRow("cancelled unsent") << LinkState::Linked << LinkAction::Unlink << P::Cancelled
                                      << 0 << false << none << LinkState::NotSent
                                      << LinkState::Linked << int(Qt::Checked)
                                      << QStringLiteral("Not sent");
    QTest::newRow("cancelled in flight") << LinkState::Linked << LinkAction::Unlink << P::Cancelled
                                         << 1 << true << ApiError(ApiError::Kind::Cancelled)
                                         << LinkState::Unknown << LinkState::Unknown
                                         << int(Qt::Unchecked) << QStringLiteral("Unknown");
    QTest::newRow("cancelled while waiting to retry") << LinkState::NotLinked << LinkAction::Link
                                                      << P::Cancelled << 2 << false << timeout
                                                      << LinkState::Unknown << LinkState::Unknown
                                                      << int(Qt::Unchecked)
                                                      << QStringLiteral("Unknown");
}

void TestOutletModel::cellFollowsOperation()
{
    QFETCH(LinkState, before);
    QFETCH(LinkAction, action);
    QFETCH(LinkOperation::Phase, phase);
    QFETCH(int, attempts);
    QFETCH(bool, abortedInFlight);
    QFETCH(ApiError, error);
    QFETCH(LinkState, state);
    QFETCH(LinkState, lastConfirmed);
    QFETCH(int, checkState);
    QFETCH(QString, text);

    m_model->setOutlets(makeOutlets(2));
    OutletModel::ProductCell restored;
    restored.state = before;
    restored.lastConfirmed = before;
    m_model->setCell(1, Product::Payment, restored);

    LinkOperation op = makeOperation(QStringLiteral("G100001"), Product::Payment, action, phase);
    op.attempts = attempts;
    op.abortedInFlight = abortedInFlight;
    op.lastError = error;
    if (phase == LinkOperation::Phase::Succeeded && action == LinkAction::Link)
        op.confirmation.linkedAt = QDateTime(QDate(2024, 3, 12), QTime(14, 2), Qt::UTC);
    emit m_engine->operationUpdated(op);

    const OutletModel::ProductCell cell = m_model->cell(1, Product::Payment);
    QCOMPARE(cell.state, state);
    QCOMPARE(cell.lastConfirmed, lastConfirmed);
    const QModelIndex index = m_model->index(1, OutletModel::PaymentColumn);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), checkState);
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.data(OutletModel::LinkStateRole).toInt(), int(state));
    QCOMPARE(index.data(OutletModel::RequestIdRole).toString(), QStringLiteral("req-1"));
    const QString tooltip = index.data(Qt::ToolTipRole).toString();
    if (state == LinkState::Failed) {
        QCOMPARE(tooltip, error.userMessage());
        QCOMPARE(index.data(OutletModel::ErrorMessageRole).toString(), error.userMessage());
        QCOMPARE(index.data(OutletModel::ErrorKindRole).toString(), ApiError::kindKey(error.kind));
    }
    if (state == LinkState::Linked && phase == LinkOperation::Phase::Succeeded) {
        QVERIFY2(tooltip.contains(QStringLiteral("Linked since")), qPrintable(tooltip));
        QCOMPARE(index.data(OutletModel::LinkedAtRole).toDateTime(), op.confirmation.linkedAt);
    }
    if (phase == LinkOperation::Phase::Waiting)
        QVERIFY2(tooltip.startsWith(QStringLiteral("Trying again")), qPrintable(tooltip));
    // The other product of the row is untouched.
    QCOMPARE(m_model->cell(1, Product::GoFood).state, LinkState::Unknown);
}

void TestOutletModel::dataChangedHasExplicitRoles()
{
    m_model->setOutlets(makeOutlets(3));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    emit m_engine->operationUpdated(makeOperation(QStringLiteral("G100002"), Product::GoFood,
                                                  LinkAction::Link, LinkOperation::Phase::Queued));
    QCOMPARE(changed.size(), 1);
    const QModelIndex cell = m_model->index(2, OutletModel::GoFoodColumn);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), cell);
    QCOMPARE(changed.at(0).at(1).toModelIndex(), cell);
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    for (int role : {int(Qt::DisplayRole), int(Qt::CheckStateRole), int(Qt::ToolTipRole),
                     int(OutletModel::LinkStateRole), int(OutletModel::SortRole)})
        QVERIFY(roles.contains(role));
}

void TestOutletModel::checkingAsksTheEngine()
{
    m_model->setOutlets(makeOutlets(2));
    m_model->setExternalOutletId(0, QStringLiteral("POS-0"));
    QSignalSpy submitted(m_engine, &LinkEngine::operationUpdated);
    const QModelIndex gofood = m_model->index(0, OutletModel::GoFoodColumn);

    QSignalSpy tokenRequired(m_engine, &LinkEngine::tokenRequired);
    QVERIFY(m_model->setData(gofood, Qt::Checked, Qt::CheckStateRole));
    // Not linked by the click: the change is recorded, the engine queues a link, the cell says so.
    QTRY_COMPARE(gofood.data().toString(), QStringLiteral("Linking…"));
    QCOMPARE(gofood.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QList<LinkOperation> pending = m_engine->pendingOperations();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).request.outletId, QStringLiteral("G100000"));
    QCOMPARE(pending.at(0).request.product, Product::GoFood);
    QCOMPARE(pending.at(0).request.action, LinkAction::Link);
    QCOMPARE(pending.at(0).request.externalOutletId, QStringLiteral("POS-0"));

    // Without a token the engine waits for one; the cell keeps saying what is pending.
    QTRY_COMPARE(tokenRequired.size(), 1);
    QCOMPARE(m_engine->state(), LinkEngine::State::WaitingForToken);
    QCOMPARE(gofood.data().toString(), QStringLiteral("Linking…"));
    QCOMPARE(m_engine->pendingOperations().size(), 1);

    // cancelAll: the client refused it before it left (no token), so nothing reached GoBiz:
    // the cell says not sent, not unknown.
    m_engine->cancelAll();
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle);
    QCOMPARE(gofood.data(OutletModel::LinkStateRole).toInt(), int(LinkState::NotSent));

    // Changing one's mind before it was sent replaces the queued link.
    m_model->setExternalOutletId(1, QStringLiteral("POS-1"));
    const QModelIndex other = m_model->index(1, OutletModel::GoFoodColumn);
    QVERIFY(m_model->setData(other, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_model->setData(other, Qt::Unchecked, Qt::CheckStateRole));
    QTRY_COMPARE(other.data().toString(), QStringLiteral("Unlinking…"));
    pending = m_engine->pendingOperations();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.at(0).request.action, LinkAction::Unlink);
    m_engine->cancelAll();
}

void TestOutletModel::linkWithoutExternalIdIsRefused()
{
    m_model->setOutlets(makeOutlets(2));
    QSignalSpy refused(m_model, &OutletModel::changeRefused);
    const QModelIndex payment = m_model->index(1, OutletModel::PaymentColumn);
    m_model->setExternalOutletId(1, QStringLiteral("   "));
    // The model passes the request on; the run's gate asks for the id before anything else,
    // and nothing is recorded, sent or painted as failed meanwhile.
    QVERIFY(m_model->setData(payment, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_lastVerdict.question, ChangeGate::Question::MissingExternalIds);
    QCOMPARE(m_lastVerdict.missingExternalId.size(), 1);
    QCOMPARE(refused.size(), 0);
    QCOMPARE(payment.data(OutletModel::LinkStateRole).toInt(), int(LinkState::Unknown));
    QCOMPARE(payment.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_engine->pendingOperations().isEmpty());
    QCOMPARE(m_engine->state(), LinkEngine::State::Idle);
    // An unlink needs no external id.
    QVERIFY(m_model->setData(payment, Qt::Unchecked, Qt::CheckStateRole));
    QTRY_COMPARE(payment.data().toString(), QStringLiteral("Unlinking…"));
    m_engine->cancelAll();
}

void TestOutletModel::refusedWithoutAccount()
{
    m_run->begin(Account()); // no merchant signed in
    m_model->setOutlets(makeOutlets(1));
    m_model->setExternalOutletId(0, QStringLiteral("POS"));
    QSignalSpy refused(m_model, &OutletModel::changeRefused);
    QVERIFY(m_model->setData(m_model->index(0, OutletModel::GoFoodColumn), Qt::Checked,
                             Qt::CheckStateRole));
    QCOMPARE(refused.size(), 1);
    QVERIFY(m_engine->pendingOperations().isEmpty());
    QCOMPARE(m_model->cell(0, Product::GoFood).state, LinkState::NotSent);
}

void TestOutletModel::setCellRestores()
{
    m_model->setOutlets(makeOutlets(2));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    OutletModel::ProductCell linked;
    linked.state = LinkState::Linked;
    linked.lastConfirmed = LinkState::Linked;
    linked.linkedAt = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    linked.note = QStringLiteral("from the journal");
    m_model->setCell(0, Product::GoFood, linked);
    QCOMPARE(changed.size(), 1);
    const QModelIndex gofood = m_model->index(0, OutletModel::GoFoodColumn);
    QCOMPARE(gofood.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(gofood.data(OutletModel::LinkedAtRole).toDateTime(), linked.linkedAt);
    QVERIFY(gofood.data(Qt::ToolTipRole).toString().contains(QStringLiteral("from the journal")));
}

void TestOutletModel::newOutletListKeepsWhatWeKnew()
{
    m_model->setOutlets(makeOutlets(3));
    m_model->setExternalOutletId(2, QStringLiteral("POS-2"));
    OutletModel::ProductCell linked;
    linked.state = linked.lastConfirmed = LinkState::Linked;
    m_model->setCell(2, Product::Payment, linked);
    m_model->setCell(1, Product::Payment, linked);

    QList<Outlet> next = makeOutlets(3);
    next.removeAt(1);
    std::reverse(next.begin(), next.end());
    m_model->setOutlets(next);
    QCOMPARE(m_model->rowCount(), 2);
    const int row = m_model->rowOf(QStringLiteral("G100002"));
    QCOMPARE(row, 0);
    QCOMPARE(m_model->externalOutletId(row), QStringLiteral("POS-2"));
    QCOMPARE(m_model->cell(row, Product::Payment).state, LinkState::Linked);
    QCOMPARE(m_model->rowOf(QStringLiteral("G100001")), -1);
    QCOMPARE(m_model->cell(1, Product::Payment).state, LinkState::Unknown);
}

void TestOutletModel::sortRoleThroughProxy()
{
    QList<Outlet> outlets = makeOutlets(6);
    m_model->setOutlets(outlets);
    const LinkState states[] = {LinkState::Unknown,   LinkState::Linked,  LinkState::Failed,
                                LinkState::NotLinked, LinkState::Linking, LinkState::Unlinking};
    for (int row = 0; row < 6; ++row) {
        OutletModel::ProductCell cell;
        cell.state = states[row];
        m_model->setCell(row, Product::GoFood, cell);
    }
    m_proxy->sort(OutletModel::GoFoodColumn, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        order << m_proxy->index(row, OutletModel::GoFoodColumn).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("Failed"), QStringLiteral("Linking…"),
                                 QStringLiteral("Unlinking…"), QStringLiteral("Linked"),
                                 QStringLiteral("Not linked"), QStringLiteral("Unknown")}));

    // Primary first, whatever else.
    m_proxy->sort(OutletModel::PrimaryColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data(OutletModel::IsPrimaryRole).toBool(), true);
    m_proxy->sort(OutletModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, OutletModel::NameColumn).data().toString(), QStringLiteral("Outlet 5"));

    // The proxy follows cell changes (the tester checks its consistency throughout).
    emit m_engine->operationUpdated(makeOperation(QStringLiteral("G100000"), Product::GoFood,
                                                  LinkAction::Link, LinkOperation::Phase::Succeeded));
    m_proxy->sort(OutletModel::GoFoodColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(3, OutletModel::GoFoodColumn).data().toString(), QStringLiteral("Linked"));
    m_model->setOutlets(makeOutlets(2));
    QCOMPARE(m_proxy->rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestOutletModel)
#include "tst_outletmodel.moc"
