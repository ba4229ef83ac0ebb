// Issue 8, start-up: what the wizard's first frame costs that a person does not see.
// - In Qt 6.4 the first PNG a program loads makes QImageReader load every image-format plugin
//   (gif, ico, jpeg and libjpeg, svg) to ask each whether it reads PNG, and Fusion drew the
//   Welcome page's group box from a PNG.
// - An SVG icon loads the SVG icon-engine plugin and Qt SVG, and the Welcome page shows a
//   message icon: the message icons are baked at build time (BakedIcons).
// Here the window is made and shown as main() does (with the application's style), and after its
// first paint none of those is in the process. That test runs first in its process: the first
// picture loaded in it would load them all. Then whenFirstFrameShown(), which main() opens the
// link journal with.
#include "ApplicationStyle.h"
#include "FirstFrame.h"
#include "InlineMessage.h"
#include "OutletWizard.h"
#include "session/WizardController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPointer>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

using namespace gobiz;

namespace {

// The image-format and icon-engine plugins and Qt SVG, where mapped into this process (Linux:
// /proc/self/maps).
QStringList picturePartsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        if (line.contains("/imageformats/") || line.contains("/iconengines/")
            || line.contains("/libQt6Svg")) {
            const QString path = QString::fromUtf8(line.mid(line.indexOf('/')));
            if (!found.contains(path))
                found.append(path);
        }
    }
    return found;
}

// Runs check right after the window's first paint has been delivered (children included), as
// StartupProbe times it: before the pages made later and the window icon.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> check)
        : QObject(window), m_check(std::move(check))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_check) {
            QTimer::singleShot(0, this, std::exchange(m_check, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_check;
};

} // namespace

class TestFirstFrame : public QObject
{
    Q_OBJECT
private slots:
    void loadsNoPicturePlugin(); // first
    void firstPageShowsNoTextDocument();
    void workFollowsTheFirstFrameOnce();
    void workFollowsAWindowNeverShownLater();
    void noWorkOnceTheWindowIsGone();
};

void TestFirstFrame::loadsNoPicturePlugin()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/maps");
#endif
    QVERIFY2(picturePartsLoaded().isEmpty(), qPrintable(picturePartsLoaded().join(u", ")));
    ui::installApplicationStyle();
    WizardController controller;
    ui::OutletWizard wizard(&controller);
    QVERIFY(wizard.findChild<QGroupBox *>()); // the Environment box is on the first page
    // Everything is read in the one callback, right after the first paint: the work that follows
    // the first frame (the window icon, the clear button) loads pictures of its own, and it may
    // run while the test waits.
    bool checked = false;
    QStringList loaded;
    QStringList loadedBySvgIcon;
    QStringList loadedByPictureFile;
    new AfterFirstPaint(&wizard, [&] {
        loaded = picturePartsLoaded();
        // What loads them is a picture: once an SVG icon is drawn, Qt SVG is; once a picture
        // file is loaded (Fusion's own group-box frame), the image plugins are.
        ui::themeIcon(QStringLiteral("info")).pixmap(QSize(16, 16), 1.0);
        loadedBySvgIcon = picturePartsLoaded();
        QPixmap(QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png"));
        loadedByPictureFile = picturePartsLoaded();
        checked = true;
    });
    wizard.show();
    QVERIFY(QTest::qWaitFor([&] { return checked; }, 10000));
    QVERIFY2(loaded.isEmpty(),
             qPrintable(u"loaded before the first frame: "_qs + loaded.join(u", ")));
    QVERIFY(loadedBySvgIcon.join(u' ').contains(u"/libQt6Svg"));
    QVERIFY2(!loadedBySvgIcon.join(u' ').contains(u"/imageformats/"),
             qPrintable(loadedBySvgIcon.join(u", ")));
    QVERIFY(loadedByPictureFile.join(u' ').contains(u"/imageformats/"));
}

// A selectable label is a text document (QWidgetTextControl), which costs the first frame about
// 2.5 ms to lay out and paint, the first one most. The Welcome page's fixed texts are plain.
void TestFirstFrame::firstPageShowsNoTextDocument()
{
    WizardController controller;
    ui::OutletWizard wizard(&controller);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QStringList documents;
    for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty() && label->findChild<QTextDocument *>())
            documents << label->text();
    }
    QVERIFY2(documents.isEmpty(), qPrintable(documents.join(u"\n")));
}

void TestFirstFrame::workFollowsTheFirstFrameOnce()
{
    QWidget window;
    window.resize(300, 200);
    int runs = 0;
    bool paintedBefore = false;
    bool painted = false;
    AfterFirstPaint paints(&window, [&painted] { painted = true; });
    QElapsedTimer clock;
    clock.start();
    qint64 ranAfter = -1;
    ui::whenFirstFrameShown(&window, std::chrono::seconds(5), [&] {
        ++runs;
        paintedBefore = painted;
        ranAfter = clock.elapsed();
    });
    window.show();
    QVERIFY(QTest::qWaitFor([&] { return runs > 0; }, 4000)); // before the fallback
    QVERIFY(paintedBefore);
    window.update();
    QTest::qWait(100); // more frames: nothing more runs
    QCOMPARE(runs, 1);
    QVERIFY(ranAfter < 4000);
}

void TestFirstFrame::workFollowsAWindowNeverShownLater()
{
    QWidget window; // never shown, so never painted
    int runs = 0;
    QElapsedTimer clock;
    clock.start();
    ui::whenFirstFrameShown(&window, std::chrono::milliseconds(200), [&runs] { ++runs; });
    QVERIFY(QTest::qWaitFor([&runs] { return runs > 0; }, 5000));
    QVERIFY(clock.elapsed() >= 200);
    window.show(); // painted afterwards: nothing more runs
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100);
    QCOMPARE(runs, 1);
}

void TestFirstFrame::noWorkOnceTheWindowIsGone()
{
    int runs = 0;
    {
        QWidget window;
        ui::whenFirstFrameShown(&window, std::chrono::milliseconds(50), [&runs] { ++runs; });
    }
    QTest::qWait(200);
    QCOMPARE(runs, 0);
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
