#include "ApplicationStyle.h"

#include <QApplication>
#include <qdrawutil.h>
#include <QPixmap>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOptionGroupBox>
#include <QWizard>

namespace gobiz::ui {

namespace {

class ModernWizardStyle : public QProxyStyle
{
public:
    explicit ModernWizardStyle(const QString &baseKey)
        : QProxyStyle(baseKey),
          m_drawsGroupFrames(baseStyle()->name().compare(u"fusion", Qt::CaseInsensitive) == 0)
    {
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
        QStyleHintReturn *returnData) const override
    {
        if (hint == SH_WizardStyle)
            return QWizard::ModernStyle;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
        if (control != CC_GroupBox || !box || !m_drawsGroupFrames
            || !(box->subControls & SC_GroupBoxFrame)
            || (box->features & QStyleOptionFrame::Flat)) {
            QProxyStyle::drawComplexControl(control, option, painter, widget);
            return;
        }
        drawGroupFrame(*box, painter, widget);
        QStyleOptionGroupBox titleAndCheckBox(*box);
        titleAndCheckBox.subControls &= ~SC_GroupBoxFrame;
        QProxyStyle::drawComplexControl(control, &titleAndCheckBox, painter, widget);
    }

private:
    // Fusion draws a group box's frame from a picture, fusion_groupbox.png, and in Qt 6.4 the
    // first PNG a program loads makes QImageReader load every image-format plugin (gif, ico,
    // jpeg with libjpeg, svg) to ask each whether it reads PNG: about 4 ms of the Welcome
    // page's first frame. What the picture holds is drawn here instead, read from its pixels
    // on the Welcome page: translucent black (so it darkens light and dark palettes alike), a
    // rounded outline at 10 %, a 3 % fill and a faint line inside the outline, one pixel in
    // from the box's top and left. Drawn once into a small tile and stretched as Fusion
    // stretches its picture: stroking the whole outline took a tenth of the first paint.
    void drawGroupFrame(const QStyleOptionGroupBox &box, QPainter *painter,
                        const QWidget *widget) const
    {
        // Around the contents, with the margin the style gives them on the left all round.
        const QRect contents = subControlRect(CC_GroupBox, &box, SC_GroupBoxContents, widget);
        const int margin = contents.left() - box.rect.left();
        QRect frame = box.rect.adjusted(1, 0, 0, 0);
        frame.setTop(qMax(box.rect.top(), contents.top() - margin) + 1);
        qDrawBorderPixmap(painter, frame, QMargins(tileBorder, tileBorder, tileBorder, tileBorder),
                          frameTile());
    }

    static constexpr int tileBorder = 6;

    // At one device pixel per pixel, as Fusion's picture is (scaled alike on a high-DPI screen).
    const QPixmap &frameTile() const
    {
        if (m_frameTile.isNull()) {
            const int side = 2 * tileBorder + 1;
            QPixmap tile(side, side);
            tile.fill(Qt::transparent);
            QPainter painter(&tile);
            painter.setRenderHint(QPainter::Antialiasing);
            const QRectF outline = QRectF(0, 0, side, side).adjusted(0.5, 0.5, -0.5, -0.5);
            painter.setPen(QColor(0, 0, 0, 25));
            painter.setBrush(QColor(0, 0, 0, 3));
            painter.drawRoundedRect(outline, 2, 2);
            painter.setPen(QColor(0, 0, 0, 5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(outline.adjusted(1, 1, -1, -1), 1, 1);
            painter.end();
            m_frameTile = tile;
        }
        return m_frameTile;
    }

    const bool m_drawsGroupFrames;
    mutable QPixmap m_frameTile;
};

} // namespace

void installApplicationStyle()
{
    // Around the style in use (the platform's, or one chosen with -style / QT_STYLE_OVERRIDE).
    QApplication::setStyle(new ModernWizardStyle(QApplication::style()->name()));
}

} // namespace gobiz::ui
