// Issue 8, start-up: WrappedLabel keeps the heights QLabel measured, per width. What that saves
// is a figure of gobiz-bench --startup; here, that a kept height is never a stale one: after
// every change of what a height depends on, the label answers what a new QLabel answers.
#include "WrappedLabel.h"

#include <QFont>
#include <QTest>
#include <QVBoxLayout>

#include <functional>

using gobiz::ui::WrappedLabel;

namespace {

const QString longText = QStringLiteral(
    "This wizard links a merchant's GoBiz outlets to your partner integration, for GoFood and "
    "for Payment, outlet by outlet. You sign in with the merchant's access token, choose the "
    "outlets, and see for each one what GoBiz confirmed.");
const QList<int> widths{120, 260, 600, 1056};

// The label as the pages make them: plain wrapped text, selectable or not.
template<typename Label>
void setUp(Label *label, bool selectable)
{
    label->setWordWrap(true);
    label->setText(longText);
    if (selectable) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
}

using Change = std::function<void(QLabel *)>;

} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT
private slots:
    void answersAsQLabelAfterEachChange_data();
    void answersAsQLabelAfterEachChange();
    void laysOutAPageAsQLabelDoes();
};

void TestWrappedLabel::answersAsQLabelAfterEachChange_data()
{
    QTest::addColumn<bool>("selectable");
    QTest::addColumn<Change>("change");

    const std::pair<const char *, Change> changes[] = {
        {"nothing", [](QLabel *) {}},
        {"shorter text", [](QLabel *l) { l->setText(QStringLiteral("Two words")); }},
        {"longer text", [](QLabel *l) { l->setText(longText + u' ' + longText); }},
        {"bigger font",
         [](QLabel *l) {
             QFont font = l->font();
             font.setPointSizeF(font.pointSizeF() * 1.6);
             l->setFont(font);
         }},
        {"bold font",
         [](QLabel *l) {
             QFont font = l->font();
             font.setBold(true);
             l->setFont(font);
         }},
        {"indent", [](QLabel *l) { l->setIndent(40); }},
        {"margin", [](QLabel *l) { l->setMargin(12); }},
        {"contents margins", [](QLabel *l) { l->setContentsMargins(30, 8, 30, 8); }},
        {"rich text", [](QLabel *l) {
             l->setTextFormat(Qt::RichText);
             l->setText(QStringLiteral("<h1>Heading</h1><p>") + longText + QStringLiteral("</p>"));
         }},
        {"no wrapping", [](QLabel *l) { l->setWordWrap(false); }},
        {"selection off", [](QLabel *l) { l->setTextInteractionFlags(Qt::NoTextInteraction); }},
    };
    for (const bool selectable : {false, true}) {
        for (const auto &[name, change] : changes) {
            QTest::addRow("%s, %s", selectable ? "selectable" : "plain", name)
                << selectable << change;
        }
    }
}

void TestWrappedLabel::answersAsQLabelAfterEachChange()
{
    QFETCH(bool, selectable);
    QFETCH(Change, change);

    WrappedLabel label;
    setUp(&label, selectable);
    for (const int width : widths) // measured, and kept, before the change
        QVERIFY(label.heightForWidth(width) > 0);
    change(&label);

    QLabel reference;
    setUp(&reference, selectable);
    change(&reference);
    for (const int width : widths) {
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width)); // kept: the same
    }
    QCOMPARE(label.sizeHint(), reference.sizeHint());
    QCOMPARE(label.minimumSizeHint(), reference.minimumSizeHint());
}

void TestWrappedLabel::laysOutAPageAsQLabelDoes()
{
    // Two columns of paragraphs, one of WrappedLabel and one of QLabel, shown and resized the
    // same: every paragraph has the geometry its QLabel twin has.
    const auto makePage = [](auto makeLabel) {
        auto *page = new QWidget;
        auto *column = new QVBoxLayout(page);
        for (int i = 1; i <= 3; ++i) {
            QLabel *label = makeLabel();
            setUp(label, i % 2 == 0);
            label->setText(QString(longText).repeated(i));
            column->addWidget(label);
        }
        column->addStretch();
        return page;
    };
    std::unique_ptr<QWidget> wrapped(makePage([] { return new WrappedLabel; }));
    std::unique_ptr<QWidget> plain(makePage([] { return new QLabel; }));
    for (const QSize size : {QSize(400, 900), QSize(1100, 720), QSize(700, 500)}) {
        for (QWidget *page : {wrapped.get(), plain.get()}) {
            page->resize(size);
            page->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(wrapped.get()));
        QVERIFY(QTest::qWaitForWindowExposed(plain.get()));
        QCoreApplication::sendPostedEvents(); // the layout requests
        const auto wrappedLabels = wrapped->findChildren<QLabel *>();
        const auto plainLabels = plain->findChildren<QLabel *>();
        QCOMPARE(wrappedLabels.size(), plainLabels.size());
        for (qsizetype i = 0; i < wrappedLabels.size(); ++i)
            QCOMPARE(wrappedLabels.at(i)->geometry(), plainLabels.at(i)->geometry());
    }
}

QTEST_MAIN(TestWrappedLabel)
#include "tst_wrappedlabel.moc"
