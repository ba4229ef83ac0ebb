#include "ApplicationStyle.h"

#include <QApplication>
#include <QProxyStyle>
#include <QWizard>

namespace gobiz::ui {

namespace {

class ModernWizardStyle : public QProxyStyle
{
public:
    explicit ModernWizardStyle(const QString &baseKey) : QProxyStyle(baseKey) {}

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
        QStyleHintReturn *returnData) const override
    {
        if (hint == SH_WizardStyle)
            return QWizard::ModernStyle;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

} // namespace

void installApplicationStyle()
{
    // Around the style in use (the platform's, or one chosen with -style / QT_STYLE_OVERRIDE).
    QApplication::setStyle(new ModernWizardStyle(QApplication::style()->name()));
}

} // namespace gobiz::ui
