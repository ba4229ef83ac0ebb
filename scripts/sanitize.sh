#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DGOBIZ_SANITIZE=ON) and run with ctest. Exits non-zero when anything fails or any sanitizer
# reports (UBSan halts on the first error; LeakSanitizer is on, with Qt's and the system's own
# process-lifetime allocations suppressed in scripts/lsan.supp).
#
#   scripts/sanitize.sh [BUILD_DIR]      default: build/sanitize (kept between runs)
#
# Environment as scripts/test.sh: GOBIZ_JOBS, CTEST_PARALLEL_LEVEL, GOBIZ_CMAKE_ARGS.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/sanitize}
jobs=${GOBIZ_JOBS:-2}

bash "$root/scripts/setup-debian.sh"

configure=(cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOBIZ_SANITIZE=ON)
if command -v ccache >/dev/null 2>&1; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# shellcheck disable=SC2206 # word splitting of extra options is intended
configure+=(${GOBIZ_CMAKE_ARGS:-})

echo "== configure: ${configure[*]}"
"${configure[@]}"
echo "== build (-j$jobs)"
cmake --build "$build" --parallel "$jobs"
echo "== test under ASan + UBSan"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:check_initialization_order=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/scripts/lsan.supp:print_suppressions=0}
cd "$build"
ctest --output-on-failure --no-tests=error --parallel "${CTEST_PARALLEL_LEVEL:-2}"
