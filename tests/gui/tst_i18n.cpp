// English and Bahasa Indonesia: the real wizard, started in each language, shows that language on
// every page and in its dialogs (Qt's own buttons and menus included); the Indonesian texts bring
// no new clashes of keyboard mnemonics; and the executable's --lang and system locale choose the
// language. Completeness of the catalogue itself is the i18n/complete test (tests/i18n).
#include "Translations.h"
#include "WizardTestSupport.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>

using namespace gobiz;
using namespace gobiz::testing;

namespace {

// What a person sees in a window: texts of visible labels, buttons, group boxes, tabs and field
// placeholders, in widget-tree order, each tagged with where it is.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    const auto add = [&texts](QWidget *w, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty())
            texts << QStringLiteral("%1 %2: %3")
                         .arg(QString::fromLatin1(w->metaObject()->className()), what, text);
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        add(w, QStringLiteral("title"), w->isWindow() ? w->windowTitle() : QString());
        add(w, QStringLiteral("tooltip"), w->toolTip());
        add(w, QStringLiteral("accessible name"), w->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(w, QStringLiteral("text"), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(w, QStringLiteral("text"), button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(w, QStringLiteral("title"), box->title());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(w, QStringLiteral("placeholder"), edit->placeholderText());
        else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(w, QStringLiteral("tab"), tabs->tabText(i));
        } else if (auto *page = qobject_cast<QWizardPage *>(w)) {
            add(w, QStringLiteral("page title"), page->title());
            add(w, QStringLiteral("page subtitle"), page->subTitle());
        }
    }
    return texts;
}

// English words that never appear in the Indonesian texts: a visible text still holding one
// after switching to Indonesian was not translated.
bool looksEnglish(const QString &text)
{
    static const QRegularExpression words(
        QStringLiteral("\\b(the|and|to|of|for|with|is|not|this|your|you|link|linked|unlink|"
                       "search|settings|save|copy|paste|next|back|cancel|close|finish|select|"
                       "step|check|show|hide|remember|outlets|environment|address)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Mnemonic letters used more than once among the visible buttons and labelled fields of a window.
QStringList mnemonicClashes(QWidget *window)
{
    QHash<QChar, QStringList> byLetter;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull())
            byLetter[letter] << text;
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("'%1': %2").arg(it.key()).arg(it.value().join(u" / "));
    }
    clashes.sort();
    return clashes;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void indonesianWizard();
    void englishWizard();
    void everyVisibleTextIsTranslated();
    void qtOwnStringsInIndonesian();
    void commandLineLanguage_data();
    void commandLineLanguage();
};

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(ui::availableLanguages(), (QStringList{u"en"_qs, u"id"_qs}));
}

void TestI18n::cleanup()
{
    ui::installTranslations(u"en"_qs);
    QLocale::setDefault(QLocale::c());
}

void TestI18n::indonesianWizard()
{
    QCOMPARE(ui::installTranslations(u"id"_qs), u"id"_qs);
    QCOMPARE(QLocale().language(), QLocale::Indonesian);
    WizardHarness h;
    QWizard *w = h.wizard.get();
    QCOMPARE(w->windowTitle(), u"Wizard Penautan Outlet GoBiz"_qs);
    QCOMPARE(h.welcome()->title(), u"Tautkan outlet GoBiz ke integrasi Anda"_qs);
    FIND_CHILD(QPushButton, network, h.welcome(), "networkButton");
    QCOMPARE(network->text(), u"Pengaturan &jaringan…"_qs);
    // Qt's own QWizard buttons come from the compiled-in qtbase_id catalogue.
    QCOMPARE(w->button(QWizard::NextButton)->text(), u"&Lanjut >"_qs);
    QCOMPARE(w->button(QWizard::CancelButton)->text(), u"&Tutup"_qs);
    QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u"; ")));

    QVERIFY(h.goToTokenPage());
    QCOMPARE(w->button(QWizard::BackButton)->text(), u"< &Kembali"_qs);
    FIND_CHILD(QPushButton, paste, h.tokenPage(), "pasteButton");
    FIND_CHILD(InlineMessage, feedback, h.tokenPage(), "tokenFeedback");
    QCOMPARE(paste->text(), u"Tem&pel"_qs);
    h.typeToken(DemoTokens::owner());
    QVERIFY(feedback->text().startsWith(u"Format token tampak benar"_qs));
    QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u"; ")));

    QVERIFY(h.signIn(DemoTokens::owner()));
    QCOMPARE(h.model()->headerData(OutletModel::NameColumn, Qt::Horizontal, Qt::DisplayRole).toString(), u"Nama"_qs);
    QCOMPARE(h.cellText(0, Product::GoFood), u"Tidak diketahui"_qs);
    FIND_CHILD(QLabel, account, h.outlets(), "accountLabel");
    FIND_CHILD(QPushButton, linkGoFood, h.outlets(), "linkGoFoodButton");
    QVERIFY2(account->text().contains(u"Peran GoBiz"_qs), qPrintable(account->text()));
    QVERIFY(account->text().contains(u"12 outlet"_qs));
    QCOMPARE(linkGoFood->text(), u"Tautkan ke &GoFood"_qs);
    QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u"; ")));

    h.clickNext();
    QCOMPARE(w->currentId(), int(OutletWizard::SummaryPageId));
    QTRY_VERIFY(h.summary()->isReady()); // read from the journal
    QCOMPARE(h.summary()->title(), u"Ringkasan"_qs);
    FIND_CHILD(QLabel, counts, h.summary(), "countsLabel");
    QCOMPARE(counts->text(), u"Tidak ada yang diubah dalam sesi ini."_qs);
    QCOMPARE(w->button(QWizard::FinishButton)->text(), u"&Selesai"_qs);
    QVERIFY2(mnemonicClashes(w).isEmpty(), qPrintable(mnemonicClashes(w).join(u"; ")));
}

