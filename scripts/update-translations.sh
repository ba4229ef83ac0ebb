#!/usr/bin/env bash
# Re-extracts the wizard's messages into resources/translations/*.ts (lupdate, through the CMake
# target update_translations) and reports per language how many are unfinished.
#
#   scripts/update-translations.sh [--strict] [--drop-obsolete] [BUILD_DIR]
#
#   BUILD_DIR        default: build/i18n (or GOBIZ_I18N_BUILD); configured here if needed
#   --strict         exit 1 while a message is unfinished (what the i18n/complete test checks)
#   --drop-obsolete  also remove messages the code no longer uses (normally kept as "vanished",
#                    so a string that comes back keeps its translation)
#
# Then translate what it lists, with Qt Linguist (linguist resources/translations/gobiz_id.ts) or
# in a text editor: fill in <translation>, remove type="unfinished". gobiz_en.ts holds only the
# plural messages (%n): give their English singular and plural forms. Qt's own strings (QWizard's
# Back/Next, dialog buttons) are in qtbase_id.ts, written by hand; lupdate never touches it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
strict=0
drop=0
build=${GOBIZ_I18N_BUILD:-$root/build/i18n}
for arg in "$@"; do
    case "$arg" in
    --strict) strict=1 ;;
    --drop-obsolete) drop=1 ;;
    -h | --help)
        sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    -*)
        echo "update-translations.sh: unknown option $arg" >&2
        exit 2
        ;;
    *) build=$arg ;;
    esac
done

if [[ ! -f "$build/CMakeCache.txt" ]]; then
    configure=(cmake -S "$root" -B "$build" -G Ninja)
    if command -v ccache >/dev/null 2>&1; then
        configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    "${configure[@]}" >/dev/null
fi
# Re-globs the sources first (new files with tr() are picked up), then runs lupdate.
cmake --build "$build" --target update_translations

if [[ $drop == 1 ]]; then
    # The lupdate the build uses (Qt 6's, not a Qt 5 one that may be first on PATH).
    lupdate=$(grep -o '[^ ]*/lupdate -project' "$build/build.ninja" | head -n 1 | cut -d' ' -f1)
    for json in "$build"/ui/.lupdate/gobiz_ui_project.json "$build"/ui/.lupdate/gobiz_ui_en_project.json; do
        extra=()
        [[ "$json" == *_en_project.json ]] && extra=(-pluralonly)
        "$lupdate" -project "$json" -locations relative -no-obsolete "${extra[@]}"
    done
fi

status=0
for ts in "$root"/resources/translations/gobiz_*.ts; do
    messages=$(grep -c '<message' "$ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    obsolete=$(grep -Ec 'type="(vanished|obsolete)"' "$ts" || true)
    used=$((messages - obsolete))
    printf '%s: %d messages, %d translated, %d unfinished, %d obsolete (kept)\n' \
        "${ts#"$root"/}" "$used" "$((used - unfinished))" "$unfinished" "$obsolete"
    if [[ $unfinished -gt 0 ]]; then
        # Context and source text of each unfinished message.
        awk '/<name>/ { sub(/.*<name>/, ""); sub(/<\/name>.*/, ""); context = $0 }
             /<source>/ { source = $0; sub(/.*<source>/, "", source); sub(/<\/source>.*/, "", source) }
             /type="unfinished"/ { printf "    unfinished  %s: %s\n", context, source }' "$ts"
        status=1
    fi
done
if [[ $strict == 1 ]]; then
    exit $status
fi
