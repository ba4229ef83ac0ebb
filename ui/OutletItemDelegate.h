#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

class QFontMetrics;

namespace gobiz::ui {

// How the outlets table draws a cell, where the style's own drawing failed people:
// - the focused cell gets a 2 px frame in the colour that contrasts with what is under it
//   (the highlighted text colour on a selected row, the text colour elsewhere), so on a
//   selected row it is plain which cell Space acts on, in light and dark palettes alike;
// - the grey state icons (Unknown, Not linked) are drawn in the highlighted text colour on a
//   selected row, where the style's selection tint made them vanish;
// - an outlet name too long for its column keeps its branch part ("Seblak… — Cabang Dago"),
//   the part that tells outlets apart; a missing name is drawn as a placeholder (grey, italic).
class OutletItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit OutletItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The text the cell at index shows in option's rectangle (after eliding).
    QString shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // A name that fits width: as it is; else, when it ends in a branch part after a dash
    // (" — ", " – ", " - "), its head elided and the branch kept; else elided in the middle, so
    // both the brand and the distinguishing end stay.
    static QString elideName(const QString &name, const QFontMetrics &metrics, int width);
    // The focus frame's colour on a cell drawn with palette, selected or not.
    static QColor focusFrameColor(const QPalette &palette, bool selected);
    static constexpr int focusFrameWidth = 2;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QIcon tintedIcon(const QIcon &icon, int state, const QColor &color, const QSize &size,
                     qreal pixelRatio) const;

    mutable QHash<QString, QIcon> m_tinted;
};

} // namespace gobiz::ui