void TestI18n::englishWizard()
{
    QCOMPARE(ui::installTranslations(u"en"_qs), u"en"_qs);
    WizardHarness h;
    QCOMPARE(h.wizard->windowTitle(), u"GoBiz Outlet Link Wizard"_qs);
    QCOMPARE(h.wizard->button(QWizard::NextButton)->text(), u"&Next >"_qs);
    QCOMPARE(h.welcome()->title(), u"Link GoBiz outlets to your integration"_qs);
    QVERIFY(h.goToTokenPage());
    QVERIFY(h.signIn(DemoTokens::owner()));
    // The English catalogue holds the plural forms: "12 outlets", "1 outlet".
    FIND_CHILD(QLabel, account, h.outlets(), "accountLabel");
    QVERIFY2(account->text().contains(u"· 12 outlets ·"_qs), qPrintable(account->text()));
    QCOMPARE(QCoreApplication::translate("gobiz::ui::OutletTablePanel", "%n outlet(s)", nullptr, 1),
             u"1 outlet"_qs);
    QCOMPARE(h.cellText(0, Product::GoFood), u"Unknown"_qs);
}

// The same steps in both languages, side by side: a visible text that is the same in both and
// reads as English was missed.
void TestI18n::everyVisibleTextIsTranslated()
{
    ui::installTranslations(u"en"_qs);
    WizardHarness english;
    ui::installTranslations(u"id"_qs);
    WizardHarness indonesian;
    QStringList untranslated;
    QStringList englishClashes;
    const auto compare = [&](QWidget *en, QWidget *id, const QString &where) {
        QCoreApplication::processEvents();
        const QStringList a = visibleTexts(en);
        const QStringList b = visibleTexts(id);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i) == b.at(i) && looksEnglish(a.at(i)))
                untranslated << where + u": "_qs + a.at(i);
        }
        QVERIFY2(mnemonicClashes(id).isEmpty(),
                 qPrintable(where + u": "_qs + mnemonicClashes(id).join(u"; ")));
        for (const QString &clash : mnemonicClashes(en))
            englishClashes << where + u": "_qs + clash;
    };
    compare(english.wizard.get(), indonesian.wizard.get(), u"welcome"_qs);
    QVERIFY(english.goToTokenPage());
    QVERIFY(indonesian.goToTokenPage());
    english.typeToken(DemoTokens::owner());
    indonesian.typeToken(DemoTokens::owner());
    compare(english.wizard.get(), indonesian.wizard.get(), u"token"_qs);
    QVERIFY(english.signIn(DemoTokens::owner()));
    QVERIFY(indonesian.signIn(DemoTokens::owner()));
    compare(english.wizard.get(), indonesian.wizard.get(), u"outlets"_qs);

    NetworkSettingsDialog networkEn(NetworkSettings{}, english.wizard.get());
    NetworkSettingsDialog networkId(NetworkSettings{}, indonesian.wizard.get());
    networkEn.show();
    networkId.show();
    compare(&networkEn, &networkId, u"network settings"_qs);
    networkEn.hide();
    networkId.hide();

    ExternalIdFillDialog fillEn(english.controller.get(), {0, 1}, ExternalIdFillDialog::Mode::Pattern,
                                english.wizard.get());
    ExternalIdFillDialog fillId(indonesian.controller.get(), {0, 1},
                                ExternalIdFillDialog::Mode::Pattern, indonesian.wizard.get());
    fillEn.show();
    fillId.show();
    compare(&fillEn, &fillId, u"fill external IDs"_qs);
    fillEn.hide();
    fillId.hide();

    english.clickNext();
    indonesian.clickNext();
    compare(english.wizard.get(), indonesian.wizard.get(), u"summary"_qs);

    if (!englishClashes.isEmpty())
        qInfo().noquote() << "mnemonic clashes in the English texts (not in Indonesian):\n  "
                          << englishClashes.join(u"\n  ");
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
}

