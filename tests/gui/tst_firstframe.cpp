// Issue 8, start-up: what the wizard's first frame costs that a person does not see. In Qt 6.4
// the first PNG a program loads makes QImageReader load every image-format plugin (gif, ico,
// jpeg and libjpeg, svg) to ask each whether it reads PNG, and Fusion drew the Welcome page's
// group box from a PNG. Here the window is made and shown as main() does (with the
// application's style), and after its first paint no image-format plugin is in the process.
// One test per process: the first picture loaded in it would load them all.
#include "ApplicationStyle.h"
#include "OutletWizard.h"
#include "session/WizardController.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

using namespace gobiz;

namespace {

// The image-format plugins mapped into this process (Linux: /proc/self/maps).
QStringList imagePluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype at = line.indexOf("/imageformats/");
        if (at >= 0) {
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
    void loadsNoImagePlugin();
};

void TestFirstFrame::loadsNoImagePlugin()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc/self/maps");
#endif
    QVERIFY2(imagePluginsLoaded().isEmpty(), qPrintable(imagePluginsLoaded().join(u", ")));
    ui::installApplicationStyle();
    WizardController controller;
    ui::OutletWizard wizard(&controller);
    QVERIFY(wizard.findChild<QGroupBox *>()); // the Environment box is on the first page
    bool checked = false;
    QStringList loaded;
    new AfterFirstPaint(&wizard, [&] {
        loaded = imagePluginsLoaded();
        checked = true;
    });
    wizard.show();
    QVERIFY(QTest::qWaitFor([&] { return checked; }, 10000));
    QVERIFY2(loaded.isEmpty(), qPrintable(u"loaded before the first frame: "_qs + loaded.join(u", ")));

    // What loads them is a picture: once one is loaded (Fusion's own group-box frame), they are.
    QPixmap(QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png"));
    QVERIFY(!imagePluginsLoaded().isEmpty());
}

QTEST_MAIN(TestFirstFrame)
#include "tst_firstframe.moc"
