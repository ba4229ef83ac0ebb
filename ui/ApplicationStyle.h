#pragma once

namespace gobiz::ui {

// The application's style: the platform's own, except that a QWizard starts in ModernStyle.
// QWizard reads QStyle::SH_WizardStyle in its constructor (ClassicStyle on Linux), so
// OutletWizard's setWizardStyle(ModernStyle) rebuilt the window it had just built: 4 ms of
// its construction and ~6 ms of the time to the first paint (Xvfb, Release, 8 starts each).
// Call once after the QApplication exists and before any widget; OutletWizard still sets
// ModernStyle itself, so a wizard made without it (tests) looks the same.
void installApplicationStyle();

} // namespace gobiz::ui
