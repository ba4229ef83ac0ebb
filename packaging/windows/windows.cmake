# Windows: an NSIS installer and a ZIP, each with Qt, QtKeychain and the compiler runtime
# deployed next to the programs. Included from packaging/CMakeLists.txt when WIN32; written
# for MSVC with Qt from aqtinstall and QtKeychain built from source (.github/workflows/ci.yml).
# Not run by scripts/test.sh: this machine has no Windows. Build and package there with
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="<Qt>;<qtkeychain>"
#   cmake --build build
#   cd build && cpack -G NSIS     (NSIS 3 on PATH; "cpack -G ZIP" needs nothing more)

# windeployqt from the Qt the build uses: Qt6::windeployqt where Qt exports it, else beside qmake.
if(TARGET Qt6::windeployqt)
    set(GOBIZ_WINDEPLOYQT "$<TARGET_FILE:Qt6::windeployqt>")
else()
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qtBin "${qmake}" DIRECTORY)
    find_program(GOBIZ_WINDEPLOYQT_PROGRAM windeployqt HINTS "${qtBin}" REQUIRED)
    set(GOBIZ_WINDEPLOYQT "${GOBIZ_WINDEPLOYQT_PROGRAM}")
endif()

# The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...) goes into bin/ with the programs, so
# the installer needs no separate Visual C++ Redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# At install time (and so inside cpack): QtKeychain's DLL, which windeployqt does not know, then
# windeployqt on both programs for the Qt DLLs and the plugins the wizard loads at run time:
# platforms/qwindows, styles/qwindowsvistastyle, sqldrivers/qsqlite, imageformats/qsvg,
# iconengines/qsvgicon, tls/qschannelbackend (HTTPS to GoBiz) and networkinformation.
# --no-translations: the wizard embeds its own catalogues (Qt's Indonesian strings included).
install(CODE "
    set(bin \"\${CMAKE_INSTALL_PREFIX}/bin\")
    if(DEFINED ENV{DESTDIR})
        set(bin \"\$ENV{DESTDIR}\${bin}\")
    endif()
    file(COPY \"$<TARGET_FILE:qt6keychain>\" DESTINATION \"\${bin}\")
    execute_process(
        COMMAND \"${GOBIZ_WINDEPLOYQT}\" --release --no-translations --no-compiler-runtime
                --no-system-d3d-compiler --no-opengl-sw --dir \"\${bin}\"
                \"\${bin}/gobiz-outlet-wizard.exe\" \"\${bin}/gobiz-sandbox.exe\"
                \"\${bin}/$<TARGET_FILE_NAME:gobiz-demo>\"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${result}\")
    endif()
")

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "gobiz-outlet-wizard-${PROJECT_VERSION}-windows-x64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "GoBiz Outlet Link Wizard")
# Start menu: the wizard (the name people search for) and its demo.
set(CPACK_PACKAGE_EXECUTABLES "gobiz-outlet-wizard;GoBiz Outlet Link Wizard")
set(CPACK_NSIS_PACKAGE_NAME "GoBiz Outlet Link Wizard ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "GoBiz Outlet Link Wizard")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\gobiz-outlet-wizard.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${GOBIZ_MAINTAINER}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\GoBiz Outlet Link Wizard (Demo).lnk' '$INSTDIR\\\\bin\\\\gobiz-outlet-wizard.exe' '--demo'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA
    "Delete '$SMPROGRAMS\\\\$MUI_TEMP\\\\GoBiz Outlet Link Wizard (Demo).lnk'")
# No .ico is drawn yet: NSIS uses its default icon; the programs carry Qt's window icon from
# the SVG. (To add one: resources/icons/gobiz-outlet-wizard.ico, CPACK_NSIS_MUI_ICON and an .rc
# file in app/CMakeLists.txt.)
