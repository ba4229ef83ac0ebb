// Fixture files as pure values: good and bad files, imported token-info bodies, the generator
// and the compiled-in demo merchant.
#include "sandbox/FixtureGenerator.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gobiz::sandbox;

class TestSandboxFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFullFormat();
    void tokenShorthandAndDefaults();
    void importsTokenInfoBody_data();
    void importsTokenInfoBody();
    void rejectsBadFixtures_data();
    void rejectsBadFixtures();
    void roundTripsThroughJson();
    void loadFileReportsPathAndProblem();
    void generatorIsRealisticAndDeterministic();
    void generatorScalesWithUniqueIds();
    void demoFixtureHasTheDocumentedUsers();
    void demoResourceMatchesTheCheckedInFile();
    void timestampsAreUtcWithZ();
    void phonesAreNormalised_data();
    void phonesAreNormalised();
};

void TestSandboxFixture::parsesFullFormat()
{
    const QByteArray json = R"({"merchants":[{"name":"Warung Sate Pak Budi",
        "outlets":[{"id":"G123456789","name":"Sate — Kemang","address":"Jl. Kemang Raya No. 12"},
                   {"id":"x/y z","name":"Second","address":"","order_acceptance":"AUTO_ACCEPT_ON_TIMEOUT"}],
        "users":[{"name":"Budi","roles":["owner","admin"],
                  "tokens":[{"token":"t1","expires_at":"2030-05-01T10:00:00Z"},
                            {"token":"t2","grant":"client_credentials"}]},
                 {"name":"Mgr","roles":["manager"],"tokens":["t3"],"outlets":["x/y z"]}]}]})";
    QString error;
    const std::optional<Fixture> fixture = FixtureFormat::parse(json, &error);
    QVERIFY2(fixture, qPrintable(error));
    QCOMPARE(fixture->merchants.size(), 1);
    const FixtureMerchant &merchant = fixture->merchants.first();
    QCOMPARE(merchant.name, u"Warung Sate Pak Budi"_s);
    QCOMPARE(merchant.outlets.size(), 2);
    QCOMPARE(merchant.outlets.at(0).name, u"Sate — Kemang"_s);
    QCOMPARE(merchant.outlets.at(0).orderAcceptance, u"MANUAL_ACCEPT"_s);
    QCOMPARE(merchant.outlets.at(1).id, u"x/y z"_s);
    QCOMPARE(merchant.outlets.at(1).orderAcceptance, u"AUTO_ACCEPT_ON_TIMEOUT"_s);
    const FixtureUser &owner = merchant.users.at(0);
    QCOMPARE(owner.roles, (QStringList {u"owner"_s, u"admin"_s}));
    QVERIFY(!owner.outletIds);
    QCOMPARE(owner.tokens.at(0).expiresAt, QDateTime(QDate(2030, 5, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(owner.tokens.at(1).grant, TokenGrant::ClientCredentials);
    QCOMPARE(merchant.users.at(1).outletIds, std::optional<QStringList>(QStringList {u"x/y z"_s}));
}

void TestSandboxFixture::tokenShorthandAndDefaults()
{
    QString error;
    const std::optional<Fixture> fixture = FixtureFormat::parse(
        R"({"merchants":[{"outlets":[{"id":"A"}],"users":[{"roles":[],"tokens":["t"],"outlets":[]}]}]})",
        &error);
    QVERIFY2(fixture, qPrintable(error));
    const FixtureUser &user = fixture->merchants.at(0).users.at(0);
    QCOMPARE(user.tokens.at(0).token, u"t"_s);
    QVERIFY(!user.tokens.at(0).expiresAt.isValid());
    QCOMPARE(user.tokens.at(0).grant, TokenGrant::AuthorizationCode);
    QVERIFY(user.outletIds && user.outletIds->isEmpty()); // [] means "no outlets", not "all"
    QCOMPARE(fixture->merchants.at(0).outlets.at(0).name, QString());
}

void TestSandboxFixture::importsTokenInfoBody_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("full response") << QByteArray(
        R"({"success":true,"data":{"user":{"roles":["manager"]},"outlets":[
            {"id":"G916309315","name":"Primary","address":"Jl. A","email":"","phone":""},
            {"id":"G000012345","name":"Second","address":"Jl. B","email":"","phone":""}]}})");
    QTest::newRow("data only") << QByteArray(
        R"({"user":{"roles":["manager"]},"outlets":[
            {"id":"G916309315","name":"Primary","address":"Jl. A"},
            {"id":"G000012345","name":"Second","address":"Jl. B"}]})");
}

