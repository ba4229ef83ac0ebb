#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) in build/fuzz and runs each one for a
# bounded time, seeded with tests/fuzz/corpus/<harness>/, then prints executions and findings.
#
#   scripts/fuzz.sh [SECONDS_PER_HARNESS]      (default 60)
#
# Inputs the fuzzer finds interesting go to build/fuzz/corpus/<harness>/ (not into the repo);
# crashes, leaks, timeouts and out-of-memory inputs to build/fuzz/findings/<harness>/. Exit 1
# when any harness has a finding. GOBIZ_FUZZ_BUILD overrides the build folder.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${GOBIZ_FUZZ_BUILD:-$root/build/fuzz}"

bash "$root/scripts/setup-debian.sh" --fuzz
for tool in clang clang++ cmake ninja; do
    command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool is missing (apt-get install clang cmake ninja-build)" >&2; exit 2; }
done
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGOBIZ_BUILD_FUZZERS=ON -DGOBIZ_BUILD_UI=OFF -DGOBIZ_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --target fuzzers

harnesses=(fuzz_tokeninfo fuzz_linkresponse fuzz_classify fuzz_retryafter fuzz_accesstoken)
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
total_findings=0
report=()
for harness in "${harnesses[@]}"; do
    seeds="$root/tests/fuzz/corpus/$harness"
    corpus="$build/corpus/$harness"
    findings="$build/findings/$harness"
    log="$build/findings/$harness.log"
    mkdir -p "$corpus" "$findings"
    dict=()
    case "$harness" in
        fuzz_tokeninfo | fuzz_linkresponse | fuzz_classify) dict=(-dict="$root/tests/fuzz/json.dict") ;;
    esac
    echo "== $harness: ${seconds}s"
    set +e
    "$build/tests/fuzz/$harness" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$findings/" "${dict[@]}" >"$log" 2>&1
    status=$?
    set -e
    executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    found=$(find "$findings" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
    if [ "$status" -ne 0 ] && [ "$found" -eq 0 ]; then
        found=1 # it stopped for a reason it did not write down: see the log
    fi
    total_findings=$((total_findings + found))
    report+=("$(printf '%-18s %12s executions %8s/s  coverage %5s  findings %s' "$harness" "${executions:-?}" "${rate:-?}" "${coverage:-?}" "$found")")
    if [ "$found" -ne 0 ]; then
        echo "   finding(s) in $findings, log $log:"
        grep -E 'ERROR|invariant failed|runtime error|SUMMARY' "$log" | head -5 | sed 's/^/   /'
    fi
done
echo
echo "Fuzzing summary (${seconds}s per harness, seeds from tests/fuzz/corpus):"
printf '%s\n' "${report[@]}"
echo "findings: $total_findings"
[ "$total_findings" -eq 0 ]
