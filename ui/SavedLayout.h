#pragma once

#include <QByteArray>

class QSettings;

namespace gobiz::ui {

// What a person arranged that the wizard keeps between runs, in the controller's settings: the
// window's geometry and the outlets table's columns. The keys are in one place (SavedLayout.cpp).
enum class SavedLayout { WindowGeometry, OutletColumns };

// The state an earlier run saved (QWidget::saveGeometry, QHeaderView::saveState); empty when
// there is none, or no settings.
QByteArray savedLayout(const QSettings *settings, SavedLayout which);
void saveLayout(QSettings &settings, SavedLayout which, const QByteArray &state);

} // namespace gobiz::ui
