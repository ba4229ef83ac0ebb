// The token store's logic, against the in-memory fake: the index of remembered entries, labels,
// the statuses and their sentences, and the order of answers. No keychain is involved here;
// tst_keychain covers the real one.
#include "api/Environment.h"
#include "diagnostics/Redactor.h"
#include "store/KeychainTokenStore.h"
#include "store/MemoryTokenStore.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <qt6keychain/keychain.h>

using namespace gobiz;
using Status = TokenStore::Status;
using Operation = TokenStore::Operation;

namespace {
const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.Zm9vYmFy");
const QString key = QStringLiteral("production/8c1d0c2e-primary");
const QString label = QStringLiteral("Warung Sate Pak Budi · Production");

TokenStore::Result lastResult(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<TokenStore::Result>();
}
} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void saveLoadRemove();
    void answersAreAsynchronous();
    void indexIsKeptInSettingsWithoutTheToken();
    void saveAgainReplacesLabel();
    void entriesAreSortedByLabel();
    void labelNeverContainsTheToken_data();
    void labelNeverContainsTheToken();
    void failedSaveIsNotRemembered_data();
    void failedSaveIsNotRemembered();
    void noBackendSentence();
    void failedLoadGivesNoTokenAndKeepsEntry_data();
    void failedLoadGivesNoTokenAndKeepsEntry();
    void loadNotFoundDropsStaleEntry();
    void removeNotFoundDropsEntry();
    void failedRemoveKeepsEntry();
    void emptyKeyOrTokenIsRefused();
    void answersKeepTheOrderOfCalls();
    void loadedTokenIsRedactedFromLogs();
    void statusMessages_data();
    void statusMessages();
    void keyFor();
    void labelFor();
    void keychainErrorMapping_data();
    void keychainErrorMapping();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestTokenStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTokenStore::init()
{
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestTokenStore::saveLoadRemove()
{
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy loaded(&store, &TokenStore::loadFinished);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    QSignalSpy changed(&store, &TokenStore::entriesChanged);

    store.save(key, label, token);
    QVERIFY(saved.wait());
    QCOMPARE(lastResult(saved).status, Status::Ok);
    QCOMPARE(lastResult(saved).operation, Operation::Save);
    QCOMPARE(lastResult(saved).key, key);
    QVERIFY(lastResult(saved).message().isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.entries(), (QList<SavedToken> {{key, label}}));
    QVERIFY(store.contains(key));
    QCOMPARE(store.labelOf(key), label);

    store.load(key);
    QVERIFY(loaded.wait());
    QCOMPARE(lastResult(loaded).status, Status::Ok);
    QCOMPARE(loaded.constLast().at(1).toString(), token);

    store.remove(key);
    QVERIFY(removed.wait());
    QCOMPARE(lastResult(removed).status, Status::Ok);
    QCOMPARE(changed.count(), 2);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.hasSecret(key));

    store.load(key);
    QVERIFY(loaded.wait());
    QCOMPARE(lastResult(loaded).status, Status::NotFound);
    QVERIFY(loaded.constLast().at(1).toString().isEmpty());
    QCOMPARE(lastResult(loaded).message(),
        QStringLiteral("No token is remembered for this merchant on this computer. Paste "
                       "the access token."));
    QCOMPARE(changed.count(), 2);
}

void TestTokenStore::answersAreAsynchronous()
{
    MemoryTokenStore store;
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy loaded(&store, &TokenStore::loadFinished);
    store.save(key, label, token);
    store.load(key);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(loaded.count(), 0);
    QVERIFY(store.entries().isEmpty()); // only once the backend has said Ok
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(saved.count(), 1);
}

void TestTokenStore::indexIsKeptInSettingsWithoutTheToken()
{
    {
        MemoryTokenStore store(m_settings.get());
        QSignalSpy saved(&store, &TokenStore::saveFinished);
        store.save(key, label, token);
        QVERIFY(saved.wait());
    }
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains(key.toUtf8()));
    QVERIFY2(!contents.contains(token.toUtf8()), "the token must never reach QSettings");

    // A later run sees the entry without asking the backend.
    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    MemoryTokenStore later(&reopened);
    QCOMPARE(later.entries(), (QList<SavedToken> {{key, label}}));
    QCOMPARE(later.requestCount(Operation::Load), 0);
}

