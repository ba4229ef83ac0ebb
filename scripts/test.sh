#!/usr/bin/env bash
# The test command: installs missing packages (scripts/setup-debian.sh), configures a fresh build,
# builds everything and runs the whole suite with ctest. Exits non-zero when anything fails.
#
#   scripts/test.sh [BUILD_DIR]      default: build/ci
#
# Needs no X server and no session bus: GUI tests use Qt's offscreen platform, and the keychain
# test starts its own D-Bus session and gnome-keyring (tests/support/with-keyring.sh).
# Environment: GOBIZ_JOBS (default 2) for compile jobs, CTEST_PARALLEL_LEVEL (default 2) for tests,
# GOBIZ_CMAKE_ARGS for extra configure options (e.g. "-DGOBIZ_BUILD_UI=OFF").
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/ci}
jobs=${GOBIZ_JOBS:-2}

bash "$root/scripts/setup-debian.sh"

# Fresh: a previous build directory is removed; anything else in the way is left alone.
if [[ -e "$build" ]]; then
    if [[ -f "$build/CMakeCache.txt" ]]; then
        rm -rf "$build"
    elif [[ -n "$(ls -A "$build" 2>/dev/null)" ]]; then
        echo "test.sh: $build exists and is not a build directory; choose another one." >&2
        exit 2
    fi
fi

configure=(cmake -S "$root" -B "$build" -G Ninja)
if command -v ccache >/dev/null 2>&1; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# shellcheck disable=SC2206 # word splitting of extra options is intended
configure+=(${GOBIZ_CMAKE_ARGS:-})

echo "== configure: ${configure[*]}"
"${configure[@]}"
echo "== build (-j$jobs)"
cmake --build "$build" --parallel "$jobs"
echo "== test"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build"
ctest --output-on-failure --no-tests=error --parallel "${CTEST_PARALLEL_LEVEL:-2}"
