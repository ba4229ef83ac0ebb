// KeychainTokenStore against a real system keychain: gnome-keyring's Secret Service in a private
// D-Bus session, started by tests/support/with-keyring.sh (ctest runs this test through it).
// The "no keychain" cases run this same executable as a child process (`--child OPERATION`) with
// a session bus that is dead, missing, or has no secret service on it, because QtKeychain and
// libsecret settle on their backend and bus once per process.
#include "store/KeychainTokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace gobiz;
using Status = TokenStore::Status;
using Operation = TokenStore::Operation;

namespace {
QString testService()
{
    return QStringLiteral("GoBiz Outlet Link Wizard (test)");
}

const QString token = QStringLiteral("eyJ0ZXN0IjoidG9rZW4ifQ.a2V5Y2hhaW4tdG9rZW4.c2lnbmF0dXJl");
const QString key = QStringLiteral("sandbox/primary-outlet-1");
const QString label = QStringLiteral("Warung Sate Pak Budi · GoBiz sandbox");

TokenStore::Result lastResult(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<TokenStore::Result>();
}

QString statusKey(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

// Child mode: one operation, then "status=<Status>" and "message=<sentence>" on stdout.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString operation = app.arguments().value(2);
    KeychainTokenStore store(testService(), nullptr);
    store.setReplyTimeout(std::chrono::seconds(20));
    bool answered = false;
    TokenStore::Result result;
    const auto report = [&](const TokenStore::Result &r) {
        answered = true;
        result = r;
        app.quit();
    };
    QObject::connect(&store, &TokenStore::saveFinished, &app, report);
    QObject::connect(&store, &TokenStore::removeFinished, &app, report);
    QObject::connect(&store, &TokenStore::loadFinished, &app,
        [&](const TokenStore::Result &r, const QString &) { report(r); });
    if (operation == u"save")
        store.save(key, label, token);
    else if (operation == u"load")
        store.load(key);
    else if (operation == u"remove")
        store.remove(key);
    else
        return 2;
    QTimer::singleShot(std::chrono::seconds(30), &app, [&] { app.exit(3); });
    const int code = app.exec();
    if (!answered)
        return code ? code : 3;
    std::printf("status=%s\nmessage=%s\n", qPrintable(statusKey(result.status)),
        result.message().toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

// A session bus of our own with nothing activatable on it: "a desktop without a keyring".
class BareBus
{
public:
    bool start(const QString &directory)
    {
        const QString config = directory + QStringLiteral("/bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig>\n  <type>session</type>\n  <listen>unix:dir=");
        file.write(directory.toUtf8());
        file.write("</listen>\n  <policy context=\"default\">\n"
                   "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                   "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n"
                   "  </policy>\n</busconfig>\n");
        file.close();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--nofork"), QStringLiteral("--print-address=1"),
                QStringLiteral("--config-file=") + config});
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
        return !m_address.isEmpty();
    }
    QString address() const { return m_address; }
    ~BareBus()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
    QString m_address;
};
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveLoadRemove();
    void loadUnknownIsNotFound();
    void tokenLivesInTheKeyringNotInFiles();
    void saveAgainReplacesTheToken();
    void keysAreIndependent();
    void storeDestroyedWhileCallInFlight();
    void noBackend_data();
    void noBackend();

private:
    std::unique_ptr<KeychainTokenStore> newStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariable("GOBIZ_PRIVATE_KEYRING") != u"1")
        QFAIL("Run this test through tests/support/with-keyring.sh (ctest does): it must never "
              "touch a real user's keyring.");
}

void TestKeychain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestKeychain::cleanup()
{
    // Leave the keyring empty for the next test, whatever this one did.
    auto store = newStore();
    QSignalSpy removed(store.get(), &TokenStore::removeFinished);
    for (const QString &k : {key, QStringLiteral("production/other-merchant")})
        store->remove(k);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 2, 20000);
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<KeychainTokenStore> TestKeychain::newStore()
{
    auto store = std::make_unique<KeychainTokenStore>(testService(), m_settings.get());
    store->setReplyTimeout(std::chrono::seconds(20));
    return store;
}

void TestKeychain::saveLoadRemove()
{
    auto store = newStore();
    QSignalSpy saved(store.get(), &TokenStore::saveFinished);
    QSignalSpy loaded(store.get(), &TokenStore::loadFinished);
    QSignalSpy removed(store.get(), &TokenStore::removeFinished);

    store->save(key, label, token);
    QVERIFY(saved.wait(20000));
    QCOMPARE(statusKey(lastResult(saved).status), statusKey(Status::Ok));
    QCOMPARE(store->entries(), (QList<SavedToken> {{key, label}}));

    // A fresh store (as in the next run of the wizard) finds it in the keychain.
    auto later = newStore();
    QSignalSpy laterLoaded(later.get(), &TokenStore::loadFinished);
    QCOMPARE(later->entries(), (QList<SavedToken> {{key, label}}));
    later->load(key);
    QVERIFY(laterLoaded.wait(20000));
    QCOMPARE(statusKey(lastResult(laterLoaded).status), statusKey(Status::Ok));
    QCOMPARE(laterLoaded.constLast().at(1).toString(), token);

    store->remove(key);
    QVERIFY(removed.wait(20000));
    QCOMPARE(statusKey(lastResult(removed).status), statusKey(Status::Ok));
    QVERIFY(store->entries().isEmpty());

    store->load(key);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(statusKey(lastResult(loaded).status), statusKey(Status::NotFound));
    QVERIFY(loaded.constLast().at(1).toString().isEmpty());
    QVERIFY(!lastResult(loaded).message().isEmpty());
}