void TestSandboxFixture::importsTokenInfoBody()
{
    QFETCH(QByteArray, json);
    QString error;
    const std::optional<Fixture> fixture = FixtureFormat::parse(json, &error);
    QVERIFY2(fixture, qPrintable(error));
    QCOMPARE(fixture->merchants.size(), 1);
    const FixtureMerchant &merchant = fixture->merchants.first();
    QCOMPARE(merchant.outlets.size(), 2);
    QCOMPARE(merchant.outlets.first().id, u"G916309315"_s); // primary stays first
    QCOMPARE(merchant.users.size(), 1);
    QCOMPARE(merchant.users.first().roles, QStringList {u"manager"_s});
    QCOMPARE(merchant.users.first().tokens.first().token, FixtureFormat::importedToken());
}

void TestSandboxFixture::rejectsBadFixtures_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("not json") << QByteArray("{merchants:") << u"not valid JSON at byte"_s;
    QTest::newRow("phone not E.164")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[],"tokens":[],
                         "phone":"0812 3456 0001"}]}]})")
        << u"merchants[0].users[0]: \"phone\" must be written like +6281234560001"_s;
    QTest::newRow("phone used twice")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[],"tokens":[],
                         "phone":"+6281234560001"}]},{"outlets":[],"users":[{"roles":[],
                         "tokens":[],"phone":"+6281234560001"}]}]})")
        << u"merchants[1].users[0]: the phone number +6281234560001 is used twice"_s;
    QTest::newRow("phone not a string")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[],"tokens":[],
                         "phone":6281234560001}]}]})")
        << u"\"phone\" must be a string"_s;
    QTest::newRow("array at top") << QByteArray("[]") << u"top level must be a JSON object"_s;
    QTest::newRow("unknown shape")
        << QByteArray(R"({"outlet":[]})") << u"expected a \"merchants\" array or a token-info"_s;
    QTest::newRow("merchants not array")
        << QByteArray(R"({"merchants":{}})") << u"\"merchants\" must be an array"_s;
    QTest::newRow("outlet without id")
        << QByteArray(R"({"merchants":[{"outlets":[{"id":"A"},{"name":"x"}],"users":[]}]})")
        << u"merchants[0].outlets[1]: missing \"id\""_s;
    QTest::newRow("empty id") << QByteArray(R"({"merchants":[{"outlets":[{"id":""}],"users":[]}]})")
                              << u"merchants[0].outlets[0]: \"id\" must not be empty"_s;
    QTest::newRow("numeric id") << QByteArray(
        R"({"merchants":[{"outlets":[{"id":12}],"users":[]}]})")
                                << u"\"id\" must be a string"_s;
    QTest::newRow("duplicate outlet across merchants")
        << QByteArray(R"({"merchants":[{"outlets":[{"id":"A"}],"users":[]},
                                       {"outlets":[{"id":"A"}],"users":[]}]})")
        << u"merchants[1].outlets[0]: duplicate outlet id \"A\""_s;
    QTest::newRow("users missing")
        << QByteArray(R"({"merchants":[{"outlets":[]}]})") << u"\"users\" must be an array"_s;
    QTest::newRow("roles missing")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"tokens":["t"]}]}]})")
        << u"merchants[0].users[0]: missing \"roles\""_s;
    QTest::newRow("role not string")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[1],"tokens":["t"]}]}]})")
        << u"merchants[0].users[0].roles[0]: must be a string"_s;
    QTest::newRow("bad expiry")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[],
                          "tokens":[{"token":"t","expires_at":"tomorrow"}]}]}]})")
        << u"merchants[0].users[0].tokens[0]: \"expires_at\" is not an ISO-8601 date"_s;
    QTest::newRow("bad grant") << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[],
                          "tokens":[{"token":"t","grant":"password"}]}]}]})")
                               << u"\"grant\" must be"_s;
    QTest::newRow("empty token") << QByteArray(
        R"({"merchants":[{"outlets":[],"users":[{"roles":[],"tokens":[""]}]}]})")
                                 << u"the token must not be empty"_s;
    QTest::newRow("duplicate token")
        << QByteArray(R"({"merchants":[{"outlets":[],"users":[{"roles":[],"tokens":["t"]},
                                                              {"roles":[],"tokens":["t"]}]}]})")
        << u"merchants[0].users[1].tokens[0]: the same token is used twice"_s;
    QTest::newRow("user outlet of another merchant")
        << QByteArray(R"({"merchants":[{"outlets":[{"id":"A"}],"users":[]},
                      {"outlets":[{"id":"B"}],"users":[{"roles":[],"tokens":["t"],"outlets":["A"]}]}]})")
        << u"merchants[1].users[0].outlets: \"A\" is not an outlet of this merchant"_s;
    QTest::newRow("token-info error body")
        << QByteArray(R"({"success":false,"errors":[{"message_title":"x"}],"data":{}})")
        << u"\"success\": false"_s;
    QTest::newRow("token-info without user")
        << QByteArray(R"({"success":true,"data":{"outlets":[]}})")
        << u"data: missing \"user\" object"_s;
    QTest::newRow("token-info outlet without id")
        << QByteArray(R"({"success":true,"data":{"user":{"roles":[]},"outlets":[{"name":"x"}]}})")
        << u"data.outlets[0]: missing \"id\""_s;
}

