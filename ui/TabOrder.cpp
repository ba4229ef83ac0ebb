#include "TabOrder.h"

#include <QLayout>
#include <QList>
#include <QWidget>

namespace gobiz::ui {

namespace {
// The widgets that take focus, in the order the layout shows them (into panels and messages).
void collectInLayoutOrder(const QLayout *layout, QList<QWidget *> &widgets)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->layout()) {
            collectInLayoutOrder(item->layout(), widgets);
        } else if (QWidget *widget = item->widget()) {
            if (widget->focusPolicy() != Qt::NoFocus)
                widgets.append(widget);
            else if (widget->layout())
                collectInLayoutOrder(widget->layout(), widgets);
        }
    }
}
} // namespace

void setTabOrderFromLayout(const QLayout *layout)
{
    QList<QWidget *> focusOrder;
    collectInLayoutOrder(layout, focusOrder);
    for (qsizetype i = 1; i < focusOrder.size(); ++i)
        QWidget::setTabOrder(focusOrder.at(i - 1), focusOrder.at(i));
}

} // namespace gobiz::ui
