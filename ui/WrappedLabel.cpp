#include "WrappedLabel.h"

#include <QEvent>

namespace gobiz::ui {

bool WrappedLabel::Inputs::operator==(const Inputs &other) const
{
    return text == other.text && font == other.font && format == other.format
        && interaction == other.interaction && alignment == other.alignment
        && margin == other.margin && indent == other.indent && logicalDpi == other.logicalDpi
        && wordWrap == other.wordWrap;
}

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappedLabel::Inputs WrappedLabel::currentInputs() const
{
    return {text(), font(),   textFormat(), textInteractionFlags(), alignment(),
            margin(), indent(), logicalDpiY(), wordWrap()};
}

void WrappedLabel::forget() const
{
    m_heights.fill({});
}

int WrappedLabel::heightForWidth(int width) const
{
    // A picture or a movie is QLabel's business, and so is a width of its own choosing.
    if (width < 0 || !pixmap().isNull() || movie())
        return QLabel::heightForWidth(width);
    const Inputs inputs = currentInputs();
    if (!(inputs == m_measuredFor)) {
        m_measuredFor = inputs;
        forget();
    }
    for (const Measured &measured : m_heights) {
        if (measured.width == width)
            return measured.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_nextSlot] = {width, height};
    m_nextSlot = (m_nextSlot + 1) % m_heights.size();
    return height;
}

bool WrappedLabel::event(QEvent *event)
{
    switch (event->type()) {
    // What the inputs do not show: how the style, the screen or the margins around the text
    // measure it.
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::ScreenChangeInternal:
    case QEvent::Polish:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace gobiz::ui
