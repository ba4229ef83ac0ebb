#pragma once

#include <QBoxLayout>
#include <QString>

#include <initializer_list>

class QLabel;

namespace gobiz::ui {

// What the pages, panels and dialogs are built from, so that each says what it lays out rather
// than how: widgets named where they are made, rows and columns, a label that names its field,
// paragraphs and headings.

// The object, given its object name where it is made (in a member's initializer, say): tests
// find controls by name.
template<typename T>
T *named(T *object, const char *name)
{
    object->setObjectName(QString::fromLatin1(name));
    return object;
}

// One entry of a row or a column: a widget or a nested layout with its stretch factor (and a
// widget's alignment), a stretch, or a gap.
class LayoutItem
{
public:
    LayoutItem(QWidget *widget, int stretch = 0, Qt::Alignment alignment = {});
    LayoutItem(QLayout *layout, int stretch = 0);

    static LayoutItem stretch();
    static LayoutItem gap(int pixels);

    void addTo(QBoxLayout *box) const;

private:
    enum class Kind { Widget, Layout, Stretch, Gap };
    explicit LayoutItem(Kind kind) : m_kind(kind) { }

    Kind m_kind;
    QWidget *m_widget = nullptr;
    QLayout *m_layout = nullptr;
    int m_stretch = 0;
    int m_gap = 0;
    Qt::Alignment m_alignment;
};

// An entry that takes the room the others leave.
inline LayoutItem growing(QWidget *widget)
{
    return LayoutItem(widget, 1);
}
inline LayoutItem growing(QLayout *layout)
{
    return LayoutItem(layout, 1);
}

// The items side by side, or one above the other: a layout to nest in another or, with parent,
// that widget's layout.
QHBoxLayout *row(std::initializer_list<LayoutItem> items, QWidget *parent = nullptr);
QVBoxLayout *column(std::initializer_list<LayoutItem> items, QWidget *parent = nullptr);

// The layout without margins: a panel's parts line up with the page around them.
template<typename Layout>
Layout *flush(Layout *layout)
{
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

// A label that names field: field is its buddy, so the label's mnemonic moves the focus there.
QLabel *buddyLabel(const QString &text, QWidget *field);
// "Label: [field......] trailing…": the label names the field, which takes the room left.
QHBoxLayout *labelledRow(const QString &label, QWidget *field,
                         std::initializer_list<LayoutItem> trailing = {});

// Text that wraps to the width it is given.
QLabel *paragraph(const QString &text, QWidget *parent);
// Plain text (never read as rich text: it may quote GoBiz) that wraps, and that a person can
// select and copy.
QLabel *selectableText(QWidget *parent);
// A line in bold over the paragraph it introduces.
QLabel *heading(const QString &text, QWidget *parent);

} // namespace gobiz::ui
