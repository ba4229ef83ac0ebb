// Issue 8, start-up: the message icons are baked at build time (ui/iconbake) so that the first
// page draws one without loading Qt SVG (tst_firstframe checks that). Here, that what is shown
// is what the SVG draws: at every baked size, pixel for pixel; at any other size, drawn from
// the SVG at that size.
#include "BakedIcons.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using gobiz::ui::iconPixmap;

namespace {

QImage fromSvg(const QString &name, int size)
{
    QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(name));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// The largest difference of one channel between two images of one size.
int largestDifference(const QImage &a, const QImage &b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest
                = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                    std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

const char *const messageIcons[] = {"info", "linked", "warning", "error"};

} // namespace

class TestBakedIcons : public QObject
{
    Q_OBJECT
private slots:
    void isWhatTheSvgDraws_data();
    void isWhatTheSvgDraws();
    void otherSizesAreDrawnFromTheSvg_data();
    void otherSizesAreDrawnFromTheSvg();
};

void TestBakedIcons::isWhatTheSvgDraws_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qreal>("devicePixelRatio");
    for (const char *name : messageIcons) {
        for (const qreal ratio : {1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0}) {
            const QString row = QStringLiteral("%1 at %2").arg(QLatin1String(name)).arg(ratio);
            QTest::newRow(qPrintable(row)) << QString::fromLatin1(name) << ratio;
        }
    }
}

void TestBakedIcons::isWhatTheSvgDraws()
{
    QFETCH(QString, name);
    QFETCH(qreal, devicePixelRatio);
    const int device = qRound(16 * devicePixelRatio);
    const QPixmap pixmap = iconPixmap(name.toLatin1().constData(), 16, devicePixelRatio);
    QCOMPARE(pixmap.size(), QSize(device, device));
    QCOMPARE(pixmap.devicePixelRatio(), devicePixelRatio);
    QCOMPARE(pixmap.deviceIndependentSize(), QSizeF(16, 16));
    const QImage shown = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(largestDifference(shown, fromSvg(name, device)), 0);
}

void TestBakedIcons::otherSizesAreDrawnFromTheSvg_data()
{
    QTest::addColumn<int>("extent");
    QTest::addColumn<qreal>("devicePixelRatio");
    QTest::addColumn<int>("device");
    QTest::newRow("64 px") << 64 << 1.0 << 64;
    QTest::newRow("22 px") << 22 << 1.0 << 22;
    QTest::newRow("16 px at 4") << 16 << 4.0 << 64;
    QTest::newRow("16 px at 1.1 (17.6)") << 16 << 1.1 << 18;
}

void TestBakedIcons::otherSizesAreDrawnFromTheSvg()
{
    QFETCH(int, extent);
    QFETCH(qreal, devicePixelRatio);
    QFETCH(int, device);
    const QPixmap pixmap = iconPixmap("warning", extent, devicePixelRatio);
    QCOMPARE(pixmap.size(), QSize(device, device));
    QCOMPARE(pixmap.devicePixelRatio(), devicePixelRatio);
    // Drawn by QIcon's SVG engine, which may place the picture a fraction of a pixel otherwise.
    const QImage shown = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const int difference = largestDifference(shown, fromSvg(QStringLiteral("warning"), device));
    QVERIFY2(difference <= 8, qPrintable(QString::number(difference)));
}

QTEST_MAIN(TestBakedIcons)
#include "tst_bakedicons.moc"