void TestTokenStore::saveAgainReplacesLabel()
{
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    store.save(key, label, token);
    store.save(key, QStringLiteral("Warung Sate Pak Budi (Kemang) · Production"),
        QStringLiteral("second-token"));
    QTRY_COMPARE(saved.count(), 2);
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.labelOf(key), QStringLiteral("Warung Sate Pak Budi (Kemang) · Production"));
    QCOMPARE(store.secret(key), QStringLiteral("second-token"));
}

void TestTokenStore::entriesAreSortedByLabel()
{
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    store.save(QStringLiteral("production/3"), QStringLiteral("Kopi Tuku · Production"), token);
    store.save(QStringLiteral("sandbox/1"), QStringLiteral("Bakmi GM · GoBiz sandbox"), token);
    store.save(
        QStringLiteral("production/2"), QStringLiteral("Sate Khas Senayan · Production"), token);
    QTRY_COMPARE(saved.count(), 3);
    QStringList labels;
    for (const SavedToken &entry : store.entries())
        labels << entry.label;
    QCOMPARE(labels,
        (QStringList {QStringLiteral("Bakmi GM · GoBiz sandbox"),
            QStringLiteral("Kopi Tuku · Production"),
            QStringLiteral("Sate Khas Senayan · Production")}));
}

void TestTokenStore::labelNeverContainsTheToken_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << label << label;
    QTest::newRow("the token itself") << token << key;
    QTest::newRow("token inside") << (QStringLiteral("Budi ") + token) << key;
    QTest::newRow("empty") << QString() << key;
    QTest::newRow("blank") << QStringLiteral("  \t ") << key;
    QTest::newRow("newlines and tabs")
        << QStringLiteral("Warung\nSate\t Pak Budi\r\n") << QStringLiteral("Warung Sate Pak Budi");
    QTest::newRow("control characters")
        << QStringLiteral("Warung\u0007Sate\u200E") << QStringLiteral("Warung Sate");
    QTest::newRow("very long") << QString(300, u'x') << (QString(119, u'x') + QChar(0x2026));
}

void TestTokenStore::labelNeverContainsTheToken()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    store.save(key, given, token);
    QVERIFY(saved.wait());
    QCOMPARE(store.labelOf(key), expected);
    for (const SavedToken &entry : store.entries())
        QVERIFY(!entry.label.contains(token));
}

void TestTokenStore::failedSaveIsNotRemembered_data()
{
    QTest::addColumn<Status>("status");
    QTest::newRow("no backend") << Status::NoBackend;
    QTest::newRow("locked") << Status::Locked;
    QTest::newRow("failed") << Status::Failed;
}

void TestTokenStore::failedSaveIsNotRemembered()
{
    QFETCH(Status, status);
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy changed(&store, &TokenStore::entriesChanged);
    store.failNext(Operation::Save, status, QStringLiteral("backend detail"));
    store.save(key, label, token);
    QVERIFY(saved.wait());
    const TokenStore::Result result = lastResult(saved);
    QCOMPARE(result.status, status);
    QCOMPARE(result.detail, QStringLiteral("backend detail"));
    QVERIFY(!result.isOk());
    QVERIFY(result.message().contains(QStringLiteral("this session only")));
    QVERIFY(!result.message().contains(token));
    QVERIFY(store.entries().isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!store.hasSecret(key));

    // The script was for one call: the next save works.
    store.save(key, label, token);
    QVERIFY(saved.wait());
    QCOMPARE(lastResult(saved).status, Status::Ok);
    QCOMPARE(store.entries().size(), 1);
}

void TestTokenStore::noBackendSentence()
{
    MemoryTokenStore store;
    store.setBackendStatus(Status::NoBackend);
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    store.save(key, label, token);
    QVERIFY(saved.wait());
    QCOMPARE(lastResult(saved).status, Status::NoBackend);
    QCOMPARE(lastResult(saved).message(),
        QStringLiteral("Could not remember the token: no system keychain is available on "
                       "this computer. You can continue; the token is kept for this session "
                       "only."));
}

void TestTokenStore::failedLoadGivesNoTokenAndKeepsEntry_data()
{
    failedSaveIsNotRemembered_data();
}

void TestTokenStore::failedLoadGivesNoTokenAndKeepsEntry()
{
    QFETCH(Status, status);
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy loaded(&store, &TokenStore::loadFinished);
    store.save(key, label, token);
    QVERIFY(saved.wait());

    store.failNext(Operation::Load, status);
    store.load(key);
    QVERIFY(loaded.wait());
    QCOMPARE(lastResult(loaded).status, status);
    QVERIFY(loaded.constLast().at(1).toString().isEmpty());
    QVERIFY(!lastResult(loaded).message().isEmpty());
    // Could not read it now is not "forgotten": the entry stays on offer.
    QCOMPARE(store.entries().size(), 1);
}

