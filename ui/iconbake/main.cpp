// gobiz-iconbake: renders SVG icons at build time into a C++ table of pixels (BakedIcons).
// The message icons are on the first page; drawn from SVG at run time they would load the
// SVG icon-engine plugin and Qt SVG before the first frame (about 1.5 ms). Rendered here with
// the same renderer (QSvgRenderer into premultiplied ARGB32, as QIcon's SVG engine does), the
// wizard shows the same pixels and loads neither.
//
//   gobiz-iconbake OUTPUT.cpp SIZES NAME=FILE.svg...     SIZES: pixel sizes, e.g. 16,20,24
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "gobiz-iconbake: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 4)
        return fail(QStringLiteral("usage: gobiz-iconbake OUTPUT.cpp SIZES NAME=FILE.svg..."));
    QList<int> sizes;
    for (const QString &text : QString::fromLocal8Bit(argv[2]).split(u',')) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 256)
            return fail(QStringLiteral("\"%1\" is not a pixel size (1 to 256)").arg(text));
        sizes.append(size);
    }

    QByteArray pixels;
    QByteArray table;
    int count = 0;
    for (int i = 3; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0)
            return fail(QStringLiteral("\"%1\" is not NAME=FILE.svg").arg(argument));
        const QString name = argument.left(equals);
        QSvgRenderer renderer(argument.mid(equals + 1));
        if (!renderer.isValid())
            return fail(QStringLiteral("%1: not a valid SVG file").arg(argument.mid(equals + 1)));
        for (const int size : sizes) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            renderer.render(&painter);
            painter.end();
            const QByteArray array = QStringLiteral("pixels%1").arg(count).toLatin1();
            pixels += "const quint32 " + array + "[] = {";
            for (int y = 0; y < size; ++y) {
                const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(y));
                pixels += "\n   ";
                for (int x = 0; x < size; ++x)
                    pixels += " 0x" + QByteArray::number(line[x], 16).rightJustified(8, '0') + ',';
            }
            pixels += "\n};\n";
            table += "    {\"" + name.toLatin1() + "\", " + QByteArray::number(size) + ", " + array
                + "},\n";
            ++count;
        }
    }

    QSaveFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    out.write("// Made by gobiz-iconbake (ui/iconbake) from the SVG icons: do not edit.\n"
              "#include \"BakedIcons.h\"\n\n"
              "namespace gobiz::ui::baked {\nnamespace {\n");
    out.write(pixels);
    out.write("} // namespace\n\nconst Picture pictures[] = {\n");
    out.write(table);
    out.write("};\nconst int pictureCount = " + QByteArray::number(count)
        + ";\n\n} // namespace gobiz::ui::baked\n");
    if (!out.commit())
        return fail(QStringLiteral("%1: %2").arg(out.fileName(), out.errorString()));
    return 0;
}