void TestI18n::qtOwnStringsInIndonesian()
{
    ui::installTranslations(u"id"_qs);
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), u"OK"_qs);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Batal"_qs);
    QLineEdit edit;
    std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList actions;
    for (QAction *action : menu->actions())
        actions << action->text().section(u'\t', 0, 0);
    QVERIFY2(actions.contains(u"&Tempel"_qs), qPrintable(actions.join(u", ")));
    QVERIFY2(actions.contains(u"Pilih Semua"_qs), qPrintable(actions.join(u", ")));
}

void TestI18n::commandLineLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale"); // LC_ALL / LANG for the process
    QTest::addColumn<QString>("expected"); // in --help's description
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--lang id") << QStringList{u"--lang"_qs, u"id"_qs, u"--help"_qs} << u"C.UTF-8"_qs
                               << u"Menautkan outlet GoBiz milik merchant"_qs << 0;
    QTest::newRow("--lang en") << QStringList{u"--lang=en"_qs, u"--help"_qs} << u"id_ID.UTF-8"_qs
                               << u"Links a merchant's GoBiz outlets"_qs << 0;
    QTest::newRow("system id") << QStringList{u"--help"_qs} << u"id_ID.UTF-8"_qs
                               << u"Menautkan outlet GoBiz milik merchant"_qs << 0;
    QTest::newRow("system C") << QStringList{u"--help"_qs} << u"C.UTF-8"_qs
                              << u"Links a merchant's GoBiz outlets"_qs << 0;
    QTest::newRow("unknown") << QStringList{u"--lang"_qs, u"fr"_qs} << u"C.UTF-8"_qs
                             << u"Unknown language \"fr\""_qs << 2;
}

void TestI18n::commandLineLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QProcess wizard;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_qs, locale);
    environment.insert(u"LANG"_qs, locale);
    environment.insert(u"LANGUAGE"_qs, locale.section(u'.', 0, 0));
    environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    wizard.setProcessEnvironment(environment);
    wizard.start(QStringLiteral(GOBIZ_WIZARD_EXE), arguments);
    QVERIFY2(wizard.waitForFinished(30000), qPrintable(wizard.errorString()));
    const QString output = QString::fromUtf8(wizard.readAllStandardOutput())
        + QString::fromUtf8(wizard.readAllStandardError());
    QCOMPARE(wizard.exitCode(), exitCode);
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
