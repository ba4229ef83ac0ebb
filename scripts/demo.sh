#!/usr/bin/env bash
# Builds the wizard and starts it in demo mode: a GoBiz-compatible sandbox server runs inside the
# app with a demo merchant and offers its token, so the whole flow works without a GoBiz account.
#
#   scripts/demo.sh [--offscreen] [WIZARD OPTIONS...]      e.g. scripts/demo.sh --lang id
#
# Needs a desktop session (DISPLAY or WAYLAND_DISPLAY). Without one it says so and stops, unless
# --offscreen is given: then the wizard runs on Qt's invisible offscreen screen, which only shows
# that it starts (stop it with Ctrl-C). Build directory: build/demo (GOBIZ_DEMO_BUILD to change).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${GOBIZ_DEMO_BUILD:-$root/build/demo}
offscreen=0
args=()
for arg in "$@"; do
    if [[ "$arg" == --offscreen ]]; then
        offscreen=1
    else
        args+=("$arg")
    fi
done

if [[ $offscreen == 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    cat >&2 <<'MESSAGE'
demo.sh: there is no screen to show the wizard on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it from a desktop session, or over SSH with X forwarding (ssh -X). To only check that it
builds and starts, use: scripts/demo.sh --offscreen
MESSAGE
    exit 1
fi

bash "$root/scripts/setup-debian.sh"

configure=(cmake -S "$root" -B "$build" -G Ninja -DGOBIZ_BUILD_TESTS=OFF)
if command -v ccache >/dev/null 2>&1; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
"${configure[@]}"
cmake --build "$build" --parallel "${GOBIZ_JOBS:-2}" --target gobiz-outlet-wizard

wizard="$build/app/gobiz-outlet-wizard"
if [[ ! -x "$wizard" ]]; then
    echo "demo.sh: the build did not produce $wizard" >&2
    exit 1
fi
if [[ $offscreen == 1 ]]; then
    export QT_QPA_PLATFORM=offscreen
    echo "demo.sh: running offscreen; nothing will be shown. Stop it with Ctrl-C."
fi
exec "$wizard" --demo "${args[@]}"
