#include "OutletItemDelegate.h"

#include "model/OutletModel.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace gobiz::ui {

OutletItemDelegate::OutletItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString OutletItemDelegate::elideName(const QString &name, const QFontMetrics &metrics, int width)
{
    if (width <= 0 || metrics.horizontalAdvance(name) <= width)
        return name;
    // The last dash between words starts the branch part: "Brand — Cabang Dago".
    qsizetype dash = -1;
    for (const QString &separator :
         {QStringLiteral(" \u2014 "), QStringLiteral(" \u2013 "), QStringLiteral(" - ")})
        dash = qMax(dash, name.lastIndexOf(separator));
    if (dash > 0) {
        const QString branch = name.mid(dash);
        const int room = width - metrics.horizontalAdvance(branch);
        // At least an ellipsis and a letter of the head, or the brand is lost entirely.
        if (room >= metrics.horizontalAdvance(name.left(1) + QChar(0x2026)))
            return metrics.elidedText(name.left(dash), Qt::ElideRight, room) + branch;
    }
    return metrics.elidedText(name, Qt::ElideMiddle, width);
}

QColor OutletItemDelegate::focusFrameColor(const QPalette &palette, bool selected)
{
    // By the palette's own promise these contrast with what they are drawn on.
    return palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
}

void OutletItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant state = index.data(OutletModel::LinkStateRole);
    const bool selected = option->state & QStyle::State_Selected;
    if (state.isValid() && selected && !option->icon.isNull()) {
        const auto linkState = LinkState(state.toInt());
        if (linkState == LinkState::Unknown || linkState == LinkState::NotLinked) {
            const QPalette::ColorGroup group = option->state & QStyle::State_Active
                ? QPalette::Active
                : QPalette::Inactive;
            const qreal ratio = option->widget ? option->widget->devicePixelRatioF() : qreal(1);
            option->icon = tintedIcon(option->icon, state.toInt(),
                                      option->palette.color(group, QPalette::HighlightedText),
                                      option->decorationSize, ratio);
        }
    }
    if (index.data(OutletModel::NamelessRole).toBool()) {
        option->font.setItalic(true);
        option->fontMetrics = QFontMetrics(option->font);
        const QColor placeholder = option->palette.color(QPalette::PlaceholderText);
        if (!selected)
            option->palette.setColor(QPalette::Text, placeholder);
    } else if (index.data(OutletModel::NamelessRole).isValid()) { // the name column
        // The name cell has text only: its room is the cell less the style's text margins
        // (asking the style for the text rectangle lays the text out, on every paint).
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option->widget)
            + 1;
        option->text = elideName(option->text, option->fontMetrics,
                                 option->rect.width() - 4 * margin);
    }
}

QString OutletItemDelegate::shownText(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    return opt.text;
}

QIcon OutletItemDelegate::tintedIcon(const QIcon &icon, int state, const QColor &color,
                                     const QSize &size, qreal pixelRatio) const
{
    const QString key = QStringLiteral("%1/%2/%3x%4@%5")
                            .arg(state)
                            .arg(color.rgba())
                            .arg(size.width())
                            .arg(size.height())
                            .arg(pixelRatio);
    const auto cached = m_tinted.constFind(key);
    if (cached != m_tinted.cend())
        return *cached;
    // The icon's shape in one solid colour.
    QPixmap pixmap = icon.pixmap(size, pixelRatio);
    {
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(), pixmap.size()), color);
    }
    QIcon tinted;
    // Given for the Selected mode too: otherwise the style tints it with the highlight again.
    tinted.addPixmap(pixmap, QIcon::Normal);
    tinted.addPixmap(pixmap, QIcon::Selected);
    m_tinted.insert(key, tinted);
    return tinted;
}

void OutletItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const bool focused = opt.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus; // the style's faint focus rectangle, replaced below
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (!focused)
        return;
    const QColor color = focusFrameColor(opt.palette, opt.state & QStyle::State_Selected);
    const QRect r = opt.rect;
    const int w = focusFrameWidth;
    painter->save();
    painter->fillRect(QRect(r.left(), r.top(), r.width(), w), color);
    painter->fillRect(QRect(r.left(), r.bottom() - w + 1, r.width(), w), color);
    painter->fillRect(QRect(r.left(), r.top(), w, r.height()), color);
    painter->fillRect(QRect(r.right() - w + 1, r.top(), w, r.height()), color);
    painter->restore();
}

} // namespace gobiz::ui
