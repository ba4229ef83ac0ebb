#include "BakedIcons.h"

#include "InlineMessage.h" // themeIcon

#include <QIcon>
#include <QImage>
#include <QString>

#include <cmath>

namespace gobiz::ui {

QPixmap iconPixmap(const char *name, int extent, qreal devicePixelRatio)
{
    const qreal device = extent * devicePixelRatio;
    const int size = qRound(device);
    if (std::abs(device - size) < 0.01) { // a fractional size is not baked: QIcon scales it
        for (int i = 0; i < baked::pictureCount; ++i) {
            const baked::Picture &picture = baked::pictures[i];
            if (picture.size == size && qstrcmp(picture.name, name) == 0) {
                QPixmap pixmap = QPixmap::fromImage(
                    QImage(reinterpret_cast<const uchar *>(picture.pixels), size, size,
                        size * int(sizeof(quint32)), QImage::Format_ARGB32_Premultiplied));
                pixmap.setDevicePixelRatio(devicePixelRatio);
                return pixmap;
            }
        }
    }
    return themeIcon(QString::fromLatin1(name)).pixmap(QSize(extent, extent), devicePixelRatio);
}

} // namespace gobiz::ui
