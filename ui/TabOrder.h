#pragma once

class QLayout;

namespace gobiz::ui {

// Tab follows layout: the widgets under it that take focus (into child widgets' layouts, such as
// panels and messages) get their Tab order in the order the layout shows them, whatever order
// they were created in.
void setTabOrderFromLayout(const QLayout *layout);

} // namespace gobiz::ui