void TestTokenStore::loadNotFoundDropsStaleEntry()
{
    {
        MemoryTokenStore first(m_settings.get());
        QSignalSpy saved(&first, &TokenStore::saveFinished);
        first.save(key, label, token);
        QVERIFY(saved.wait());
    }
    // Same index, but the backend no longer has the token (e.g. deleted in the system's
    // password manager).
    MemoryTokenStore store(m_settings.get());
    QCOMPARE(store.entries().size(), 1);
    QSignalSpy loaded(&store, &TokenStore::loadFinished);
    QSignalSpy changed(&store, &TokenStore::entriesChanged);
    store.load(key);
    QVERIFY(loaded.wait());
    QCOMPARE(lastResult(loaded).status, Status::NotFound);
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.entries().isEmpty());
    QSettings reopened(m_settings->fileName(), QSettings::IniFormat);
    QVERIFY(MemoryTokenStore(&reopened).entries().isEmpty());
}

void TestTokenStore::removeNotFoundDropsEntry()
{
    {
        MemoryTokenStore first(m_settings.get());
        QSignalSpy saved(&first, &TokenStore::saveFinished);
        first.save(key, label, token);
        QVERIFY(saved.wait());
    }
    MemoryTokenStore store(m_settings.get());
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.remove(key);
    QVERIFY(removed.wait());
    QCOMPARE(lastResult(removed).status, Status::NotFound);
    QVERIFY(store.entries().isEmpty());
}

void TestTokenStore::failedRemoveKeepsEntry()
{
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.save(key, label, token);
    QVERIFY(saved.wait());
    store.failNext(Operation::Remove, Status::Locked);
    store.remove(key);
    QVERIFY(removed.wait());
    QCOMPARE(lastResult(removed).status, Status::Locked);
    QCOMPARE(lastResult(removed).message(),
        QStringLiteral("Could not forget the token: the system keychain is locked or access "
                       "to it was refused. Unlock it and try again."));
    QCOMPARE(store.entries().size(), 1);
    QVERIFY(store.hasSecret(key));
}

void TestTokenStore::emptyKeyOrTokenIsRefused()
{
    MemoryTokenStore store(m_settings.get());
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy loaded(&store, &TokenStore::loadFinished);
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.save(QString(), label, token);
    store.save(key, label, QString());
    store.load(QStringLiteral("  "));
    store.remove(QString());
    QCOMPARE(saved.count(), 0); // still asynchronous
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(saved.at(0).constFirst().value<TokenStore::Result>().status, Status::Failed);
    QCOMPARE(saved.at(1).constFirst().value<TokenStore::Result>().status, Status::Failed);
    QCOMPARE(lastResult(loaded).status, Status::Failed);
    QCOMPARE(lastResult(removed).status, Status::Failed);
    QCOMPARE(store.requestCount(Operation::Save), 0); // the backend was never asked
    QVERIFY(store.entries().isEmpty());
}

void TestTokenStore::answersKeepTheOrderOfCalls()
{
    // "Remember" then "Forget" while the first is still in flight: forgotten wins.
    MemoryTokenStore store(m_settings.get());
    QSignalSpy removed(&store, &TokenStore::removeFinished);
    store.setHeld(true);
    store.save(key, label, token);
    store.remove(key);
    QCOMPARE(store.pendingCount(), 2);
    QTest::qWait(10);
    QCOMPARE(removed.count(), 0);
    store.setHeld(false);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(lastResult(removed).status, Status::Ok);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!store.hasSecret(key));
    QCOMPARE(store.pendingCount(), 0);
}

void TestTokenStore::loadedTokenIsRedactedFromLogs()
{
    const QString secret = QStringLiteral("only-in-the-keychain-8f3a1c");
    MemoryTokenStore store;
    QSignalSpy saved(&store, &TokenStore::saveFinished);
    QSignalSpy loaded(&store, &TokenStore::loadFinished);
    store.save(key, label, secret);
    QVERIFY(saved.wait());
    Redactor::forgetSecret(secret); // as in a new run, where only the keychain knows it
    store.load(key);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.constLast().at(1).toString(), secret);
    QVERIFY(!Redactor::redact(QStringLiteral("token=") + secret).contains(secret));
    Redactor::forgetSecret(secret);
}

