#include "Layouts.h"

#include "WrappedLabel.h"

#include <QLabel>

namespace gobiz::ui {

namespace {
void fill(QBoxLayout *box, std::initializer_list<LayoutItem> items)
{
    for (const LayoutItem &item : items)
        item.addTo(box);
}
} // namespace

LayoutItem::LayoutItem(QWidget *widget, int stretch, Qt::Alignment alignment)
    : m_kind(Kind::Widget), m_widget(widget), m_stretch(stretch), m_alignment(alignment)
{
}

LayoutItem::LayoutItem(QLayout *layout, int stretch)
    : m_kind(Kind::Layout), m_layout(layout), m_stretch(stretch)
{
}

LayoutItem LayoutItem::stretch()
{
    return LayoutItem(Kind::Stretch);
}

LayoutItem LayoutItem::gap(int pixels)
{
    LayoutItem item(Kind::Gap);
    item.m_gap = pixels;
    return item;
}

void LayoutItem::addTo(QBoxLayout *box) const
{
    switch (m_kind) {
    case Kind::Widget:
        box->addWidget(m_widget, m_stretch, m_alignment);
        break;
    case Kind::Layout:
        box->addLayout(m_layout, m_stretch);
        break;
    case Kind::Stretch:
        box->addStretch();
        break;
    case Kind::Gap:
        box->addSpacing(m_gap);
        break;
    }
}

QHBoxLayout *row(std::initializer_list<LayoutItem> items, QWidget *parent)
{
    auto *layout = new QHBoxLayout(parent);
    fill(layout, items);
    return layout;
}

QVBoxLayout *column(std::initializer_list<LayoutItem> items, QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    fill(layout, items);
    return layout;
}

QLabel *buddyLabel(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    return label;
}

QHBoxLayout *labelledRow(const QString &label, QWidget *field,
                         std::initializer_list<LayoutItem> trailing)
{
    QHBoxLayout *layout = row({buddyLabel(label, field), growing(field)});
    fill(layout, trailing);
    return layout;
}

QLabel *paragraph(const QString &text, QWidget *parent)
{
    return new WrappedLabel(text, parent);
}

QLabel *selectableText(QWidget *parent)
{
    auto *label = new WrappedLabel(QString(), parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace gobiz::ui
