#pragma once

#include <QPixmap>

namespace gobiz::ui {

// An icon as a pixmap of `extent` logical pixels for a screen of `devicePixelRatio`: the pixels
// baked at build time (ui/iconbake) where that many device pixels were baked, else drawn from
// its SVG. The message icons are baked: the first page shows one, and drawing an SVG loads the
// SVG icon-engine plugin and Qt SVG (about 1.5 ms before the first frame).
QPixmap iconPixmap(const char *name, int extent, qreal devicePixelRatio);

namespace baked {
// The table gobiz-iconbake writes: premultiplied ARGB32 pixels, size × size, row by row.
struct Picture
{
    const char *name;
    int size;
    const quint32 *pixels;
};
extern const Picture pictures[];
extern const int pictureCount;
} // namespace baked

} // namespace gobiz::ui
