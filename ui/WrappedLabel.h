#pragma once

#include <QFont>
#include <QLabel>
#include <QString>

#include <array>

namespace gobiz::ui {

// A QLabel for word-wrapped text that measures its text once per width.
//
// QLabel lays its text out again for every heightForWidth() call, and a selectable one does it
// twice (its QTextDocument is set to the width asked for, then back). While a window is first
// shown, its layouts ask each wrapped label for the same few widths again and again. An answer
// is kept for as long as what it depends on (text, font, format, flags, margins) is unchanged.
class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(const QString &text = QString(), QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    // What a measured height depends on, besides the width and what event() watches.
    struct Inputs
    {
        QString text;
        QFont font;
        Qt::TextFormat format = Qt::AutoText;
        Qt::TextInteractionFlags interaction;
        Qt::Alignment alignment;
        int margin = 0;
        int indent = 0;
        int logicalDpi = 0;
        bool wordWrap = false;

        bool operator==(const Inputs &other) const;
    };
    struct Measured
    {
        int width = -1;
        int height = 0;
    };

    Inputs currentInputs() const;
    void forget() const;

    mutable Inputs m_measuredFor;
    // Enough for the widths one layout pass asks for; the oldest goes first.
    mutable std::array<Measured, 4> m_heights;
    mutable size_t m_nextSlot = 0;
};

} // namespace gobiz::ui
