// Issue 8, item 14: the custom address on the first page (an address that ends in the API's own
// path, a port out of range, a pasted token) and the demo's remembered token, whose label and
// key must not name the port of an earlier demo run.
#include "WizardTestSupport.h"
#include "release/Release.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPointer>
#include <QLabel>
#include <QStandardPaths>

using namespace gobiz;
using namespace gobiz::testing;

class TestWelcomeAddress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addressWithApiPathIsUsedWithoutIt();
    void refusedAddressSaysWhy_data();
    void refusedAddressSaysWhy();
    void demoTokenIsRememberedForTheDemoNotItsPort();
    void firstPageLeadsOnBeforeTheOthersAreMade();
    void firstPageTellsTheWizardOnlyOfAChange();
    void journalOpeningWithNothingToSayTellsTheWizardNothing();
    void journalMessageAfterTheFirstFrameIsLaidOutWhole();
    void versionLineNamesThisBuild();
};

void TestWelcomeAddress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestWelcomeAddress::addressWithApiPathIsUsedWithoutIt()
{
    WizardHarness h;
    FIND_CHILD(QRadioButton, custom, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, urlEdit, h.welcome(), "customUrlEdit");
    FIND_CHILD(InlineMessage, urlMessage, h.welcome(), "urlMessage");
    QTest::mouseClick(custom, Qt::LeftButton);
    urlEdit->clear();
    // As copied from Postman: the whole token-info endpoint.
    const QString base = h.server->baseUrl().toString();
    const QString copied = (base.endsWith(u'/') ? base.chopped(1) : base)
        + u"/integrations/partner/v1/token-info"_qs;
    QTest::keyClicks(urlEdit, copied);

    // Said before Next, in a sentence the person sees; Next is allowed.
    QVERIFY(urlMessage->isVisible());
    QCOMPARE(urlMessage->type(), InlineMessage::Type::Info);
    QVERIFY2(urlMessage->text().contains(u"/integrations/partner/v1/token-info"),
             qPrintable(urlMessage->text()));
    QVERIFY(h.wizard->button(QWizard::NextButton)->isEnabled());
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    QCOMPARE(h.controller->environment().baseUrl().path(), u"/"_qs);
    QVERIFY2(urlMessage->text().contains(h.controller->environment().baseUrl().toDisplayString()),
             qPrintable(urlMessage->text()));

    // The token check reaches the real endpoint (kept, it would be a 404).
    h.clickNext();
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::TokenPageId));
    QVERIFY(h.signIn(DemoTokens::owner()));
    QCOMPARE(h.model()->rowCount(), 12);
}

void TestWelcomeAddress::refusedAddressSaysWhy_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("port out of range") << u"http://127.0.0.1:99999/"_qs << u"1 to 65535"_qs;
    QTest::newRow("no scheme") << u"api.example.com"_qs << u"https://api.example.com"_qs;
    QTest::newRow("plain http to a remote host") << u"http://api.example.com"_qs
                                                 << u"unencrypted"_qs;
    QTest::newRow("a pasted token") << DemoTokens::owner() << u"looks like an access token"_qs;
}

void TestWelcomeAddress::refusedAddressSaysWhy()
{
    QFETCH(QString, typed);
    QFETCH(QString, mentions);
    WizardHarness h;
    FIND_CHILD(QRadioButton, custom, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, urlEdit, h.welcome(), "customUrlEdit");
    FIND_CHILD(InlineMessage, urlMessage, h.welcome(), "urlMessage");
    QTest::mouseClick(custom, Qt::LeftButton);
    urlEdit->clear();
    QTest::keyClicks(urlEdit, typed);
    QVERIFY(urlMessage->isVisible());
    QCOMPARE(urlMessage->type(), InlineMessage::Type::Warning);
    QVERIFY2(urlMessage->text().contains(mentions), qPrintable(urlMessage->text()));
    QVERIFY2(!urlMessage->text().contains(u"\"\""), qPrintable(urlMessage->text()));
    QVERIFY2(!urlMessage->text().contains(DemoTokens::owner()), qPrintable(urlMessage->text()));
    QVERIFY(!h.wizard->button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(urlEdit, Qt::Key_Return); // Enter does not get past it either
    QCOMPARE(h.wizard->currentId(), int(OutletWizard::WelcomePageId));
}

namespace {

// One start of the wizard in demo mode, as main() sets it up: a sandbox of its own on a new
// port, the demo journal, and the token store that outlives the run (the keychain).
struct DemoStart
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<WizardController> controller;
    std::unique_ptr<OutletWizard> wizard;

    DemoStart(TokenStore *store, const QString &journalPath)
    {
        server = std::make_unique<SandboxServer>(FixtureGenerator::fixture(12, 20240312));
        if (!server->start())
            qFatal("sandbox did not start");
        controller = std::make_unique<WizardController>();
        controller->setDemo(server->baseUrl(), DemoTokens::owner());
        QSignalSpy opened(controller.get(), &WizardController::journalOpened);
        controller->openJournal(journalPath);
        if (!opened.wait(10000))
            qFatal("the journal did not answer");
        controller->setTokenStore(store);
        wizard = std::make_unique<OutletWizard>(controller.get());
        wizard->show();
    }

    ~DemoStart()
    {
        wizard.reset();
        controller.reset();
        server.reset();
    }

    bool toTokenPage() const
    {
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        return wizard->currentId() == OutletWizard::TokenPageId;
    }
};

} // namespace

