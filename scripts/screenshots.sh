#!/usr/bin/env bash
# Renders every page of the demo to PNG, in English and Bahasa Indonesia, the way a person sees
# it on a 1366x768 laptop: the real wizard against its built-in sandbox (gobiz-screenshot-tour,
# tests/screenshots/), on a virtual X screen (Xvfb) so fonts, style and platform are the real ones.
#
#   scripts/screenshots.sh [OUTDIR]        default: docs/screenshots  ->  OUTDIR/{en,id}/NN-page.png
#
# Builds what it needs in build/screenshots (GOBIZ_SCREENSHOT_BUILD to change). The PNGs are
# reduced to 256 colours when ImageMagick's convert is installed. Pages: welcome, network
# settings, sign-in help, token, outlets, fill external IDs, the Auto Accept question, outlets
# after linking (one refused by the sandbox), the unlink question, summary.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshots}
build=${GOBIZ_SCREENSHOT_BUILD:-$root/build/screenshots}
case "$out" in /*) ;; *) out=$PWD/$out ;; esac

bash "$root/scripts/setup-debian.sh"

configure=(cmake -S "$root" -B "$build" -G Ninja -DGOBIZ_BUILD_UI=ON -DGOBIZ_BUILD_TESTS=ON)
if command -v ccache >/dev/null 2>&1; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    "${configure[@]}"
fi
cmake --build "$build" --parallel "${GOBIZ_JOBS:-2}" --target gobiz-screenshot-tour
tour="$build/tests/screenshots/gobiz-screenshot-tour"

# The same look on every machine: no desktop theme, scale 1, a fixed locale for the C library.
unset QT_QPA_PLATFORM QT_QPA_PLATFORMTHEME QT_STYLE_OVERRIDE QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS
export QT_AUTO_SCREEN_SCALE_FACTOR=0 LC_ALL=C.UTF-8 QT_LOGGING_RULES="gobiz.*.debug=false;gobiz.*.info=false"

status=0
for lang in en id; do
    rm -f "$out/$lang"/[0-9][0-9]-*.png
    mkdir -p "$out/$lang"
    echo "== $lang"
    if ! xvfb-run -a -s "-screen 0 1366x768x24" "$tour" --lang "$lang" --out "$out/$lang"; then
        echo "screenshots.sh: the $lang tour failed (see above); its pictures may be incomplete" >&2
        status=1
    fi
done

if command -v convert >/dev/null 2>&1; then
    for png in "$out"/en/*.png "$out"/id/*.png; do
        convert "$png" -strip -colors 256 -define png:compression-level=9 "PNG8:$png.tmp"
        mv "$png.tmp" "$png"
    done
fi
du -sh "$out/en" "$out/id"
exit $status
