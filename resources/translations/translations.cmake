# English and Bahasa Indonesia for the wizard and gobiz-outlets: extraction (lupdate). Included
# from ui/CMakeLists.txt, so it runs in the scope of the gobiz_ui library. The compiled catalogues
# are embedded in gobiz_i18n (app/i18n, ":/i18n/…"), which the wizard, the command line, the GUI
# tests and the screenshot tour all link.
#
#   gobiz_id.ts   every message of the core and the wizard, translated (the one people see)
#   gobiz_en.ts   same messages; only the plural (%n) forms are filled in, everything else falls
#                 back to the English source text
#   qtbase_id.ts  Qt's own strings the wizard shows (QWizard's Back/Next, dialog buttons, the
#                 text fields' context menu, the file dialog): Debian's qt6-translations-l10n has
#                 no Indonesian. Written by hand, never run through lupdate.
#
# Re-extract after changing strings:  scripts/update-translations.sh   (or the update_translations
# target); the i18n/complete test fails while a message is missing or unfinished.
#
# Built with qt_add_lupdate + qt_add_lrelease + qt_add_resources rather than the one-call
# qt_add_translations because qtbase_id.ts must be compiled and embedded but not lupdate'd, and
# qt_add_translations (Qt 6.4) runs lupdate over every TS file it is given.

set(GOBIZ_TS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")

# Every file that may hold tr(): the core library and its executables (app/) and the wizard (ui/).
# CONFIGURE_DEPENDS: files added later are picked up without re-running cmake by hand.
file(GLOB_RECURSE GOBIZ_I18N_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h")

# `cmake --build <dir> --target update_translations` rewrites the TS files in the source tree:
# new messages appear as unfinished; messages gone from the code are kept as "vanished" (so a
# string that comes back keeps its translation). gobiz_ui_lupdate: gobiz_id.ts with every
# message; gobiz_ui_en_lupdate: gobiz_en.ts with only the plural messages (-pluralonly).
set(GOBIZ_LUPDATE_INCLUDES "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui")
qt_add_lupdate(gobiz_ui
    TS_FILES "${GOBIZ_TS_DIR}/gobiz_id.ts"
    SOURCES ${GOBIZ_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${GOBIZ_LUPDATE_INCLUDES}
    OPTIONS -locations relative)
# Qt 6.4's qt_add_lupdate takes one option set per call, hence a second call for -pluralonly; its
# first argument only names the gobiz_ui_en_lupdate target, the sources are listed. (From Qt 6.7
# on, qt_add_lupdate's PLURALS_TS_FILE does this in one call.)
qt_add_lupdate(gobiz_ui_en
    TS_FILES "${GOBIZ_TS_DIR}/gobiz_en.ts"
    SOURCES ${GOBIZ_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${GOBIZ_LUPDATE_INCLUDES}
    OPTIONS -locations relative -pluralonly)
# For the i18n/complete test (tests/i18n), which runs the same extraction on copies of the files:
# the project descriptions qt_add_lupdate wrote (sources, include paths, TS file).
set_property(GLOBAL PROPERTY GOBIZ_LUPDATE_PROJECTS
    "${CMAKE_CURRENT_BINARY_DIR}/.lupdate/gobiz_ui_project.cmake"
    "${CMAKE_CURRENT_BINARY_DIR}/.lupdate/gobiz_ui_en_project.cmake")

# The catalogues are compiled and embedded by app/i18n/CMakeLists.txt (gobiz_i18n, no widgets),
# so the command line gobiz-outlets loads the same ones without the ui library.