void TestWelcomeAddress::demoTokenIsRememberedForTheDemoNotItsPort()
{
    QTemporaryDir folder;
    MemoryTokenStore store;
    int firstPort = 0;
    {
        DemoStart first(&store, folder.filePath(u"journal-demo.sqlite"_qs));
        firstPort = first.server->baseUrl().port();
        QVERIFY(first.toTokenPage());
        FIND_CHILD(QLineEdit, tokenEdit, first.wizard->page(OutletWizard::TokenPageId), "tokenEdit");
        FIND_CHILD(QCheckBox, remember, first.wizard->page(OutletWizard::TokenPageId),
                   "rememberCheck");
        QTest::keyClicks(tokenEdit, DemoTokens::owner());
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(8, remember->height() / 2));
        QVERIFY(remember->isChecked());
        QTest::mouseClick(first.wizard->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(first.wizard->currentId(), int(OutletWizard::OutletsPageId),
                                  5000);
        QTRY_COMPARE(store.entries().size(), 1);
    }

    // The next start: the demo's sandbox is on another port.
    DemoStart second(&store, folder.filePath(u"journal-demo.sqlite"_qs));
    const int secondPort = second.server->baseUrl().port();
    QVERIFY(secondPort != firstPort);
    QVERIFY(second.toTokenPage());
    QWizardPage *tokenPage = second.wizard->page(OutletWizard::TokenPageId);
    FIND_CHILD(QComboBox, saved, tokenPage, "savedCombo");
    FIND_CHILD(QPushButton, useSaved, tokenPage, "useSavedButton");
    QVERIFY(saved->isVisible());
    QCOMPARE(saved->count(), 1);
    const QString label = saved->currentText();
    QVERIFY2(!label.contains(QString::number(firstPort)), qPrintable(label));
    QVERIFY2(!label.contains(u"127.0.0.1"), qPrintable(label));
    QVERIFY2(label.contains(Environment::demo(QUrl()).displayName()), qPrintable(label));
    // Filed under the demo, not under an address that no longer answers.
    QVERIFY2(store.entries().constFirst().key.startsWith(u"demo/"),
             qPrintable(store.entries().constFirst().key));

    QTest::mouseClick(useSaved, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(second.wizard->currentId(), int(OutletWizard::OutletsPageId), 5000);
    QCOMPARE(store.entries().size(), 1);
}

// Only the first page is made with the window (start-up); until the others follow, right after
// its first paint, the first page still offers Next (not Finish), and Next makes them at once.
void TestWelcomeAddress::firstPageLeadsOnBeforeTheOthersAreMade()
{
    QTemporaryDir folder;
    MemoryTokenStore store;
    DemoStart start(&store, folder.filePath(u"journal-early.sqlite"_qs));
    OutletWizard *wizard = start.wizard.get();
    QVERIFY(!wizard->pagesReady());
    QVERIFY(wizard->page(OutletWizard::WelcomePageId));
    QVERIFY(!wizard->page(OutletWizard::TokenPageId));
    QVERIFY(wizard->button(QWizard::NextButton)->isVisible());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isVisible());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(OutletWizard::SignInHelpPageId));
    QVERIFY(wizard->pagesReady());

    // Left alone, the window makes them by itself once it has been painted.
    DemoStart later(&store, folder.filePath(u"journal-later.sqlite"_qs));
    QTRY_VERIFY_WITH_TIMEOUT(later.wizard->pagesReady(), 5000);
    QCOMPARE(later.wizard->currentId(), int(OutletWizard::WelcomePageId));
    QVERIFY(later.wizard->button(QWizard::NextButton)->isVisible());
}

// Each completeChanged() has QWizard hide and show the page to update its buttons, laying out
// all of its wrapped text again: when the page is entered QWizard asks isComplete() itself, so
// the page does not tell it (issue 8's start-up figure paid that in the first frame). Next still
// follows what the page says.
void TestWelcomeAddress::firstPageTellsTheWizardOnlyOfAChange()
{
    WizardHarness h;
    FIND_CHILD(QRadioButton, custom, h.welcome(), "customButton");
    FIND_CHILD(QLineEdit, urlEdit, h.welcome(), "customUrlEdit");
    QAbstractButton *next = h.wizard->button(QWizard::NextButton);
    QSignalSpy told(h.welcome(), &QWizardPage::completeChanged);

    h.wizard->restart(); // initializePage, then QWizard's own look at isComplete()
    QCOMPARE(told.count(), 0);
    QVERIFY(next->isEnabled());

    QTest::mouseClick(custom, Qt::LeftButton);
    urlEdit->clear(); // no address: Next waits for one
    QVERIFY(told.count() > 0);
    QVERIFY(!next->isEnabled());
    urlEdit->setText(h.server->baseUrl().toString());
    QVERIFY(next->isEnabled());
}

