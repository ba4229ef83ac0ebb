# macOS: a drag-and-drop disk image holding gobiz-outlet-wizard.app, with Qt and QtKeychain
# deployed into the bundle by macdeployqt; gobiz-sandbox sits in Contents/MacOS beside the
# wizard (app/CMakeLists.txt). Included from packaging/CMakeLists.txt when APPLE; written for Qt
# from aqtinstall and QtKeychain built from source (.github/workflows/ci.yml).
# Not run by scripts/test.sh: this machine has no Mac. Build and package there with
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="<Qt>;<qtkeychain>"
#   cmake --build build
#   cd build && cpack -G DragNDrop
#
# The image is signed ad hoc only, so Gatekeeper asks the first time (right-click, Open). A
# release for merchants needs a Developer ID certificate: codesign --options runtime with it,
# then notarytool submit and stapler staple. No .icns is drawn yet (CFBundleIconFile is empty).

set_target_properties(gobiz-outlet-wizard PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "GoBiz Outlet Link Wizard"
    # Bundle ids allow letters, digits, '-' and '.': the AppStream id with '-' for '_'.
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.gobiz-outlet-wizard.OutletLinkWizard"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Copyright ${GOBIZ_COPYRIGHT}; licence ${GOBIZ_LICENSE}")

if(TARGET Qt6::macdeployqt)
    set(GOBIZ_MACDEPLOYQT "$<TARGET_FILE:Qt6::macdeployqt>")
else()
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qtBin "${qmake}" DIRECTORY)
    find_program(GOBIZ_MACDEPLOYQT_PROGRAM macdeployqt HINTS "${qtBin}" REQUIRED)
    set(GOBIZ_MACDEPLOYQT "${GOBIZ_MACDEPLOYQT_PROGRAM}")
endif()

# At install time (and so inside cpack): macdeployqt copies the Qt frameworks, the plugins
# (cocoa, macstyle, qsqlite, qsvg, qsvgicon, the TLS back ends) and the other libraries the
# programs link, QtKeychain's included, into the bundle and rewrites their load paths; the
# sandbox is deployed with it (-executable). Then the bundle is signed ad hoc, since Apple
# silicon runs nothing unsigned and rewriting load paths breaks the linker's signature.
install(CODE "
    set(app \"\${CMAKE_INSTALL_PREFIX}/gobiz-outlet-wizard.app\")
    if(DEFINED ENV{DESTDIR})
        set(app \"\$ENV{DESTDIR}\${app}\")
    endif()
    execute_process(
        COMMAND \"${GOBIZ_MACDEPLOYQT}\" \"\${app}\"
                \"-executable=\${app}/Contents/MacOS/gobiz-sandbox\"
                \"-executable=\${app}/Contents/MacOS/$<TARGET_FILE_NAME:gobiz-demo>\"
                -always-overwrite
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"macdeployqt failed: \${result}\")
    endif()
    execute_process(COMMAND codesign --force --deep --sign - \"\${app}\" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"codesign failed: \${result}\")
    endif()
")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "gobiz-outlet-wizard-${PROJECT_VERSION}-macos")
set(CPACK_DMG_VOLUME_NAME "GoBiz Outlet Link Wizard")
set(CPACK_DMG_FORMAT "UDZO")
