#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace gobiz::ui {

// A message inside the page (instead of a modal box): an icon that says the kind, the text
// (always plain: it may quote GoBiz), an optional detail and buttons for the next step.
// Colours come from the palette only.
class InlineMessage : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Info, Positive, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(Type type, const QString &text, const QString &detail = {});
    void clear(); // hides it and removes the buttons
    // Texts are selectable (a person may copy a problem or a path for support), except for a
    // note of fixed wording, which is cheaper to lay out and paint without a text document.
    void setTextSelectable(bool selectable);
    // A new text for the message shown, keeping its type, buttons and their focus.
    void setText(const QString &text);
    QString text() const;
    QString detail() const;
    Type type() const { return m_type; }

    // Buttons live until clear() or the next showMessage() (and lose their object name then).
    QPushButton *addButton(const QString &text);
    // Any widget (e.g. a field) placed under the text, until clear().
    void addWidget(QWidget *widget);

private:
    void clearExtras();

    Type m_type = Type::Info;
    bool m_detailFontSet = false;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_detail;
    QHBoxLayout *m_buttons;
    QWidget *m_extras;
    QList<QWidget *> m_added;
};

// The project's SVG icons, by name ("linked", "warning", ...).
QIcon themeIcon(const QString &name);

} // namespace gobiz::ui