void TestSandboxFixture::rejectsBadFixtures()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!FixtureFormat::parse(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestSandboxFixture::roundTripsThroughJson()
{
    Fixture fixture = FixtureGenerator::fixture(25, 99);
    fixture.merchants[0].outlets[3].orderAcceptance = u"AUTO_ACCEPT"_s;
    QString error;
    const std::optional<Fixture> again
        = FixtureFormat::parse(FixtureFormat::toJsonBytes(fixture), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY(*again == fixture);
}

void TestSandboxFixture::loadFileReportsPathAndProblem()
{
    QString error;
    QVERIFY(!FixtureFormat::loadFile(u"/nonexistent/customer.json"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/customer.json"_s), qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"merchants":[{"outlets":[{"name":"no id"}],"users":[]}]})");
    file.close();
    QVERIFY(!FixtureFormat::loadFile(path, &error));
    QVERIFY2(error.startsWith(u"fixture "_s + path), qPrintable(error));
    QVERIFY2(error.contains(u"merchants[0].outlets[0]: missing \"id\""_s), qPrintable(error));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(FixtureFormat::toJsonBytes(FixtureGenerator::fixture(3, 1)));
    file.close();
    QVERIFY2(FixtureFormat::loadFile(path, &error), qPrintable(error));
}

void TestSandboxFixture::generatorIsRealisticAndDeterministic()
{
    const FixtureMerchant merchant = FixtureGenerator::merchant(40, 7);
    QCOMPARE(merchant.outlets.size(), 40);
    QVERIFY(merchant == FixtureGenerator::merchant(40, 7));
    QVERIFY(!(merchant == FixtureGenerator::merchant(40, 8)));
    const QRegularExpression idPattern(u"^G\\d{9}$"_s);
    const QRegularExpression addressPattern(u"^(Ruko )?Jl\\. .+ No\\. \\d+, .+ \\d{5}$"_s);
    QSet<QString> names;
    for (const FixtureOutlet &outlet : merchant.outlets) {
        QVERIFY2(idPattern.match(outlet.id).hasMatch(), qPrintable(outlet.id));
        QVERIFY2(addressPattern.match(outlet.address).hasMatch(), qPrintable(outlet.address));
        QVERIFY(!outlet.name.isEmpty());
        names.insert(outlet.name);
    }
    QCOMPARE(names.size(), 40); // no two outlets share a name
    QVERIFY(FixtureFormat::validate(Fixture {{merchant}}).isEmpty());
}

void TestSandboxFixture::generatorScalesWithUniqueIds()
{
    const Fixture fixture = FixtureGenerator::fixture(5000, 3);
    QCOMPARE(fixture.outletCount(), 5000);
    QCOMPARE(FixtureFormat::validate(fixture), QString());
    const FixtureMerchant empty = FixtureGenerator::merchant(0, 1);
    QVERIFY(empty.outlets.isEmpty());
    QCOMPARE(empty.users.size(), 4);
}

void TestSandboxFixture::demoFixtureHasTheDocumentedUsers()
{
    const Fixture demo = FixtureGenerator::demoFixture();
    QCOMPARE(demo.merchants.size(), 1);
    QVERIFY(demo.outletCount() >= 24);
    QCOMPARE(FixtureFormat::validate(demo), QString());

    auto findUser = [&](const QString &token) -> const FixtureUser * {
        for (const FixtureUser &user : demo.merchants.first().users) {
            for (const FixtureToken &t : user.tokens) {
                if (t.token == token)
                    return &user;
            }
        }
        return nullptr;
    };
    QVERIFY(findUser(DemoTokens::owner()));
    QCOMPARE(findUser(DemoTokens::owner())->roles, QStringList {u"owner"_s});
    QCOMPARE(findUser(DemoTokens::cashier())->roles, QStringList {u"cashier"_s});
    QCOMPARE(findUser(DemoTokens::manager())->outletIds->size(), 3);
    QVERIFY(findUser(DemoTokens::noOutlets())->outletIds->isEmpty());
    QVERIFY(findUser(DemoTokens::expired()));
    QVERIFY(findUser(DemoTokens::clientCredentials()));
    // Each signs in on the sandbox's GoAuth page with its own number.
    QCOMPARE(findUser(DemoTokens::owner())->phone, DemoPhones::owner());
    QCOMPARE(findUser(DemoTokens::manager())->phone, DemoPhones::manager());
    QCOMPARE(findUser(DemoTokens::cashier())->phone, DemoPhones::cashier());
    QCOMPARE(findUser(DemoTokens::noOutlets())->phone, DemoPhones::noOutlets());
    QCOMPARE(FixtureGenerator::fixture(5, 9).merchants.first().users.first().phone,
        DemoPhones::owner());
}

void TestSandboxFixture::phonesAreNormalised_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalised"); // empty: not a phone number
    QTest::newRow("E.164") << u"+6281234560001"_s << u"+6281234560001"_s;
    QTest::newRow("leading 0") << u"081234560001"_s << u"+6281234560001"_s;
    QTest::newRow("dashes") << u"0812-3456-0001"_s << u"+6281234560001"_s;
    QTest::newRow("62 without plus") << u"62 812 3456 0001"_s << u"+6281234560001"_s;
    QTest::newRow("brackets and dots") << u"(0812) 3456.0001"_s << u"+6281234560001"_s;
    QTest::newRow("spaces around") << u"  +62 812 3456 0001 "_s << u"+6281234560001"_s;
    QTest::newRow("letters") << u"0812-BUDI"_s << QString();
    QTest::newRow("plus inside") << u"0812+3456"_s << QString();
    QTest::newRow("too short") << u"0812"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("Arabic-Indic digits") << u"\u0660\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0660\u0660\u0660\u0661"_s << QString();
}

void TestSandboxFixture::phonesAreNormalised()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalised);
    QCOMPARE(FixtureFormat::normalizePhone(typed), normalised);
}

void TestSandboxFixture::demoResourceMatchesTheCheckedInFile()
{
    const QString path = QFINDTESTDATA("../../resources/sandbox/demo-merchant.json");
    QVERIFY(!path.isEmpty());
    QString error;
    const std::optional<Fixture> file = FixtureFormat::loadFile(path, &error);
    QVERIFY2(file, qPrintable(error));
    QVERIFY(*file == FixtureGenerator::demoFixture());
}

void TestSandboxFixture::timestampsAreUtcWithZ()
{
    const QDateTime jakarta(QDate(2024, 6, 11), QTime(9, 30, 15), QTimeZone(7 * 3600));
    QCOMPARE(FixtureFormat::formatTimestamp(jakarta), u"2024-06-11T02:30:15Z"_s);
    QCOMPARE(FixtureFormat::parseTimestamp(u"2019-08-24T14:15:22Z"_s),
        QDateTime(QDate(2019, 8, 24), QTime(14, 15, 22), Qt::UTC));
    QVERIFY(!FixtureFormat::parseTimestamp(u"yesterday"_s).isValid());
}

QTEST_GUILESS_MAIN(TestSandboxFixture)
#include "tst_sandbox_fixture.moc"