void TestKeychain::loadUnknownIsNotFound()
{
    auto store = newStore();
    QSignalSpy loaded(store.get(), &TokenStore::loadFinished);
    store->load(QStringLiteral("production/never-saved"));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(statusKey(lastResult(loaded).status), statusKey(Status::NotFound));
}

void TestKeychain::tokenLivesInTheKeyringNotInFiles()
{
    auto store = newStore();
    QSignalSpy saved(store.get(), &TokenStore::saveFinished);
    store->save(key, label, token);
    QVERIFY(saved.wait(20000));
    QCOMPARE(statusKey(lastResult(saved).status), statusKey(Status::Ok));
    m_settings->sync();

    // Not in our settings (the index), not in any plain-text fallback, and not in clear in the
    // keyring file either: every file under the throwaway home is checked.
    const QStringList roots {m_dir->path(), QDir::homePath()};
    int keyringFiles = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            if (path.endsWith(QStringLiteral(".keyring")))
                ++keyringFiles;
            QVERIFY2(!file.readAll().contains(token.toUtf8()), qPrintable(path));
        }
    }
    QVERIFY2(keyringFiles > 0, "the private keyring should be on disk under the throwaway home");
}

void TestKeychain::saveAgainReplacesTheToken()
{
    auto store = newStore();
    QSignalSpy saved(store.get(), &TokenStore::saveFinished);
    QSignalSpy loaded(store.get(), &TokenStore::loadFinished);
    store->save(key, label, QStringLiteral("first-token"));
    store->save(key, label, token);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
    QCOMPARE(store->entries().size(), 1);
    store->load(key);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.constLast().at(1).toString(), token);
}

void TestKeychain::keysAreIndependent()
{
    const QString other = QStringLiteral("production/other-merchant");
    auto store = newStore();
    QSignalSpy saved(store.get(), &TokenStore::saveFinished);
    QSignalSpy loaded(store.get(), &TokenStore::loadFinished);
    QSignalSpy removed(store.get(), &TokenStore::removeFinished);
    store->save(key, label, token);
    store->save(other, QStringLiteral("Kopi Tuku · Production"), QStringLiteral("other-token"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 20000);
    QCOMPARE(store->entries().size(), 2);
    QCOMPARE(store->entries().constFirst().label, QStringLiteral("Kopi Tuku · Production"));

    store->remove(key);
    QVERIFY(removed.wait(20000));
    store->load(other);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(statusKey(lastResult(loaded).status), statusKey(Status::Ok));
    QCOMPARE(loaded.constLast().at(1).toString(), QStringLiteral("other-token"));
    QCOMPARE(
        store->entries(), (QList<SavedToken> {{other, QStringLiteral("Kopi Tuku · Production")}}));
}

void TestKeychain::storeDestroyedWhileCallInFlight()
{
    {
        auto store = newStore();
        store->save(key, label, token);
        store->load(key);
    } // gone before any answer: the jobs finish on their own, nobody is called back
    auto store = newStore();
    QSignalSpy loaded(store.get(), &TokenStore::loadFinished);
    store->load(key);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(statusKey(lastResult(loaded).status), statusKey(Status::Ok));
    QCOMPARE(loaded.constLast().at(1).toString(), token);
}

void TestKeychain::noBackend_data()
{
    QTest::addColumn<QString>("bus");
    QTest::addColumn<Operation>("operation");
    const std::pair<const char *, const char *> buses[] = {
        {"dead", "session bus address with nobody there"},
        {"none", "no session bus and no display"},
        {"bare", "session bus without a secret service"},
    };
    const std::pair<Operation, const char *> operations[]
        = {{Operation::Save, "save"}, {Operation::Load, "load"}, {Operation::Remove, "remove"}};
    for (const auto &[bus, description] : buses) {
        for (const auto &[operation, name] : operations) {
            QTest::addRow("%s: %s", description, name) << QString::fromLatin1(bus) << operation;
        }
    }
}

void TestKeychain::noBackend()
{
    QFETCH(QString, bus);
    QFETCH(Operation, operation);

    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // Nothing to find in the usual places either ($XDG_RUNTIME_DIR/bus).
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    BareBus bareBus;
    if (bus == u"dead") {
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("gone")));
    } else if (bus == u"none") {
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    } else {
        QVERIFY2(bareBus.start(runtime.path()), "could not start dbus-daemon");
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bareBus.address());
    }

    const char *name = operation == Operation::Save ? "save"
        : operation == Operation::Load              ? "load"
                                                    : "remove";
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("--child"), QString::fromLatin1(name)});
    QVERIFY(child.waitForStarted(10000));
    QVERIFY2(child.waitForFinished(60000), "the store must answer, not hang");
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
        qPrintable(
            QStringLiteral("child exit %1\n%2\n%3").arg(child.exitCode()).arg(output, errors)));
    const QString expected = QStringLiteral("status=%1\nmessage=%2\n")
                                 .arg(statusKey(Status::NoBackend),
                                     TokenStore::statusMessage(operation, Status::NoBackend));
    QCOMPARE(output, expected);
}

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
