#include "SavedLayout.h"

#include <QSettings>
#include <QString>

namespace gobiz::ui {

namespace {
QString keyOf(SavedLayout which)
{
    switch (which) {
    case SavedLayout::WindowGeometry:
        return QStringLiteral("window/geometry");
    case SavedLayout::OutletColumns:
        return QStringLiteral("outlets/header");
    }
    return {};
}
} // namespace

QByteArray savedLayout(const QSettings *settings, SavedLayout which)
{
    return settings ? settings->value(keyOf(which)).toByteArray() : QByteArray();
}

void saveLayout(QSettings &settings, SavedLayout which, const QByteArray &state)
{
    settings.setValue(keyOf(which), state);
}

} // namespace gobiz::ui