namespace {

// The order of a real start: the window is on screen before the journal's answer comes (the
// harness waits for the journal first, so that each test starts from a known state).
struct JournalAfterFirstFrame
{
    explicit JournalAfterFirstFrame(const QByteArray &journalBytes = {})
    {
        journalPath = journalDir.filePath(u"link-journal.sqlite"_qs);
        if (!journalBytes.isEmpty()) {
            QFile file(journalPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(journalBytes) != journalBytes.size())
                qFatal("could not write the journal file");
        }
        controller.setTokenStore(&store);
        wizard = std::make_unique<OutletWizard>(&controller);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            qFatal("the wizard was not shown");
        welcome = qobject_cast<WelcomePage *>(wizard->page(OutletWizard::WelcomePageId));
    }

    bool openJournal()
    {
        QSignalSpy opened(&controller, &WizardController::journalOpened);
        controller.openJournal(journalPath);
        if (!opened.wait(10000))
            return false;
        // What the answer made the page do (QWizard's relayout included) has happened.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        return true;
    }

    QTemporaryDir journalDir;
    QString journalPath;
    MemoryTokenStore store;
    WizardController controller;
    std::unique_ptr<OutletWizard> wizard;
    WelcomePage *welcome = nullptr;
};

} // namespace

// The journal opens on every start, right after the first frame. With nothing to say, the page
// keeps what it shows and does not ask QWizard to lay it out again (a third of the first paint).
void TestWelcomeAddress::journalOpeningWithNothingToSayTellsTheWizardNothing()
{
    JournalAfterFirstFrame start;
    QVERIFY(start.welcome);
    QSignalSpy told(start.welcome, &QWizardPage::completeChanged);
    QVERIFY(start.openJournal());
    QVERIFY(start.controller.isJournalOpen());
    QCOMPARE(told.count(), 0);
    QVERIFY(start.wizard->button(QWizard::NextButton)->isEnabled());
}

// ...but a message that comes then is shown whole: QWizard is told, and lays the page out for it.
void TestWelcomeAddress::journalMessageAfterTheFirstFrameIsLaidOutWhole()
{
    JournalAfterFirstFrame start(QByteArray("this is not a database\n").repeated(300));
    QVERIFY(start.welcome);
    FIND_CHILD(InlineMessage, message, start.welcome, "journalMessage");
    QVERIFY(!message->isVisible());
    QSignalSpy told(start.welcome, &QWizardPage::completeChanged);
    QVERIFY(start.openJournal());
    QVERIFY(told.count() > 0);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->type(), InlineMessage::Type::Warning);
    for (QLabel *label : message->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(u"%1 px high for text that needs %2: %3"_qs.arg(label->height())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->text())));
    }
}

// Issue 12: the first page says which build this is, where an About box would: the version from
// project(VERSION) and the licence, after the window's name.
void TestWelcomeAddress::versionLineNamesThisBuild()
{
    WizardHarness h;
    FIND_CHILD(QLabel, versionLine, h.welcome(), "versionLabel");
    QVERIFY(versionLine->isVisible());
    QCOMPARE(versionLine->text(),
             h.wizard->windowTitle() + u' ' + QString::fromLatin1(release::version) + u" \u00b7 "_qs
                 + u"Apache-2.0"_qs);
    QCOMPARE(versionLine->focusPolicy(), Qt::NoFocus); // no stop for Tab

    // Copied whole, for support, from its context menu: a popup (no nested event loop), its one
    // action chosen from the keyboard.
    QGuiApplication::clipboard()->clear();
    const QPoint at(10, versionLine->height() / 2);
    QContextMenuEvent click(QContextMenuEvent::Mouse, at, versionLine->mapToGlobal(at));
    QApplication::sendEvent(versionLine, &click); // returns: the menu is not run in a loop
    QPointer<QMenu> menu = versionLine->findChild<QMenu *>(QStringLiteral("versionMenu"));
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(menu->actions().size(), 1);
    FIND_CHILD(QAction, copy, versionLine, "copyVersionAction");
    QCOMPARE(menu->actions().first(), copy);
    QTest::keyClick(menu, Qt::Key_C); // its mnemonic, &Copy
    QCOMPARE(QGuiApplication::clipboard()->text(), versionLine->text());
    QTRY_VERIFY(!menu); // closed and deleted
}

QTEST_MAIN(TestWelcomeAddress)
#include "tst_welcomeaddress.moc"