void TestTokenStore::statusMessages_data()
{
    QTest::addColumn<Operation>("operation");
    const std::pair<Operation, const char *> operations[]
        = {{Operation::Save, "save"}, {Operation::Load, "load"}, {Operation::Remove, "remove"}};
    for (const auto &[operation, name] : operations)
        QTest::newRow(name) << operation;
}

void TestTokenStore::statusMessages()
{
    QFETCH(Operation, operation);
    QVERIFY(TokenStore::statusMessage(operation, Status::Ok).isEmpty());
    QSet<QString> seen;
    for (Status status : {Status::NoBackend, Status::Locked, Status::Failed}) {
        const QString message = TokenStore::statusMessage(operation, status);
        QVERIFY(!message.isEmpty());
        QVERIFY(message.endsWith(u'.'));
        QVERIFY(!message.contains(u'%'));
        QVERIFY2(!seen.contains(message), "each failure has its own sentence");
        seen.insert(message);
    }
    if (operation != Operation::Save)
        QVERIFY(!TokenStore::statusMessage(operation, Status::NotFound).isEmpty());
}

void TestTokenStore::keyFor()
{
    QCOMPARE(TokenStore::keyFor(Environment::production(), QStringLiteral(" M-008 ")),
        QStringLiteral("production/M-008"));
    QCOMPARE(TokenStore::keyFor(Environment::sandbox(), QStringLiteral("M-008")),
        QStringLiteral("sandbox/M-008"));
    const QString a
        = TokenStore::keyFor(Environment::custom(QUrl(QStringLiteral("http://127.0.0.1:8080/"))),
            QStringLiteral("M-008"));
    const QString b = TokenStore::keyFor(
        Environment::custom(QUrl(QStringLiteral("https://staging.example.test"))),
        QStringLiteral("M-008"));
    QCOMPARE(a, QStringLiteral("custom(http://127.0.0.1:8080)/M-008"));
    QVERIFY(a != b);
    // The demo's sandbox gets a new port each start; its remembered token is the demo's.
    const QString demo = TokenStore::keyFor(
        Environment::demo(QUrl(QStringLiteral("http://127.0.0.1:41001/"))), QStringLiteral("M-008"));
    QCOMPARE(demo, QStringLiteral("demo/M-008"));
    QCOMPARE(TokenStore::keyFor(Environment::demo(QUrl(QStringLiteral("http://127.0.0.1:52002/"))),
                 QStringLiteral("M-008")),
        demo);
    QCOMPARE(TokenStore::serviceName(), QStringLiteral("GoBiz Outlet Link Wizard"));
}

void TestTokenStore::labelFor()
{
    QCOMPARE(
        TokenStore::labelFor(QStringLiteral("Warung Sate Pak Budi"), Environment::production()),
        label);
    QCOMPARE(TokenStore::labelFor(QStringLiteral("  Warung\nSate  "), Environment::production()),
        QStringLiteral("Warung Sate · Production"));
    QCOMPARE(TokenStore::labelFor(QString(), Environment::production()),
        Environment::production().displayName());
    QCOMPARE(TokenStore::labelFor(QStringLiteral("Warung Sate"),
                 Environment::demo(QUrl(QStringLiteral("http://127.0.0.1:41001/")))),
        QStringLiteral("Warung Sate · Built-in demo"));
}

void TestTokenStore::keychainErrorMapping_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<Status>("status");
    QTest::newRow("NoError") << int(QKeychain::NoError) << Status::Ok;
    QTest::newRow("EntryNotFound") << int(QKeychain::EntryNotFound) << Status::NotFound;
    QTest::newRow("NoBackendAvailable") << int(QKeychain::NoBackendAvailable) << Status::NoBackend;
    QTest::newRow("NotImplemented") << int(QKeychain::NotImplemented) << Status::NoBackend;
    QTest::newRow("AccessDeniedByUser") << int(QKeychain::AccessDeniedByUser) << Status::Locked;
    QTest::newRow("AccessDenied") << int(QKeychain::AccessDenied) << Status::Locked;
    QTest::newRow("CouldNotDeleteEntry") << int(QKeychain::CouldNotDeleteEntry) << Status::Failed;
    QTest::newRow("OtherError") << int(QKeychain::OtherError) << Status::Failed;
    QTest::newRow("unknown future code") << 1000 << Status::Failed;
}

void TestTokenStore::keychainErrorMapping()
{
    QFETCH(int, error);
    QFETCH(Status, status);
    QCOMPARE(KeychainTokenStore::statusForKeychainError(error), status);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
